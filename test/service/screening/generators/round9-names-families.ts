// Round 9: people's names and LINE ids. Clean traps a citizen writes by accident: a village, canal or marsh named with
// a kinship word (บางป้า, หนองยาย, ห้วยตา, โนนลุง) before a verb; a sponsor or thank-you list in a long post whose
// businesses are named after their owners (a petrol station, rice mill, garage, ice works, dish stall); ป้อหลวง/แม่หลวง
// as the headman's office at work and แม่อุ๊ย/ป้ออุ๊ย as the writer's own grandparent; an office's own LINE account.
// Hold: Northern honorific kinship for an elder (ป้อหลวง, แม่หลวง, ป้ออุ๊ย, แม่อุ๊ย) with a nickname and a place; a
// two-part หนู nickname (ป้าหนูแดง) with a place; such businesses when the post blames them (the name then points at the
// owner); a LINE id in chat after "id:", "ไอดี" or "แอดไลน์มา…". Vocabulary of its own (not read from the engine's
// lexicon, none of it copied from round9/names.jsonl); its own random stream.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';
import { SHOP_PRACTICES } from '../../../../service/src/screening/person/frame-words.js';

/**
 * Round 13: a shop's practice alone (tables or goods on the pavement, noise, smell, smoke, dust, parking: the engine's
 * SHOP_PRACTICES) is the shop's business and leaves its name the shop's; such posts are not "blamed" any more.
 */
const blamesMoreThanAPractice = ([text]: Post): boolean => !SHOP_PRACTICES.some((w) => text.includes(w));

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });
const line = (text: string): LabelledSpan => ({ kind: 'pii', type: 'line_id', text });
type Post = [string, LabelledSpan[]];

const KIN = ['ป้า', 'ลุง', 'ยาย', 'ตา', 'ย่า', 'ปู่', 'น้า'];
const NICKS = ['ทองใบ', 'บุญมี', 'สำลี', 'ประยูร', 'อำไพ', 'เฉลิม', 'จำรัส', 'สมพร', 'บัวผัน', 'คำปุ่น'];

/** Place heads whose next syllable may be a kinship word in a village's or canal's own name. */
const PLACE_HEADS = ['บาง', 'หนอง', 'ห้วย', 'โนน', 'บึง', 'โคก', 'คลอง'];
/** What a post says right after the place name: a verb or a state, never a wrong done by someone. */
const PLACE_AFTER = [
  'น้ำท่วมสูงเกือบเข่า รถเล็กผ่านไม่ได้',
  'ไม่มีไฟทางเลยครับ มืดตั้งแต่หกโมง',
  'มีงานบุญเดือนหน้า ขอรถสุขาเคลื่อนที่ด้วยค่ะ',
  'ถนนทรุดเป็นแอ่ง ฝนตกทีเป็นบ่อน้ำ',
  'ได้ประปาแล้ว ขอบคุณเทศบาลมากค่ะ 🙏',
  'ไปทางไหนคะ จะไปส่งของให้ญาติ',
];

function placeKin(random: Random): Family {
  const posts: Post[] = [];
  for (const head of PLACE_HEADS)
    for (const kin of ['ป้า', 'ยาย', 'ตา', 'ลุง']) {
      const lead = random.pick(['ที่บ้าน', 'ถนนเข้า', 'แถว', 'ชาวบ้าน', 'ตอนนี้']);
      posts.push([`${lead}${head}${kin}${random.pick(PLACE_AFTER)}`, []]);
    }
  return family('r9n.clean.place-kin', posts, 'publish');
}

/** Businesses a thank-you list names after their owners; the words after the name are the business's own brand. */
const BUSINESSES = ['ปั๊ม', 'โรงสี', 'อู่', 'โรงน้ำแข็ง', 'ปั๊มน้ำมัน', 'ร้านยา', 'คลินิก', 'ร้านทอง'];
const BRAND_TAILS = ['การค้า', 'บริการ', 'พาณิชย์', 'ยนต์', 'การเกษตร', ' สาขาหนึ่ง', 'เภสัช'];

