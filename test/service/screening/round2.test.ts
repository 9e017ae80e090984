// Issue 12, round 2: the phenomena the hidden sets still missed, one behaviour per test, with hostile and odd input;
// and the hand-written round-2 posts held at the level reached (fresh.jsonl was written after the changes, never tuned on).
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { freshPath, piiCovered, PII_TYPES, round2Path } from './round2/score.js';
import { loadLabelledPosts, scorePosts, spansFound } from './scoring.js';

const findings = (text: string, type?: string) => screenText(text).findings.filter((f) => !type || f.type === type);
const texts = (text: string, type: string) => findings(text, type).map((f) => f.text);
const verdict = (text: string) => screenText(text).verdict;

describe('animal emoji after an insulting prefix', () => {
  it('covers the prefix and the whole run: ZWJ sequences, skin tones, repeats, spaces', () => {
    expect(texts('ไอ้🐕‍🦺 ยามหน้าหมู่บ้าน', 'insult')).toEqual(['ไอ้🐕‍🦺']);
    expect(texts('อี🐷🐷 ขายของบนทางเท้า', 'insult')).toEqual(['อี🐷🐷']);
    expect(texts('ไอ้ 🦎 กองช่าง', 'insult')).toEqual(['ไอ้ 🦎']);
    expect(texts('ไอ้ 🐕 🐕 รปภ.', 'insult')).toEqual(['ไอ้ 🐕 🐕']);
    expect(texts('ไอ้🦍🏿 รปภ.', 'insult')).toEqual(['ไอ้🦍🏿']);
    expect(texts('ยัย🐈‍⬛🐈‍⬛', 'insult')).toEqual(['ยัย🐈‍⬛🐈‍⬛']);
    expect(findings('ไอ้🐒 ทำงานห่วย', 'insult')[0]!.rule).toBe('lexicon.insult+emoji:animal-emoji');
  });

  it('leaves emoji without a prefix, and prefixes inside words, alone', () => {
    expect(verdict('🐕🐕🐕 หมาจรเต็มซอยเลยค่ะ')).toBe('clean');
    expect(verdict('มีงู 🐍 เข้าบ้าน ช่วยด้วย')).toBe('clean');
    expect(verdict('ขอบคุณค่ะ 🙏🙏')).toBe('clean');
    expect(verdict('มีอีก🐕ตัวหนึ่งหลงมา')).toBe('clean');
  });

  it('reads a 10,000-character emoji run once and holds it', () => {
    const result = screenText('ไอ้' + '🐃'.repeat(5_000));
    expect(result.verdict).toBe('hold');
    expect(result.findings.filter((f) => f.type === 'insult')).toHaveLength(1);
  });
});

describe('dialect insults', () => {
  it('holds Isan, Northern and Southern insults and curses', () => {
    for (const [text, span] of [
      ['บักง่าวเจ้าหน้าที่ บอกกี่เทื่อกะบ่มา', 'บักง่าว'],
      ['ไอ้สาดคนเก็บขยะ', 'ไอ้สาด'],
      ['ไอ้ฮ่าคนขับรถขยะ', 'ไอ้ฮ่า'],
      ['ห่าซิกินเอ้ย น้ำบ่ไหล', 'ห่าซิกินเอ้ย'],
    ])
      expect(texts(text!, 'insult'), text).toContain(span);
  });

  it('publishes affectionate dialect words and the literal senses', () => {
    for (const text of [
      'บักหำน้อยต้องเดินลุยน้ำไปโรงเรียน',
      'อีหล่าฝากบอกว่าไฟทางดับ',
      'อ้ายน้องเอ้ย ถนนเป็นหลุมใหญ่คัก',
      'สาดน้ำสงกรานต์ที่ลานวัด ขอให้ปิดถนน',
      'ฮ่าๆ ขอบคุณที่มาซ่อมไฟ',
    ])
      expect(verdict(text), text).toBe('clean');
  });
});

