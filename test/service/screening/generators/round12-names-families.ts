// Round 12: private persons' names. Hold: a Southern or Malay kinship word and a nickname followed by the person's
// trade and a place (every kinship word × a trade × a place); a kinship nickname that is also a word (แดง, ดำ, เล็ก)
// with a place after it; an English kinship name's shop blamed for something. Clean: a kinship word followed by how,
// how much, where to or how someone felt (ยาย|เร็วมาก, พายาย|ไปหาหมอ, ลุง|ดีใจ); an English rank before a street word
// (Colonel Road); an English kinship name's shop (Pa Dang's noodle stall) spoken of without blame; fruits and snacks
// whose first syllable is a Malay kinship word (มะม่วง, เปาะเปี๊ยะ) sold at a place. Vocabulary of its own (not read from
// the engine's lexicon, none of it copied from round12/names*.jsonl); its own random stream.
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });

const MALAY_KIN = ['บัง', 'ก๊ะ', 'เปาะ', 'แบ', 'มะ', 'เมาะ', 'เจ๊ะ'];
const MALAY_NICKS = ['หมัด', 'ซาลีม', 'ยะ', 'รอฮิม', 'แวดี', 'ซูไฮมี', 'นุง', 'ลีนา'];
const TRADES = ['ขายโรตี', 'ขายข้าวยำ', 'ซ่อมรถ', 'ซ่อมมอเตอร์ไซค์', 'เลี้ยงแพะ', 'เย็บผ้า', 'รับซื้อของเก่า', 'ขายน้ำชา'];
const TRADE_PLACES = ['หน้ามัสยิดกลาง', 'ตลาดนัดวันศุกร์', 'ข้างโรงเรียนตาดีกา', 'อยู่ตึกแถวหัวมุม', 'หลังปอเนาะ', 'ท้ายกำปง'];
const TRADE_WRONGS = ['เทน้ำมันลงท่อ', 'กองของเต็มทางเท้า', 'ปล่อยแพะกินผักบ้านคนอื่น', 'จุดไฟเผายางตอนเย็น'];

/** Every Southern kinship word × a trade, a nickname and a place after the trade. */
function malayTradePlace(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of MALAY_KIN)
    for (const trade of TRADES) {
      const name = `${kin}${random.pick(MALAY_NICKS)}`;
      posts.push([`${name}${trade}${random.pick(TRADE_PLACES)} ${random.pick(TRADE_WRONGS)}`, [person(name)]]);
    }
  return family('r12n.kin.malay-trade-place', posts);
}

const KIN = ['ลุง', 'ป้า', 'ยาย', 'น้า', 'ตา', 'ปู่', 'ย่า'];
const WORD_NICKS = ['แดง', 'ดำ', 'เล็ก', 'บุญ', 'ขาว', 'น้อย', 'ทอง'];
const NICK_PLACES = ['หลังวัดใหม่', 'บ้านริมคลอง', 'ท้ายหมู่บ้าน', 'ร้านชำปากซอย', 'ข้างตลาดสด'];
const NICK_WRONGS = ['เผาขยะทุกเย็น', 'ปล่อยหมากัดคน', 'ตั้งวงเหล้าถึงตีสอง', 'เทน้ำเสียลงคลอง'];

/** A kinship nickname that is also an ordinary word, with a place right after it. */
function wordNicknamePlace(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of KIN)
    for (const nick of WORD_NICKS) {
      const name = `${kin}${nick}`;
      posts.push([`${name}${random.pick(NICK_PLACES)}${random.pick(NICK_WRONGS)}`, [person(name)]]);
    }
  return family('r12n.kin.word-nickname-place', posts);
}

/** How, how much, where to, how someone felt: words that follow a kinship word in a sentence, no nickname. */
const MANNERS = [
  'เร็วมาก',
  'ช้าหน่อย',
  'ดีใจมาก',
  'เสียใจ',
  'ไปหาหมอ',
  'มาทำบัตร',
  'ทันเวลา',
  'บ่อยๆ',
  'ปลื้มมาก',
  'สบายขึ้น',
  'หายแล้ว',
  'กลับบ้าน',
];
const MANNER_FRAMES = [
  'ขอบคุณ อสม. ที่มาฉีดวัคซีนให้{kin}{m} ค่ะ',
  'รถกู้ภัยช่วยพา{kin}{m} ขอบคุณมากครับ',
  'เจ้าหน้าที่ใจดี {kin}{m} ทุกคนประทับใจ',
  'วันนี้พา{kin}ไปรับเบี้ยยังชีพ {kin}{m} เลยค่ะ',
];

