// Round 5 of issue 12, insult side: regional insult vocabulary after each region's prefixes, in chat spelling and
// romanised; slurs about people aimed by a person prefix or a contemptuous pronoun, clean in neutral descriptions;
// spans over the whole insulting run. Floors for the fresh hand-written set (round5/insult-fresh.jsonl, written
// before the engine changed, then tuned on) and for the generated round-5 families.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { GENERATOR_SEED, scoreFamily } from './generators/index.js';
import { round5InsultFamilies } from './generators/round5-insult-families.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);
const rules = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.rule);

describe('regional insult vocabulary after its prefixes', () => {
  it('holds Isan words for liar, thief, lazy and ugly after บัก/อี, the prefix in the span', () =>
    expect(insults('บักขี้ตั๋วคนเก็บค่าน้ำ อีขี้ฮ้ายห้องการเงิน บักขี้ลักเอาหินไปขาย บักขี้คร้านมาสาย')).toEqual([
      'บักขี้ตั๋ว',
      'อีขี้ฮ้าย',
      'บักขี้ลัก',
      'บักขี้คร้าน',
    ]));
  it('reads Isan ฮ for ร: แฮด and ฮ่าน are แรด and ร่าน', () =>
    expect(insults('อีแฮดร้านส้มตำ กับอีฮ่านหน้าห้องธุรการ')).toEqual(['อีแฮด', 'อีฮ่าน']));
  it('holds Isan animals after บัก and the crazy idiom whole', () =>
    expect(insults('บักแลนหัวหน้าคนงาน บักกะปอมยามหน้าเทศบาล บักบ้าบอคอแตกขับรถไถ')).toEqual(['บักแลน', 'บักกะปอม', 'บักบ้าบอคอแตก']));
  it('takes Northern บ่า as a prefix', () => expect(insults('บ่าง่าวตี้ขับรถขยะ บ่าหน้าบ่อายตี้เป็นหัวหน้า')).toEqual(['บ่าง่าว', 'บ่าหน้าบ่อาย']));
  it('holds Southern ขี้หก and อี่ดอก, หน้าฮ้าย, เหลือขอ', () =>
    expect(insults('ไอ้ขี้หกเทศบาล อี่ดอกร้านก๋วยเตี๋ยว บักหน้าฮ้ายคนเก็บขยะ ไอ้เหลือขอที่ขับรถ')).toEqual([
      'ไอ้ขี้หก',
      'อี่ดอก',
      'บักหน้าฮ้าย',
      'ไอ้เหลือขอ',
    ]));
  it('holds body-word compounds that name a person by a trait (หัวครก, หน้าหม้อ, ปากปลาร้า) after a prefix', () =>
    expect(insults('ไอ้หัวครกที่ขับรถ อีปากปลาร้าห้องการเงิน ไอ้หน้าหม้อยามหน้าตึก บักสะเหล่อคนเก็บขยะ')).toEqual([
      'ไอ้หัวครก',
      'อีปากปลาร้า',
      'ไอ้หน้าหม้อ',
      'บักสะเหล่อ',
    ]));
  it('publishes the same compounds without a prefix', () => expect(insults('ผมหัวหงอกหมดแล้ว หัวขโมยยังไม่ถูกจับ')).toEqual([]));
  it('names the headword in the rule', () => expect(rules('อีแฮดร้านส้มตำ')).toEqual(['lexicon.insult:แฮด']));
  it('publishes the same words in their literal sense, without a prefix', () => {
    for (const text of [
      'แลนตัวใหญ่ขึ้นมาจากคลองหลังบ้าน',
      'กะปอมขึ้นเต็มรั้วโรงเรียน',
      'ร้านขายหอยแครงหน้าตลาดเปิดถึงกี่โมง',
      'ฮ้านขายข้าวเหนียวหน้าบ้านปิดหลายมื้อแล้ว',
      'อย่าเชื่อข่าวขี้ตั๋วในไลน์',
      'แบกกระสอบจนปวดบ่า ขอรถเข็น',
      'มันแกวราคาตก ป้ายแกว่งตอนลมแรง',
      'หน้าแข้งถลอกเพราะฝาท่อ',
      'ดอกเบี้ยกองทุนหมู่บ้านเท่าไหร่ ดอกไม้หน้าเทศบาลสวยมาก',
    ])
      expect(insults(text), text).toEqual([]);
  });
});

