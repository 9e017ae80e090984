// Round 5 of issue 12: people identified by kinship and nickname. Whole chains of relations (ลูกเขยยายแดง,
// หลานสาวของป้าติ๋ม, แฟนลูกสาวลุงชัย), dialect and register kinship words (Isan, Northern, Southern, Chinese-Thai, Muslim),
// chat spellings, English kinship and relation chains, several people in one post; and the clean traps those words
// make: set phrases (แม่น้ำ, ลูกค้า, พ่อหลวง), addressing the reader, the poster's own relatives, roles, nicknames that
// are common words. Vocabulary of its own (not read from the engine's lexicon); its own random stream (seed + 5).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });
type Post = [string, LabelledSpan[]];

/** Kinship words people put before a nickname, in every register. */
const KIN = {
  central: ['ลุง', 'ป้า', 'น้า', 'ยาย', 'ปู่', 'ย่า', 'พี่', 'น้อง'],
  isan: ['พ่อใหญ่', 'แม่ใหญ่', 'อีแม่', 'อีพ่อ', 'อ้าย', 'เอื้อย'],
  northern: ['ป้อ', 'แม่อุ๊ย', 'ป้ออุ๊ย', 'ปี้', 'อ้าย'],
  // โต๊ะ (also a table) names a person with a relation before it or an s.26 fact after it (round 4): not here.
  southern: ['พ่อเฒ่า', 'แม่เฒ่า', 'บ่าว'],
  chinese: ['เฮีย', 'เจ๊', 'อาม่า', 'อากง', 'อาเจ็ก', 'อาแปะ', 'ซ้อ', 'เสี่ย', 'ป๊า', 'ม๊า', 'หม่าม้า', 'เตี่ย'],
  muslim: ['บัง', 'ก๊ะ'],
} as const;

const ALL_KIN = Object.values(KIN).flat();

/** Kinship words that name a person whatever follows (the engine's strong words); the others need a sign. */
const STRONG_KIN = ['ลุง', 'ป้า', 'น้า', 'ยาย', 'ปู่', 'ย่า', 'พี่', 'น้อง', 'เฮีย', 'เจ๊', 'อาม่า', 'อากง', 'เสี่ย'];

const NICKNAMES = [
  'แดง',
  'ติ๋ม',
  'ชัย',
  'หมง',
  'หน่อย',
  'พร',
  'แจ่ม',
  'ทอง',
  'คำ',
  'จันทร์',
  'เส็ง',
  'หมวย',
  'ต๋อม',
  'เยื้อน',
  'สอน',
  'บุญเรือน',
  'เปี๊ยก',
  'อ้อย',
  'หมาน',
  'มาลี',
];

/** Relation words a chain starts with, and the modifiers written between a relation and ของ. */
const RELATIONS = [
  'ลูกเขย',
  'ลูกสะใภ้',
  'หลานสาว',
  'หลานชาย',
  'หลาน',
  'ลูกชาย',
  'ลูกสาว',
  'แฟน',
  'เมียน้อย',
  'ผัวใหม่',
  'เมีย',
  'ผัว',
  'พี่เขย',
  'น้องเขย',
  'พี่สะใภ้',
  'ลูกหล่า',
  'พ่อตา',
  'แม่ยาย',
  'เหลน',
];
const MODIFIERS = ['', '', 'คนโต', 'คนเล็ก', 'คนที่สอง', 'คนกลาง'];
const OF = ['', 'ของ', ' ของ'];

/** Places after the name: a sign for the weak words, a locating context for all. */
const PLACES = ['บ้านหลังวัด', 'ร้านข้าวแกงปากซอย', 'บ้านริมคลอง', 'ห้องแถวหลังตลาด', 'บ้านหัวมุม', 'ที่ขายขนมหน้าโรงเรียน', 'ร้านส้มตำหน้าตลาด'];

