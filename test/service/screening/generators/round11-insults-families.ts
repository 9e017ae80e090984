// Round 11 of issue 12, insults by the grammar of aiming and the languages' morphology rather than by listed spellings.
// Each hold family crosses a class (insult nouns, contempt adjectives, identity words, features, romanised stems,
// idioms, ขี้ traits) with every aiming frame; each clean family puts the same words in their neutral senses (a fat pig
// on the farm, ชาวเขา at a festival, อีดำ the cow, the Kwai Noi river, ลูกเสือ|กอง, a shop called "ไอ้หมาน้อย").
// Vocabulary of its own (not read from the engine's lexicon, not copied from round11/insults.jsonl); its own random
// stream (seed + 111). Written before the round-11 engine change.
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const DEEDS_EN = [
  'keeps blocking my driveway',
  'lost my house registration papers',
  'sent me home for the third time',
  'never answers the phone',
  'dumped paint in the drain',
];
const WHO = ['ร้านซ่อมรถปากซอย', 'ตลาดสด', 'หอพักหลังวัด', 'ไซต์ก่อสร้างข้างโรงเรียน', 'ท่ารถ'];
const DEEDS = ['เปิดเพลงดังทั้งคืน', 'จอดรถขวางประตูบ้าน', 'ทิ้งขยะลงคลอง', 'โกงเงินทอนลูกค้า', 'ด่าคนแก่กลางตลาด'];

/** Insult nouns in their plural, possessive and aimed forms: a copula with a plural subject, a role or place. */
function englishAiming(random: Random): Family {
  const posts: Post[] = [];
  for (const n of ['idiot', 'moron', 'fool']) {
    posts.push([`the guys at the permit desk are ${n}s, ${random.pick(DEEDS_EN)}`, [insult(`${n}s`)]]);
    posts.push([`those ${n}s' trucks block the soi every morning`, [insult(`${n}s`)]]);
    posts.push([`the ${n} at the counter ${random.pick(DEEDS_EN)}`, [insult(n)]]);
    posts.push([`the ${n} in the tax office ${random.pick(DEEDS_EN)}`, [insult(n)]]);
    posts.push([`The inspectors were ${n}s to approve that wall`, [insult(`${n}s`)]]);
  }
  for (const n of ['clown', 'buffoon']) {
    posts.push([`you ${n}, ${random.pick(DEEDS_EN)}`, [insult(n)]]);
    posts.push([`the ${n} at the permit desk ${random.pick(DEEDS_EN)}`, [insult(n)]]);
    posts.push([`honestly they are ${n}s, all of them at the land office`, [insult(`${n}s`)]]);
  }
  return family('r11.insult.english-aiming', posts);
}

/** A contempt adjective with an animal or person noun, aimed by you, a copula, a demonstrative + workplace or who. */
function contemptAdjectives(random: Random): Family {
  const posts: Post[] = [];
  const adjectives = ['fat', 'useless', 'ugly', 'filthy', 'lazy'];
  const nouns = ['pig', 'cow', 'oaf', 'slob', 'freak'];
  const frames = [
    (x: string) => `you ${x}, ${random.pick(DEEDS_EN)}`,
    (x: string) => `my neighbour is a ${x} who screams at the kids`,
    (x: string) => `that ${x} at the front desk ${random.pick(DEEDS_EN)}`,
  ];
  adjectives.forEach((a, i) =>
    nouns.forEach((n, j) => {
      const x = `${a} ${n}`;
      posts.push([frames[(i + j) % frames.length]!(x), [insult(x)]]);
    }),
  );
  for (const who of ['Burmese', 'Lao', 'Khmer', 'Chinese', 'Indian']) {
    const x = `${who} freak`;
    posts.push([`that ${x} at the car wash ${random.pick(DEEDS_EN)}`, [insult(x)]]);
  }
  return family('r11.insult.contempt-adjective', posts);
}

