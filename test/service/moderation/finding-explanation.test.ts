// What a moderator reads beside each finding: the reason in Thai and English, and where the rule says more (a s.26
// category and what identified the person, how a name or an insult was written), that too. Every rule the engine
// emits on our labelled and generated posts gets a sentence; a rule it has never heard of gets the type's sentence.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { explainFinding } from '../../../service/src/domain/finding-explanation.js';
import { screenText } from '../../../service/src/screening/index.js';
import { buildTestService, type TestService } from '../../support/service.js';
import { generatedFamilies } from '../screening/generators/index.js';
import { loadLabelledPosts } from '../screening/scoring.js';
import { call, staffOf, submit } from './moderation-fixtures.js';

const screeningDir = fileURLToPath(new URL('../screening/', import.meta.url));
const roundFiles = readdirSync(screeningDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^round\d+$/.test(entry.name))
  .flatMap((entry) =>
    readdirSync(join(screeningDir, entry.name))
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => join(screeningDir, entry.name, name)),
  );

/** Every distinct kind|type|rule the engine emits on the round posts and the generated families. */
function emittedRules(): { kind: string; type: string; rule: string }[] {
  const texts = [
    ...roundFiles.flatMap((path) => (loadLabelledPosts(path) ?? []).map((p) => p.text)),
    ...generatedFamilies().flatMap((family) => family.posts.map((p) => p.text)),
  ];
  const seen = new Map<string, { kind: string; type: string; rule: string }>();
  for (const text of texts)
    for (const { kind, type, rule } of screenText(text).findings) seen.set(`${kind}|${type}|${rule}`, { kind, type, rule });
  return [...seen.values()];
}

const THAI = /[\u0E01-\u0E5B]/;