const COMPLAINTS = [
  'เปิดเพลงเสียงดังถึงตีสองทุกคืน',
  'เอาขยะมาทิ้งหน้าบ้านคนอื่น',
  'จอดรถขวางทางเข้าซอยทุกเย็น',
  'ขับรถซิ่งในหมู่บ้าน เด็กเกือบโดนชน',
  'ชอบเผาขยะจนควันเข้าบ้านทั้งซอย',
  'ปล่อยหมาออกมากัดคนเดินผ่าน',
];

/** Chat spellings of a name: its last letter run long (ป้าแดงงง, ลุงชัยยย). */
const stretch = (name: string, random: Random) => name + name.at(-1)!.repeat(random.int(1, 4));

function chains(random: Random): Family[] {
  const plain: Post[] = [];
  const nested: Post[] = [];
  // Every relation x every strong kinship word, with ของ and modifiers in between as people write them.
  for (const relation of RELATIONS)
    for (const kin of STRONG_KIN) {
      const modifier = relation.startsWith('ลูก') ? random.pick(MODIFIERS) : '';
      const chain = `${relation}${modifier}${random.pick(OF)}${kin}${random.pick(NICKNAMES)}`;
      const complaint = random.pick(COMPLAINTS);
      const text = random.pick([`${chain}${complaint}`, `${chain} ${complaint}`, `${complaint} คือ${chain}`]);
      plain.push([text, [person(chain)]]);
    }
  // Two relations before the name (แฟนลูกสาวลุงชัย, ผัวใหม่อีแม่หน่อย, ลูกหล่าของพ่อใหญ่คำ).
  for (const kin of ALL_KIN) {
    const chain = `${random.pick(['แฟน', 'เมีย', 'ผัวใหม่', 'เมียน้อย'])}${random.pick(['ลูกสาว', 'ลูกชาย', 'หลานชาย', 'ลูกหล่า'])}${random.pick(OF)}${kin}${random.pick(NICKNAMES)}`;
    nested.push([`${chain} ${random.pick(COMPLAINTS)}`, [person(chain)]]);
  }
  return [family('r5.person.relation-chain', plain), family('r5.person.two-relation-chain', nested)];
}

/** Short kinship words that are also ordinary words (บัง: to block, ซ้อ, เจ๊ is fine): not read against a word before them. */
const NOT_AFTER_LEAD = ['บัง', 'ซ้อ'];

function dialectKinship(random: Random): Family[] {
  const families: Family[] = [];
  for (const [register, words] of Object.entries(KIN)) {
    const posts: Post[] = [];
    for (const kin of words)
      for (let k = 0; k < 4; k++) {
        const name = kin + random.pick(NICKNAMES);
        const place = random.pick(PLACES);
        const complaint = random.pick(COMPLAINTS);
        // คือบังจันทร์: บัง (block), ซ้อ, ตา are ordinary words against คือ; people write them after a space too.
        const lead = NOT_AFTER_LEAD.includes(kin) ? 'คือ ' : 'คือ';
        const text = random.pick([
          `${name}${place} ${complaint}`,
          `${name} ${place}${complaint}`,
          `${complaint} ${lead}${name}${place}`,
        ]);
        posts.push([text, [person(name)]]);
      }
    families.push(family(`r5.person.kinship-${register}`, posts));
  }
  return families;
}

function chatAndEnglish(random: Random): Family[] {
  const chat: Post[] = [];
  for (const kin of STRONG_KIN) {
    const name = kin + stretch(random.pick(NICKNAMES), random);
    chat.push([`${name} ${random.pick(PLACES)} ${random.pick(COMPLAINTS)}ค่าา`, [person(name)]]);
  }
  const english: Post[] = [];
  const names = ['Somchai', 'Noi', 'Daeng', 'Lek', 'Boonmee', 'Chai'];
  const places = ['next door', 'from the noodle shop', 'at the house behind the temple', 'on Soi 4', 'who runs the laundry'];
  const deeds = ['burns plastic every evening', 'parks across my gate every morning', 'plays loud music until 2 am'];
  for (const kin of ['Uncle', 'Auntie', 'Grandma', 'Grandpa', 'Aunt', 'Granny'])
    for (let k = 0; k < 3; k++) {
      const name = `${kin} ${random.pick(names)}`;
      english.push([`${name} ${random.pick(places)} ${random.pick(deeds)}`, [person(name)]]);
    }
  const relationsEn = ['son', 'daughter', 'son-in-law', 'wife', 'husband', 'grandson', 'nephew', 'boyfriend'];
  const englishChains: Post[] = [];
  for (const relation of relationsEn)
    for (const who of ['Uncle', 'Auntie', 'Mr.', 'Mrs.', 'Grandma']) {
      const chain = `${who} ${random.pick(names)}'s ${relation}`;
      englishChains.push([`${chain} ${random.pick(deeds)}, please do something`, [person(chain)]]);
    }
  return [
    family('r5.person.chat-stretched', chat),
    family('r5.person.english-kinship', english),
    family('r5.person.english-relation-chain', englishChains),
  ];
}

