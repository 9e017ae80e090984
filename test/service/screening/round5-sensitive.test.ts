// Issue 12, round 5, sensitive facts (PDPA s.26): every category built from what it holds, chat and dialect spellings,
// the fact's whole phrase, and a person reference that must be the fact's own (not a place named after a condition,
// not a role of many people, not someone in another sentence). One behaviour per test, hostile and odd input; the
// fresh posts (round5/sensitive-fresh.jsonl, written before the change) and the r5s.* families at the level reached.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round5SensitiveFamilies } from './generators/round5-sensitive-families.js';
import { scoreFamily } from './generators/index.js';
import { loadLabelledPosts, piiCovered, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const findings = (text: string) => screenText(text).findings.filter((f) => f.type === 'sensitive');
const texts = (text: string) => findings(text).map((f) => f.text);
const verdict = (text: string) => screenText(text).verdict;

describe('round 5: s.26 categories built from what they hold', () => {
  it('holds trade-union membership, a new category, and names it in the rule', () => {
    const [f] = findings('พนักงานโรงงานทอผ้าริมถนนใหญ่ เป็นแกนนำสหภาพแรงงาน โดนหัวหน้าจ้องเล่นงาน');
    expect(f?.text).toMatch(/^เป็นแกนนำสหภาพแรงงาน/);
    expect(f?.rule).toMatch(/^sensitive\.union\+role\+place/);
  });

  it('holds genetic data: a carrier, a paternity DNA result, an inherited disease', () => {
    for (const [text, span] of [
      ['คนเฝ้าลานจอดรถห้างโลตัส เขาเป็นพาหะธาลัสซีเมีย', 'เป็นพาหะธาลัสซีเมีย'],
      ['ครูสอนคณิตโรงเรียนวัดกลาง ตรวจดีเอ็นเอแล้วไม่ใช่ลูกผัว', 'ตรวจดีเอ็นเอแล้วไม่ใช่ลูกผัว'],
      ['พนักงานล้างรถปั๊มหัวมุม มันเป็นฮีโมฟีเลีย', 'เป็นฮีโมฟีเลีย'],
    ])
      expect(texts(text!), text).toEqual([span]);
  });

  it('holds chronic disease, cancer, dementia and disability in the words neighbours use', () => {
    for (const [text, span] of [
      ['ครูประจำชั้น ป.4 โรงเรียนวัดใหม่ เส้นเลือดในสมองแตกจนพูดไม่ชัด', 'เส้นเลือดในสมองแตกจนพูดไม่ชัด'],
      ['แม่ค้าขายผักในตลาดสด เป็นเนื้องอกในสมอง', 'เป็นเนื้องอกในสมอง'],
      ['ยามกะดึกหมู่บ้านร่มเย็น ความจำเสื่อมจำบ้านตัวเองไม่ได้', 'ความจำเสื่อมจำบ้านตัวเองไม่ได้'],
      ['ลูกชายคนเล็กของกำนันตำบลนาดี เป็นเด็กพิเศษ สมองพิการมาแต่กำเนิด', 'เป็นเด็กพิเศษ สมองพิการมาแต่กำเนิด'],
    ])
      expect(texts(text!), text).toEqual([span]);
  });

  it('holds offences in everyday words: an underground lottery, drink-driving, a gambling den', () => {
    for (const [text, span] of [
      ['ยามกะดึกหมู่บ้านร่มเย็น เปิ้นเป็นเจ้ามือหวยใต้ดิน', 'เป็นเจ้ามือหวยใต้ดิน'],
      ['คนขับรถขยะเทศบาลคันสีเขียว เคยโดนจับเมาแล้วขับ', 'เคยโดนจับเมาแล้วขับ'],
      ['แม่ค้าขายผักในตลาดสด เปิดบ่อนการพนันในบ้าน', 'เปิดบ่อนการพนันในบ้าน'],
    ])
      expect(texts(text!), text).toEqual([span]);
  });

  it('holds religion, party and ethnicity as a label on one person', () => {
    for (const [text, span] of [
      ['พยาบาลอนามัยบ้านโคก เพิ่งเปลี่ยนไปเป็นคริสเตียน', 'เพิ่งเปลี่ยนไปเป็นคริสเตียน'],
      ['ประธานชุมชนหมู่ 8 เป็นหัวคะแนนพรรคภูมิใจไทย แจกเงินตอนเลือกตั้ง', 'เป็นหัวคะแนนพรรคภูมิใจไทย'],
      ['แม่บ้านประจำตึกคอนโดริมน้ำ เป็นคนกะเหรี่ยง ไม่มีบัตรประชาชน', 'เป็นคนกะเหรี่ยง ไม่มีบัตรประชาชน'],
    ])
      expect(texts(text!), text).toEqual([span]);
  });

  it('takes no lead out of the end of a word (ขา in เขา)', () => {
    expect(texts('คนเฝ้าลานจอดรถห้างโลตัส เขาเป็นพาหะธาลัสซีเมีย')).toEqual(['เป็นพาหะธาลัสซีเมีย']);
  });

  it('reads a Northern craftsman (สล่า) as a role', () => {
    expect(texts('สล่าซ่อมบ้านแถวกาดหมั้ว เปิ้นเป็นโรคจิตเภท ต้องกินยาทุกวันเจ้า')[0]).toMatch(/^เป็นโรคจิตเภท ต้องกินยาทุกวัน/);
  });
});

describe('round 5: chat spellings and odd input', () => {
  it('reads เปน and เปง for เป็น in triggers, leads and continuing clauses', () => {
    expect(texts('ยามกะดึกหมู่บ้านพฤกษา 5 เปนเอดส์นะ ระวังกันด้วย')[0]).toMatch(/^เปนเอดส์/);
    expect(texts('คนเฝ้าลานจอดรถห้างโลตัส เปงหอบหืดเรื้อรัง 555')).toEqual(['เปงหอบหืดเรื้อรัง']);
    expect(texts('ช่างตัดผมร้านปากซอย 3 เปนโรคไต เปนโรคหัวใจด้วย')).toEqual(['เปนโรคไต เปนโรคหัวใจด้วย']);
  });

  it('covers a fact written with zero-width spaces and Thai digits', () => {
    expect(texts('ครูพละโรงเรียนบ้านหนองแวง ติดเชื้อ\u200bเอช\u200bไอวี นะคะ')).toEqual(['ติดเชื้อ\u200bเอช\u200bไอวี']);
    expect(texts('คนขับรถสองแถวสายสีฟ้า เคยติดคุกมา ๕ ปี')).toEqual(['เคยติดคุกมา ๕ ปี']);
  });

  it('keeps 20,000-character runs of triggers, locatives, institutions and particles linear', () => {
    expectLinear([
      'เปนเอดส์'.repeat(2500),
      'ข้างโรงพยาบาลจิตเวช'.repeat(1100),
      'หน้าคลินิกรักษาโรคเอดส์ '.repeat(850),
      'ค่ะ ติดยา '.repeat(2000),
      'คดี 112 '.repeat(2500),
      'was jailed last year for theft '.repeat(650),
      'เจ้าหน้าที่ทุกคนติดคุก'.repeat(900),
      'in front of the drug rehab centre '.repeat(600),
    ]);
  });
});

describe('round 5: the fact is the whole phrase', () => {
  it('runs from the auxiliaries through the charge and the duration', () => {
    expect(texts('คนขับวินหน้าเซเว่นสาขาหนองบัว เคยติดคุกคดียาเสพติดมาสามปี')).toEqual(['เคยติดคุกคดียาเสพติดมาสามปี']);
  });

  it('takes the number after คดี or อายุ', () => {
    expect(texts('ลูกชายเจ้าของร้านถ่ายเอกสารหน้ามหาลัย เป็นแกนนำม็อบ โดนคดี 112 อยู่')[0]).toMatch(/โดนคดี 112$/);
    expect(texts('ช่างตัดผมร้านปากซอย 3 ท้องตอนอายุ 15 ยังเรียนอยู่')[0]).toMatch(/^ท้องตอนอายุ 15/);
  });

  it('runs an English fact over up to two words to its complement', () => {
    expect(texts('The security guard at Hillside Condo was jailed last year for theft and now he has our keys')[0]).toMatch(
      /^was jailed last year for theft/,
    );
  });
});

describe('round 5: the person must be the fact’s own', () => {
  it('does not hold the name of a place that only locates the problem, even with a bystander beside it', () => {
    for (const text of [
      'ไฟทางข้างโรงพยาบาลจิตเวชดับทั้งแถว แม่ค้าแถวนั้นบ่นว่ามืดมาก',
      'ขยะล้นถังหน้าคลินิกรักษาโรคเอดส์ในซอยตลาดใหม่ ส่งกลิ่นเหม็นมากครับ',
      'ช่วยติดป้ายห้ามจอด ตรงทางไปเรือนจำกลาง รถติดมากค่ะ คนขับวินบ่นทุกวัน',
      'แม่ค้าทางไปโรงพยาบาลมะเร็งบอกว่ามีรถจอดขวางทางเข้าออก',
      'The road in front of the drug rehab centre on Soi 5 is flooded again, the guard there says it has been a week.',
    ])
      expect(verdict(text), text).toBe('clean');
  });

  it('still holds a stay in the same institution, or a fact said of someone standing at a place', () => {
    expect(verdict('ผู้ดูแลหอพักสตรีหลังมหาลัย เคยถูกส่งไปรักษาที่โรงพยาบาลศรีธัญญา')).toBe('hold');
    expect(verdict('ยามโรงเรียนเข้าโรงพยาบาลธัญญารักษ์')).toBe('hold');
    expect(verdict('คนขายหมูปิ้งหน้าโรงเรียนติดเชื้อเอชไอวีมาหลายปี')).toBe('hold');
    expect(verdict('นักเรียนหญิงโรงเรียนวัดใหม่ท้องไม่มีพ่อ')).toBe('hold');
  });

  it('does not count a role of many people', () => {
    expect(verdict('เจ้าหน้าที่ทุกคนที่ศูนย์บำบัดยาเสพติดบริการดีมาก ขอชมครับ')).toBe('clean');
    expect(verdict('พยาบาลหลายคนที่คลินิกเอชไอวีบริการดีมาก')).toBe('clean');
  });

  it('does not carry a person into a sentence with a subject of its own, but does into one the fact opens', () => {
    expect(verdict('ยามหมู่บ้านร่มเย็นช่วยเก็บกิ่งไม้ที่ล้มขวางถนนให้ ขอบคุณมากค่ะ ส่วนถนนหน้าเรือนจำกลางยังเป็นหลุมอยู่')).toBe('clean');
    expect(verdict('ลุงข้างบ้านเผาขยะทุกวันค่ะ ติดยาด้วย')).toBe('hold');
  });

  it('does not hold a service request, statistics or the poster’s own family', () => {
    for (const text of [
      'ขอให้เทศบาลจัดรถรับส่งผู้ป่วยฟอกไตในหมู่ 3 ไปโรงพยาบาลอำเภอด้วยค่ะ',
      'ปีนี้ตำบลเรามีผู้ป่วยเบาหวาน 30 ราย อสม. ลงพื้นที่ทุกสัปดาห์ ขอบคุณมากค่ะ',
      'แม่ฉันเป็นเบาหวานเดินไม่ค่อยไหว อยากขอรถเข็นวีลแชร์จากกองสวัสดิการค่ะ',
      'สหภาพแรงงานโรงงานน้ำตาลจะเดินขบวนวันเสาร์ ขอให้เทศบาลจัดจราจรหน้าโรงงานด้วย',
    ])
      expect(verdict(text), text).toBe('clean');
  });

  it('reads a generic word after a locative as a place (บ้านหน้ามัสยิด), not as people in general', () => {
    expect(verdict('ยามประจำหมู่บ้านหน้ามัสยิด เข้าอิสลามเพราะแต่งเมีย')).toBe('hold');
  });
});

describe('round 5 sensitive: fresh posts and generated families (floors at the level reached)', () => {
  it('holds sensitive-fresh.jsonl (written before the change; untuned 0.825 / 0.133 / 0.679)', () => {
    const posts = loadLabelledPosts(new URL('./round5/sensitive-fresh.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(40);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.975);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered / score.perType.sensitive!.total).toBeGreaterThanOrEqual(0.97);
    expect(piiCovered(score)).toBeGreaterThanOrEqual(0.9);
  });

  for (const family of round5SensitiveFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds every post' : 'holds none'}`, () => {
      const s = scoreFamily(family, screenText);
      expect(s.correct, s.misses.slice(0, 3).join('\n')).toBe(1);
      if (family.expect === 'hold') expect(s.spansFound, s.misses.slice(0, 3).join('\n')).toBe(s.spans);
    });
  }
});
