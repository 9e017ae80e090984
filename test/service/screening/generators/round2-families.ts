// Round 2 of issue 12: the families the hidden sets still missed, generated from their phenomena with vocabulary of
// their own (not read from the engine's lexicon), so a rule fitted to one spelling does not pass a whole family.
// A separate random stream (seed + 2) leaves the round-1 families exactly as they were.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const insult = (text: string): LabelledSpan => ({ kind: 'profanity', type: 'insult', text });
const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });
type Post = [string, LabelledSpan[]];

/** Animals people put after ไอ้/อี, with ZWJ sequences (service dog, black cat) and faces. */
const EMOJI = [
  '🐃',
  '🐂',
  '🦬',
  '🐕',
  '🐶',
  '🐕\u200d🦺',
  '🐷',
  '🐖',
  '🐒',
  '🐵',
  '🙈',
  '🦎',
  '🐊',
  '🐍',
  '🐀',
  '🐸',
  '🐈\u200d⬛',
  '🦏',
  '🐍',
  '💩',
  '🐓',
  '🐐',
];
const EMOJI_PREFIXES = ['ไอ้', 'อี', 'นัง', 'ยัย', 'บัก', 'ไอ้ ', 'อี ', 'ไอ้พวก'];
const EMOJI_FRAMES = ['{x} ไม่มาเก็บขยะ', 'รปภ.ตึกนี้ {x}', '{x}', 'เจ้าหน้าที่ {x} ทำงานห่วย', 'ร้านหัวมุม {x} จอดรถขวาง'];

