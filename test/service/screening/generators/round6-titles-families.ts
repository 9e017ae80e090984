// Round 6: private people named with a title or rank, in every form citizens write them. Police and military ranks
// dotted, without the last dot and without dots, spelled out; professional and local-office titles (ครู, หมอ, ทนาย,
// อาจารย์, อ., ดร., ผู้ใหญ่, ผญบ., กำนัน, คุณนาย) with the second sign the engine needs for the ones that are also
// ordinary words; English titles and ranks; every name shape (nickname, given name, given name + surname, a chat
// stretch) in standard Thai, chat, dialect and English sentences, next to a phone number or an address. And the clean
// traps: officials thanked or asked for in their office, the office at work (กำนันประกาศ, ครูสอน), title syllables
// inside words, อ. as a district. Vocabulary of its own (not read from the engine's lexicon); its own random stream.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });
type Post = [string, LabelledSpan[]];

/** Police and military ranks in their dotted form; every family writes them in each form citizens use. */
const DOTTED_RANKS = [
  'ร.ต.อ.',
  'ร.ต.ท.',
  'ร.ต.ต.',
  'พ.ต.อ.',
  'พ.ต.ท.',
  'พ.ต.ต.',
  'ด.ต.',
  'จ.ส.ต.',
  'ส.ต.อ.',
  'ส.ต.ท.',
  'ส.ต.ต.',
  'จ.ส.อ.',
];
const SPELLED_RANKS = ['สิบตรี', 'สิบโท', 'สิบเอก', 'จ่าสิบเอก', 'ร้อยตรี', 'ร้อยโท', 'ร้อยเอก', 'พันตรี', 'ดาบตำรวจ', 'ร้อยตำรวจเอก'];

const GIVEN = ['สมศักดิ์', 'ประเสริฐ', 'บุญเลิศ', 'วีระ', 'อนันต์', 'สาวิตรี', 'มานพ', 'วันชัย', 'ธีระ', 'ปกรณ์', 'กิตติพงษ์', 'สมหมาย'];
const SURNAMES = ['ใจดี', 'วงศ์สวัสดิ์', 'ทองคำ', 'ศรีสุข', 'แก้วมณี', 'มีชัย', 'บุญมา'];

/** What the person did; each starts with a word that ends a name. */
const DEEDS = ['เปิดเพลงดังทุกคืน', 'จอดรถขวางทางเข้าซอย', 'เอาขยะมาทิ้งหน้าบ้านคนอื่น', 'ปล่อยหมามากัดเด็ก', 'ขับรถซิ่งในหมู่บ้าน'];
const PLACES = [' บ้านท้ายซอย', ' บ้านเลขที่ 45', 'บ้านหลังสีฟ้า', ' ร้านอะไหล่ปากซอย', ' หน้าตลาด'];
const DIALECT_TAILS = ['บ่ฮู้จักเกรงใจไผเลย', 'บ่เกรงใจใครเลยเจ้า', 'ไม่เกรงใจใครเลยหนิ', 'ช่วยดูให้หน่อยครับ'];

/** A dotted rank as written: in full, without its last dot, without dots (a dot or space after), with a space. */
function rankForms(rank: string): string[] {
  const bare = rank.replace(/\./g, '');
  const forms = [rank, `${rank.slice(0, -1)} `];
  if (bare.length >= 3) forms.push(`${bare}.`, `${bare} `);
  return forms;
}

function ranks(random: Random): Family[] {
  const dotted: Post[] = [];
  for (const rank of DOTTED_RANKS)
    for (const form of rankForms(rank)) {
      const given = random.pick(GIVEN);
      const withSurname = random.int(0, 1) === 1;
      const name = `${form}${withSurname ? `${given} ${random.pick(SURNAMES)}` : given}`.replace(/ {2}/g, ' ');
      const text = `${name} ${random.pick(DEEDS)} ${random.pick(DIALECT_TAILS)}`;
      dotted.push([text, [person(name)]]);
    }
  const spelled: Post[] = [];
  for (const rank of SPELLED_RANKS)
    for (const given of [random.pick(GIVEN), random.pick(GIVEN)]) {
      const name = random.int(0, 1) === 1 ? `${rank}${given}` : `${rank} ${given} ${random.pick(SURNAMES)}`;
      spelled.push([`${name}${random.pick(PLACES)} ${random.pick(DEEDS)}`, [person(name)]]);
    }
  return [family('r6.titles.rank-forms', dotted), family('r6.titles.rank-spelled', spelled)];
}

