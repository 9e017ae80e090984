// Round 3 of issue 12: personal data and sensitive facts (person references by role, kinship, nickname; s.26 facts in dialect and indirect phrasing; numbers and addresses), generated from phenomena with vocabulary of its own (not read from the engine's
// lexicon). A separate random stream (seed + 3) leaves the earlier rounds' families exactly as they were.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });
type Post = [string, LabelledSpan[]];

/** One s.26 fact as people write it: the category, the phrase (the labelled span) and how it is phrased. */
interface Fact {
  category: string;
  style: 'plain' | 'dialect' | 'indirect';
  text: string;
}

const fact = (category: string, style: Fact['style'], text: string): Fact => ({ category, style, text });

/** Every s.26 category, each in plain, dialect (Isan, Northern, Southern) and indirect phrasing. */
const FACTS: readonly Fact[] = [
  fact('criminal', 'plain', 'เคยติดคุกคดีปล้นร้านทอง'),
  fact('criminal', 'plain', 'เพิ่งพ้นโทษออกมาเมื่อปีก่อน'),
  fact('criminal', 'plain', 'โดนจับข้อหาขายยาบ้า'),
  fact('criminal', 'indirect', 'เคยเข้าไปนอนในเรือนจำหลายปี'),
  fact('criminal', 'indirect', 'เพิ่งได้ออกจากเรือนจำกลาง'),
  fact('criminal', 'indirect', 'ยังใส่กำไลข้อเท้าของศาลอยู่'),
  fact('criminal', 'indirect', 'อยู่ระหว่างประกันตัวคดีทำร้ายร่างกาย'),
  fact('criminal', 'dialect', 'เคยติดคุกติดตะรางมาแล้ว'),
  fact('criminal', 'dialect', 'เพิ่งออกจากคุกมาบ่โดน'),
  fact('criminal', 'dialect', 'เคยโดนตำรวจจับไปขังหลายเทื่อ'),
  fact('health', 'plain', 'ติดเชื้อเอชไอวีมาหลายปี'),
  fact('health', 'plain', 'เป็นวัณโรคระยะติดต่อ'),
  fact('health', 'indirect', 'กินยาต้านไวรัสทุกเย็น'),
  fact('health', 'indirect', 'ผลเลือดออกมาเป็นบวก'),
  fact('health', 'indirect', 'เป็นโรคที่ติดต่อทางเพศสัมพันธ์'),
  fact('health', 'indirect', 'ต้องไปหาหมอจิตเวชทุกเดือน'),
  fact('health', 'indirect', 'เคยถูกส่งตัวไปโรงพยาบาลจิตเวช'),
  fact('health', 'dialect', 'เป็นโรคจิตบ่หายจักเทื่อ'),
  fact('health', 'dialect', 'สติบ่ค่อยดีมาหลายปี'),
  fact('health', 'dialect', 'เสียสติไปตั้งแต่ลูกตาย'),
  fact('drugs', 'plain', 'ติดยาบ้างอมแงม'),
  fact('drugs', 'plain', 'เสพยาไอซ์ทุกคืน'),
  fact('drugs', 'indirect', 'เคยเข้าบำบัดยาเสพติดที่ศูนย์'),
  fact('drugs', 'indirect', 'เล่นยาจนตาลอย'),
  fact('drugs', 'dialect', 'เสพยาม้าทุกมื้อ'),
  fact('drugs', 'dialect', 'ติดน้ำท่อมหนักขนาด'),
  fact('sexual', 'plain', 'เป็นเกย์แต่ไม่กล้าบอกใคร'),
  fact('sexual', 'plain', 'มีชู้กับเมียคนขับรถ'),
  fact('sexual', 'plain', 'แอบขายบริการตอนกลางคืน'),
  fact('sexual', 'indirect', 'ท้องกับผัวชาวบ้าน'),
  fact('sexual', 'indirect', 'แอบไปนอนกับเมียคนอื่น'),
  fact('sexual', 'indirect', 'เคยไปเอาลูกออกที่คลินิกเถื่อน'),
  fact('sexual', 'dialect', 'เป็นทอมคบกับสาวโรงงาน'),
  fact('sexual', 'dialect', 'เป็นตุ๊ดแต่งหญิงทุกคืน'),
  fact('religion', 'plain', 'เพิ่งเปลี่ยนศาสนาไปเข้ารีต'),
  fact('religion', 'plain', 'เป็นพยานพระยะโฮวา'),
  fact('politics', 'plain', 'เป็นหัวคะแนนให้พรรคฝ่ายค้าน'),
  fact('politics', 'plain', 'เป็นแกนนำม็อบเสื้อแดงในอำเภอ'),
  fact('disability', 'plain', 'เป็นโรคลมชักชักบ่อย'),
  fact('disability', 'plain', 'พิการทางสมองตั้งแต่เกิด'),
];