function emojiVariants(random: Random): Family {
  const texts: Post[] = [];
  for (const emoji of EMOJI) {
    for (let k = 0; k < 3; k++) {
      const run = random.pick([emoji, emoji + emoji, `${emoji} ${emoji}`, `${emoji}\ufe0f`, emoji + '🤬', emoji.repeat(3)]);
      const x = random.pick(EMOJI_PREFIXES) + run;
      texts.push([random.pick(EMOJI_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  }
  return family('r2.insult.emoji-variants', texts);
}

/** Always-abusive Thai words split into letters (a consonant with its marks), with a different separator each time. */
const SPLIT_WORDS = ['เหี้ย', 'ควาย', 'สัส', 'แม่ง', 'ชิบหาย', 'ตอแหล', 'สัตว์', 'ระยำ', 'เวร', 'จัญไร', 'ส้นตีน', 'หน้าด้าน'];
const MIXED = ['_', '.', '-', ' ', '\u200b', '*', '~', '..', ' . '];
const isMark = (c: string) => /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(c);

function mixedSeparators(random: Random): Family {
  const texts: Post[] = [];
  for (const word of SPLIT_WORDS) {
    for (let k = 0; k < 4; k++) {
      // Clusters: a letter with the marks above or below it; a separator goes between clusters, or before a mark.
      const chars = [...word];
      let out = '';
      for (let i = 0; i < chars.length; i++) {
        out += chars[i];
        const next = chars[i + 1];
        if (!next) break;
        if (!isMark(next) || random.next() < 0.3) out += random.pick(MIXED);
      }
      const aimed = word === 'ควาย' || word === 'สัตว์' ? 'ไอ้' + out : out;
      texts.push([random.pick(['{x} ไฟดับทั้งซอย', 'ถนนพังอีกแล้ว {x}', '{x}']).replace('{x}', aimed), [insult(aimed)]]);
    }
  }
  return family('r2.insult.mixed-separators', texts);
}

/** Isan, Northern and Southern insults and curses, written as people write them. */
const DIALECT = [
  'บักง่าว',
  'อีง่าว',
  'บักห่า',
  'อีห่า',
  'ไอ้สาด',
  'ไอ้ฮ่า',
  'บักสิ้นคิด',
  'ห่าซิกิน',
  'ห่ากิ๋น',
  'ฟ้าผ่ากบาล',
  'ไอ้บ้าหำ',
  'ไอ้จังไร',
  'บักขี้ลัก',
  'ไอ้หน้าหำ',
];
const DIALECT_FRAMES = ['{x} บอกกี่เทื่อกะบ่มา', 'น้ำบ่ไหลสามมื้อแล้ว {x}', '{x} บ่มาแต๊ๆ', 'แหลงไม่รู้เรื่อง {x}', 'คนเก็บขยะ {x} เด้อ', '{x}'];

function dialectInsults(random: Random): Family {
  const texts: Post[] = [];
  for (const word of DIALECT)
    for (let k = 0; k < 3; k++) texts.push([random.pick(DIALECT_FRAMES).replace('{x}', word), [insult(word)]]);
  return family('r2.insult.dialect', texts);
}

/** Facts as people phrase them in chat, dialect and English, about one person by role and place. */
const TH_ROLES = [
  'แม่ครัวโรงเรียน',
  'ยามหน้าหมู่บ้าน',
  'คนขับรถตู้ซอย 9',
  'แม่ค้าแผงผักตลาดเช้า',
  'พยาบาลอนามัยตำบล',
  'เด็กปั๊มทางเข้าเมือง',
  'ภารโรงโรงเรียนวัด',
  'ช่างตัดผมร้านหัวมุม',
  'คนดูแลสวนสาธารณะ',
  'รปภ.คอนโดริมน้ำ',
];
const TH_LINKS = ['', ' ', 'อะ ', 'หนิ ', ' เปิ้น', ' เพิ่น', ' เค้าว่า', ' มัน'];
const TH_FACTS = [
  'เคยติดคุกคดีลักทรัพย์',
  'ติดยาบ้า',
  'เป็นเอชไอวี',
  'เป็นโรคซึมเศร้า',
  'เป็นวัณโรค',
  'มีเมียน้อย',
  'เพิ่งออกจากคุก',
  'เป็นโรคจิตเภท',
  'ติดคุกมา 3 ปี',
  'เคยโดนจับข้อหาข่มขืน',
  'เป็นเบาหวานขึ้นตา',
  'ชอบแอบถ่ายใต้กระโปรง',
];
const EN_ROLES = [
  'The security guard at the village gate',
  'The woman who runs the noodle stall on Soi 3',
  'The teacher at the kindergarten on Moo 4',
  'The cleaner at the condo on Tiwanon Road',
  'The van driver at the market',
  'Our landlord',
];
const EN_FACTS = [
  'was in prison for drug dealing',
  'has HIV',
  'is a drug addict',
  'has schizophrenia',
  'is on methadone',
  'was jailed for theft',
  'is bipolar',
  'has a criminal record',
];

function sensitiveByRole(random: Random): Family[] {
  const th: Post[] = [];
  for (let k = 0; k < 40; k++) {
    const fact = random.pick(TH_FACTS);
    const core = `${random.pick(TH_ROLES)}${random.pick(TH_LINKS)}${fact}`;
    const text =
      k % 4 === 3
        ? `ถนนหน้าตลาดเป็นหลุมมาหลายเดือน ขอให้มาซ่อมด้วย อีกเรื่อง${core} ชาวบ้านกังวล ขอบคุณครับ`
        : `${core} ${random.pick(['ระวังด้วยนะ', 'ไม่ควรให้ทำงาน', ''])}`;
    th.push([text.trim(), [pii('sensitive', fact)]]);
  }
  const en: Post[] = [];
  for (let k = 0; k < 24; k++) {
    const fact = random.pick(EN_FACTS);
    en.push([`${random.pick(EN_ROLES)} ${fact}, please check.`, [pii('sensitive', fact)]]);
  }
  return [family('r2.sensitive.role-chat-dialect', th), family('r2.sensitive.role-english', en)];
}

/** A relative of a nicknamed neighbour: weak kinship words (ตา, บัง, พ่อใหญ่ …) with a relation before or a place after. */
const WEAK_KIN = ['ตา', 'พ่อใหญ่', 'แม่ใหญ่', 'แม่อุ๊ย', 'บัง', 'ก๊ะ', 'อา'];
const KIN_NICKS = ['เหลือง', 'หวัง', 'จันทร์', 'คำ', 'ดำ', 'เปี๊ยก', 'แก้ว', 'ทองดี', 'สมาน', 'เล็ก'];
const RELATIONS = ['หลาน', 'ลูกสาว', 'เมีย', 'ผัว', 'ลูกเขย', 'แฟน'];
const KIN_PLACES = ['บ้านหลังโรงสี', 'ร้านโรตีหน้ามัสยิด', 'ซอยวัดใหม่', 'หลังตลาดน้ำ', 'บ้านติดกาดเช้า'];
const KIN_DEEDS = ['เปิดเพลงดังทุกคืน', 'เผาขยะควันเข้าบ้าน', 'ขับรถซิ่งตอนตีสอง', 'ปล่อยวัวเดินบนถนน'];

function weakKinship(random: Random): Family {
  const texts: Post[] = [];
  for (let k = 0; k < 40; k++) {
    const person = random.pick(WEAK_KIN) + random.pick(KIN_NICKS);
    const text = random.pick([
      `${random.pick(RELATIONS)}${person} ${random.pick(KIN_DEEDS)}`,
      `${person} ${random.pick(KIN_PLACES)} ${random.pick(KIN_DEEDS)}`,
      `${random.pick(RELATIONS)}${person} ${random.pick(KIN_PLACES)} ${random.pick(KIN_DEEDS)}`,
    ]);
    texts.push([text, [pii('person_name', person)]]);
  }
  return family('r2.person.weak-kinship', texts);
}

const FOREIGN = [
  '+44 7700 900123',
  '+1 415 555 0134',
  '+65 9123 4567',
  '+61 412 345 678',
  '+49 151 2345 6789',
  '+856 20 5551 2345',
];
const FOREIGN_FRAMES = [
  'Call me on {n} if you need more details',
  'my number is {n}',
  'WhatsApp {n} please',
  'ติดต่อผมที่เบอร์ {n} ครับ',
];
const HANDLES = ['somchai_2519', 'ken.bkk99', 'noi-kitchen', 'jib.2020', 'pond_pk'];
const HANDLE_FRAMES = ['line ผม {h} ทักมาได้', 'แอดไลน์มาคุย ไอดี {h}', 'ไอดี {h} นะคะ', 'line: {h}'];

function contacts(random: Random): Family[] {
  const phones: Post[] = FOREIGN.flatMap((n) =>
    [0, 1].map((): Post => [random.pick(FOREIGN_FRAMES).replace('{n}', n), [pii('phone', n)]]),
  );
  const lines: Post[] = HANDLES.flatMap((h) =>
    [0, 1].map((): Post => [random.pick(HANDLE_FRAMES).replace('{h}', h), [pii('line_id', h)]]),
  );
  return [family('r2.phone.foreign', phones), family('r2.line_id.handles', lines)];
}

const clean = (name: string, texts: readonly string[]): Family =>
  family(
    name,
    texts.map((t): Post => [t, []]),
    'publish',
  );

export function round2Families(seed: number): Family[] {
  const random = new Random(seed + 2);
  return [
    emojiVariants(random),
    mixedSeparators(random),
    dialectInsults(random),
    ...sensitiveByRole(random),
    weakKinship(random),
    ...contacts(random),
    clean('r2.clean.affectionate-dialect', [
      'บักหำน้อยต้องเดินลุยน้ำไปโรงเรียน',
      'อีหล่าฝากบอกว่าไฟทางดับ',
      'อ้ายน้องเอ้ย ถนนเป็นหลุมใหญ่คัก',
      'ขอบคุณหลายๆ เด้อ ที่มาซ่อมไฟ',
      'แม่อุ๊ยในหมู่บ้านลำบากเรื่องน้ำ',
      'พ่อใหญ่แม่ใหญ่ในชุมชนอยากได้รถรับส่ง',
      'หนิ บ้านเราน้ำท่วมแล้วหนิ',
      'ลูกหลานในหมู่บ้านไม่มีที่เล่น',
    ]),
    clean('r2.clean.emoji-literal', [
      '🐕🐕🐕 หมาจรเต็มซอยเลยค่ะ',
      'มีงู 🐍 เข้าบ้าน ช่วยด้วย',
      'วัว 🐂 หลุดมาเดินถนน',
      'ขอบคุณค่ะ 🙏🙏',
      'ตัวเงินตัวทอง 🦎 ขึ้นมาจากคลอง',
      'น้องหมา 🐶 ตัวนี้หลงทาง ใครเป็นเจ้าของ',
    ]),
    clean('r2.clean.weak-kinship-words', [
      'ตามซอยมีขยะเยอะ',
      'ตาข่ายที่ตลาดขาด',
      'อาหารร้านหน้าโรงเรียนไม่สะอาด',
      'อีกบ้านหนึ่งก็น้ำท่วม',
      'บังคับให้จอดรถหน้าร้านไม่ได้',
      'อาคารหลังตลาดจะถล่ม',
      'ตาแดงระบาดในโรงเรียน ขอให้มาพ่นยา',
      'ตายายในหมู่บ้านต้องเดินไกล',
    ]),
    clean('r2.clean.negated-generic', [
      'ไม่มีใครในซอยนี้ติดยาหรอก ตำรวจมาตรวจแล้ว',
      'ยามคนใหม่ไม่เคยติดคุก ตรวจประวัติแล้ว',
      'Free HIV testing for residents at the health centre would be great',
      'Many people in our village are disabled and need ramps',
      'The guard at the gate is very kind, thank you',
      'อยากให้มีโครงการบำบัดผู้ติดยาในชุมชน',
      'ผู้ป่วยติดเตียงหลายคนไม่มีรถไปหาหมอ',
      'the online form has a deadline 2024_q3',
    ]),
    clean('r2.clean.public-number-english', [
      'The municipal office number is 02 582 2195, nobody picks up',
      'Call the town hall hotline 1132 when lights are out',
      'The municipality call centre 02-582-2195 never answers',
    ]),
  ];
}