/** Offices and professions that name a person whatever follows the name (the name itself is no verb). */
const OFFICES = ['ดร.', 'กำนัน', 'ผญบ.', 'ผู้ใหญ่บ้าน'];
/** Titles that are also ordinary words: a second sign after the name (surname, place, phone). */
const SIGN_TITLES = ['ครู', 'หมอ', 'ทนาย', 'อาจารย์', 'อ.', 'ผู้ใหญ่', 'คุณนาย'];
const PHONES = ['081-234-5678', '089 765 4321', '0923456789'];

function offices(random: Random): Family[] {
  const office: Post[] = [];
  for (const title of OFFICES)
    for (const given of GIVEN.slice(0, 5)) {
      const name = random.int(0, 1) === 1 ? `${title}${given}` : `${title}${given} ${random.pick(SURNAMES)}`;
      office.push([`${name} ${random.pick(DEEDS)} ${random.pick(DIALECT_TAILS)}`, [person(name)]]);
    }
  const signed: Post[] = [];
  for (const title of SIGN_TITLES)
    for (const given of GIVEN.slice(3, 8)) {
      const sign = random.int(0, 2);
      if (sign === 0) {
        const name = `${title}${given} ${random.pick(SURNAMES)}`;
        signed.push([`${name} ${random.pick(DEEDS)}`, [person(name)]]);
      } else if (sign === 1) {
        const name = `${title}${given}`;
        signed.push([`${name}${random.pick(PLACES)} ${random.pick(DEEDS)}`, [person(name)]]);
      } else {
        const name = `${title}${given}`;
        const phone = random.pick(PHONES);
        signed.push([`${name} ${random.pick(DEEDS)} เบอร์ ${phone}`, [person(name), { kind: 'pii', type: 'phone', text: phone }]]);
      }
    }
  return [family('r6.titles.office', office), family('r6.titles.sign-title', signed)];
}

/** A nickname after a title in chat: glued, stretched, with particles and emoji. */
function chat(random: Random): Family {
  const posts: Post[] = [];
  for (const nick of ['แดง', 'ต้อม', 'เอก', 'บอย', 'ป๊อป']) {
    const stretched = `จ่า${nick}${nick.at(-1)!.repeat(3)}`;
    posts.push([`${stretched} บ้านติดวัดอะ เปิดเพลงลั่นทั้งคืนเลยยย`, [person(stretched)]]);
    const rank = `${random.pick(['ด.ต.', 'จ.ส.ต.', 'ร.ต.อ.'])}${nick}`;
    posts.push([`แจ้งเรื่อง${rank}หน่อยค่ะ ${random.pick(DEEDS)}ทุกวันเลย😡😡`, [person(rank)]]);
    const teacher = `ครู${nick}`;
    posts.push([`${teacher}โรงเรียนวัดเหนือตีลูกผมครับ`, [person(teacher)]]);
  }
  return family('r6.titles.chat', posts);
}

const LATIN = ['Pol. Lt.', 'Pol.Lt.', 'Pol. Col.', 'Sgt.', 'Lt.', 'Capt.', 'Dr.', 'Dr', 'Prof.', 'Mr.', 'Mrs.', 'Ms.'];
const LATIN_NAMES = ['Somchai Jaidee', 'Boonmee', 'Wichai Sukdee', 'Anan', 'Prasert Wongdee'];
const LATIN_DEEDS = [
  'next door plays loud music every night',
  'parks his pickup on the sidewalk on Soi 8',
  'keeps burning rubbish behind the house',
  'lets his dogs out at night at 12 Moo 3',
];

function english(random: Random): Family {
  const posts: Post[] = [];
  for (const title of LATIN) {
    const name = `${title} ${random.pick(LATIN_NAMES)}`;
    posts.push([`${name} ${random.pick(LATIN_DEEDS)}`, [person(name)]]);
  }
  return family('r6.titles.english', posts);
}