/** English facts (foreign residents write about staff and neighbours). */
const EN_FACTS: readonly string[] = [
  'has just been released from prison',
  'served two years in jail for burglary',
  'is on antiretroviral drugs',
  'is being treated for bipolar disorder',
  'is a recovering heroin addict',
  'was arrested for selling meth',
  'has hepatitis B',
  'is having an affair with the landlord',
];

/** People identified by their job in a place (the role, then where). */
const ROLES = [
  'ยาม',
  'คนขายข้าวเหนียวหมูปิ้ง',
  'แม่ค้าขายผลไม้',
  'ครูสอนดนตรี',
  'คนขับรถรับส่งนักเรียน',
  'ช่างซ่อมแอร์',
  'คนเก็บค่าที่จอดรถ',
  'แม่บ้านทำความสะอาด',
  'คนขับสามล้อ',
  'เจ้าของร้านเกมส์',
  'คนเฝ้าประตู',
  'พนักงานส่งพัสดุ',
];
const PLACES = [
  'หน้าตลาดสดเทศบาล',
  'โรงเรียนบ้านหนองแวง',
  'ปากซอยวัดทุ่ง',
  'ท่าเรือข้ามฟาก',
  'หอพักหลังมหาวิทยาลัย',
  'ป้ายรถเมล์หน้าโรงพัก',
  'ร้านซักรีดหัวมุมซอย 4',
  'ตึกแถวข้างสถานีอนามัย',
  'กาดหลวงสันทราย',
  'ลานจอดรถห้างบิ๊กซี',
];
/** A dialect pronoun standing between the person and the fact, sometimes. */
const LINKS = [' ', ' ', 'เพิ่น', 'เปิ้น', ' มัน', ' เขา', ' ', ' แก'];
const TAILS = ['', ' ทั้งซอยรู้กันหมด', ' ฝากเทศบาลดูด้วย', ' ไม่อยากให้ลูกไปใกล้', ' อันตรายมากค่ะ', ' เด้อ', ' เจ้า', ' หนิ'];

const NAMES = ['นายสมปอง ทองมา', 'นางบุญเรือน แสงดี', 'นางสาวพรทิพย์ ศรีสุข', 'นายวิชัย มั่นคง', 'นายประจักษ์ บุญยืน'];
/** Kinship words, standard and dialect, before a nickname. */
const KIN = ['ลุง', 'ป้า', 'น้า', 'ยาย', 'ปู่', 'ย่า', 'พี่', 'เจ๊', 'เฮีย', 'เสี่ย', 'พ่อใหญ่', 'แม่ใหญ่', 'อ้าย', 'เอื้อย'];
const NICKS = ['แดง', 'ต้อย', 'หนุ่ย', 'เปี๊ยก', 'จุ๋ม', 'แป๊ะ', 'บุญมา', 'คำแปง', 'เหลือง', 'ติ๋ม', 'โต', 'อ้อย'];
const SURNAMES = ['ศรีวงศ์', 'แก้วมณี', 'ปัญญาดี'];
const KIN_PLACES = [
  'บ้านหลังสีเขียวท้ายซอย',
  'ร้านข้าวแกงปากซอย 3',
  'บ้านติดศาลาวัด',
  'ขายปลาในตลาดเช้า',
  'ร้านซ่อมรถหน้าโรงเรียน',
  'บ้านริมคลองหมู่ 6',
  'ห้องแถวตรงข้ามอนามัย',
];
const KIN_COMPLAINTS = [
  'เผาขยะควันเข้าบ้านทุกเย็น',
  'จอดรถขวางทางเข้าออก',
  'เปิดเพลงเสียงดังถึงตีสอง',
  'ปล่อยน้ำเสียลงคลอง',
  'เลี้ยงไก่ชนขันทั้งคืน',
  'ตั้งโต๊ะขายของบนทางเท้า',
];