function kinManner(random: Random): Family {
  const posts: string[] = [];
  for (const kin of KIN)
    for (const m of MANNERS) posts.push(random.pick(MANNER_FRAMES).replaceAll('{kin}', kin).replace('{m}', m));
  return cleanFamily('r12n.clean.kin-manner', posts);
}

const RANKS = ['Colonel', 'General', 'Major', 'Captain', 'Sergeant', 'Lieutenant', 'Admiral', 'Dr.'];
const STREETS = ['Road', 'Street', 'Lane', 'Soi', 'Avenue', 'Rd'];
const STREET_FRAMES = [
  'Streetlights on {r} have been off for a week.',
  'The drain on {r} floods every time it rains, please send someone.',
  'Potholes near the school on {r} again.',
  'Can the bin truck come to {r} on Mondays too?',
];

/** An English rank before a street word names a road. */
function latinRankStreet(random: Random): Family {
  const posts: string[] = [];
  for (const rank of RANKS)
    for (const street of STREETS) posts.push(random.pick(STREET_FRAMES).replace('{r}', `${rank} ${street}`));
  return cleanFamily('r12n.clean.latin-rank-street', posts);
}

const LATIN_KIN = ['Pa', 'Pi', 'Je', 'Uncle', 'Auntie', 'Khun', 'Lung', 'Nong'];
const LATIN_NICKS = ['Dang', 'Lek', 'Noi', 'Mai', 'Som', 'Toy', 'Nok'];
const SHOPS = ['noodle stall', 'coffee shop', 'grocery store', 'som tam stall', 'bakery', 'little restaurant'];
const SHOP_PRAISE = [
  'next to the post office has the best food in town.',
  'near the market is open again after the flood.',
  'opposite the temple sells sandbags if anyone needs them.',
  'by the 7-Eleven is where the bus stop should go, please.',
];
const SHOP_BLAME = [
  'next to the post office pours dirty water into the drain every night.',
  'near the market dumps rubbish in the canal.',
  // Round 22: tables on the footpath are the shop's practice, as in Thai (SHOP_PRACTICES), no wrong of its owner.
  'opposite the temple burns plastic rubbish behind the kitchen every evening.',
  'by the school plays loud music until 2am.',
];

/** An English kinship name + 's + a shop word: the shop's name; a person when the shop is blamed. */
function latinKinShop(random: Random): Family[] {
  const clean: string[] = [];
  const held: Post[] = [];
  for (const kin of LATIN_KIN)
    for (const shop of SHOPS.slice(0, 4)) {
      const name = `${kin} ${random.pick(LATIN_NICKS)}`;
      clean.push(`${name}'s ${shop} ${random.pick(SHOP_PRAISE)}`);
      held.push([`${name}'s ${random.pick(SHOPS)} ${random.pick(SHOP_BLAME)}`, [person(name)]]);
    }
  return [cleanFamily('r12n.clean.latin-kin-shop', clean), family('r12n.latin-kin-shop-blamed', held)];
}

/** Fruits and snacks whose first syllable is a Southern kinship word, sold at a place. */
function kinSyllableGoods(random: Random): Family {
  const goods = ['มะม่วง', 'มะพร้าว', 'มะนาว', 'มะขาม', 'มะละกอ', 'เปาะเปี๊ยะ', 'มะยม', 'แบตเตอรี่มือสอง', 'บังโคลนรถ'];
  const posts: string[] = [];
  for (const g of goods)
    for (const place of ['หน้ามัสยิดกลาง', 'ตลาดนัดวันศุกร์', 'ข้างโรงเรียน'])
      posts.push(`${g}ขาย${place}ราคาถูกมาก ${random.pick(['แนะนำค่ะ', 'อยากให้เทศบาลจัดที่จอดรถเพิ่ม', ''])}`);
  return cleanFamily('r12n.clean.kin-syllable-goods', posts);
}

export function round12NamesFamilies(seed: number): Family[] {
  const random = new Random(seed + 1212);
  return [
    malayTradePlace(random),
    wordNicknamePlace(random),
    ...latinKinShop(random),
    kinManner(random),
    latinRankStreet(random),
    kinSyllableGoods(random),
  ];
}