describe('the explanation of a finding', () => {
  it('exists in Thai and English for every rule the engine emits, and names the s.26 category', () => {
    const rules = emittedRules();
    expect(rules.length).toBeGreaterThan(300);
    for (const finding of rules) {
      const { th, en } = explainFinding(finding);
      const where = `${finding.type} ${finding.rule}`;
      expect(th, where).toMatch(THAI);
      // English throughout, but for the word an insult reads as, quoted.
      expect(en.replace(/“[^”]*”/g, ''), where).not.toMatch(THAI);
      expect(`${th} ${en}`, where).not.toMatch(/undefined|\(\)|\s\./);
      expect(en, where).toMatch(/[.)”]$/);
    }
    const sensitive = rules.filter((r) => r.type === 'sensitive');
    expect(new Set(sensitive.map((r) => r.rule.split('+')[0]))).toEqual(
      new Set(
        ['health', 'disability', 'criminal', 'religion', 'politics', 'sexual', 'ethnicity', 'union', 'genetic'].map(
          (c) => `sensitive.${c}`,
        ),
      ),
    );
    for (const finding of sensitive) expect(explainFinding(finding).en, finding.rule).toMatch(/section 26 \([a-z -]+\)/);
  });

  it('says which signs identified the person of a sensitive fact', () => {
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.criminal+role+place+pronoun' })).toEqual({
      th: 'ข้อมูลอ่อนไหวตามมาตรา 26 (ประวัติอาชญากรรมหรือคดีความ) ของบุคคลที่ระบุตัวได้จากอาชีพหรือบทบาท สถานที่ที่อยู่หรือทำงาน และสรรพนามที่อ้างถึงคนเดิม',
      en: 'Sensitive data under PDPA section 26 (a criminal record or case) about an identifiable person, identified by their job or role, where they live or work and a pronoun referring back to them.',
    });
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.health+identified' }).en).toBe(
      'Sensitive data under PDPA section 26 (health) about an identifiable person, identified by a name, number or address in the same post.',
    );
    // A sign added later and not yet described is left out rather than shown as a code.
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.genetic+newsign' }).en).toBe(
      'Sensitive data under PDPA section 26 (genetic data) about an identifiable person.',
    );
  });

  it("explains round 11's signs: insults aimed by grammar, a fact carried from a long post's opening, a clause place", () => {
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+identity-pejorative:ชาวเขา' })).toEqual({
      th: 'คำหยาบหรือคำดูหมิ่น ห้ามเผยแพร่ตามนโยบายของเว็บไซต์ (คำเรียกกลุ่มคนตามชาติพันธุ์ เพศ หรือความพิการ ตามด้วยคำเหยียด)',
      en: 'Profanity or an insult; the site does not publish it (a word for a people, a gender or a disability, with a slur after it).',
    });
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+looks:ดำ' }).en).toMatch(/by their looks/);
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+group-blame:ตุ๊ด' }).th).toMatch(/ทั้งกลุ่ม/);
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+pronoun-trait:ขี้' }).en).toMatch(
      /contemptuous pronoun with a dishonest trait/,
    );
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.criminal+role+carried+far' }).en).toMatch(
      /the opening of the post, which introduced them\.$/,
    );
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.health+role+village' }).th).toMatch(/หมู่บ้าน/);
    const subject = explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.criminal+role+subject' });
    expect(subject.en).toMatch(/their job or role and that role told right before the fact as its subject/);
    expect(subject.th).toMatch(/ชี้ถึงคนคนเดียว/);
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+quantifier:idiot' }).en).toMatch(
      /a bunch of/,
    );
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+group-slur:ตุ๊ด' }).th).toMatch(/พวก/);
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+intensified:โง่' }).en).toMatch(
      /intensifier/,
    );
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.always+curse-target:ห่า' }).en).toMatch(
      /the person it falls on/,
    );
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.kinship+trade-place' }).en).toMatch(
      /the trade they ply and where\.$/,
    );
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.kinship+clause-place' }).en).toMatch(
      /with where they live or work, told in the clause after the name\.$/,
    );
    // Round 22: a weak kinship name after the business the person runs (ฟาร์มหมูของพ่อใหญ่…).
    const owned = explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.kinship+owned-place' });
    expect(owned.en).toMatch(/with the business they run \(the pig farm of…, the tea shop of…\)\.$/);
    expect(owned.th).toMatch(/กิจการที่เขาเป็นเจ้าของ/);
  });

  it("explains round 13's signs: a home, a role before a name, a kin reference, identity nouns, glued pronouns, curses", () => {
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.kinship+home-place' }).en).toMatch(
      /with where their home is: next to, by or beside a place\.$/,
    );
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.role+name' }).th).toMatch(/แม่บ้าน/);
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.health+kin+pronoun' }).en).toMatch(
      /identified by a kinship word, a nickname and their home, told before and a pronoun referring back to them\.$/,
    );
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+identity-noun:ควาย' }).en).toMatch(
      /a word for a people, .* joined to an insult or an animal\)\.$/,
    );
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+pronoun-glue:โง่' }).th).toMatch(/มึงมันโง่/);
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.always+kin-curse:แม่มึง' }).en).toMatch(
      /a curse on the person's parents/,
    );
  });

  it('says how a private person was named, and how an insult was disguised and what it reads as', () => {
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.kinship+relation' }).en).toMatch(
      /kinship word .* with a chain of relatives/,
    );
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.rank' }).th).toMatch(/ยศ/);
    expect(explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.relation+name' })).toEqual({
      th: expect.stringMatching(/ญาติของใคร/),
      en: expect.stringMatching(/through whose relative they are/),
    });
    expect(explainFinding({ kind: 'pii', type: 'national_id', rule: 'national_id.non_thai+context' }).th).toMatch(/บัตรชมพู/);
    expect(explainFinding({ kind: 'pii', type: 'address', rule: 'address.parts+english_order+locality' }).en).toMatch(
      /English way/,
    );
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.insult+spaced:ควาย' })).toEqual({
      th: 'คำหยาบหรือคำดูหมิ่น ห้ามเผยแพร่ตามนโยบายของเว็บไซต์ (เขียนเว้นหรือคั่นตัวอักษร อ่านว่า «ควาย»)',
      en: 'Profanity or an insult; the site does not publish it (letters spaced or separated, reads as “ควาย”).',
    });
    // Written plainly, the found text is the word: nothing to add.
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'lexicon.always:เหี้ย' }).en).toBe(
      'Profanity or an insult; the site does not publish it.',
    );
    expect(explainFinding({ kind: 'profanity', type: 'insult', rule: 'site.blocked' }).en).toBe(
      "A word on this site's own blocked list.",
    );
  });

  it('falls back to the type, then the kind, for rules and types it does not know, Object.prototype names included', () => {
    const phone = explainFinding({ kind: 'pii', type: 'phone', rule: 'phone.mobile' });
    for (const rule of [
      'toString',
      '__proto__',
      'constructor',
      '',
      ':',
      '+++',
      'phone.__proto__+hasOwnProperty',
      'x'.repeat(10_000) + '+'.repeat(10_000),
    ])
      expect(explainFinding({ kind: 'pii', type: 'phone', rule }), rule.slice(0, 20)).toEqual(phone);
    expect(explainFinding({ kind: 'pii', type: 'sensitive', rule: 'sensitive.__proto__+constructor' }).en).toMatch(
      /^Sensitive data under PDPA section 26 \(health, religion/,
    );
    expect(explainFinding({ kind: 'pii', type: 'toString', rule: 'toString' })).toEqual({
      th: 'ข้อมูลส่วนบุคคล',
      en: 'Personal data.',
    });
    expect(explainFinding({ kind: 'constructor', type: '__proto__', rule: '' })).toEqual({
      th: 'พบข้อความที่ต้องตรวจ',
      en: 'Text that needs a look.',
    });
  });
});

describe('the moderation queue', () => {
  let service: TestService;
  afterEach(() => service?.close());

  it('shows the moderator what identified the person of a held sensitive fact, in both languages', async () => {
    service = await buildTestService();
    const { moderator } = await staffOf(service);
    await submit(service, { title: 'ร้องเรียนคนเฝ้าประตู', body: 'ยามหน้าตลาดสดเทศบาลคนนั้นเคยติดคุกคดียาเสพติดมาสามปี' });
    const { status, body } = await call(service, moderator, 'GET', '/api/v1/mod/queue?site=demo');
    expect(status).toBe(200);
    const sensitive = (body.items[0].findings as { type: string; explanation: { th: string; en: string } }[]).find(
      (f) => f.type === 'sensitive',
    );
    expect(sensitive?.explanation.en).toMatch(
      /section 26 \(a criminal record or case\) about an identifiable person, identified by/,
    );
    expect(sensitive?.explanation.th).toMatch(/ประวัติอาชญากรรม.*ระบุตัวได้จาก/);
  });
});