describe('sensitive facts about one person identified by role and place', () => {
  it('holds English facts and covers the whole phrase', () => {
    const text = 'The security guard at the village gate was in prison for drug dealing, please check him';
    const [hit] = findings(text, 'sensitive');
    expect(hit!.text).toBe('was in prison for drug dealing');
    expect(hit!.rule).toBe('sensitive.criminal+role+place');
    expect(texts('The barber on Soi 7 has a criminal record', 'sensitive')).toEqual(['has a criminal record']);
  });

  it('runs a Thai fact on over a number and คดี', () => {
    expect(texts('เด็กปั๊มสาขาทางเข้าเมือง ติดคุกมา 3 ปีเพิ่งออกมา', 'sensitive')[0]).toMatch(/^ติดคุกมา 3 ปี/);
    expect(texts('รปภ.คอนโดริมน้ำ มีประวัติอาชญากรรม คดีชิงทรัพย์', 'sensitive')).toEqual(['มีประวัติอาชญากรรม คดีชิงทรัพย์']);
  });

  it('lets a position one person holds identify alone, and says so', () => {
    expect(findings('นักการภารโรงเคยต้องโทษคดีอนาจาร', 'sensitive')[0]!.rule).toBe('sensitive.criminal+role+unique');
    expect(verdict('The headman has HIV')).toBe('hold');
    expect(verdict('กำนันจัดอบรมป้องกันยาเสพติด')).toBe('clean');
    expect(verdict('ผู้ใหญ่บ้านพาคนไปตรวจเบาหวาน')).toBe('clean');
  });

  it('reads a dialect pronoun before the fact', () => {
    expect(findings('แม่ครัวโรงเรียนบ้านป่าแดง เปิ้นเป็นวัณโรค', 'sensitive')[0]!.rule).toContain('pronoun');
  });

  it('publishes denied, generic and word-internal mentions', () => {
    for (const text of [
      'ไม่มีใครในซอยนี้ติดยาหรอก ตำรวจมาตรวจแล้ว',
      'ยามคนใหม่ไม่เคยติดคุก ตรวจประวัติแล้ว',
      'Free HIV testing for residents at the health centre would be great',
      'Please check the archive of the village meeting, the gate is broken',
      'The guard at the gate is very kind, thank you',
      'ครูที่โรงเรียนวัดสอนเรื่องยาเสพติดให้เด็ก',
      'หมอที่อนามัยตำบลให้ความรู้เรื่องเบาหวาน',
      'The teacher at the school talked about drug abuse prevention',
    ])
      expect(verdict(text), text).toBe('clean');
  });
});

describe('kinship words that are also ordinary words', () => {
  it('names a person with a relation before or a place after, and says which', () => {
    expect(findings('หลานตาเหลือง ขับรถซิ่งตอนตีสอง', 'person_name').map((f) => [f.text, f.rule])).toEqual([
      ['หลานตาเหลือง', 'person_name.kinship+relation'],
    ]);
    expect(texts('พ่อใหญ่จันทร์ บ้านหลังโรงสี เลี้ยงวัว', 'person_name')).toEqual(['พ่อใหญ่จันทร์']);
    expect(texts('หลานบังแก้ว บ้านติดกาดเช้า', 'person_name')).toEqual(['หลานบังแก้ว']);
    expect(texts("Auntie Noi's son from the grocery on Soi 4 is a drug addict", 'person_name')).toEqual(["Auntie Noi's son"]);
    expect(texts('grandma Boonmee from soi 6 burns trash', 'person_name')).toEqual(['grandma Boonmee']);
  });

  it('publishes those words alone and in dictionary words', () => {
    for (const text of [
      'ตามซอยมีขยะเยอะ',
      'อาหารร้านหน้าโรงเรียนไม่สะอาด',
      'อีกบ้านหนึ่งก็น้ำท่วม',
      'บังคับให้จอดรถหน้าร้านไม่ได้',
      'ตาแดงระบาดในโรงเรียน',
      'my uncle said the road is broken',
      'ตายายในหมู่บ้านต้องเดินไกล',
      'ลุงป้าน้าอาในชุมชนอยากได้รถ',
      'น้องชายผมตกท่อ ขาหัก',
      'พี่สาวฉันบอกว่าถนนพัง',
    ])
      expect(verdict(text), text).toBe('clean');
  });
});