function sponsorLists(random: Random): Family {
  const posts: Post[] = [];
  for (let k = 0; k < 8; k++) {
    const items: string[] = [];
    for (let i = 0; i < 4; i++) {
      const business = random.pick(BUSINESSES);
      items.push(`${business}${random.pick(KIN)}${random.pick(NICKS)}${random.pick(BRAND_TAILS)}`);
    }
    posts.push([
      `งานกีฬาสีชุมชนปีนี้ผ่านไปด้วยดีค่ะ ทีมงานขอขอบคุณผู้ใหญ่ใจดีที่สนับสนุนของรางวัลและน้ำดื่ม ได้แก่ ${items.join(' ')} ` +
        `ปีหน้าอยากขอให้เทศบาลช่วยจัดเต็นท์และเก้าอี้เพิ่ม เพราะคนดูเยอะจนยืนกลางแดด และขอไฟสนามเผื่อแข่งถึงค่ำ ${random.pick(['ขอบคุณค่ะ', 'ขอบคุณครับ 🙏', 'แล้วเจอกันปีหน้า'])}`,
      [],
    ]);
  }
  for (const business of BUSINESSES)
    posts.push([
      `${business}${random.pick(KIN)}${random.pick(NICKS)}${random.pick(['เปิดกี่โมงคะ', 'ย้ายไปอยู่ไหนแล้ว', 'ยังเปิดอยู่ไหมครับ', 'ถนนหน้าร้านเป็นหลุม'])} ${random.pick(['555', 'ค่ะ', 'ครับ', ''])}`,
      [],
    ]);
  return family('r9n.clean.business-named-after-owner', posts, 'publish');
}

function northernClean(random: Random): Family {
  const posts: Post[] = [];
  for (const office of ['ป้อหลวง', 'แม่หลวง'])
    for (const act of ['ประกาศเสียงตามสายว่าพรุ่งนี้ไฟดับครึ่งวันเจ้า', 'เรียกประชุมลูกบ้านเรื่องขยะคืนนี้', 'แจ้งว่าจะมีรถมาพ่นยุงวันเสาร์'])
      posts.push([`${office}${act} ${random.pick(['ขอบคุณเน้อ', 'ใครไปได้ไปกันเน้อ', ''])}`, []]);
  for (const elder of ['แม่อุ๊ย', 'ป้ออุ๊ย'])
    for (const act of ['ขึ้นบันไดวัดบ่ไหวแล้วเจ้า ขอราวจับแหน่', 'ไปรับเบี้ยยังชีพต้องนั่งรอนานขนาด', 'บ่นว่าน้ำประปาขุ่นมาสามวันแล้ว'])
      posts.push([`พา${elder}${act}`, []]);
  return family('r9n.clean.northern-office-and-own-elder', posts, 'publish');
}

function officeLine(random: Random): Family {
  const posts: Post[] = [];
  for (const office of ['เทศบาล', 'กองช่าง', 'อบต.', 'กองสาธารณสุข'])
    posts.push([
      `แจ้งเหตุไฟดับน้ำไม่ไหลได้ที่ไลน์ของ${office} @${random.pick(['tessaban', 'kongchang', 'obt', 'health'])}.${random.pick(['city', 'office', 'nongbua'])} ตลอดเวลาค่ะ`,
      [],
    ]);
  posts.push(['กลุ่มไลน์หมู่บ้านมีใครมีไอดีบ้างคะ อยากเข้ากลุ่มรับข่าวน้ำไม่ไหล', []]);
  posts.push(['line up for the vaccine started at 7am, the queue was long but well run.', []]);
  return family('r9n.clean.office-line', posts, 'publish');
}

const PLACES = ['บ้านหลังวัด', 'ข้างบ้าน', 'ท้ายซอย', 'บ้านหัวมุม', 'หลังตลาด'];
const WRONGS = [
  'เผาใบไม้ทุกเช้า ควันเข้าบ้านจนเด็กไอ',
  'ปล่อยไก่มาคุ้ยขยะหน้าบ้านคนอื่น',
  'เอาไม้มากองขวางทางเดินบ่ยอมเก็บ',
  'เปิดเพลงดังถึงตีหนึ่งทุกคืน',
  'ต่อเติมหลังคาล้ำเข้ามาในที่สาธารณะ',
];