function personByRole(random: Random): string {
  return random.pick(ROLES) + random.pick(PLACES);
}

/** Every fact × a person by name, by role in a place, and by kinship + nickname (with a place). */
function factsAboutPeople(random: Random): Family[] {
  const byName: Post[] = [];
  const byRole: Post[] = [];
  const byKin: Post[] = [];
  for (const f of FACTS) {
    for (let k = 0; k < 2; k++) {
      const name = random.pick(NAMES);
      byName.push([`${name} ${f.text}${random.pick(TAILS)}`, [pii('person_name', name), pii('sensitive', f.text)]]);
      byRole.push([`${personByRole(random)}${random.pick(LINKS)}${f.text}${random.pick(TAILS)}`, [pii('sensitive', f.text)]]);
      const kin = random.pick(KIN) + random.pick(NICKS);
      byKin.push([
        `${kin}${random.pick(KIN_PLACES)} ${f.text}${random.pick(TAILS)}`,
        [pii('person_name', kin), pii('sensitive', f.text)],
      ]);
    }
  }
  return [
    family('r3.sensitive.by-name', byName),
    family('r3.sensitive.by-role', byRole),
    family('r3.sensitive.by-kinship', byKin),
  ];
}

/** The same facts by style, all about a person identified by role: how each phrasing fares alone. */
function factsByStyle(random: Random): Family[] {
  const styles: Record<string, Post[]> = { plain: [], dialect: [], indirect: [] };
  for (const f of FACTS) {
    for (let k = 0; k < 2; k++) {
      styles[f.style]!.push([`${personByRole(random)} ${f.text}`, [pii('sensitive', f.text)]]);
    }
  }
  const en: Post[] = [];
  const EN_PEOPLE = [
    'The security guard at the Soi 7 condo',
    'The fruit seller at the morning market',
    'The driver of the school van',
    'The cleaner at the town library',
  ];
  for (const f of EN_FACTS) for (const who of EN_PEOPLE) en.push([`${who} ${f}, please do something.`, [pii('sensitive', f)]]);
  return [
    ...Object.entries(styles).map(([style, posts]) => family(`r3.sensitive.${style}`, posts)),
    family('r3.sensitive.english', en),
  ];
}

/** Kinship + nickname (+ surname now and then) + where they live or work, with an ordinary complaint. */
function kinshipNicknames(random: Random): Family {
  const texts: Post[] = [];
  for (const kin of KIN) {
    for (let k = 0; k < 3; k++) {
      let who = kin + random.pick(NICKS);
      if (random.next() < 0.25) who += ' ' + random.pick(SURNAMES);
      texts.push([`${who} ${random.pick(KIN_PLACES)} ${random.pick(KIN_COMPLAINTS)}`, [pii('person_name', who)]]);
    }
  }
  return family('r3.kinship.nickname-place', texts);
}