describe('contact numbers and handles', () => {
  it('holds foreign numbers after a phone word, whole', () => {
    expect(texts('Call me on +44 7700 900123, I rent in Soi 9', 'phone')).toEqual(['+44 7700 900123']);
    expect(texts('WhatsApp +49 151 2345 6789 please', 'phone')).toEqual(['+49 151 2345 6789']);
  });

  it('joins digit groups across a short run of separators, not ranges of small numbers', () => {
    expect(texts('โทร 089 - 123 - 4567 ครับ', 'phone')).toEqual(['089 - 123 - 4567']);
    expect(texts('0 8 1 - 2 3 4 - 5 6 7 8', 'phone')).toEqual(['0 8 1 - 2 3 4 - 5 6 7 8']);
    expect(verdict('ราคา 1500 - 2000 - 3000 บาท')).toBe('clean');
    expect(verdict('เปิด 08.00 - 16.30 น. ทุกวัน')).toBe('clean');
  });

  it('publishes the office number written in English', () => {
    expect(verdict('The municipal office number is 02 582 2195, nobody picks up')).toBe('clean');
  });

  it('reads a LINE handle after a bare line or ไอดี only when it looks like one', () => {
    expect(texts('line ผม ken.bkk99 ทักมาได้', 'line_id')).toEqual(['ken.bkk99']);
    expect(texts('แอดไลน์มาคุย ไอดี somchai_2519', 'line_id')).toEqual(['somchai_2519']);
    expect(texts('line id - somchai99', 'line_id')).toEqual(['somchai99']);
    expect(verdict('the online form has a deadline 2024_q3')).toBe('clean');
    expect(verdict('please line up at the office door')).toBe('clean');
  });
});

describe('English word order and separated prefixes', () => {
  it('reads a number right before Soi or Moo as a house number, not a count or a bus', () => {
    expect(texts('12 Soi Sukjai, Tiwanon Road is flooded', 'address')).toEqual(['12 Soi Sukjai, Tiwanon Road']);
    expect(texts('Mr. Somsak Jaidee at 88 Soi Ramkhamhaeng 24 keeps dumping trash', 'address')).toEqual([
      '88 Soi Ramkhamhaeng 24',
    ]);
    expect(verdict('There are 3 soi in this village without lights')).toBe('clean');
    expect(verdict('Bus 8 soi 5 stop is broken')).toBe('clean');
  });

  it('aims and covers an insult across one separator after its prefix', () => {
    expect(texts('ไอ้-สัตว์ ขับรถชนหมา', 'insult')).toEqual(['ไอ้-สัตว์']);
    expect(texts('ไอ้ ควาย เจ้าหน้าที่', 'insult')).toEqual(['ไอ้ ควาย']);
    expect(texts('ไอ้เด็กเปรต ร้านเกม เสียงดัง', 'insult')).toEqual(['ไอ้เด็กเปรต']);
    expect(verdict('ห้องน้ำสาธารณะทุเรศมาก ไม่มีคนทำความสะอาด')).toBe('clean');
  });
});

describe('round-2 hand-written posts', () => {
  it('posts.jsonl (written before the changes) stays at the level reached', () => {
    const score = scorePosts(loadLabelledPosts(round2Path)!, (t) => screenText(t));
    expect(score.posts).toBeGreaterThanOrEqual(120);
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.97);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0.02);
    expect(spansFound(score, PII_TYPES)).toBeGreaterThanOrEqual(0.94);
    expect(piiCovered(score)).toBeGreaterThanOrEqual(0.94);
    expect(spansFound(score, ['insult'])).toBeGreaterThanOrEqual(0.97);
  });

  it('fresh.jsonl (written after them, never tuned on) stays at its first score', () => {
    const score = scorePosts(loadLabelledPosts(freshPath)!, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.875);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0.05);
  });
});
