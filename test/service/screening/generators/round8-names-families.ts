// Round 8: people's names, precision first. Clean traps: a shop or stall named after its owner by a kinship word or a
// title and a nickname, in a post that is not about that person (a festival review, a market suggestion, a question
// about opening hours); an English possessive brand standing alone (Uncle Joe's); the writer's own grandparent or
// parent by honorific with no name, a state or a particle after it; kinship words in lists, collectives and address.
// Hold: the same shop names when the post blames the shop (then they point at its owner), a kinship name before its
// shop, Isan kinship words with a nickname and where they live (คุ้ม, เฮือน, ท่งนา), and a shop owner buried in a long
// post. Vocabulary of its own (not read from the engine's lexicon; none of it copied from round8/names.jsonl); its own
// random stream.
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
type Post = [string, LabelledSpan[]];

const KIN = ['ป้า', 'ลุง', 'ยาย', 'เจ๊', 'เฮีย', 'น้า', 'พี่'];
const NICKS = ['จุก', 'แป๋ว', 'ต้อม', 'หวาน', 'เปียก', 'อ้อย', 'นุ้ย', 'ตุ่ม', 'เหมียว', 'โอ๋', 'ปุ๊', 'หนิง'];
/** A shop or stall and what it sells, written as one run of letters before the owner's kinship name. */
const SHOPS = [
  'ร้านก๋วยเตี๋ยวต้มยำ',
  'ร้านข้าวมันไก่',
  'แผงผลไม้',
  'ร้านส้มตำ',
  'แผงปลาทู',
  'ร้านกาแฟโบราณ',
  'ซุ้มลูกชิ้นทอด',
  'ร้านโจ๊ก',
  'แผงหมูปิ้ง',
  'ร้าน',
  'ร้านขนมจีนน้ำยา',
  'บูธชาไข่มุก',
];
/** What a post that is not about the owner says after the shop's name. */
const NEUTRAL = [
  'มาออกร้านด้วย คนต่อคิวยาวมาก',
  'อร่อยเหมือนเดิม ราคาไม่แพง',
  'ย้ายไปขายฝั่งตรงข้ามแล้วนะ',
  'เปิดกี่โมงคะ ไปมาสองรอบไม่เจอ',
  'ขายหมดตั้งแต่หัวค่ำ 555',
  'ยังอยู่ไหมครับ คิดถึงมาก',
  'ก็มาขายด้วย งานนี้ของกินครบ',
];
/** Frames of posts about festivals, markets and suggestions: the shop is a landmark, not the complaint. */
const FRAMES: [string, string][] = [
  ['งานวัดปีนี้สนุกมากค่ะ ', ' อยากให้เพิ่มห้องน้ำชั่วคราวอีกหน่อย'],
  ['ตลาดนัดเย็นวันพุธ ', ' ฝากเทศบาลตีเส้นที่จอดรถให้ด้วยครับ'],
  ['ใครไปงานลอยกระทงบ้าง ', ' ปีหน้าขอไฟส่องทางเดินเพิ่มนะคะ'],
  ['แนะนำคนมาเที่ยวค่ะ ', ' แต่ทางเท้าแถวนั้นแคบ ระวังรถด้วย'],
  ['', ' ขอบคุณเทศบาลที่จัดถนนคนเดินนะครับ'],
];

function shopBrands(random: Random): Family[] {
  const thai: Post[] = [];
  for (const shop of SHOPS)
    for (let k = 0; k < 2; k++) {
      const [lead, tail] = random.pick(FRAMES);
      thai.push([`${lead}${shop}${random.pick(KIN)}${random.pick(NICKS)}${random.pick(NEUTRAL)}${tail}`, []]);
    }
  const titled: Post[] = [
    'ร้านหนังสือนายอินทร์สาขาในห้างมีมุมเด็ก อยากให้ห้องสมุดทำบ้าง',
    'ร้านข้าวต้มนายตี๋เปิดถึงตีสอง แถวนั้นไฟสว่างดี',
    'ร้านเจ๊อ้วนหมูกระทะเปิดใหม่ตรงสี่แยก คนไปกินเยอะครับ',
    'งานเกษตรปีนี้ร้านนายช้างไอศกรีมกะทิมาออกบูธ อร่อยมาก',
    'ร้านก๋วยเตี๋ยวเรือนายเปี๊ยกย้ายไปริมคลองแล้ว ใครตามหาอยู่',
  ].map((t) => [`${t} ${random.pick(['ค่ะ', 'ครับ', '🙏', ''])}`, []]);
  const english: Post[] = [];
  for (const elder of ['Uncle', 'Aunty', 'Auntie', 'Grandma'])
    for (const [lead, tail] of [
      ['Is ', "'s by the pier still open after the flood?"],
      ['We had lunch at ', "'s yesterday, the road outside needs a crossing."],
      ['Does anyone know if ', "'s opens on public holidays?"],
      ['The queue outside ', "'s is long, please add a bin there."],
    ])
      english.push([`${lead}${elder} ${random.pick(['Tom', 'Lek', 'Jim', 'Ploy', 'Sam'])}${tail}`, []]);
  return [
    family('r8n.clean.shop-kin-brand', thai, 'publish'),
    family('r8n.clean.shop-title-brand', titled, 'publish'),
    family('r8n.clean.english-possessive-brand', english, 'publish'),
  ];
}

