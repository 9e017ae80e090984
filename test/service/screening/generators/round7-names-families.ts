// Round 7: people's names (kinship, titles) and numbers, precision first. Clean traps: kinship words used for old folks
// or fellow villagers in general (followed by a verb, an auxiliary, a particle or another kinship word), titles inside
// brands, characters and legendary figures, and an office's own number introduced by the office's name. Hold: titles
// glued to the name or written without their dots, Isan elders, English titles and kinship with a nickname, Southern
// kinship words with a place, a phone right after a titled name. Vocabulary of its own (not read from the engine's
// lexicon; none of it copied from round7/names.jsonl); its own random stream.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });
const phone = (text: string): LabelledSpan => ({ kind: 'pii', type: 'phone', text });
type Post = [string, LabelledSpan[]];

const TAILS = [
  'ช่วยมาดูหน่อยค่ะ',
  'ฝากเทศบาลด้วยครับ',
  'เดือดร้อนกันทั้งซอย',
  'แจ้งไปหลายรอบแล้วยังเงียบ',
  'ขอบคุณล่วงหน้าครับ',
  'เบิ่งแหน่เด้อ',
  'ช่วยแก้ไขด่วนเลยหนิ',
];

// ---- clean: kinship words for people in general --------------------------------------------------------------------

/** Kinship words as citizens use them for old folks in general. */
const ELDERS = ['ลุง', 'ป้า', 'ยาย', 'ตา', 'ย่า', 'ปู่', 'น้า', 'อา'];
/** What follows them: a verb, an auxiliary, a pronoun or a particle, never a name. */
const FOLLOWERS = [
  'ก็ต้องเดินอ้อมไปไกล',
  'ยังต้องแบกน้ำขึ้นบ้านเอง',
  'เพิ่งรู้ว่าต้องลงทะเบียนใหม่',
  'ต้องนั่งรอรถนานมาก',
  'จะข้ามถนนก็กลัวรถชน',
  'เดินไปอนามัยไม่ไหว',
  'นั่งรอคิวตั้งแต่ตีห้า',
  'ขี่สามล้อไปตลาดลำบาก',
  'บ่นกันทั้งหมู่บ้าน',
  'เค้าก็บ่นกันทุกบ้าน',
  'เขาก็ไม่รู้จะแจ้งใคร',
  'แกก็ไม่กล้าบอกใคร',
  'เพิ่นบ่ฮู้สิไปแจ้งไผ',
  'เลยต้องจ้างคนมาตัดหญ้า',
  'กับหลานอยู่กันสองคน',
  'แก่ๆ ต้องยืนกลางแดด',
  'หลายคนลื่นล้มในตลาด',
  'ทั้งหลายในชุมชนฝากถาม',
  'ทุกคนในซอยเดือดร้อน',
  'ซื้อกับข้าวต้องลุยน้ำ',
];
/** Pairs and lists of kinship words: people in general. */
const KIN_LISTS = [
  'ป้าบ้างลุงบ้าง',
  'ลุงบ้างป้าบ้าง',
  'ยายบ้างตาบ้าง',
  'ลุงป้าน้าอา',
  'ปู่ย่าตายาย',
  'ตายาย',
  'ลุงๆ ป้าๆ',
  'ตาๆยายๆ',
  'พวกลุงพวกป้า',
  'คุณตาคุณยาย',
  'ยายกับตา',
  'ป้ากับลุง',
];
/** Words for "folks, fellow villagers" in each region. */
const FOLKS = ['ปี้น้อง', 'พี่น้อง', 'พ่อแม่พี่น้อง', 'ป้อแม่ปี้น้อง', 'พี่น้องชาวบ้าน', 'ญาติพี่น้อง', 'พี่ป้าน้าอา'];
const FOLK_CLAUSES = [
  'บ้านเฮาเดือดร้อนขนาด น้ำบ่ไหลสามวันแล้ว',
  'ในหมู่บ้านฝากถามเรื่องเบี้ยยังชีพ',
  'หลายบ้านน้ำท่วมขังหน้าบ้าน',
  'ขับรถตกหลุมทุกวันหนิ',
  'ช่วยกันคว่ำภาชนะด้วยนะครับ',
  'หลายหลังยังไม่มีไฟฟ้าใช้',
];

