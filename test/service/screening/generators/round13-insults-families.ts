// Round 13 of issue 12, insults as whole phrases by five classes: an identity word glued to an insult noun or animal
// (both orders, after พวก or alone, spaced or glued); a contemptuous pronoun + a glue word + an insult; the separated
// letters that continue a disguised English word; an animal emoji after a prefix glued to the word before it, in long
// chat posts; a family curse (kinship + pronoun + death). Each clean family puts the same frames in neutral senses.
// Vocabulary of its own (not read from the engine's lexicon, not copied from round13/insults.jsonl). Each family has
// its own random stream, seeded from its name, so adding an entry to one family never redraws another.
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

/** A stable seed per family name (FNV-1a), mixed with the run's seed. */
function streamFor(name: string, seed: number): Random {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return new Random((h ^ seed) >>> 0);
}

const DEEDS = ['เปิดเพลงดังทั้งคืน', 'จอดรถขวางประตูบ้าน', 'ทิ้งขยะลงคลอง', 'ขายของขวางทางเท้า', 'ตะโกนด่ากันกลางซอย'];
const DEEDS_EN = [
  'blocked the whole soi again',
  'lost my permit twice',
  'never answer the phone',
  'dumped rubbish by the school',
];
const IDENTITIES = ['ลาว', 'เขมร', 'พม่า', 'กะเทย', 'ตุ๊ด', 'ต่างด้าว', 'อีสาน', 'ง่อย', 'บอด', 'แขก', 'ชาวเขา', 'มลายู'];
const NOUNS = ['ควาย', 'หมา', 'เหี้ย', 'สวะ', 'ลิง', 'สัตว์นรก'];
/** Deeds for the identity family: none starts with ขาย or เลี้ยง, which read ลาวหมา|ขาย as a seller of dogs (kept clean). */
const GROUP_DEEDS = ['เปิดเพลงดังทั้งคืน', 'จอดรถขวางประตูบ้าน', 'ทิ้งขยะลงคลอง', 'ตั้งแผงขวางทางเท้า', 'ตะโกนด่ากันกลางซอย'];

/** Identity × insult noun, both orders, after พวก or alone, glued or one space apart. */
function identityNoun(seed: number): Family {
  const name = 'r13.insult.identity-noun';
  const random = streamFor(name, seed);
  const posts: Post[] = [];
  for (const who of IDENTITIES) {
    const noun = random.pick(NOUNS);
    const glued = `พวก${who}${noun}`;
    posts.push([`แถวนี้มีแต่${glued}${random.pick(GROUP_DEEDS)}`, [insult(glued)]]);
    const spaced = `พวก${who} ${random.pick(NOUNS)}`;
    posts.push([`${spaced} ${random.pick(GROUP_DEEDS)}ทุกวัน`, [insult(spaced)]]);
    const alone = `${who}${random.pick(NOUNS)}`;
    posts.push([`${alone}${random.pick(GROUP_DEEDS)}อีกแล้ว`, [insult(alone)]]);
    const reversed = `${random.pick(['พวก', 'ไอ้พวก'])}${random.pick(NOUNS)}${who}`;
    posts.push([`เมื่อคืน${reversed}${random.pick(GROUP_DEEDS)}`, [insult(reversed)]]);
  }
  return family(name, posts);
}

/** A contemptuous pronoun + a glue word + an insult, in Thai and English. */
function pronounGlue(seed: number): Family {
  const name = 'r13.insult.pronoun-glue';
  const random = streamFor(name, seed);
  const posts: Post[] = [];
  for (const pronoun of ['มึง', 'เอ็ง', 'แก', 'ไอ้นี่', 'อีนี่'])
    for (const glue of ['มัน', 'นี่มัน', 'ก็', 'เป็น']) {
      const x = `${pronoun}${glue}${random.pick(['โง่', 'ควาย', 'เหี้ย', 'สันดานหมา', 'ชั่ว'])}`;
      posts.push([`${x} ${random.pick(DEEDS)}`, [insult(x)]]);
    }
  for (const phrase of [
    'you are such a moron',
    "you're an idiot",
    'u r such idiots',
    'you are a fucking moron',
    'you were such an idiot',
  ])
    posts.push([`${phrase}, you ${random.pick(DEEDS_EN)}`, [insult(phrase)]]);
  return family(name, posts);
}

/** Disguised English words continued by separated letters (ing, er, ers, ed, y, head …). */
function disguisedInflections(seed: number): Family {
  const name = 'r13.insult.disguised-inflection';
  const random = streamFor(name, seed);
  const posts: Post[] = [];
  const words: [string, string[]][] = [
    ['fuck', ['ing', 'er', 'ers', 'ed']],
    ['shit', ['ty', 'head', 's']],
    ['bitch', ['es', 'y']],
    ['dick', ['head', 's']],
  ];
  for (const [word, tails] of words)
    for (const tail of tails) {
      const separator = random.pick(['.', '-', '*', ' ']);
      const x = [...(word + tail)].join(separator);
      posts.push([`the ${x} at the office ${random.pick(DEEDS_EN)}`, [insult(x)]]);
    }
  return family(name, posts);
}