describe('chat spelling and romanised', () => {
  it('covers a drawn-out final letter and leaves the laughter out', () =>
    expect(insults('บักง่าวววววว ไฟดับสามมื้อ 555555')).toEqual(['บักง่าวววววว']));
  it('holds the word between runs of 5', () => expect(insults('555555อีดอกกกก หน้าห้อง 5555')).toEqual(['อีดอกกกก']));
  it('holds a romanised บัก', () => expect(insults('bak ngao jao na tee bor ma')).toEqual(['bak ngao']));
  it('holds romanised dialect stems, spaced or glued', () =>
    expect(insults('ai haed gap ee kee tua ma laew na')).toEqual(['ai haed', 'ee kee tua']));
  it('publishes a romanised place name that holds a stem (Mae Hia, Chiang Mai)', () => {
    expect(insults('I live near Mae Hia market in Chiang Mai, the streetlights are out.')).toEqual([]);
    expect(insults('mae hia mung')).toEqual(['mung']);
  });
  it('covers a Thai prefix before a romanised stem', () => expect(insults('อีk-w-a-i ขับรถเร็ว')).toEqual(['อีk-w-a-i']));
  it('asks the segmenter only about the end after "_" or "."', () =>
    expect(insults('อี_บ้าคนเก็บค่าขยะ ไอ้.บ้าคนขับรถ')).toEqual(['อี_บ้า', 'ไอ้.บ้า']));
  it('still publishes ordinary words behind "_" and "."', () => expect(insults('ถนน_บ้านเรา หมู่.บ้านเรา')).toEqual([]));
});

describe('slurs aimed at a person', () => {
  it('holds sex-work words after a prefix', () =>
    expect(insults('อีไซด์ไลน์ห้องข้างๆ อีขายหอยหน้าตลาด อีนางบำเรอของเสี่ย')).toEqual(['อีไซด์ไลน์', 'อีขายหอย', 'อีนางบำเรอ']));
  it('holds LGBT, disability and mental-illness slurs after a prefix', () =>
    expect(insults('อีแอบหัวหน้ากอง ไอ้ออทิสติกคุมงาน นังไบโพลาร์ห้องข้างๆ อีประสาทแดกขายหมู')).toEqual([
      'อีแอบ',
      'ไอ้ออทิสติก',
      'นังไบโพลาร์',
      'อีประสาทแดก',
    ]));
  it('holds ethnic and class slurs with พวก in the span', () =>
    expect(insults('อีแกวขายของหน้าวัด พวกไอ้ญวนตั้งแผง ไอ้พวกสลัมริมคลอง')).toEqual(['อีแกว', 'พวกไอ้ญวน', 'ไอ้พวกสลัม']));
  it('holds เลส and เพี้ยน after a prefix, and publishes the words that hold them', () => {
    expect(insults('อีเลสห้องการเงิน ไอ้เพี้ยนห้องข้างๆ')).toEqual(['อีเลส', 'ไอ้เพี้ยน']);
    expect(insults('ทะเลสาบหน้าเทศบาล ราวสแตนเลสหัก เสียงลำโพงเพี้ยน')).toEqual([]);
  });
  it('holds a slur after a role and a contemptuous pronoun', () =>
    expect(insults('หัวหน้าเวรคืนนี้มันโรคจิต โทรมาด่าชาวบ้าน')).toEqual(['โรคจิต']));
  it('holds a slur after a role and a demonstrative (ยามคนนั้นขี้ยา)', () =>
    expect(insults('ยามคนนั้นขี้ยา ยืนหลับทั้งวัน แม่ค้าคนนี้แรดมาก')).toEqual(['ขี้ยา', 'แรด']));
  it('publishes a diagnosis after a plain เป็น', () => expect(insults('คลินิกรับผู้ป่วยที่เป็นโรคจิตเภทและผู้ป่วยเป็นโรคจิต')).toEqual([]));
  it('publishes the same groups in neutral and official descriptions', () => {
    for (const text of [
      'แรงงานกัมพูชาในตลาดสดขอใบอนุญาตทำงานได้ที่ไหน',
      'ชุมชนชาวมอญริมแม่น้ำขอจัดงานสงกรานต์',
      'ผู้พิการทางสายตาขอทางลาดหน้าสำนักงาน',
      'ศูนย์ดูแลเด็กออทิสติกเปิดรับสมัครแล้วหรือยัง',
      'โรงเรียนเด็กพิเศษขอทางลาด',
      'กิจกรรมสำหรับกลุ่มความหลากหลายทางเพศในเดือนไพรด์',
      'ชุมชนแออัดหรือสลัมริมคลองขอน้ำประปา',
      'ปัญหาขอทานในตลาดเพิ่มขึ้น',
      'นกตุ๊ดตู่ร้องทั้งเช้าในสวนสาธารณะ',
      'ไอ้คนใช้โทรศัพท์ขณะขับรถอันตรายมาก',
      'เด็กๆ เล่นมอญซ่อนผ้าที่ลานวัด',
      'งานแต่งบ่าวสาวปิดถนน ปวดบ่าขวามาก',
      'แบกของจนปวดบ่าขี้เกียจทำงานต่อ',
      'สิทธิชัยพศ.ด.ออกซิเจน',
    ])
      expect(insults(text), text).toEqual([]);
  });
});