function kinGeneric(random: Random): Family[] {
  const verbs: Post[] = [];
  for (const kin of ELDERS)
    for (let k = 0; k < 4; k++) {
      const lead = random.pick(['', 'ตอนนี้', 'แถวนี้', 'ในซอยนี้ ', 'บ้านเรา ']);
      verbs.push([`${lead}${kin}${random.pick(FOLLOWERS)} ${random.pick(TAILS)}`, []]);
    }
  const lists: Post[] = KIN_LISTS.map((list) => [
    `${list}${random.pick(FOLLOWERS)} ${random.pick(['555', '🥲', 'ค่ะ', 'ครับ', ''])} ${random.pick(TAILS)}`,
    [],
  ]);
  const folks: Post[] = [];
  for (const f of FOLKS) for (let k = 0; k < 2; k++) folks.push([`${f}${random.pick(FOLK_CLAUSES)} ${random.pick(TAILS)}`, []]);
  return [
    family('r7n.clean.kin-generic-verb', verbs, 'publish'),
    family('r7n.clean.kin-lists', lists, 'publish'),
    family('r7n.clean.kin-folks', folks, 'publish'),
  ];
}

// ---- clean: titles in brands, characters and legends; numbers of offices ------------------------------------------

const NOT_PEOPLE = [
  'ร้าน Mr. DIY เปิดใหม่หน้าห้าง รถจอดขวางทางเข้าซอย',
  'มีคนแต่งเป็น Mr. Bean มาเต้นในงานวัด เด็กๆ ชอบมาก',
  'Mr. Potato chips packets everywhere along the canal path',
  'นายหัวโรงงานยางแถวนี้ปล่อยน้ำเสียลงคลองทั้งนั้น',
  'เลือกนางนพมาศประจำตำบลปีนี้ เวทีไม่มีหลังคา',
  'ประกาศผลนางสงกรานต์ประจำปี เสียงตามสายดังเกิน',
  'ตุ๊กตานางกวักวางขายบนทางเท้าหน้าตลาดเต็มไปหมด',
  'รูปปั้นแม่พระธรณีในสวนสาธารณะสีลอกหมดแล้ว',
  'คนไปไหว้ย่าโมกันเต็มลาน รถติดถึงสี่แยก',
  'องค์ท้าวเวสสุวรรณที่วัดคนมาไหว้จนจอดรถซ้อนคัน',
  'Santa handed out sweets at the school fair, thank you',
  'ศาลปู่ตาหลังหมู่บ้านหลังคาพัง ขอช่างมาดู',
  'ป่าดอนปู่ตามีคนลักลอบเผาถ่าน',
  'ศาลเจ้าแม่กวนอิมริมน้ำ ไฟส่องทางดับ',
  'ศาลเจ้าพ่อหลักเมืองน้ำท่วมขังลานจอดรถ',
];

const OFFICE_INTROS = [
  'ติดต่อสำนักงานตลาดสด โทร',
  'ศูนย์ป้องกันและบรรเทาสาธารณภัย เทศบาล โทร',
  'สอบถามได้ที่กองสาธารณสุขเทศบาล',
  'เบอร์ของกองช่างเทศบาลคือ',
  'เบอร์ของงานทะเบียนราษฎร์ เทศบาลตำบล',
  'I called the district office on',
  'the town hall number is',
  'โทรหางานป้องกันฯ เทศบาล',
];