/** Identity words aimed: after a prefix, as พวก + word + a blamed act, glued to a pejorative. */
function identitySlurs(random: Random): Family {
  const posts: Post[] = [];
  const words = ['ลาว', 'พม่า', 'เขมร', 'ญวน', 'แขก', 'ชาวเขา', 'กะเหรี่ยง', 'ตุ๊ด', 'กะเทย'];
  const pejoratives = ['สกปรก', 'ขี้ขโมย', 'เถื่อน'];
  words.forEach((w, i) => {
    const prefixed = `${random.pick(['ไอ้', 'อี', 'นัง'])}${w}`;
    posts.push([`${prefixed}${random.pick(WHO)}${random.pick(DEEDS)}`, [insult(prefixed)]]);
    posts.push([`พวก${w}แถวนี้มันตีกันทุกคืน ${random.pick(['ตำรวจไม่มา', 'นอนไม่ได้เลย'])}`, [insult(`พวก${w}`)]]);
    const x = `พวก${w}${pejoratives[i % pejoratives.length]}`;
    posts.push([`${x} ${random.pick(DEEDS)}`, [insult(x)]]);
  });
  return family('r11.insult.identity-slurs', posts);
}

/** A prefix with skin colour, hair or body features said of a person. */
function looks(random: Random): Family {
  const posts: Post[] = [];
  const features = ['ดำผมหยิก', 'อ้วนดำ', 'ดำ', 'เตี้ยหัวล้าน', 'ผอมแห้ง', 'อ้วนฉุ'];
  for (const prefix of ['อี', 'ไอ้', 'ยัย', 'นัง'])
    for (const f of features) {
      const x = `${prefix}${f}`;
      posts.push([`${x}${random.pick(WHO)}${random.pick(DEEDS)}`, [insult(x)]]);
    }
  return family('r11.insult.looks', posts);
}

/** Romanised stems drawn out, with emoji after, and romanised prefix + identity + insult as one phrase. */
function romanised(random: Random): Family {
  const posts: Post[] = [];
  for (const stem of ['kwaiiiii', 'hiaaaa', 'saddddd', 'ngooooo'])
    for (const prefix of ['ai', 'e', 'bak']) {
      const x = `${prefix} ${stem}`;
      posts.push([`${x} ${random.pick(['🤬🤬', '😡', ''])} ${random.pick(DEEDS_EN)}`, [insult(x)]]);
    }
  for (const who of ['farang', 'lao', 'khmer', 'pama'])
    for (const tail of ['kee nok', 'kwai']) {
      const x = `ai ${who} ${tail}`;
      posts.push([`${x} at the bar ${random.pick(DEEDS_EN)}`, [insult(x)]]);
    }
  return family('r11.insult.romanised', posts);
}

/** Thai idioms that insult a person and ขี้ + a dishonest trait, after a prefix or a contemptuous pronoun. */
function idioms(random: Random): Family {
  const posts: Post[] = [];
  for (const idiom of ['หนักแผ่นดิน', 'เสียชาติเกิด', 'ไม่มีหัวนอนปลายเท้า', 'ลูกไม่มีพ่อ']) {
    const x = `ไอ้${idiom}`;
    posts.push([`${x}${random.pick(WHO)}${random.pick(DEEDS)}`, [insult(x)]]);
    posts.push([`ผู้รับเหมาคนนี้มัน${idiom} ${random.pick(DEEDS)}`, [insult(idiom)]]);
  }
  for (const trait of ['ขี้โกง', 'ขี้ขโมย', 'ขี้จุ๊', 'ขี้ตั๋ว', 'ขี้หก', 'ขี้ลัก']) {
    const x = `${random.pick(['ไอ้', 'บัก', 'อี'])}${trait}`;
    posts.push([`${x}${random.pick(WHO)}${random.pick(DEEDS)}`, [insult(x)]]);
    posts.push([`ยามหมู่บ้านมัน${trait} ${random.pick(DEEDS)}`, [insult(trait)]]);
  }
  return family('r11.insult.idioms', posts);
}