describe('the whole insulting run', () => {
  it('covers compounds whole', () => expect(insults('ไอ้หน้าตัวเมียขับรถชนแมว อีดอกทองเจ้าของหอ')).toEqual(['ไอ้หน้าตัวเมีย', 'อีดอกทอง']));
  it('covers a word spelled letter by letter, glued to the next word', () =>
    expect(insults('อีด.อ.ก.ท.อ.งขายของหน้าเทศบาล')).toEqual(['อีด.อ.ก.ท.อ.ง']));
  it('covers a prefix against a spelled-out word glued on both sides', () =>
    expect(insults('ไอ้ค.ว.า.ยขับรถเร็ว')).toEqual(['ไอ้ค.ว.า.ย']));
  it('takes an animal or abuse emoji run right after the insult into its span', () =>
    expect(insults('ไอ้ควายยย🐃🐃 ขับรถ อีขี้ลัก 🤬🤬 ขโมยฝาท่อ')).toEqual(['ไอ้ควายยย🐃🐃', 'อีขี้ลัก 🤬🤬']));
  it('leaves laughing emoji after an insult out of its span', () => expect(insults('ไอ้ควาย 😂😂 ขับรถ')).toEqual(['ไอ้ควาย']));
  it('takes an insult word written against the insult before it as part of the run', () =>
    // Round 13: behind a prefix an insult + a disability word is one slur (+identity-noun, reversed order).
    expect(insults('อีบ้าจิตเภทขายส้มตำ')).toEqual(['อีบ้าจิตเภท']));
  it('reads an English intensifier as aiming (a complete moron), not an ordinary "real"', () => {
    expect(insults('the clerk is a complete moron')).toEqual(['moron']);
    expect(insults('the real problem is the drain')).toEqual([]);
  });
  it('still publishes abbreviations before a word', () => expect(insults('ห.จ.ก.ควายทอง ส.ส.สมชาย กทม.ประกาศ')).toEqual([]));
});

describe('hostile and odd input', () => {
  it('holds through zero-width characters and Thai digits around the insult', () =>
    expect(insults('๕๕๕๕บัก\u200bขี้\u200bตั๋ว\u200b๕๕๕')).toEqual(['บัก\u200bขี้\u200bตั๋ว']));
  it('holds in a mixed-script post', () => expect(insults('The guard อีแฮด at gate 3 shouted at us')).toEqual(['อีแฮด']));
  it('is linear on 20,000-character runs of the new triggers', () =>
    expectLinear([
      'บ่า'.repeat(6600),
      'บักขี้ตั๋ว '.repeat(1800),
      'bak ngao '.repeat(2200),
      'อี_บ้า'.repeat(3300),
      'ด.อ.ก.'.repeat(3300),
      'ค.ว.า.ย'.repeat(2800),
      'มันโรคจิต'.repeat(2200),
      'พวกไอ้ญวน'.repeat(2200),
      'นังไบโพลาร์ห'.repeat(1600),
    ]));
});

describe('floors', () => {
  const fresh = loadLabelledPosts(fileURLToPath(new URL('./round5/insult-fresh.jsonl', import.meta.url)))!;
  it('the fresh hand-written set (tuned on: 1.000 / 0.000 / 44 of 45; untuned 0.778 / 0.000 / 31 of 45)', () => {
    const score = scorePosts(fresh, (t) => screenText(t));
    expect(fresh.length).toBeGreaterThanOrEqual(60);
    expect(score.holdRecall).toBeGreaterThanOrEqual(1);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    // The one span left: ไอ้ทอม reads as a man nicknamed Tom (held as a name), not as the slur.
    expect(spansShare(score, ['insult'], 'found')).toBeGreaterThanOrEqual(44 / 45);
    expect(spansShare(score, ['insult'], 'covered')).toBeGreaterThanOrEqual(44 / 45);
  });
  const second = loadLabelledPosts(fileURLToPath(new URL('./round5/insult-fresh-2.jsonl', import.meta.url)))!;
  it('the second fresh set, written after the change (scored once 1.000 / 0.000 / covered 27 of 29, before round 5 0.929 / 0.000 / 24 of 29; then its two misses fixed)', () => {
    const score = scorePosts(second, (t) => screenText(t));
    expect(second.length).toBeGreaterThanOrEqual(40);
    expect(score.holdRecall).toBeGreaterThanOrEqual(1);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(spansShare(score, ['insult'], 'covered')).toBe(1);
  });
  for (const family of round5InsultFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () => {
      const score = scoreFamily(family, screenText);
      if (score.correct < 1) console.log(`${family.name}\n${score.misses.join('\n')}`);
      expect(score.correct).toBe(1);
      if (family.expect === 'hold') {
        const covered = spansShare(
          scorePosts(family.posts, (t) => screenText(t)),
          ['insult'],
          'covered',
        );
        expect(covered).toBe(1);
      }
    });
  }
});
