// Checks a writer's file before anyone scores it: schema, exact spans, hold ⇔ spans, valid citizen-ID check digits (the
// hand-labelled sets' checker), and prints its counts. It scores nothing, so a writer may run it without learning how
// the engine does. Usage: node --import tsx test/service/screening/briefs/validate.ts <file.jsonl> ...
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkLabelledFiles } from '../handwritten/check-labels.js';

/** Round sets are numbered R<round><letter><nnn> (R21T001); the checker itself knows only hold-outs' H ids. */
const ROUND_ID = /id R\d+[A-Z]\d{3} is not H/;

export function validateFiles(files: readonly string[]): { problems: string[]; counts: string[] } {
  const problems = checkLabelledFiles(files).filter((p) => !ROUND_ID.test(p));
  const counts = files.map((file) => {
    const posts = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { expect: string; spans: unknown[]; text: string });
    const hold = posts.filter((p) => p.expect === 'hold').length;
    const spans = posts.reduce((n, p) => n + p.spans.length, 0);
    const longest = Math.max(0, ...posts.map((p) => p.text.length));
    return `${file}: ${posts.length} posts, ${hold} hold / ${posts.length - hold} publish, ${spans} spans, longest ${longest} chars`;
  });
  return { problems, counts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { problems, counts } = validateFiles(process.argv.slice(2));
  console.log([...counts, problems.length ? problems.join('\n') : 'no problems'].join('\n'));
  if (problems.length) process.exitCode = 1;
}