/** The writer's own elders and parents by honorific, and what follows them in chat: a state, a particle, a verb. */
const OWN_ELDERS = ['คุณตา', 'คุณยาย', 'คุณพ่อ', 'คุณแม่', 'คุณย่า', 'คุณปู่'];
const OWN_STATES = [
  'เหนื่อยมากค่ะ รอคิวนานเกิน',
  'ไม่สบายค่ะ ไปรับยาเองไม่ไหว',
  'บ่นว่าน้ำประปาไหลอ่อนมาก',
  'กลัวน้ำท่วมบ้านอีกแล้ว',
  'ห่วงเรื่องสุนัขจรในซอยครับ',
  'ต้องไปโรงพยาบาลทุกสัปดาห์ ขอรถรับส่งได้ไหมคะ',
  'นะคะอยากถามเรื่องเบี้ยยังชีพ',
  'ดีใจมากที่ถนนซ่อมเสร็จแล้ว',
];

function ownElders(random: Random): Family {
  const posts: Post[] = [];
  for (const elder of OWN_ELDERS)
    for (let k = 0; k < 2; k++)
      posts.push([
        `${random.pick(['', 'เมื่อวาน', 'ช่วงนี้', 'ตอนนี้'])}${elder}${random.pick(OWN_STATES)} ${random.pick(['🙏', '555', 'ขอบคุณค่ะ', ''])}`,
        [],
      ]);
  return family('r8n.clean.own-elder-honorific', posts, 'publish');
}

const COLLECTIVES = [
  'ขอบคุณลุงๆป้าๆ จิตอาสาที่มาช่วยล้างตลาด',
  'กลุ่มป้าๆ เต้นแอโรบิกตอนเย็นที่ลานกีฬา ดีต่อสุขภาพมาก',
  'เรียนพี่ๆ เจ้าหน้าที่ทุกท่าน ไฟทางดับหลายดวง',
  'น้องๆ นักเรียนมาช่วยเก็บขยะริมหาด ป้าชื่นใจมาก',
  'ชมรมตายายของเรามีสมาชิกห้าสิบคน ขอใช้ศาลาทุกวันพุธ',
  'ลุงป้าน้าอาที่อยู่ริมน้ำระวังน้ำขึ้นคืนนี้ด้วยนะครับ',
  'เฮือนพ่อใหญ่แม่ใหญ่หลายหลังหลังคาฮั่ว ฝนตกน้ำหยด',
  'สวัสดีค่ะแอดมิน ยายใช้โทรศัพท์ไม่เก่ง อยากถามเรื่องบัตรผู้สูงอายุ',
];

function collectives(random: Random): Family {
  return family(
    'r8n.clean.kin-collective',
    COLLECTIVES.map((t) => [`${t} ${random.pick(['ค่ะ', 'ครับ', 'เด้อ', ''])}`, []]),
    'publish',
  );
}

// ---- hold ------------------------------------------------------------------------------------------------------------

/** What a shop is blamed for. */
const WRONGS = [
  'เทน้ำมันทอดลงท่อระบายน้ำทุกคืน',
  'ตั้งโต๊ะเต็มทางเท้าจนคนต้องเดินบนถนน',
  'ทิ้งขยะไว้หน้าร้านไม่ยอมเก็บ',
  'เปิดเพลงดังถึงตีสองทุกวันเสาร์',
  'จอดรถขวางทางเข้าซอยทั้งวัน',
  'ปล่อยน้ำเสียลงคลองเหม็นมาก',
];

