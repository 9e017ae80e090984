// Round 6, sensitive facts about a person identified by role when the role and the fact stand apart (relative
// clauses, pronouns across sentences, hearsay, subject-less clauses, English hearsay, long posts): one behaviour per
// test, hostile input in linear time, the fresh set and the r6r families at the level reached.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round6RoleFamilies } from './generators/round6-role-families.js';
import { scoreFamily } from './generators/index.js';
import { loadLabelledPosts, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const sensitive = (text: string) => screenText(text).findings.filter((f) => f.type === 'sensitive');
const verdict = (text: string) => screenText(text).verdict;

describe('round 6 role: the person carried to the fact', () => {
  it('holds a fact after a relative clause naming the person by what they do and where', () => {
    const f = sensitive('ช่างที่มาซ่อมไฟแถวชุมชนหลังวัดป่า ทำงานไม่เรียบร้อย แกติดเหล้าหนักมาก');
    expect(f.map((x) => x.text)).toEqual(['ติดเหล้าหนักมาก']);
    expect(f[0]!.rule).toContain('pronoun');
  });

  it('carries a pronoun into the next sentence', () => {
    expect(verdict('ยามหน้าหมู่บ้านสุขสันต์ ชอบจอดรถขวางทางค่ะ เขาเป็นวัณโรค ฝากดูแลด้วย')).toBe('hold');
    expect(verdict('คนส่งแก๊สประจำซอยวัดใหม่ เปิดเพลงเสียงดังทุกคืน\nมันติดยาบ้า')).toBe('hold');
  });

  it('reads hearsay right before the fact as the subject carried', () => {
    const f = sensitive('คนที่มาเก็บค่าน้ำหมู่บ้านเรา ได้ยินว่าเป็นเอดส์ ไม่อยากให้เข้าบ้าน');
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toContain('hearsay');
  });

  it('does not hold hearsay and a pronoun alone, with nobody introduced', () => {
    expect(verdict('ได้ยินว่าเขาเป็นเอดส์ จริงไหม')).toBe('clean');
  });

  it('carries the subject of a Thai clause with none of its own past a nearer bare role', () => {
    const f = sensitive('คนที่มาเก็บค่าน้ำหมู่บ้านร่มเย็น พูดจาไม่สุภาพกับลูกค้า ติดยาบ้า อันตรายกับเด็กๆ');
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toContain('carried');
  });

  it('holds English hearsay two sentences after the role, whatever generic words stand in between', () => {
    expect(
      verdict(
        'I want to complain about the tuk-tuk driver who parks at the corner of Soi Ban Kluay near the 7-Eleven. He is always drunk. People say he has a criminal record for rape.',
      ),
    ).toBe('hold');
    expect(
      verdict(
        'The security guard at the condo on Nimman soi 7 keeps staring at residents. I heard he was in prison for assault.',
      ),
    ).toBe('hold');
  });

  it('reads ทุกคนรู้ว่า before a pronoun as hearsay, not as many people', () => {
    expect(verdict('ครูที่สอนพละโรงเรียนเทศบาล 1 ใส่เสื้อสีฟ้า ทุกคนรู้ว่าเขาเป็นเกย์')).toBe('hold');
  });

  it('does not hold hearsay about an institution (ได้ยินว่าคลินิก…, ว่าศูนย์บำบัด…)', () => {
    expect(verdict('แม่ค้าส้มตำหน้าโรงเรียนวัดใหม่ ใจดีมาก ได้ยินว่าศูนย์บำบัดยาเสพติดเปิดรับสมัครแล้ว จริงไหมคะ')).toBe('clean');
    expect(verdict('ภารโรงโรงเรียนบ้านหนองแวง ใจดีมาก ได้ยินว่าคลินิกโรคเอดส์ย้ายไปหลังตลาด จริงไหมคะ')).toBe('clean');
    expect(verdict('ลุงที่ขายผลไม้หน้าตลาดใจดีมาก แกบอกว่าโรงพยาบาลจิตเวชย้ายไปอยู่ถนนใหม่ ทางไปต้องผ่านไหนคะ')).toBe('clean');
  });

  it("does not hold the poster's own fact after a role", () => {
    expect(verdict('แม่ค้าส้มตำหน้าโรงเรียนวัดใหม่ บริการดีมากค่ะ ส่วนดิฉันเป็นเบาหวาน อยากถามเรื่องตรวจฟรี')).toBe('clean');
  });

  it('reads a plural inside the role phrase as many people', () => {
    expect(verdict('คนงานก่อสร้างหลายคนในไซต์ข้างวัดเป็นคนพม่า ขอให้เทศบาลประสานเรื่องขยะด้วยครับ')).toBe('clean');
  });

  it('does not take หน้าที่ for a relative-clause head (น้าที่)', () => {
    const f = sensitive('คนขายข้าวแกงหน้าที่ว่าการอำเภอ เป็นเสื้อแดงตัวยง ไปม็อบทุกครั้ง');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]!.rule).toContain('place');
  });

  it('holds through zero-width characters and Thai digits', () => {
    expect(verdict('ยามหน้าหมู่บ้านเลขที่ ๙ ชอบจอดรถขวางทางค่ะ เข\u200bาเป็นวัณโรค')).toBe('hold');
  });
});

describe('round 6 role: hostile input', () => {
  it('stays linear on 20,000-character runs of carried facts, hearsay, pronouns and relative heads', () => {
    expectLinear([
      'เขาว่ากันว่า'.repeat(1700),
      'ได้ยินว่าเป็นเอดส์ '.repeat(1100),
      'แกติดเหล้า '.repeat(1800),
      'คนที่มาเก็บค่าน้ำ ติดยาบ้า '.repeat(800),
      'ลุงที่ป้าที่พี่ที่'.repeat(1200),
      'I heard he has HIV. '.repeat(1000),
      'ยามหน้าหมู่บ้าน ด่าลูกค้า ติดยาบ้า '.repeat(600),
      'ว่าคลินิกโรคเอดส์'.repeat(1200),
    ]);
  });
});

describe('round 6 role: fresh posts and generated families (floors at the level reached)', () => {
  it('holds role-fresh.jsonl (written before the change; untuned 0.708 / 0.182, sensitive spans 17/24)', () => {
    const posts = loadLabelledPosts(new URL('./round5/role-fresh.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(30);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(1);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered / score.perType.sensitive!.total).toBeGreaterThanOrEqual(1);
  });

  for (const family of round6RoleFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds every post' : 'holds none'}`, () => {
      const s = scoreFamily(family, screenText);
      expect(s.correct, s.misses.slice(0, 3).join('\n')).toBe(1);
      if (family.expect === 'hold') expect(s.spansFound, s.misses.slice(0, 3).join('\n')).toBe(s.spans);
    });
  }
});