function severalPeople(random: Random): Family {
  const posts: Post[] = [];
  for (let k = 0; k < 20; k++) {
    const a = random.pick(STRONG_KIN) + random.pick(NICKNAMES);
    let b = random.pick(STRONG_KIN) + random.pick(NICKNAMES);
    while (b === a || a.includes(b) || b.includes(a)) b = random.pick(STRONG_KIN) + random.pick(NICKNAMES);
    const c = `${random.pick(['ลูกชาย', 'เมีย', 'หลานสาว'])}${b}`;
    posts.push([
      `${a}กับ${b}${random.pick(PLACES)}ทะเลาะกันทุกคืน แล้ว${c}ก็${random.pick(COMPLAINTS)}`,
      [person(a), person(b), person(c)],
    ]);
  }
  return family('r5.person.several', posts);
}

/** A sergeant (จ่า) next door, named like a kinship word: with a place after the name, or a relation before it. */
function ranks(random: Random): Family {
  const posts: Post[] = [];
  for (const name of ['สมศักดิ์', 'เฉย', 'บุญมี', 'แดง', 'ประสิทธิ์', 'หมาน', 'ทองใบ', 'วิชัย']) {
    const named = `จ่า${name}`;
    posts.push([`${named}${random.pick(PLACES)} ${random.pick(COMPLAINTS)}`, [person(named)]]);
    const chain = `${random.pick(['ลูกชาย', 'เมีย', 'หลานสาว'])}จ่า${name}`;
    posts.push([`${chain} ${random.pick(COMPLAINTS)}`, [person(chain)]]);
  }
  return family('r5.person.rank-sergeant', posts);
}

const COMPLAINT_TAILS = ['ช่วยมาดูด้วยค่ะ', 'ขอให้เทศบาลแก้ไขด้วยครับ', 'อยากให้ช่วยดูแลหน่อย'];

