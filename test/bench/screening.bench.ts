// Screening bench: devset quality figures, then throughput and p50/p99 for 200-, 2,000- and 10,000-character posts,
// each next to a pass of Intl.Segmenter('th') over the same text and a naive substring matcher over the same lexicon.
// Run alone: node --import tsx test/bench/screening.bench.ts   (test/bench/run.ts calls runScreeningBench()).
// SCREEN_ENGINE_OLD=/path/to/other/service/src/screening/index.ts adds old-vs-new p50/p99 in alternating rounds.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { screenText } from '../../service/src/screening/index.js';
import { formatScore, loadLabelledPosts, scorePosts, type LabelledPost } from '../service/screening/scoring.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const lexicon = JSON.parse(readFileSync(`${repoRoot}service/src/screening/lexicon/profanity.json`, 'utf8')) as {
  entries: { word: string; variants: string[] }[];
};

interface Timing {
  perSecond: number;
  mbPerSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Runs fn over the corpus round-robin for about ms milliseconds after a warm-up; latencies in µs. The warm-up lasts at
 * least 300 calls and half the measured time. Round 28: with 300 calls alone, V8 was still compiling the engine's
 * longer-post paths when the 2,000-character run began, and the first ~200 measured calls held 3–8 ms samples: the p99
 * (2.5 ms) was the compiler's, not the engine's (after 1,000 calls or more it measured 1.1 ms, the p50 unchanged).
 */
function time(corpus: readonly string[], fn: (text: string) => unknown, ms: number): Timing {
  const warm = performance.now();
  for (let i = 0; i < 300 || performance.now() - warm < ms / 2; i++) fn(corpus[i % corpus.length]!);
  const latencies: number[] = [];
  let chars = 0;
  const started = performance.now();
  for (let i = 0; performance.now() - started < ms; i++) {
    const text = corpus[i % corpus.length]!;
    const t = performance.now();
    fn(text);
    latencies.push((performance.now() - t) * 1000);
    chars += text.length;
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    mbPerSecond: (chars * 3) / 1e6 / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const segmenterPass = (text: string) => {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
};

// The typical web-board filter the issue measured against: every lexicon spelling as a substring.
const naiveWords = lexicon.entries.flatMap((e) => [e.word, ...e.variants]).map((w) => w.toLowerCase());
const naiveMatcher = (text: string) => {
  const lower = text.toLowerCase();
  return naiveWords.filter((w) => lower.includes(w));
};

/** Posts of about `size` characters, built by joining real-style posts (a mixed corpus: clean, profane, PII). */
function corpusOf(posts: readonly LabelledPost[], size: number, count = 50): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let i = k; text.length < size; i++) text += posts[(i * 7) % posts.length]!.text + ' ';
    out.push(text.slice(0, size));
  }
  return out;
}

/** The 172-character complaint the HTTP bench posts to /api/v1/screen (test/bench/http/http.bench.ts): short, clean Thai. */
const HTTP_SCREEN_TEXT =
  'ถนนหน้าตลาดสดเทศบาลเป็นหลุมลึกหลายจุด น้ำขังทุกครั้งที่ฝนตก รถจักรยานยนต์ล้มไปแล้วสองคันเมื่อสัปดาห์ก่อน ' +
  'ขอให้กองช่างมาตรวจและซ่อมโดยเร็ว ไฟถนนบริเวณเดียวกันก็ดับมาหลายคืน ';

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(9);