/** An animal emoji after a prefix glued to the word before it, + นี่ and a question, in a long chat post. */
function emojiInChat(seed: number): Family {
  const name = 'r13.insult.emoji-chat';
  const random = streamFor(name, seed);
  const posts: Post[] = [];
  const leads = ['พอถึงคิวผม', 'แล้ว', 'เห็น', 'ถาม', 'บอก'];
  for (const prefix of ['อี', 'ไอ้', 'นัง', 'ยัย', 'บัก'])
    for (const emoji of ['🐃', '🐷', '🐍', '🐒🏽', '🐖\ufe0f']) {
      const x = `${prefix}${emoji}`;
      const lead = random.pick(leads);
      posts.push([
        `เมื่อวานไปติดต่อที่สำนักงานเรื่องเอกสาร รอคิวนานมาก แอร์ก็ไม่เย็น 555 ${lead}${x}นี่ถามว่ามาทำไม ใครจ้างมาทำงานวะ?`,
        [insult(x)],
      ]);
    }
  return family(name, posts);
}

/** Kinship + pronoun + a death or curse, in standard Thai and dialect. */
function kinCurses(seed: number): Family {
  const name = 'r13.insult.kin-curse';
  const random = streamFor(name, seed);
  const posts: Post[] = [];
  for (const kin of ['พ่อ', 'แม่', 'ยาย', 'โคตรพ่อ', 'โคตรพ่อโคตรแม่', 'พ่อแม่'])
    for (const pronoun of ['มึง', 'เอ็ง']) {
      const x = `${kin}${pronoun}${random.pick(['ตาย', 'ตายห่า', 'ตายโหง', 'ตายบ่', 'ตายเถอะ'])}`;
      posts.push([`${x} ${random.pick(DEEDS)}`, [insult(x)]]);
    }
  return family(name, posts);
}

function cleanTraps(): Family[] {
  return [
    cleanFamily('r13.clean.identity-animal-literal', [
      'พ่อค้าควายชาวลาวเอาควายมาขายที่ตลาดนัดทุกวันพุธ',
      'ควายของชาวกะเหรี่ยงหลุดเข้ามากินข้าวในนา',
      'แรงงานพม่าเลี้ยงหมาไว้หน้าไซต์ก่อสร้างสามตัว',
      'ร้านส้มตำลาวหมูยอเปิดใหม่หน้าตลาด',
      'แรงงานพม่าบ้าง ลาวบ้าง มาช่วยงานวัด',
      'พวกหมาจรจัดเห่าทั้งคืน ขอให้มาจับไปทำหมัน',
      'ควายไทยของชาวอีสานตัวใหญ่มาก',
      'หมาไทยหลังอานของคนเขมรข้างบ้านหาย',
      'ชาวเขาเลี้ยงหมูกับไก่ไว้ใต้ถุนบ้าน',
      'ลิงลพบุรีลงมากินผลไม้ในตลาด',
      'ฝูงลิงลงมาแย่งอาหารนักท่องเที่ยวชาวพม่า',
      'ลิงค์สมัครงานอยู่ที่ไหนครับ',
      'สุนัขจรจัดขี้เรี่ยราดหน้าโรงเรียน',
      'ชาวลาวควายหายสองตัวเมื่อคืน',
      'the Lao buffalo trader comes to the Wednesday market',
    ]),
    cleanFamily('r13.clean.pronoun-glue-neutral', [
      'ป้าแกก็เลี้ยงหมาไว้สามตัว ไม่เคยมีปัญหา',
      'ลุงแกเป็นคนดี ช่วยเก็บขยะทุกเช้า',
      'แกเป็นกะเทยที่ทำงานเก่งที่สุดในตลาด',
      'ยายแกก็ป่วยอยู่ ขอรถพยาบาลด้วยค่ะ',
      'you are such a star, thank you for fixing the lamp',
      "you're an angel, the road is clean now",
      'you are a hero to the whole soi',
      'ไอ้หนุ่มคนนี้ขยันมาก ช่วยยกของให้ยาย',
    ]),
    cleanFamily('r13.clean.dotted-words', [
      'please send the S.H.I.F.T schedule and the c.l.a.s.s list',
      'the P.A.S.S office opens at 8',
      'our team won the C.L.A.S.S.I.C cup',
      'the B.A.S.S guitar class is on Friday',
      'sign up for the A.S.S.E.T register by May',
    ]),
    cleanFamily('r13.clean.kin-death', [
      'พ่อผมตายเมื่อปีที่แล้ว ต้องไปขอมรณบัตรที่ไหนครับ',
      'แม่เขาเสียตั้งแต่เด็ก ยายเลยเลี้ยงมา',
      'วันนี้โคตรร้อนเลย ขอเต็นท์หน้าสำนักงานด้วยค่ะ',
      'ยายของเพื่อนตายเพราะไฟไหม้บ้าน ขอความช่วยเหลือด้วย',
      'ต้นไม้ที่พ่อปลูกตายหมดแล้วเพราะน้ำท่วม',
    ]),
  ];
}

/** Round 13's insult families; each has its own stream seeded from its name. */
export function round13InsultsFamilies(seed: number): Family[] {
  return [identityNoun(seed), pronounGlue(seed), disguisedInflections(seed), emojiInChat(seed), kinCurses(seed), ...cleanTraps()];
}