function cleanTraps(random: Random): Family[] {
  const tail = () => random.pick(COMPLAINT_TAILS);
  const setPhrases = [
    'แม่น้ำหน้าวัดเน่าเหม็นมาก',
    'แม่บ้านที่ทำความสะอาดห้องน้ำสาธารณะทำงานดีมาก',
    'แม่ค้าในตลาดเทน้ำล้างปลาลงท่อ',
    'พ่อค้าแม่ค้าตั้งแผงบนทางเท้า',
    'ลูกค้าร้านกาแฟจอดรถบนทางเท้า',
    'ลูกจ้างร้านอาหารทิ้งขยะลงคลอง',
    'ป้ายรถเมล์หน้าหมู่บ้านพังแล้ว',
    'พ่อหลวงบ้านป่าแดงเรียกประชุมเรื่องไฟป่า',
    'ป้อหลวงบ้านดอนแก้วแจ้งว่าถนนพัง',
    'แม่หลวงบ้านสันทรายขอไฟส่องสว่าง',
    'แม่ชีที่วัดป่าช่วยดูแลคนแก่ในชุมชน',
    'โต๊ะครูที่ปอเนาะสอนเด็กดีมาก',
    'โต๊ะอิหม่ามที่มัสยิดขอให้ซ่อมถนน',
    'บักหำน้อยในหมู่บ้านเล่นน้ำในคลอง อันตราย',
    'ลูกหลานในชุมชนไม่มีที่เล่นกีฬา',
    'พ่อแม่ผู้ปกครองจอดรถรับลูกหน้าโรงเรียน',
    'ลูกเสือชาวบ้านมาช่วยกวาดถนน',
    'แม่ไม้มวยไทยเปิดสอนที่ลานเอนกประสงค์',
  ];
  const addressing = [
    'พี่ๆ เจ้าหน้าที่ครับ ถนนหน้าบ้านเป็นหลุม',
    'น้องๆ ที่ทำงานเทศบาลใจดีมาก ขอบคุณค่ะ',
    'ป้าๆ ลุงๆ แถวนี้บ่นเรื่องยุงเยอะ',
    'พี่แอดมินคะ ไฟถนนดับทั้งซอย',
    'หลานๆ ชอบไปเล่นที่สวนสาธารณะ แต่ชิงช้าพัง',
    'อ้ายเอื้อยน้องๆ ทุกคน ร่วมกันเก็บขยะวันเสาร์นี้เด้อ',
    'ปี้น้องเจ้า ไฟกาดดับหลายวันแล้ว',
  ];
  const own = [
    'ยายผมอายุ 85 แล้ว เดินไปป้ายรถเมล์ไม่ไหว',
    'แม่ของฉันป่วยติดเตียง ขอรถรับส่งผู้ป่วย',
    'พ่อใหญ่ของข้อยไปโรงพยาบาลบ่ได้',
    'My auntie wants to know when the new market opens',
    'my grandma lives near the temple and the road floods',
    'ลูกสาวผมเรียนอยู่โรงเรียนเทศบาล ห้องน้ำพัง',
  ];
  const commonWords = [
    'ไฟแดงตรงสี่แยกหน้าโรงเรียนเสียมาสามวัน',
    'ร้านหมูกระทะเปิดใหม่ริมถนนใหญ่ ควันเยอะมาก',
    'ราคาไข่ไก่ในตลาดเทศบาลแพงขึ้นมาก',
    'น้ำแดงที่ขายในโรงอาหารหวานเกินไป',
    'ดินแดงกองอยู่หน้าบ้านมาสามวัน',
    'หมูปิ้งหน้าโรงเรียนควันเยอะ',
    'ไก่ชนร้องตั้งแต่ตีสี่',
    'ทองคำราคาขึ้นอีกแล้ว ตลาดทองเงียบ',
    'เสาไฟสีแดงหน้าวัดล้ม',
    'ต้องจ่ายค่าเช่าบ้านเพิ่มทุกเดือน',
    'จ่าฝูงหมาจรบ้านท้ายซอยกัดเด็ก',
    'ค่าใช้จ่ายบ้านละห้าร้อยแพงเกินไป',
  ];
  const roles = [
    'ลุงคนขายผักหน้าตลาดบอกว่าน้ำท่วมทุกปี',
    'ป้าแม่ค้าข้าวแกงบอกว่าท่อตันหน้าร้าน',
    'พี่วินมอเตอร์ไซค์ปากซอยช่วยโบกรถตอนไฟดับ',
    'ลุงยามหน้าหมู่บ้านใจดีมาก',
    'the uncle who sells fruit says the drain is blocked',
  ];
  return [
    family(
      'r5.clean.set-phrases',
      setPhrases.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
    family(
      'r5.clean.addressing',
      addressing.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
    family(
      'r5.clean.own-relatives',
      own.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
    family(
      'r5.clean.nickname-common-words',
      commonWords.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
    family(
      'r5.clean.kinship-roles',
      roles.map((t): Post => [`${t} ${tail()}`, []]),
      'publish',
    ),
  ];
}

export function round5PersonFamilies(seed: number): Family[] {
  const random = new Random(seed + 5);
  return [
    ...chains(random),
    ...dialectKinship(random),
    ...chatAndEnglish(random),
    severalPeople(random),
    ranks(random),
    ...cleanTraps(random),
  ];
}