export async function runScreeningBench(ms = Number(process.env.BENCH_MS ?? 1500)): Promise<void> {
  const devset = loadLabelledPosts(`${repoRoot}../shared/screening/devset.jsonl`);
  const cases = loadLabelledPosts(`${repoRoot}test/service/screening/cases.jsonl`) ?? [];
  if (devset) {
    console.log(
      formatScore(
        'devset',
        scorePosts(devset, (t) => screenText(t)),
      ),
    );
    const naive = scorePosts(devset, (t) => ({ verdict: naiveMatcher(t).length ? 'hold' : 'clean', findings: [] }));
    console.log(
      `  baseline (naive substring lexicon): hold-recall ${naive.holdRecall.toFixed(3)}  false-hold ${naive.falseHoldRate.toFixed(3)}`,
    );
  } else {
    console.log('devset: ../shared/screening/devset.jsonl not found, quality figures skipped');
  }
  console.log(
    formatScore(
      'own cases',
      scorePosts(cases, (t) => screenText(t)),
    ),
  );

  const posts = [...(devset ?? []), ...cases];
  console.log('\nsize      engine posts/s  MB/s   p50 µs   p99 µs | segmenter p50 µs  ×seg | naive p50 µs  ×naive');
  for (const size of [HTTP_SCREEN_TEXT.length, 200, 2_000, 10_000]) {
    const corpus = size === HTTP_SCREEN_TEXT.length ? [HTTP_SCREEN_TEXT] : corpusOf(posts, size);
    const engine = time(corpus, (t) => screenText(t), ms);
    const seg = time(corpus, segmenterPass, ms / 2);
    const naive = time(corpus, naiveMatcher, ms / 2);
    console.log(
      `${String(size).padStart(6)} ${fmt(engine.perSecond)} ${fmt(engine.mbPerSecond, 1)} ${fmt(engine.p50, 1)} ${fmt(engine.p99, 1)} |` +
        ` ${fmt(seg.p50, 1)} ${fmt(engine.p50 / seg.p50, 2)} | ${fmt(naive.p50, 1)} ${fmt(engine.p50 / naive.p50, 2)}`,
    );
  }
  console.log('(MB/s counts 3 bytes per character, UTF-8 Thai; ×seg and ×naive are engine p50 / baseline p50 in this run)');
  if (process.env.SCREEN_ENGINE_OLD) {
    // The old engine first screens what this one screened above, so that both compare warmed on the same posts: warmed
    // on the 172-character text alone, an engine's code is compiled for short posts only and ran that text ~x0.8 of
    // its time in a real mix of sizes, which made the old engine look faster than it is.
    const old = await oldEngine(process.env.SCREEN_ENGINE_OLD);
    // Round 23: and the labelled posts this one scored first. Warmed on the corpora alone, the old engine met only a
    // few kinds of post, kept its code specialised for them, and ran ×1.06–1.15 faster than the same engine warmed as
    // this one was (measured by swapping the two trees).
    for (const post of posts) old.screenText(post.text);
    for (const size of [200, 2_000, 10_000]) for (const text of corpusOf(posts, size, 20)) old.screenText(text);
    await compareEngines(old, process.env.SCREEN_ENGINE_OLD, [HTTP_SCREEN_TEXT], ms, 'the HTTP bench text (172 characters)');
    await compareEngines(old, process.env.SCREEN_ENGINE_OLD, corpusOf(posts, 2_000), ms, '2,000 characters');
  }
}

/**
 * Old engine against this one on the same posts, in alternating rounds in one process, so that the
 * load other work puts on a shared machine falls on both alike: the medians of the rounds' p50 and p99, and the ratio.
 */
interface Engine {
  screenText: (text: string) => unknown;
}
const oldEngine = async (path: string) => (await import(pathToFileURL(path).href)) as Engine;

async function compareEngines(old: Engine, path: string, corpus: readonly string[], ms: number, label: string): Promise<void> {
  const rounds = 8;
  const olds: Timing[] = [];
  const news: Timing[] = [];
  // CPU time per call over a fixed batch: steadier than wall time when other processes take the cores.
  const oldCpu: number[] = [];
  const newCpu: number[] = [];
  const cpuPerCall = (fn: (text: string) => unknown) => {
    const before = process.cpuUsage();
    for (let i = 0; i < 400; i++) fn(corpus[i % corpus.length]!);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 400;
  };
  // Which engine runs first swaps every round: run second, an engine pays for the garbage the first one left (round 23:
  // with the old engine always first, the same engine measured ×1.06 slower as "new" than as "old").
  const runOld = () => {
    olds.push(time(corpus, (t) => old.screenText(t), ms / 2));
    oldCpu.push(cpuPerCall((t) => old.screenText(t)));
  };
  const runNew = () => {
    news.push(time(corpus, (t) => screenText(t), ms / 2));
    newCpu.push(cpuPerCall((t) => screenText(t)));
  };
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      runOld();
      runNew();
    } else {
      runNew();
      runOld();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const oldP50 = median(olds.map((t) => t.p50));
  const newP50 = median(news.map((t) => t.p50));
  const oldP99 = median(olds.map((t) => t.p99));
  const newP99 = median(news.map((t) => t.p99));
  console.log(`\n${label}, ${rounds} alternating rounds (median of rounds), old = ${path}`);
  console.log(`  old p50 ${oldP50.toFixed(1)} µs  p99 ${oldP99.toFixed(1)} µs`);
  console.log(`  new p50 ${newP50.toFixed(1)} µs  p99 ${newP99.toFixed(1)} µs  (p50 ×${(newP50 / oldP50).toFixed(2)})`);
  const oc = median(oldCpu);
  const nc = median(newCpu);
  console.log(`  CPU per call: old ${oc.toFixed(1)} µs, new ${nc.toFixed(1)} µs (×${(nc / oc).toFixed(2)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runScreeningBench();