function shopBlamed(random: Random): Family[] {
  const shopFirst: Post[] = [];
  for (const shop of SHOPS.slice(0, 8)) {
    const name = `${random.pick(KIN)}${random.pick(NICKS)}`;
    shopFirst.push([
      `${shop}${name}${random.pick(WRONGS)} ${random.pick(['ช่วยด้วยค่ะ', 'แจ้งหลายรอบแล้ว', 'เดือดร้อนทั้งซอย'])}`,
      [person(name)],
    ]);
  }
  const nameFirst: Post[] = [];
  for (const shop of ['ร้านขายของชำ', 'ร้านซ่อมรถ', 'แผงผัก', 'ร้านเหล้าปั่น', 'ห้องแถวหัวมุม', 'ร้านอาหารตามสั่ง']) {
    const name = `${random.pick(KIN)}${random.pick(NICKS)}`;
    nameFirst.push([`${name}${shop}ปากซอย${random.pick(WRONGS)}`, [person(name)]]);
  }
  return [
    family('r8n.shop-kin-blamed', shopFirst.filter(blamesMoreThanAPractice)),
    family('r8n.kin-then-shop-blamed', nameFirst),
  ];
}

const ISAN_KIN = ['อาว์', 'พ่อใหญ่', 'แม่ใหญ่', 'ลุง', 'ป้า'];
const ISAN_NICKS = ['คำมี', 'บุญเพ็ง', 'สุข', 'คำพอง', 'ทองใบ', 'เหลา', 'จันดี'];
const ISAN_PLACES = ['เฮือนท้ายคุ้ม', 'คุ้มวัดใต้', 'ท้ายคุ้ม', 'เฮือนติดโรงเรียน', 'ท่งนาหลังหนอง', 'คุ้มหนองบัว', 'หัวคุ้ม'];
const ISAN_DEEDS = [
  'เผาฟางควันเข้าบ้านเด็กน้อยไอ',
  'ปล่อยงัวมากินข้าวในนาคนอื่น',
  'เอาขยะมาถิ่มข้างทาง',
  'ขุดดินถนนเข้านาพังหมด',
  'เปิดลำโพงดังหลายตอนกลางคืน',
];

function isanKin(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of ISAN_KIN)
    for (let k = 0; k < 3; k++) {
      const name = `${kin}${random.pick(ISAN_NICKS)}`;
      posts.push([
        `${name}${random.pick(['', ' '])}${random.pick(ISAN_PLACES)}${random.pick(ISAN_DEEDS)} ${random.pick(['ฝากเบิ่งแหน่เด้อ', 'เว้าแล้วบ่ฟัง', 'ช่วยแน่เด้อ'])}`,
        [person(name)],
      ]);
    }
  return family('r8n.isan-kin-place', posts);
}

const LONG_BEFORE = [
  'สวัสดีครับ ผมอยู่ชุมชนนี้มายี่สิบปี ที่ผ่านมาเทศบาลดูแลดีมาก ถนนเรียบ ไฟสว่าง เก็บขยะตรงเวลา ขอบคุณจริงๆ ครับ แต่ช่วงนี้มีเรื่องหนึ่งที่อยากแจ้ง ตลาดเย็นหน้าวัดคนเยอะขึ้นมากซึ่งก็ดีต่อการค้า แต่หลังตลาดวายขยะเต็มลาน โดยเฉพาะ',
  'เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นตัวแทนผู้ปกครองในซอย อยากแจ้งเรื่องความปลอดภัยของเด็กที่เดินไปโรงเรียนตอนเช้า ทางเท้าแคบอยู่แล้วยังมีของวางเกะกะทั้งกระถางและป้าย ที่หนักที่สุดคือ',
];
const LONG_AFTER =
  ' เคยไปคุยดีๆ แล้วแต่ไม่เปลี่ยน ตอนนี้รางระบายน้ำอุดตัน ฝนตกทีน้ำท่วมขังหน้าบ้านหลายหลัง ยุงก็เยอะ อยากให้เทศบาลวางกติกาให้ทุกร้านมีถังดักไขมัน และส่งเจ้าหน้าที่มาตรวจหลังตลาดวายด้วย จะขอบคุณมากครับ';

function longBuried(random: Random): Family {
  const posts: Post[] = [];
  for (const lead of LONG_BEFORE)
    for (const stall of ['แผงไก่ทอดท้ายตลาด', 'ร้านหมูกระทะหัวมุม', 'ห้องแถวติดวัด']) {
      const name = `${random.pick(KIN)}${random.pick(NICKS)}`;
      posts.push([`${lead}${name}${stall}ที่${random.pick(WRONGS)}${LONG_AFTER}`, [person(name)]]);
    }
  return family('r8n.long-shop-owner', posts);
}

export function round8NamesFamilies(seed: number): Family[] {
  const random = new Random(seed + 81);
  return [
    ...shopBrands(random),
    ownElders(random),
    collectives(random),
    ...shopBlamed(random),
    isanKin(random),
    longBuried(random),
  ];
}