function northernElders(random: Random): Family {
  const posts: Post[] = [];
  for (const elder of ['ป้อหลวง', 'แม่หลวง', 'ป้ออุ๊ย', 'แม่อุ๊ย'])
    for (const nick of ['คำ', 'ศรีนวล', 'จันทร์ดี', 'อินทร์']) {
      const name = `${elder}${nick}`;
      posts.push([
        `${name}${random.pick(PLACES)}${random.pick(WRONGS)} ${random.pick(['เจ้า', 'ขนาดเลย', 'ไปบอกก็บ่ฟัง'])}`,
        [person(name)],
      ]);
    }
  return family('r9n.northern-elder-nickname-place', posts);
}

function nuNicknames(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of ['ป้า', 'ยาย', 'น้า', 'ลุง'])
    for (const second of ['ดำ', 'เล็ก', 'นา', 'จันทร์']) {
      const name = `${kin}หนู${second}`;
      posts.push([`${name}${random.pick(PLACES)}${random.pick(WRONGS)}`, [person(name)]]);
    }
  return family('r9n.nu-two-part-nickname', posts);
}

const BLAMES = ['ปล่อยน้ำมันลงท่อ', 'เผายางรถทุกเย็น', 'จอดรถขวางทางเข้าซอย', 'ปล่อยฝุ่นฟุ้งทั้งหมู่', 'เทน้ำเสียลงคลอง'];

function blamedBusinesses(random: Random): Family {
  const posts: Post[] = [];
  for (const business of ['ปั๊ม', 'โรงสี', 'อู่', 'โรงน้ำแข็ง'])
    for (let k = 0; k < 3; k++) {
      const name = `${random.pick(KIN)}${random.pick(NICKS)}`;
      posts.push([
        `${business}${name}${random.pick(BLAMES)} ${random.pick(['แจ้งไปก็เฉย', 'ช่วยด้วยค่ะ', 'เหม็นมากครับ'])}`,
        [person(name)],
      ]);
    }
  return family('r9n.blamed-business-owner', posts.filter(blamesMoreThanAPractice));
}

/** A neighbour by kinship word and nickname with the wrong written straight after the name, no place between. */
function blameAfterName(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of ['ป้า', 'ลุง', 'น้า', 'เจ๊'])
    for (const nick of ['สมใจ', 'ประยูร', 'ทองใบ']) {
      const name = `${kin}${nick}`;
      posts.push([
        `${random.pick(['', 'ทุกวันนี้ ', 'ช่วยด้วยค่ะ '])}${name}${random.pick(BLAMES)} ${random.pick(['ทั้งซอยเดือดร้อน', 'บอกแล้วไม่ฟัง', '😤'])}`,
        [person(name)],
      ]);
    }
  return family('r9n.kin-nickname-then-blame', posts);
}

function chatLineIds(random: Random): Family {
  const posts: Post[] = [];
  const handle = () =>
    `${random.pick(['noi', 'bank', 'fon', 'toey', 'jack', 'mint'])}${random.pick(['_', '.', '_'])}${random.pick(['cm', 'kk', 'bkk', 'lp'])}${random.digits(2)}`;
  for (const lead of [
    'ใครเก็บกระเป๋าตังค์ได้แถวตลาดแอดไลน์มาได้นะคะ id: ',
    'ขายเตียงมือสองสภาพดี แอดไลน์มาเลยจ้า ไอดี ',
    'ใครมีคลิปรถชนหน้าโรงเรียน ทักไลน์มาหน่อยครับ id:',
    'หมาหายค่ะ ใครเจอแอดไลน์มาค่ะ ไอดีไลน์ ',
    'รับสอนการบ้านเด็กในหมู่บ้าน สนใจแอดไลน์มาคุยกันก่อน id = ',
  ]) {
    const id = handle();
    posts.push([`${lead}${id} ${random.pick(['ขอบคุณค่ะ', '🙏', 'ด่วนนะครับ', '555'])}`, [line(id)]]);
  }
  return family('r9n.line-id-in-chat', posts);
}

export function round9NamesFamilies(seed: number): Family[] {
  const random = new Random(seed + 91);
  return [
    placeKin(random),
    sponsorLists(random),
    northernClean(random),
    officeLine(random),
    northernElders(random),
    nuNicknames(random),
    blamedBusinesses(random),
    blameAfterName(random),
    chatLineIds(random),
  ];
}
