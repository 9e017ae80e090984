// Checks the hand-labelled posts before anyone scores on them: exact spans, hold ⇔ spans, unique ids, citizen-ID check digits.
// Run alone: node --import tsx test/service/screening/handwritten/check-labels.ts
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PII_TYPES } from '../scoring.js';

const KINDS: Record<string, readonly string[]> = {
  profanity: ['insult'],
  pii: PII_TYPES,
};
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

export const handwrittenDir = fileURLToPath(new URL('.', import.meta.url));

/** Every JSONL file of the folder, the evaluation set first and the later hold-out files after it, in name order. */
export function handwrittenFiles(dir = handwrittenDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}

const asciiDigits = (text: string) => text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));

/** d13 = (11 − Σ d_i·(14 − i) mod 11) mod 10, as SPEC §3 states it. */
export function hasValidCheckDigit(thirteen: string): boolean {
  const d = [...thirteen].map(Number);
  const sum = d.slice(0, 12).reduce((acc, digit, i) => acc + digit * (13 - i), 0);
  return (11 - (sum % 11)) % 10 === d[12];
}

/** Runs of 13 digits (Thai or Arabic, optionally split by '-', ' ' or '.') with their offsets. */
function thirteenDigitRuns(text: string): { start: number; end: number; digits: string }[] {
  const runs: { start: number; end: number; digits: string }[] = [];
  for (const m of text.matchAll(/[0-9๐-๙](?:[-. ]?[0-9๐-๙])*/g)) {
    const digits = asciiDigits(m[0]).replace(/\D/g, '');
    if (digits.length === 13) runs.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return runs;
}

/** Problems found in the given files, one line each; empty when every post is well labelled. */
export function checkLabelledFiles(paths: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const path of paths) {
    const file = basename(path);
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        const where = `${file}:${index + 1}`;
        let post: { id?: unknown; text?: unknown; expect?: unknown; spans?: unknown; note?: unknown };
        try {
          post = JSON.parse(line) as typeof post;
        } catch {
          problems.push(`${where}: not JSON`);
          return;
        }
        const { id, text, expect, spans, note } = post;
        if (typeof id !== 'string' || !/^H\d{3,5}$/.test(id)) problems.push(`${where}: id ${String(id)} is not H### to H#####`);
        else if (ids.has(id)) problems.push(`${where}: id ${id} also in ${ids.get(id)}`);
        else ids.set(id, where);
        if (typeof text !== 'string' || !text.trim()) {
          problems.push(`${where}: no text`);
          return;
        }
        if (texts.has(text)) problems.push(`${where}: same text as ${texts.get(text)}`);
        texts.set(text, where);
        if (expect !== 'hold' && expect !== 'publish') problems.push(`${where}: expect is ${String(expect)}`);
        if (typeof note !== 'string' || !note.trim()) problems.push(`${where}: no note`);
        if (!Array.isArray(spans)) {
          problems.push(`${where}: spans is not a list`);
          return;
        }
        if ((expect === 'hold') !== spans.length > 0)
          problems.push(`${where}: expect ${String(expect)} with ${spans.length} spans`);
        const idRanges: [number, number][] = [];
        for (const span of spans as { kind?: unknown; type?: unknown; text?: unknown }[]) {
          const label = `${String(span.type)} "${String(span.text)}"`;
          if (typeof span.kind !== 'string' || !KINDS[span.kind]?.includes(String(span.type)))
            problems.push(`${where}: unknown kind/type ${String(span.kind)}/${String(span.type)}`);
          if (typeof span.text !== 'string' || !span.text.trim()) {
            problems.push(`${where}: empty span`);
            continue;
          }
          const start = text.indexOf(span.text);
          if (start < 0) {
            problems.push(`${where}: span ${label} is not in the text`);
            continue;
          }
          if (span.text !== span.text.trim()) problems.push(`${where}: span ${label} has outer spaces`);
          if (span.type === 'national_id') {
            const digits = asciiDigits(span.text).replace(/\D/g, '');
            if (digits.length !== 13 || !hasValidCheckDigit(digits)) problems.push(`${where}: ${label} has no valid check digit`);
            idRanges.push([start, start + span.text.length]);
          }
        }
        // A valid citizen ID left unlabelled would make the post's label a lie.
        for (const run of thirteenDigitRuns(text))
          if (hasValidCheckDigit(run.digits) && !idRanges.some(([s, e]) => s <= run.start && run.end <= e))
            problems.push(`${where}: ${text.slice(run.start, run.end)} is a valid citizen ID but not labelled national_id`);
      });
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = handwrittenFiles();
  const problems = checkLabelledFiles(files);
  console.log(problems.length ? problems.join('\n') : `${files.length} files checked: no problems`);
  if (problems.length) process.exitCode = 1;
}