function cleanTraps(random: Random): Family[] {
  const legends: Post[] = NOT_PEOPLE.map((t) => [`${t} ${random.pick(TAILS)}`, []]);
  const numbers: Post[] = OFFICE_INTROS.map((intro) => {
    const number = `0${random.int(2, 7)}${random.int(2, 9)}-${random.digits(3)}-${random.digits(3)}`;
    const lead = random.pick(['ไฟถนนดับมาสองอาทิตย์แล้ว ', 'เรื่องขยะไม่มีคนมาเก็บ ', 'The streetlights are still out. ', 'ท่อตันหน้าบ้าน ']);
    return [`${lead}${intro} ${number} ไม่มีคนรับสายเลย ${random.pick(TAILS)}`, []];
  });
  return [family('r7n.clean.titles-not-people', legends, 'publish'), family('r7n.clean.office-numbers', numbers, 'publish')];
}

// ---- hold ------------------------------------------------------------------------------------------------------------

const GIVEN = ['ชูชาติ', 'วันเพ็ญ', 'บุญส่ง', 'ดวงใจ', 'เกียรติศักดิ์', 'ปราณี', 'ไพโรจน์', 'ละเอียด', 'สุดารัตน์', 'ทองปาน'];
const NICKS = ['ต้อม', 'แจ๋ว', 'โอ๋', 'ปุ๊', 'เปี๊ยก', 'หนิง', 'จ๋า', 'ตุ่ม', 'อ๊อด', 'เล็ก'];
const PLACES_TH = ['บ้านหลังสีเขียว', 'ร้านขายของชำ', 'บ้านตรงข้ามศาลา', 'ร้านข้าวมันไก่', 'บ้านท้ายซอย', 'หน้าร้านซ่อมรถ'];
const DEEDS = ['เผาขยะทุกเย็น', 'จอดรถขวางทางเข้าออก', 'ปล่อยน้ำเสียลงท่อ', 'เปิดเพลงดังตีสอง', 'เลี้ยงหมาไม่ผูก'];

function titles(random: Random): Family[] {
  const glued: Post[] = [];
  for (const title of ['นาย', 'นาง', 'นางสาว', 'นส.', 'ดช.', 'ดญ.', 'น.ส.'])
    for (let k = 0; k < 3; k++) {
      const name = `${title}${random.pick(GIVEN)}`;
      const space = random.pick(['', ' ']);
      glued.push([`${name}${space}${random.pick(PLACES_TH)} ${random.pick(DEEDS)} ${random.pick(TAILS)}`, [person(name)]]);
    }
  const khun: Post[] = [];
  for (let k = 0; k < 10; k++) {
    const name = `คุณ${random.pick([...NICKS, ...GIVEN])}`;
    khun.push([`${name}${random.pick(['', ' '])}${random.pick(PLACES_TH)} ${random.pick(DEEDS)}`, [person(name)]]);
  }
  const withPhone: Post[] = [];
  for (const title of ['นาย', 'นาง', 'นางสาว', 'ครู', 'ลุง', 'คุณ']) {
    const name = `${title}${random.pick(GIVEN)}`;
    const number = `08${random.int(1, 9)}-${random.digits(3)}-${random.digits(4)}`;
    const between = random.pick([' ', ' โทร ', ' เบอร์ ', ' ']);
    withPhone.push([
      `${random.pick(['ร้องเรียน', 'แจ้งว่า', ''])}${name}${between}${number} ${random.pick(DEEDS)}`,
      [person(name), phone(number)],
    ]);
  }
  return [family('r7n.title-glued', glued), family('r7n.title-khun-place', khun), family('r7n.title-phone', withPhone)];
}

const VILLAGES = ['บ้านโคกกลาง', 'บ้านหนองไผ่', 'บ้านนาคำ', 'บ้านดงมะไฟ', 'บ้านโนนแดง'];
const ISAN_NAMES = ['สอน', 'บุญมี', 'คำมา', 'ทองดี', 'เหลา', 'สุพรรณ', 'หนูพิน', 'จันทร์', 'บัวลา', 'พิมพา'];
const ISAN_DEEDS = ['ปล่อยงัวเข้านาคนอื่น', 'เผาฟางควันเต็มบ้าน', 'ถิ่มขยะใส่หนองน้ำ', 'เปิดลำโพงดังหลายมื้อ'];