/** An insult with its tail: intensifiers and compounds after it, English multi-word insults. */
function partialTails(random: Random): Family {
  const posts: Post[] = [];
  for (const head of ['ไอ้ควายโง่', 'อีโง่', 'ไอ้ง่าว'])
    for (const tail of ['ดักดาน', 'บัดซบ', 'สิ้นดี']) {
      const x = `${head}${tail}`;
      posts.push([`${x}${random.pick(WHO)}${random.pick(DEEDS)}`, [insult(x)]]);
    }
  for (const role of ['contractor', 'landlord', 'driver', 'officer', 'neighbour'])
    posts.push([`that piece of shit ${role} ${random.pick(DEEDS_EN)}`, [insult('piece of shit')]]);
  for (const adj of ['moronic', 'idiotic', 'brainless', 'stupid', 'incompetent', 'useless'])
    posts.push([`these ${adj} idiots from the waterworks ${random.pick(DEEDS_EN)}`, [insult(`${adj} idiots`)]]);
  return family('r11.insult.partial-tails', posts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

function cleanTraps(): Family[] {
  return [
    cleanFamily('r11.clean.english-literal', [
      'We saw a fat pig on the farm near the temple, the kids loved it.',
      'The pig pen behind the market smells terrible when it rains',
      'A cow in the road near Moo 4 almost caused an accident',
      'A freak storm knocked down the power lines on Soi 8',
      'It was a freak accident, nobody was hurt, but the pole is leaning',
      'The fat cows at the dairy farm need a new water trough',
      'Two pigs escaped from the truck at the market, please send someone',
      'The clown show at the school fair was great',
      'A lazy cow was lying in the field by the canal all day',
      'The ugly concrete wall at the park needs paint',
      'Our useless old printer at the library is broken again',
      'The filthy drain at the bus station needs cleaning',
      'We took a photo with a fat pig at the petting zoo',
      'Are the fools gold rocks in the school display real?',
      'The idiot lights on the dashboard of the town bus are all on',
      'Kids dressed as clowns for the festival parade on Sunday',
      'The cows at the temple were fed by monks this morning',
      'My pig is sick, is there a vet at the livestock office?',
      'Those pigs in the sty next to the school smell bad',
      'A freak wave flooded the pier last night',
    ]),
    cleanFamily('r11.clean.identity-neutral', [
      'งานประเพณีของชาวเขาเผ่าม้งปีนี้จัดที่ลานวัด เชิญทุกคนนะคะ',
      'สำรวจประชากรชาวพม่าในตำบลเสร็จแล้วหรือยังคะ',
      'แรงงานกัมพูชาต้องใช้วีซ่าแบบไหนถึงจะทำงานที่ตลาดได้ครับ',
      'อีดำวัวของยายคลอดลูกแล้ว น่ารักมาก ขอบคุณปศุสัตว์ที่มาช่วยค่ะ',
      'ประกวดธิดาชาวเขา ชุมชนบ้านกะเหรี่ยงได้ที่หนึ่ง ยินดีด้วยค่ะ',
      'ไอ้ดำหมาที่บ้านหายไปสองวัน ใครเห็นช่วยบอกด้วยครับ',
      'ร้านอาหารลาวหน้าตลาดอร่อยมาก แต่จอดรถไม่ได้',
      'ชุมชนชาวเขมรถิ่นไทยจัดงานแซนโฎนตาที่วัด',
      'คนพม่าที่มาทำงานก่อสร้างต้องไปตรวจสุขภาพที่ไหนครับ',
      'อีดำควายของพ่อหลุดออกไปกินข้าวในนาข้างบ้าน ขอโทษด้วยค่ะ',
      'สะพานมิตรภาพไทยลาวรถติดมากช่วงเทศกาล',
      'โรงเรียนมีนักเรียนชาวกะเหรี่ยงหลายคน ขอทุนการศึกษาเพิ่ม',
      'ไอ้อ้วนลูกชายผมชอบไปเล่นที่สวนสาธารณะ อยากให้ซ่อมชิงช้า',
      'ตลาดนัดแขกขายโรตีทุกเย็นวันศุกร์ที่ลานจอดรถ',
      'ชมรมกะเทยบ้านเราจัดวิ่งการกุศลหาเงินให้โรงพยาบาล',
      'ญวนเป็นชื่อเดิมของเวียดนามในหนังสือเรียนประวัติศาสตร์',
      'ชาวลาวที่มาเที่ยวงานบุญบั้งไฟเยอะมาก ขอห้องน้ำเพิ่ม',
      'ยัยดำแมวของป้าคลอดลูกสี่ตัวใต้บันได',
      'พวกพม่ากับพวกลาวมาช่วยกันทำบุญที่วัดด้วย ดีใจมาก',
      'ร้านตัดผม "ตุ๊ดตู่" ปากซอยเปิดใหม่ ราคาถูก',
    ]),
    cleanFamily('r11.clean.romanised-and-idioms', [
      'We rafted the Kwai Noi river last weekend, the pier needs repair',
      'The farang couple near the temple feed the nok every morning 🐦',
      'Lao food stall at the night market is great',
      'The farang teacher at the school asks about the bus to Kwai Noi',
      'My AI translator says the sign is wrong',
      'ลูกไม่มีพ่อไม่ใช่ความผิดของเด็ก ขอให้เทศบาลช่วยดูแลเด็กกำพร้าด้วยค่ะ',
      'เล่นเกมในห้องสมุดชุมชนห้ามขี้โกงนะเด็กๆ ครูบอกไว้',
      'รถบรรทุกหนัก แผ่นดินทรุดหน้าบ้าน ขอให้ห้ามรถหนักเข้าซอย',
      'ครูสอนสำนวนไทย หนักแผ่นดิน แปลว่าอะไร ให้เด็กไปหาคำตอบ',
      'ขี้โกงไม่ดี สอนลูกหลานให้ซื่อสัตย์ ขอบคุณโครงการของเทศบาลค่ะ',
      'ลูกเสือกองร้อยที่ 3 จะมาช่วยเก็บขยะวันเสาร์นี้ครับ',
      'ไอ้ตัวเล็กที่บ้านชอบไปเล่นสวนสาธารณะ อยากให้ซ่อมชิงช้าหน่อยครับ',
      'อีหนูของแม่ไม่สบาย ศูนย์อนามัยเปิดกี่โมงคะ',
      'ร้าน "ไอ้หมาน้อย" ขายข้าวมันไก่อร่อย แต่จอดรถไม่ได้เลย',
      'หมาแมวจรจัดในซอยเยอะมาก ขอให้มาทำหมันด้วยครับ',
      'ลูกเสือกองหนุนจะเดินขบวนผ่านถนนหน้าเทศบาลวันพรุ่งนี้',
      'เพลง "อีสาวทรามวัย" เปิดในงานวัดดังไปหน่อย',
      'น้องหมาชื่อไอ้ด่างหายไปจากหน้าบ้าน ใครเห็นช่วยบอกด้วย',
      'ควายในนาข้างถนนหลุดออกมาเดินกลางถนน อันตรายมาก',
      'ชาวบ้านเลี้ยงหมูในคอกหลังวัด กลิ่นแรงมาก',
    ]),
  ];
}

/** Round 11's insult families, on a random stream of their own (seed + 111) so earlier rounds stay as they were. */
export function round11InsultsFamilies(seed: number): Family[] {
  const random = new Random(seed + 111);
  return [
    englishAiming(random),
    contemptAdjectives(random),
    identitySlurs(random),
    looks(random),
    romanised(random),
    idioms(random),
    partialTails(random),
    ...cleanTraps(),
  ];
}
