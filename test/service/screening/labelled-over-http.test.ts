// The external checks score the engine over HTTP (POST /api/v1/screen), not in process. Every labelled post we have
// (the shared devset, our cases, every round's fresh posts and the hand-labelled sets) must get over real HTTP exactly
// the answer screenText gives in process: same verdict, same findings, offsets into the text as sent. A difference
// would mean the figures we report are not the figures a checker measures (JSON escaping of zero-width characters,
// lone surrogates, a BOM, Thai digits, a body-size or rate limit that a long post or a burst of posts runs into).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { startTestService, type TestService } from '../../support/service.js';
import { handwrittenFiles } from './handwritten/check-labels.js';
import { loadLabelledPosts } from './scoring.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const jsonlIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(dir, name));
const roundDirs = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^round\d+$/.test(entry.name))
  .map((entry) => join(here, entry.name));

const files = [
  join(here, '../../../../shared/screening/devset.jsonl'),
  join(here, 'cases.jsonl'),
  ...roundDirs.flatMap(jsonlIn),
  ...handwrittenFiles(),
];
const texts = files.flatMap((path) => (loadLabelledPosts(path) ?? []).map((post) => post.text));

describe('every labelled post screened over real HTTP', () => {
  let service: TestService & { url: string };
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service?.close());

  it('gets exactly the in-process answer, findings and offsets included', async () => {
    expect(texts.length).toBeGreaterThan(1000);
    const differences: string[] = [];
    // Eight at a time, as a checker scoring a few hundred posts would send them.
    for (let i = 0; i < texts.length; i += 8) {
      const batch = texts.slice(i, i + 8);
      const answers = await Promise.all(
        batch.map(async (text) => {
          const res = await fetch(`${service.url}/api/v1/screen`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ text }),
          });
          return { status: res.status, body: (await res.json()) as unknown };
        }),
      );
      answers.forEach(({ status, body }, k) => {
        const text = batch[k]!;
        const expected = JSON.parse(JSON.stringify(screenText(text))) as unknown;
        if (status !== 200) differences.push(`post ${i + k}: status ${status}`);
        else if (JSON.stringify(body) !== JSON.stringify(expected)) differences.push(`post ${i + k}: findings differ`);
      });
    }
    // Indexes only: the hand-labelled texts are never printed.
    expect(differences).toEqual([]);
  }, 120_000);
});
