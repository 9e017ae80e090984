// Round 6 of issue 12, sensitive facts about a person identified by role when the role and the fact stand apart: a
// relative clause between them (ผู้ชายที่ขับรถกระบะ…จอดหน้าบ้าน… เคยติดคุก), the person named by what they do (คนที่มา
// เก็บค่าน้ำ), a pronoun carrying them into the next sentence (เขา/แก/มัน/เค้า/เพิ่น, he/she), hearsay (ได้ยินว่า,
// เขาว่ากันว่า, I heard), a Thai clause with no subject of its own, and a long post with the fact buried after a
// complaint. Clean families hold the same frames where the fact is nobody's: hearsay about an institution or a
// campaign, the poster's own health, a role of many, a denial. Vocabulary of its own; a random stream of its own
// (seed + 6).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const pii = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });
type Post = [string, LabelledSpan[]];

/** Facts as neighbours write them, one per s.26 category; each is the whole phrase a moderator would black out. */
const FACTS = [
  'เคยติดคุกคดียาเสพติด',
  'เป็นเอดส์',
  'ติดยาบ้า',
  'เป็นวัณโรค',
  'เป็นโรคจิต',
  'ติดเหล้าหนัก',
  'เพิ่งออกจากคุก',
  'เป็นมะเร็งระยะสุดท้าย',
  'เป็นโรคซึมเศร้า',
  'เป็นลมบ้าหมู',
  'ติดเชื้อเอชไอวี',
  'เป็นเกย์',
  'เคยโดนคดีข่มขืน',
  'เป็นโรคลมชัก',
  'ขี้ยา',
];
const EN_FACTS = [
  'was in prison for assault',
  'has HIV',
  'is a meth addict',
  'has a criminal record',
  'has schizophrenia',
  'is on drugs',
];

/** Relative clauses naming a person by what they do and where. */
const RELATIVES = [
  'ผู้ชายที่ขับรถกระบะสีขาวจอดหน้าบ้านเลขที่ 9 ทุกคืน',
  'คนที่มาเก็บค่าน้ำหมู่บ้านร่มเย็น',
  'ผู้หญิงที่เช่าห้องแถวตรงข้ามตลาดเช้า',
  'ลุงที่เฝ้าลานจอดรถตลาดสดเทศบาล',
  'ป้าที่ขายน้ำเต้าหู้ตรงป้ายรถเมล์หน้าอำเภอ',
  'พี่ที่ขับรถตู้รับส่งนักเรียนสายบ้านดู่',
  'ช่างที่มาซ่อมไฟแถวชุมชนหลังวัดป่า',
  'หนุ่มที่ทำงานปั๊มน้ำมันหน้าหมู่บ้านมณีรินทร์',
];
/** Roles with their place, introduced in a sentence of their own. */
const ROLES = [
  'ยามหน้าหมู่บ้านสุขสันต์',
  'คนขับวินหน้าเซเว่นปากซอย 5',
  'แม่ค้าส้มตำหน้าโรงเรียนวัดใหม่',
  'คนส่งแก๊สประจำซอยวัดใหม่',
  'ภารโรงโรงเรียนบ้านหนองแวง',
  'เจ้าของร้านซ่อมมอไซค์ตรงข้ามตลาด',
];
const COMPLAINTS = ['ทำงานไม่เรียบร้อย', 'ชอบจอดรถขวางทาง', 'เปิดเพลงเสียงดังทุกคืน', 'พูดจาไม่สุภาพกับลูกค้า'];
const PRONOUNS = ['เขา', 'แก', 'มัน', 'เค้า', 'เพิ่น', 'ลุงแก'];
const HEARSAY = ['ได้ยินว่า', 'เขาว่ากันว่า', 'ได้ข่าวว่า', 'ลือกันว่า', 'ได้ยินมาว่า'];
const ENDS = ['ค่ะ', 'ครับ', '!', '\n'];
const EN_ROLES = [
  'The security guard at the condo on Nimman soi 7',
  'The woman who sells som tam in front of the market',
  'The tuk-tuk driver who parks at the corner of Soi Ban Kluay',
  'The night guard at Big C Rama 2',
];
const EN_HEARSAY = ['I heard he', 'I heard she', 'People say he', 'Apparently she', 'They say he'];

function relative(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of RELATIVES)
    for (const fact of FACTS) if (random.next() < 0.5) posts.push([`${who} ${fact} ขอให้เทศบาลตรวจสอบด้วย`, [pii(fact)]]);
  return posts;
}

function pronounNextSentence(random: Random): Post[] {
  const posts: Post[] = [];
  for (const role of ROLES)
    for (const pronoun of PRONOUNS)
      for (const fact of FACTS) {
        if (random.next() > 0.25) continue;
        const end = random.pick(ENDS);
        const sep = end === '\n' || end === '!' ? '' : ' ';
        posts.push([`${role} ${random.pick(COMPLAINTS)}${end}${sep}${pronoun}${fact} ฝากดูแลด้วย`, [pii(fact)]]);
      }
  return posts;
}

