// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per package, heaviest first.
// Usage: node --import tsx test/bench/http/profile-summary.ts PROFILE.cpuprofile [rows]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts PROFILE.cpuprofile [rows]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const packageOf = (url: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
  (url.includes('/service/src/')
    ? `service/${url.split('/service/src/')[1]!.split('/')[0]}`
    : url.startsWith('node:')
      ? url
      : url
        ? 'other'
        : '(native/gc/idle)');
const fnKey = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|service\/src)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;

const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, time] of self) {
  const node = byId.get(id)!;
  add(functions, fnKey(node), time);
  add(packages, packageOf(node.callFrame.url), time);
}
const rows = Number(rowsArg ?? 25);
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
// Inclusive time: a sample counts once for every distinct function on its stack (what a flame graph's widths show).
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
const inclusive = new Map<string, number>();
for (const [id, time] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const key = fnKey(byId.get(at)!);
    if (!seen.has(key)) add(inclusive, key, time);
    seen.add(key);
  }
}
print('self time by package', packages);
print('self time by function', functions);
print('total time by function (self and callees)', inclusive);