function cleanTraps(random: Random): Family[] {
  const tail = () => random.pick(['ขอบคุณค่ะ', 'ช่วยแจ้งด้วยครับ', 'อยากทราบค่ะ']);
  const officials = [
    'ขอบคุณท่านนายกฯ ที่ช่วยซ่อมถนนให้ครับ',
    'นายช่างโยธามาตรวจท่อแล้ว',
    'ผู้ใหญ่บ้านหมู่ 3 ช่วยประกาศเรื่องน้ำประปาไม่ไหลด้วย',
    'ขอบคุณกำนันและผู้ใหญ่บ้านทุกท่านที่มาช่วยขนกระสอบทราย',
    'กำนันประกาศว่าพรุ่งนี้มีประชุมที่ศาลา',
    'ผู้ใหญ่บ้านเรียกประชุมเรื่องไฟป่า',
    'ผญบ.แจ้งว่าจะมีรถพ่นยุงมาพรุ่งนี้',
    'ครูสอนพิเศษแถวนี้คิดราคาเท่าไหร่',
    'ครูประจำชั้นบอกว่าห้องน้ำพัง',
    'หมอบอกว่าต้องพักผ่อนเยอะๆ',
    'หมอนวดที่ศาลาประชาคมดีมาก',
    'หมอกควันหนามากช่วงนี้',
    'ทนายความที่ศูนย์ช่วยเหลือประชาชนให้คำปรึกษาดีมาก',
    'อาจารย์ให้การบ้านเยอะ เด็กไม่มีที่อ่านหนังสือ',
    'อาจารย์ใหญ่โรงเรียนเทศบาลขอไฟส่องสว่าง',
    'ผู้ใหญ่ใจดีช่วยบริจาคข้าวสาร',
    'คุณนายใจดีบริจาคเงินสร้างศาลา',
    'ดร.ทุกท่านในเทศบาลช่วยพิจารณาเรื่องไฟถนนด้วย',
    'สิบตรีต้องไปรายงานตัวที่ไหน ลูกชายจะสมัคร',
    'ร้อยเอ็ดมีงานบุญบั้งไฟวันไหน',
    'ต.ป่าแดด อ.เมือง จ.เชียงใหม่ น้ำประปาไม่ไหล',
    'อ.สันทราย ถนนเป็นหลุมหลายจุด',
    'บ้านอยู่ ม.4 อ.สารภี น้ำท่วมทุกปี',
    'ไปทำบัตรที่ อ.หางดง จ.เชียงใหม่ คิวยาวมาก',
    'ซื้อสตอเบอรี่ที่ตลาดราคาแพงมาก',
    'ตำรวจ สภ.เมือง มาช่วยดูแลจราจรหน้าโรงเรียน',
    'Thanks to the Dr. at the health centre, very kind',
    'a sergeant from the police station came to help',
    'the captain of the football team asked for the field',
  ];
  // A role's qualifier before a place is no name (written after the first change held ครูพละโรงเรียน…).
  const qualifiers = [
    'หมอพื้นบ้านหน้าวัดรักษาดีมาก',
    'ครูพละโรงเรียนบ้านหนองพาเด็กวิ่งบนถนน',
    'ครูแนะแนวโรงเรียนเทศบาลใจดี',
    'อาจารย์มหาวิทยาลัยบ้านอยู่ท้ายซอยขอไฟถนน',
    'ครูดีเด่นโรงเรียนวัดได้รางวัล',
    'ครูภาษาอังกฤษโรงเรียนวัดขาดแคลน',
    'หมอเด็กคลินิกหน้าตลาดคิวยาว',
    'ครูสาวหน้าโรงเรียนโบกรถให้เด็ก',
    'หมอดูบ้านท้ายซอยคนเยอะ',
    'ครูอัตราจ้างโรงเรียนเทศบาลได้เงินช้า',
  ];
  return [
    family(
      'r6.clean.role-qualifiers',
      qualifiers.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
    family(
      'r6.clean.titles-offices',
      officials.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
  ];
}

export function round6TitlesFamilies(seed: number): Family[] {
  const random = new Random(seed + 6);
  return [...ranks(random), ...offices(random), chat(random), english(random), ...cleanTraps(random)];
}