function isan(random: Random): Family {
  const posts: Post[] = [];
  for (const elder of ['พ่อใหญ่', 'แม่ใหญ่', 'พ่อเฒ่า', 'แม่เฒ่า'])
    for (let k = 0; k < 4; k++) {
      const name = `${elder}${random.pick(ISAN_NAMES)}`;
      posts.push([
        `${name}${random.pick(['', ' '])}${random.pick(VILLAGES)} ${random.pick(ISAN_DEEDS)} ${random.pick(TAILS)}`,
        [person(name)],
      ]);
    }
  return family('r7n.isan-elder-village', posts);
}

const LATIN_NAMES = ['Somchai', 'Noi', 'Lek', 'Daeng', 'Pranee', 'Wichai', 'Jiap', 'Nok', 'Tum', 'Boy', 'Som'];
const LATIN_PLACES = ['at house 12', 'from the shop', 'next door', 'at the end of the soi', 'from the laundry', 'in Soi 4'];
const LATIN_DEEDS = [
  'burns rubbish every evening',
  'parks across the gate',
  'lets the dogs out at night',
  'pours oil into the drain',
];

function english(random: Random): Family[] {
  const titled: Post[] = [];
  for (const title of ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Miss', 'Ms.', 'Khun'])
    for (let k = 0; k < 2; k++) {
      const name = `${title} ${random.pick(LATIN_NAMES)}`;
      titled.push([`${name} ${random.pick(LATIN_PLACES)} ${random.pick(LATIN_DEEDS)}.`, [person(name)]]);
    }
  const kin: Post[] = [];
  for (const relation of ['son', 'daughter', 'grandson', 'nephew', 'wife', 'husband']) {
    const nick = random.pick(LATIN_NAMES);
    const owner = random.pick(["My neighbour's", "The landlord's", "Our neighbor's", "The shop owner's"]);
    kin.push([`${owner} ${relation} ${nick} ${random.pick(LATIN_DEEDS)}.`, [person(`${relation} ${nick}`)]]);
  }
  for (const elder of ['Auntie', 'Uncle', 'Grandma', 'Grandpa']) {
    const nick = random.pick(LATIN_NAMES);
    const relation = random.pick(['grandson', 'son', 'daughter', 'nephew']);
    kin.push([`${elder} ${nick}'s ${relation} ${random.pick(LATIN_DEEDS)}.`, [person(`${elder} ${nick}'s ${relation}`)]]);
    const nick2 = random.pick(LATIN_NAMES);
    kin.push([`${elder} ${nick2} ${random.pick(LATIN_PLACES)} ${random.pick(LATIN_DEEDS)}.`, [person(`${elder} ${nick2}`)]]);
  }
  return [family('r7n.english-title', titled), family('r7n.english-kin', kin)];
}

const SOUTHERN_KIN = ['เปาะ', 'เมาะ', 'บัง', 'ก๊ะ', 'แบ', 'หวัน', 'น้า', 'เตาะ', 'ป๊ะ'];
const SOUTHERN_NAMES = ['ดอเลาะ', 'แวะ', 'ยะ', 'สะแม', 'มะ', 'ซู', 'ฮาซัน', 'รอกียะ', 'เด็น', 'หมีด'];
const SOUTHERN_PLACES = ['บ้านท้ายกำปง', 'ร้านน้ำชาหน้ามัสยิด', 'บ้านริมคลอง', 'ร้านโรตีปากซอย', 'บ้านหลังบาลัย', 'บ้านในควน'];

function southern(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of SOUTHERN_KIN)
    for (let k = 0; k < 3; k++) {
      const name = `${kin}${random.pick(SOUTHERN_NAMES)}`;
      posts.push([
        `${name}${random.pick(['', ' '])}${random.pick(SOUTHERN_PLACES)} ${random.pick(DEEDS)} ${random.pick(TAILS)}`,
        [person(name)],
      ]);
    }
  return family('r7n.southern-kin-place', posts);
}

export function round7NamesFamilies(seed: number): Family[] {
  const random = new Random(seed + 71);
  return [...kinGeneric(random), ...cleanTraps(random), ...titles(random), isan(random), ...english(random), southern(random)];
}