/** Numbers outside the Thai templates: LINE handles written a new way, passports in English, trucks, Khun names. */
function numbers(random: Random): Family[] {
  const line: Post[] = [];
  for (const intro of ['ไอดีไลน์: ', 'แอดไลน์ ', 'Line ID: ', 'ไลน์ไอดี ']) {
    for (const handle of ['mali_2519', 'somsak.k88', 'pim-ja99'])
      line.push([`สนใจติดต่อ ${intro}${handle} ค่ะ`, [pii('line_id', handle)]]);
  }
  const passport: Post[] = [];
  for (const frame of [
    'My passport number is {x}, please update my record',
    'I lost my passport ({x}) near the market',
    'Passport no. {x} was left at the counter',
  ]) {
    passport.push([frame.replace('{x}', `${random.pick(['AA', 'N', 'K', 'P'])}${random.digits(7)}`), []]);
    passport.push([frame.replace('{x}', random.digits(9)), []]);
  }
  for (const p of passport) {
    const number = /[A-Z]*\d{7,9}/.exec(p[0])![0];
    p[1].push(pii('passport', number));
  }
  const trucks: Post[] = [];
  for (const province of ['ขอนแก่น', 'นครราชสีมา', 'ชลบุรี', 'สุราษฎร์ธานี']) {
    const plate = `${random.int(60, 99)}-${random.digits(4)} ${province}`;
    trucks.push([`รถบรรทุกหกล้อ ทะเบียน ${plate} ทำดินหกเต็มถนน`, [pii('license_plate', plate)]]);
  }
  const khun: Post[] = [];
  for (const who of ['Khun Somsri Jaidee', 'Khun Prasit Wongsa', 'Khun Nipa Boonmee']) {
    khun.push([
      `${who} at 45/2 Moo 3 keeps burning rubbish near our house`,
      [pii('person_name', who), pii('address', '45/2 Moo 3')],
    ]);
  }
  return [
    family('r3.number.line-id', line),
    family('r3.number.passport-en', passport),
    family('r3.number.truck-province', trucks),
    family('r3.name.khun-english', khun),
  ];
}

/** Clean posts around the same words: generic kinship, kinship addressing officials, own health, statistics, denials, plurals. */
function cleanFamilies(random: Random): Family[] {
  const generic: Post[] = [];
  for (const kin of ['ลุงๆ ป้าๆ', 'ตายายในหมู่บ้าน', 'ป้าคนหนึ่ง', 'ลุงแถวนี้หลายคน', 'พี่น้องในชุมชน', 'แม่อุ๊ยหลายคน', 'เจ๊ๆ ในตลาด'])
    for (const c of ['อยากให้มีรถรับส่งไปโรงพยาบาล', 'บ่นว่าไฟทางดับหลายจุด', 'ขอที่นั่งรอใต้ร่มตอนรับเบี้ย']) generic.push([`${kin}${c}`, []]);
  const addressing: Post[] = [];
  for (const who of ['ป้อหลวงเจ้า', 'พี่แอดมินคะ', 'น้องเจ้าหน้าที่ครับ', 'พี่ๆ กองช่างครับ', 'อ้ายเจ้าหน้าที่เจ้า', 'พ่อหลวงครับ', 'พี่ ๆ จนท. คะ'])
    for (const c of ['ถนนเข้าหมู่บ้านเป็นหลุมใหญ่', 'ไฟทางหน้าวัดดับมาสามวัน', 'ขอถามเรื่องจ่ายค่าขยะออนไลน์'])
      addressing.push([`${who} ${c}`, []]);
  const own: Post[] = [];
  for (const me of ['ผม', 'ดิฉัน', 'หนู', 'ข้าน้อย'])
    for (const c of ['เป็นเบาหวานต้องไปฟอกไต', 'เป็นโรคซึมเศร้า เสียงดังตอนกลางคืนทำให้นอนไม่หลับ', 'เพิ่งผ่าตัดมะเร็ง อยากได้ที่จอดรถใกล้ทางเข้า'])
      own.push([`${me}${c} ขอความช่วยเหลือด้วยค่ะ`, []]);
  const stats: Post[] = [];
  for (const c of [
    'ปีนี้อำเภอมีผู้ติดเชื้อเอชไอวีรายใหม่ 15 ราย',
    'ศูนย์บำบัดยาเสพติดรับผู้ป่วยได้ 40 เตียง',
    'มีผู้ต้องขังพ้นโทษกลับมาอยู่ในตำบล 8 ราย ขอให้มีอาชีพรองรับ',
    'สถิติผู้ป่วยจิตเวชในจังหวัดเพิ่มขึ้นทุกปี',
    'เทศบาลจัดตรวจคัดกรองวัณโรคฟรีที่ลานวัด',
  ])
    stats.push([c, []]);
  const denied: Post[] = [];
  for (const who of ROLES.slice(0, 6)) denied.push([`${who}${random.pick(PLACES)}ไม่เคยติดคุกอย่างที่ลือกัน ผมรู้จักเขาดี`, []]);
  const plural: Post[] = [];
  for (const c of ['วัยรุ่นแถวตลาดติดยากันเยอะ', 'คนงานก่อสร้างหลายคนเมาเหล้าทั้งวัน', 'ผู้ป่วยติดเตียงในหมู่ 5 มีหลายราย'])
    plural.push([`${c} อยากให้มีเจ้าหน้าที่มาดูแล`, []]);
  const words: Post[] = [];
  for (const c of [
    'ป้ายบอกทางหน้าโรงเรียนล้ม',
    'ทางโค้งหน้าวัดเสี่ยงอันตรายมาก',
    'น้องหมาจรในซอย 9 ถูกรถชน',
    'ตาข่ายกันนกที่ตลาดขาด',
    'พี่น้องชาวตำบลร่วมงานวันเด็กได้ฟรี',
    'ลุงยามประจำอาคารช่วยดูแลดีมาก',
    'ครูสอนเรื่องโทษของยาเสพติดให้เด็กๆ',
  ])
    words.push([c, []]);
  return [
    family('r3.clean.generic-kinship', generic, 'publish'),
    family('r3.clean.kinship-addressing', addressing, 'publish'),
    family('r3.clean.own-health', own, 'publish'),
    family('r3.clean.statistics', stats, 'publish'),
    family('r3.clean.denied', denied, 'publish'),
    family('r3.clean.plural', plural, 'publish'),
    family('r3.clean.kinship-words', words, 'publish'),
  ];
}