function hearsay(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of [...ROLES, ...RELATIVES])
    for (const h of HEARSAY) posts.push([`${who} ${h}${random.pick(FACTS)} ไม่อยากให้เข้าบ้าน`, []]);
  return posts.map(([text]) => {
    const fact = FACTS.find((f) => text.includes(` ${HEARSAY.find((h) => text.includes(h))}${f} `))!;
    return [text, [pii(fact)]];
  });
}

function zeroSubject(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of RELATIVES)
    for (const complaint of COMPLAINTS) {
      const fact = random.pick(FACTS);
      posts.push([`${who} ${complaint} ${fact} อันตรายกับเด็กๆ`, [pii(fact)]]);
    }
  return posts;
}

function english(random: Random): Post[] {
  const posts: Post[] = [];
  for (const role of EN_ROLES)
    for (const h of EN_HEARSAY)
      for (const fact of EN_FACTS) {
        if (random.next() > 0.5) continue;
        posts.push([`${role} keeps shouting at residents. ${h} ${fact}. Please check.`, [pii(fact)]]);
      }
  return posts;
}

/** A long post: a road complaint, the person, a second complaint, the fact by pronoun, a closing request. */
function buried(random: Random): Post[] {
  const posts: Post[] = [];
  const road = 'เรื่องถนนหน้าหมู่บ้านพังเป็นหลุมเป็นบ่อมาสามเดือนแล้วค่ะ รถบรรทุกวิ่งทั้งวัน ฝุ่นเยอะมาก เด็กๆ ไอกันทั้งซอย ';
  for (const role of ROLES) {
    for (let i = 0; i < 4; i++) {
      const fact = random.pick(FACTS);
      const pronoun = random.pick(PRONOUNS);
      posts.push([
        `${road.repeat(1 + (i % 3))}ส่วน${role}คนใหม่ ${random.pick(COMPLAINTS)}ค่ะ ${pronoun}${fact} ขอให้นิติช่วยเปลี่ยนคนด้วย ขอบคุณค่ะ`,
        [pii(fact)],
      ]);
    }
  }
  return posts;
}

function cleanPosts(random: Random): Family[] {
  const institutions: Post[] = [];
  for (const h of HEARSAY)
    for (const role of ROLES)
      institutions.push([
        `${role} ใจดีมาก ${h}${random.pick(['โรงพยาบาลจิตเวชย้ายไปอยู่ถนนใหม่', 'คลินิกโรคเอดส์ย้ายไปหลังตลาด', 'ศูนย์บำบัดยาเสพติดเปิดรับสมัครแล้ว'])} จริงไหมคะ`,
        [],
      ]);
  const topics: Post[] = [];
  for (const h of HEARSAY)
    for (const role of ROLES) topics.push([`${h}เทศบาลจะจัดอบรมเรื่องยาเสพติดให้${role}ทุกคน ไปสมัครที่ไหนครับ`, []]);
  const own: Post[] = [];
  for (const role of ROLES)
    for (const fact of ['เป็นเบาหวาน', 'เป็นโรคซึมเศร้า', 'เป็นความดันสูง'])
      own.push([`${role} บริการดีมากค่ะ ส่วนดิฉัน${fact} อยากถามเรื่องตรวจฟรีที่ศูนย์สุขภาพ`, []]);
  const many: Post[] = [];
  for (const role of ['คนงานก่อสร้าง', 'วินมอไซค์', 'แม่ค้า'])
    for (const place of ['ในไซต์ข้างวัด', 'หน้าตลาด', 'แถวปากซอย'])
      many.push([`${role}หลายคน${place}เป็นคนพม่า ขอให้เทศบาลประสานเรื่องขยะด้วยครับ`, []]);
  const denied: Post[] = [];
  for (const who of RELATIVES.slice(1, 5))
    for (const pronoun of ['เขา', 'แก']) denied.push([`${who} ใจดีมาก ${pronoun}ไม่เคยติดคุก ใครลือก็ไม่จริง`, []]);
  const enClean: Post[] = [];
  for (const role of EN_ROLES)
    enClean.push([`${role} is very kind. I heard the hospital runs free HIV testing on Fridays, is that true?`, []]);
  return [
    family('r6r.clean.hearsay-institution', institutions, 'publish'),
    family('r6r.clean.hearsay-topic', topics, 'publish'),
    family('r6r.clean.own-health', own, 'publish'),
    family('r6r.clean.many', many, 'publish'),
    family('r6r.clean.denied', denied, 'publish'),
    family('r6r.clean.english-service', enClean, 'publish'),
  ];
}

export function round6RoleFamilies(seed: number): Family[] {
  const random = new Random(seed + 6);
  return [
    family('r6r.relative-clause', relative(random)),
    family('r6r.pronoun-next-sentence', pronounNextSentence(random)),
    family('r6r.hearsay', hearsay(random)),
    family('r6r.zero-subject', zeroSubject(random)),
    family('r6r.english-hearsay', english(random)),
    family('r6r.buried', buried(random)),
    ...cleanPosts(random),
  ];
}