/**
 * Written after the engine changes (they guard what round 3 added, they did not measure it): a relation or honorific
 * before a kinship name, a fact in two clauses, Chinese-Thai and Southern kinship words, the poster's own relatives.
 */
function afterChanges(random: Random): Family[] {
  const relations: Post[] = [];
  for (const rel of ['ลูกชาย', 'ลูกสาวของ', 'เมีย', 'หลานชาย', 'คุณ', 'ผัว'])
    for (const kin of ['ลุง', 'ป้า', 'น้า', 'เจ๊', 'เฮีย']) {
      const who = rel + kin + random.pick(NICKS);
      relations.push([`${who}${random.pick(KIN_PLACES)} ${random.pick(KIN_COMPLAINTS)}`, [pii('person_name', who)]]);
    }
  const clauses: Post[] = [];
  for (const [first, second] of [
    ['เป็นโรคจิตเภท', 'ต้องกินยาทุกวัน'],
    ['ติดยาบ้า', 'ชอบเมายาทุกคืน'],
    ['เพิ่งออกจากคุก', 'ยังติดกำไลอยู่'],
    ['เป็นเอดส์', 'กินยาต้านมาหลายปี'],
  ])
    for (let k = 0; k < 3; k++) {
      const phrase = `${first} ${second}`;
      clauses.push([`${personByRole(random)} ${phrase}`, [pii('sensitive', phrase)]]);
    }
  const kin: Post[] = [];
  for (const word of ['อาซิ้ม', 'อาแปะ', 'แปะ', 'บ่าว', 'ปี้', 'เจ้'])
    for (let k = 0; k < 2; k++) {
      const who = word + random.pick(NICKS);
      kin.push([`${who}${random.pick(KIN_PLACES)} ${random.pick(KIN_COMPLAINTS)}`, [pii('person_name', who)]]);
    }
  const own: Post[] = [];
  for (const me of ['ลูกผม', 'แม่ของดิฉัน', 'ยายผม', 'พ่อหนู'])
    for (const c of ['เป็นออทิสติก อยากได้ห้องเรียนพิเศษ', 'ป่วยเป็นอัมพาต ขอรถรับส่งไปโรงพยาบาล', 'เป็นอัลไซเมอร์ ชอบเดินหลง ขอไฟทางเพิ่ม'])
      own.push([`${me}${c}`, []]);
  return [
    family('r3.after.relation-kinship', relations),
    family('r3.after.two-clause-fact', clauses),
    family('r3.after.more-kinship-words', kin),
    family('r3.after.clean-own-relative', own, 'publish'),
  ];
}

export function round3PiiFamilies(seed: number): Family[] {
  const random = new Random(seed + 3);
  return [
    ...factsAboutPeople(random),
    ...factsByStyle(random),
    kinshipNicknames(random),
    ...numbers(random),
    ...cleanFamilies(random),
    ...afterChanges(random),
  ];
}
