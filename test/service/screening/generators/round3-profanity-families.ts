// Round 3 of issue 12: insults and their disguises (separators, slurs, dialect, emoji, romanised, runs) and the clean traps around them, generated from phenomena with vocabulary of its own (not read from the engine's
// lexicon). A separate random stream (seed + 4) leaves the earlier rounds' families exactly as they were.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const insult = (text: string): LabelledSpan => ({ kind: 'profanity', type: 'insult', text });
type Post = [string, LabelledSpan[]];

const frame = (random: Random, frames: readonly string[], x: string): Post => [
  random.pick(frames).replace('{x}', x),
  [insult(x)],
];

/** Words abusive wherever they stand, and animal/abuse words that need someone to aim at (written after ไอ้). */
const ALWAYS = ['เหี้ย', 'เชี่ย', 'ควย', 'สัส', 'แม่ง', 'เย็ด', 'เสือก', 'ตอแหล', 'ระยำ', 'ชิบหาย', 'จัญไร', 'ส้นตีน', 'หน้าด้าน', 'ดอกทอง'];
const AIMED = ['ควาย', 'สัตว์', 'หมา', 'เปรต', 'เวร', 'ชั่ว'];
/** Separators people type inside a word; the zero-width space and an emoji too. */
const SEPARATORS = ['.', '-', '_', '*', '~', '\u200b', '..', '--', '...', '_.', '-*-', '😡', '🙂', '. ', ' .'];
/** Frames that glue the word to the Thai text before it (Thai has no spaces), or leave it alone. */
const GLUED_FRAMES = ['รถขยะไม่มาสามวันแล้ว{x} ใครดูแล', 'ไฟถนนดับทั้งซอย{x}', 'พูดจา{x} ไม่ให้เกียรติใคร', '{x}', 'เรื่องนี้ {x} มาก'];
const AIMED_FRAMES = ['{x} ที่เอาขยะมาทิ้งหน้าบ้าน', 'คนขับรถตู้สาย 8 มัน{x}', '{x} จอดรถขวางทางเข้าตลาด'];
/** Frames that aim a bare word at the person just named. */
const NAMED_FRAMES = ['คนขับรถตู้สาย 8 มึงมัน{x}', 'ผู้รับเหมาเจ้านี้ มึงมัน{x} งานค้างทั้งปี', 'เจ้าของหอมึงมัน{x}'];

const isMark = (c: string) => /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33]/.test(c);
const isLeading = (c: string) => /[\u0e40-\u0e44]/.test(c);

/** Puts one separator between a consonant and its own vowel or tone mark (เห.ี้ย, ส-ั-ส, หม_า): inside a syllable. */
function insideSyllable(word: string, random: Random): string | undefined {
  const chars = [...word];
  const places: number[] = [];
  for (let i = 1; i < chars.length; i++) if (isMark(chars[i]!) || isLeading(chars[i - 1]!)) places.push(i);
  if (places.length === 0) return undefined;
  const at = new Set(random.next() < 0.5 ? [random.pick(places)] : places);
  const sep = random.pick(SEPARATORS);
  return chars.map((c, i) => (at.has(i) ? sep + c : c)).join('');
}

function separatorInsideSyllable(random: Random): Family {
  const texts: Post[] = [];
  for (const word of [...ALWAYS, ...AIMED]) {
    for (let k = 0; k < 4; k++) {
      const x = insideSyllable(word, random);
      if (!x) continue;
      texts.push(frame(random, AIMED.includes(word) ? AIMED_FRAMES : GLUED_FRAMES, AIMED.includes(word) && k % 2 ? 'ไอ้' + x : x));
    }
  }
  return family('r3.insult.separator-in-syllable', texts);
}

/** Two- and three-syllable words split where a syllable ends, by punctuation (never a plain space), glued to the text. */
const SYLLABLES: string[][] = [
  ['ตอ', 'แหล'],
  ['ชิบ', 'หาย'],
  ['ระ', 'ยำ'],
  ['จัญ', 'ไร'],
  ['ส้น', 'ตีน'],
  ['หน้า', 'ด้าน'],
  ['ดอก', 'ทอง'],
  ['อัป', 'รีย์'],
  ['สัน', 'ดาน'],
  ['ปัญ', 'ญา', 'อ่อน'],
  ['เดีย', 'รัจ', 'ฉาน'],
  ['สะ', 'เหือก'],
];
const BETWEEN = ['.', '-', '_', '*', '~', ' . ', ' - ', '..', '...', '--', '-.', '_*_', '😡'];

function separatorBetweenSyllables(random: Random): Family {
  const texts: Post[] = [];
  for (const parts of SYLLABLES) {
    for (let k = 0; k < 4; k++) {
      const sep = random.pick(BETWEEN);
      // Mixed separators: a different one at each break, now and then.
      const x = parts.reduce((out, p, i) => (i === 0 ? p : out + (random.next() < 0.3 ? random.pick(BETWEEN) : sep) + p), '');
      const word = parts.join('');
      texts.push(frame(random, word === 'ปัญญาอ่อน' || word === 'เดียรัจฉาน' ? AIMED_FRAMES : GLUED_FRAMES, x));
    }
  }
  return family('r3.insult.separator-between-syllables', texts);
}

/** One letter per piece with a long run of separators, or separators of several kinds in one word. */
function separatorRuns(random: Random): Family {
  const texts: Post[] = [];
  for (const word of ['เหี้ย', 'ควย', 'สัส', 'แม่ง', 'มึง', 'ระยำ', 'เสือก', 'ควาย']) {
    for (let k = 0; k < 3; k++) {
      const clusters = [...word].reduce<string[]>((out, c) => {
        if (out.length && isMark(c)) out[out.length - 1] += c;
        else out.push(c);
        return out;
      }, []);
      const x = clusters.reduce(
        (out, c, i) => (i === 0 ? c : out + random.pick(['....', '----', '____', '.-_', '*~*', '. . .', '-_-']) + c),
        '',
      );
      const aimed = word === 'ควาย' ? 'ไอ้' + x : x;
      texts.push(frame(random, ['{x} ถนนพังอีกแล้ว', 'น้ำไม่ไหล {x}', '{x}'], aimed));
    }
  }
  return family('r3.insult.separator-runs', texts);
}

/** An animal emoji after every way of pointing at a person: prefixes, prefix + person word, face/brain, a separator. */
const EMOJI = ['🐃', '🐕', '🐷', '🐍', '🦎', '🐒', '🐀', '🐊', '🦏', '🐂', '🐖', '🪳'];
const EMOJI_LEADS = [
  'ไอ้',
  'อี',
  'นัง',
  'ยัย',
  'บัก',
  'ไอ้ลูก',
  'อีลูก',
  'ไอ้เด็ก',
  'ไอ้คน',
  'อีคน',
  'ยัยป้า',
  'ไอ้ลุง',
  'อีป้า',
  'ไอ้พวก',
  'หน้า',
  'สมอง',
  'ชาติ',
  'ไอ้-',
  'อี.',
  'ไอ้ _',
];
function emojiLeads(random: Random): Family {
  const texts: Post[] = [];
  for (const lead of EMOJI_LEADS) {
    for (let k = 0; k < 3; k++) {
      const e = random.pick(EMOJI);
      const x = lead + random.pick([e, e + e, `${e} ${e}`, `${e}\ufe0f`]);
      texts.push(frame(random, ['คนขับรถขยะเมื่อเช้า {x} โยนถังแตก', '{x} ข้างบ้านเปิดเพลงดังทั้งคืน', 'เจ้าหน้าที่ป้อม {x}'], x));
    }
  }
  return family('r3.insult.emoji-leads', texts);
}

/** Slurs about people, by group, as a prefix or a copula aims them. Literal senses are in the clean families. */
const SLURS: Record<string, string[]> = {
  'sex-work': ['นางโลม', 'แมงดา', 'กะรี่', 'กระหรี่', 'ขายตัว', 'หญิงขายบริการ', 'เด็กเอ็น'],
  lgbt: ['เก้ง', 'เก้งกวาง', 'ตุ๊ดตู่', 'ประตูหลัง', 'เกย์', 'ทอมบอย'],
  disability: ['เอ๋อ', 'ปัญญานิ่ม', 'ซื่อบื้อ', 'ติงต๊อง', 'ขาเป๋', 'หูหนวก', 'ตาบอด', 'พิการ', 'ขาด้วน', 'หลังค่อม'],
  ethnicity: ['เขมร', 'ลาว', 'พม่า', 'ญวน', 'แขก', 'เจ๊ก', 'ต่างด้าว', 'นิโกร'],
  drugs: ['ขี้ยาบ้า', 'ติดยา', 'ผียา', 'ขี้ยาไอซ์', 'ขี้กัญชา', 'ขี้เหล้า', 'เด็กดมกาว'],
};
const SLUR_LEADS = ['ไอ้', 'อี', 'ไอ้พวก', 'อีพวก', 'นัง', 'พวกไอ้'];
const SLUR_FRAMES = ['{x} ห้องข้างๆ ส่งเสียงดังทั้งคืน', 'ร้านหัวมุมมีแต่{x} มานั่ง', '{x} ที่เฝ้าลานจอดรถมาขู่ชาวบ้าน'];

function slurs(random: Random): Family[] {
  return Object.entries(SLURS).map(([group, words]) => {
    const texts: Post[] = [];
    for (const w of words) {
      for (let k = 0; k < 2; k++) {
        const lead = random.pick(SLUR_LEADS);
        const x = lead.startsWith('พวก') ? lead.slice(3) + w : lead + w;
        texts.push(frame(random, SLUR_FRAMES, x));
      }
      // Said of the person just named ("มันเป็น…"): a slur, where for a people or a condition it would be a plain fact.
      if (group === 'sex-work' || /^(ขี้|ผี)/.test(w)) texts.push([`ผู้หญิงห้องข้างๆ มันเป็น${w}`, [insult(w)]]);
    }
    return family(`r3.insult.slur-${group}`, texts);
  });
}

/** ขี้ + a trait (ขี้โกง, ขี้ตั๋ว, ขี้จุ๊, ขี้หก) after a prefix is one insult: the span covers the trait too. */
const KHEE = ['ขี้โกง', 'ขี้ขลาด', 'ขี้ตั๋ว', 'ขี้จุ๊', 'ขี้หก', 'ขี้เหนียว', 'ขี้ฟ้อง', 'ขี้อิจฉา', 'ขี้นินทา', 'ขี้เก๊ก', 'ขี้ข้า', 'ขี้ลัก'];
function kheeTraits(random: Random): Family {
  const texts: Post[] = [];
  for (const w of KHEE)
    for (const lead of ['ไอ้', 'อี', 'บัก'])
      texts.push(frame(random, ['{x} เจ้าของหอไม่คืนเงินประกัน', 'คนขายบ้านจัดสรร {x} บอกว่าน้ำไม่ท่วม', '{x}'], lead + w));
  return family('r3.insult.khee-trait', texts);
}

/** Thai insults outside the earlier lists, standard and dialect, after a prefix. */
const PLAIN = ['สารเลว', 'เดนนรก', 'เดนคน', 'สวะ', 'เศษสวะ', 'งั่ง', 'ทึ่ม', 'เซ่อ', 'ชั้นต่ำ', 'ตัวซวย', 'ไร้สมอง'];
function plainInsults(random: Random): Family {
  const texts: Post[] = [];
  for (const w of PLAIN)
    for (const lead of ['ไอ้', 'อี', 'มึงมัน'])
      texts.push(frame(random, lead === 'มึงมัน' ? NAMED_FRAMES : AIMED_FRAMES, lead === 'มึงมัน' ? w : lead + w));
  return family('r3.insult.plain-new', texts);
}

/** A long run of the final letter (ควายยยยย, เวรรรร): drawn out like that, the word is shouted at someone. */
function finalRuns(random: Random): Family {
  const texts: Post[] = [];
  for (const w of ['ควาย', 'เหี้ย', 'สัส', 'เวร', 'แม่ง', 'มึง', 'เปรต', 'ชั่ว', 'ควย', 'สาด']) {
    for (let k = 0; k < 3; k++) {
      const last = w.at(-1)!;
      const x = w + last.repeat(random.int(3, 40));
      texts.push(frame(random, ['รอคิวสามชั่วโมง {x}', 'ไฟดับอีกแล้ว {x} ใครดูแล', '{x}'], x));
    }
  }
  return family('r3.insult.final-run', texts);
}

/** English insults aimed by a determiner or an adjective (the idiots at, these morons, a total scumbag). */
function englishAimed(random: Random): Family {
  const texts: Post[] = [];
  const words = ['idiots', 'morons', 'scumbag', 'jerk', 'dirtbag', 'douchebag', 'dipshit', 'cretins', 'imbeciles'];
  const leads = ['the', 'these', 'those', 'a total', 'what a', 'you', 'bloody', 'lazy'];
  for (const w of words)
    for (let k = 0; k < 3; k++) {
      const lead = random.pick(leads);
      const x = w;
      const phrase = `${lead} ${x}`;
      texts.push([
        random
          .pick([
            '{x} at the district office lost my form.',
            'Whoever parks on the footpath is {x}.',
            '{x} never fixed the light on Soi 4.',
          ])
          .replace('{x}', phrase),
        [insult(x)],
      ]);
    }
  return family('r3.insult.english-aimed', texts);
}

/** Romanised prefixes and stems written several ways (ai-sat, ee khwaai, aikarree, e-dok). */
function romanised(random: Random): Family {
  const texts: Post[] = [];
  const stems = ['sat', 'satt', 'kwai', 'khwaai', 'karee', 'kari', 'dok', 'dok tong', 'hia', 'heea', 'pret', 'tood', 'ngo'];
  const leads = ['ai ', 'ai-', 'ai', 'ee ', 'ee-', 'aii ', 'ee'];
  for (const s of stems)
    for (let k = 0; k < 3; k++) {
      const x = random.pick(leads) + s;
      texts.push(
        frame(random, ['jao nathee khet nee {x} jing jing', 'ร้านนี้ขายแพงมาก {x} คนขายด่าลูกค้า', '{x} mai tum ngan loei'], x),
      );
    }
  return family('r3.insult.romanised', texts);
}

// ---- clean traps ---------------------------------------------------------------------------------------------------

/** The monitor lizard itself: seen, counted, eating, in water or a zoo. */
function literalLizard(random: Random): Family {
  const texts: Post[] = [];
  const frames = [
    'มีเหี้ยขึ้นมาจากคลองหน้าบ้าน ใครรับจับบ้างคะ',
    'เมื่อเช้าเจอเหี้ยในห้องน้ำ แจ้งกู้ภัยมาช่วยจับแล้ว',
    'ในสวนสาธารณะมีเหี้ย {n} ตัวนอนอาบแดดริมบึง',
    'เหี้ยกินไข่ไก่ที่เลี้ยงไว้หมดเล้า',
    'เห็นเหี้ยตัวใหญ่ว่ายน้ำในสระของหมู่บ้าน',
    'เหี้ยเลื้อยเข้ามาในบ้าน ลูกกลัวมาก',
    'ขอให้เทศบาลย้ายเหี้ยในบึงไปที่อื่น มี {n} ตัวแล้ว',
    'ตัวเหี้ยในสวนลุมเยอะมาก น่ารักดี',
    'เด็กๆ ชอบไปดูเหี้ยที่สวนสัตว์',
    'เหี้ยโผล่มาจากท่อระบายน้ำ ตัวยาวเกือบสองเมตร',
    'มีเหี้ยอยู่ใต้ถุนบ้าน {n} ตัว',
    'เหี้ยคาบปลาในบ่อเลี้ยงไปหมด',
  ];
  for (const f of frames) for (let k = 0; k < 2; k++) texts.push([f.replace('{n}', String(random.int(2, 9))), []]);
  return family('r3.clean.literal-lizard', texts, 'publish');
}

/** Words that are slurs only when aimed: the animals, the peoples, the conditions, in their ordinary sense. */
function literalGroups(random: Random): Family {
  const texts: string[] = [
    'ตลาดนัดมีน้ำพริกแมงดาอร่อยมาก',
    'แมงดาทะเลวางไข่ช่วงนี้ ขอให้ชาวประมงงดจับ',
    'กวางในสวนสัตว์เปิดตัวใหม่แล้ว',
    'เก้งกับกวางในเขตห้ามล่าเพิ่มขึ้นมาก',
    'ร้านอาหารลาวหน้าตลาดอร่อยมาก',
    'แรงงานพม่าและกัมพูชาขึ้นทะเบียนที่ไหนคะ',
    'ชาติพม่าและชาติลาวส่งทีมมาแข่งเรือที่จังหวัด',
    'โรงเรียนเปิดสอนภาษาเขมรฟรีวันเสาร์',
    'ต้อนรับแขกที่มาเที่ยวงานประจำปี',
    'ทางลาดสำหรับผู้พิการที่ตลาดพังแล้ว',
    'ศูนย์บำบัดผู้ติดยาเสพติดเปิดรับสมัคร',
    'บทความเรื่องสิทธิของพนักงานบริการทางเพศน่าสนใจ',
    'ชุมชนคนหูหนวกขอล่ามภาษามือในการประชุมเทศบาล',
    'งานไพรด์ปีนี้ชุมชนเกย์และทอมดี้ขอใช้ลานหน้าศาลากลาง',
    'เด็กขี้อายไม่กล้าถามครู ขอให้จัดกิจกรรมละลายพฤติกรรม',
    'ผมขี้เกียจไปสำนักงานเอง ขอยื่นออนไลน์ได้ไหม',
    'สุนัขจรจัดขี้เรี่ยราดหน้าโรงเรียน',
    'ร้านนี้ขายเหล้าขาวให้เด็ก ขอให้ตรวจ',
  ];
  for (let k = texts.length - 1; k > 0; k--) {
    const j = random.int(0, k);
    [texts[k], texts[j]] = [texts[j]!, texts[k]!];
  }
  return family(
    'r3.clean.literal-groups',
    texts.map((t) => [t, []] as Post),
    'publish',
  );
}

/** Official names and ordinary words that hold a profane syllable (สาส์น, สัสดี, อาสาสมัคร). */
function officialSyllables(random: Random): Family {
  const words = [
    'สาส์น',
    'พระราชสาส์น',
    'สัสดีอำเภอ',
    'อาสาสมัคร',
    'จิตอาสาสมัครใจ',
    'วิสาสะ',
    'สัดส่วน',
    'ตัวแทนสัสดี',
    'ศาสนา',
    'หีบบัตรเลือกตั้ง',
  ];
  const frames = ['นายกเทศมนตรีส่ง{x}ถึงประชาชน', 'ขอบคุณ{x}ที่มาช่วยงาน', 'เรื่อง{x}ในการประชุมวันนี้', '{x}'];
  const texts: Post[] = [];
  for (const w of words) for (let k = 0; k < 2; k++) texts.push([random.pick(frames).replace('{x}', w), []]);
  return family('r3.clean.official-syllables', texts, 'publish');
}

/** English posts whose digits and short words a spaced or leet reading could join into a romanised stem. */
function englishLeetTraps(random: Random): Family {
  const frames = [
    'I sat at the bus stop on Soi {n} at 7:45 for an hour.',
    'The AI chatbot says office hours are Mon to Sat, 8:30 to 4:30.',
    'Our class counted stalls: {n} at the entrance, 4 at the exit.',
    'I 5 at a time, please queue.',
    'Essex and Sussex volunteers assessed the canal.',
    'Scores were 5 at half time and 7 at full time.',
    'Hi, I need a form; I visited at {n} and at 3.',
    'I paid $4.70 at the market for rice.',
    'AI 5 at the top of the list.',
    'She sat the exam at {n} and passed.',
  ];
  const texts: Post[] = [];
  for (const f of frames) for (let k = 0; k < 2; k++) texts.push([f.replace('{n}', String(random.int(2, 9))), []]);
  return family('r3.clean.english-leet', texts, 'publish');
}

/** Lists, dates and abbreviations with separators between Thai syllables. */
function separatorLists(random: Random): Family {
  const frames = [
    'ตารางเวร ส.ค. - ก.ย. ทีม ก ดูแล ทีม ข สำรอง',
    'ค่าวัสดุ-ค่าแรง-ค่าขนส่ง รวม {n} หมื่นบาท',
    'เปิด จ.-ศ. 8.30-16.30 น.',
    'หมู/ไก่/ปลา ราคาขึ้นทุกวัน',
    'สายรถ ก-ข-ค วิ่งถึงสองทุ่ม',
    'ชื่อโครงการ: สร้าง-ซ่อม-สร้างสุข',
    'ผลไม้: ส้ม/มะม่วง/สับปะรด',
    'ถนนสาย ร.พ.-ตลาด ปิด {n} วัน',
    'หน้า-หลังบ้าน น้ำท่วมขัง',
    'ขาย-เช่า ที่ดิน ติดต่อสำนักงาน',
  ];
  const texts: Post[] = [];
  for (const f of frames) for (let k = 0; k < 2; k++) texts.push([f.replace('{n}', String(random.int(2, 9))), []]);
  return family('r3.clean.separator-lists', texts, 'publish');
}

/** Pets called with ไอ้ + their name, and animal emoji with no one pointed at. */
function petsAndEmoji(random: Random): Family {
  const frames = [
    'ไอ้ตูบ 🐶 หายไปสองวัน ใครเห็นช่วยบอกด้วย',
    'น้องหมา 🐕🐕 จรจัดในซอยเยอะมาก',
    'ฟาร์มหมู 🐷🐷 ส่งกลิ่นเหม็น',
    'วัวควาย 🐃🐂 เดินบนถนนตอนกลางคืน',
    'ลูกหมา 🐶 ถูกทิ้งหน้าวัด',
    'งู 🐍 เข้าบ้าน แจ้งกู้ภัยแล้ว',
    'เจ้าด่าง 🐕 ของบ้านเลขที่ไหนไม่รู้ กัดเด็ก',
  ];
  const texts: Post[] = [];
  for (const f of frames) for (let k = 0; k < 2; k++) texts.push([k ? f + ' ' + random.pick(['ค่ะ', 'ครับ', 'นะ']) : f, []]);
  return family('r3.clean.pets-emoji', texts, 'publish');
}

export function round3ProfanityFamilies(seed: number): Family[] {
  const random = new Random(seed + 4);
  return [
    separatorInsideSyllable(random),
    separatorBetweenSyllables(random),
    separatorRuns(random),
    emojiLeads(random),
    ...slurs(random),
    kheeTraits(random),
    plainInsults(random),
    finalRuns(random),
    englishAimed(random),
    romanised(random),
    literalLizard(random),
    literalGroups(random),
    officialSyllables(random),
    englishLeetTraps(random),
    separatorLists(random),
    petsAndEmoji(random),
  ];
}

// ---- round 4: dialect vocabulary, standard insults about officials, slurs by group, and the names that hold them ----

/** Regional insults, each after the prefixes its region uses (Isan บัก/อี, Northern อี่/ไอ้, Southern ไอ้/อี). */
const DIALECT: Record<string, { leads: string[]; words: string[] }> = {
  isan: {
    leads: ['บัก', 'อี', 'ไอ้', 'อีบัก'],
    words: ['ซั่ว', 'ง่าว', 'จังไฮ', 'ขี้ค้าน', 'ขี้ถี่', 'ขี้ตั๋ว', 'หมาว้อ', 'สิ้นคิด', 'ผีบ้า', 'ซั่วแท้', 'ขี้ดื้อ'],
  },
  north: { leads: ['อี่', 'ไอ้', 'อี'], words: ['ง่าว', 'ขี้จุ๊', 'ขี้ลัก', 'ผีกะ', 'ผีปอบ', 'ขี้ถี่', 'จ๊าดง่าว'] },
  south: { leads: ['ไอ้', 'อี'], words: ['เท่อ', 'ขี้เท่อ', 'ขี้หก', 'ขี้ครอก', 'หัวขี้เลื่อย', 'บ้า'] },
};
const DIALECT_FRAMES = [
  '{x} คนเก็บค่าขยะ มาเก็บซ้ำสองรอบ',
  'เจ้าหน้าที่กองช่าง{x} มาดูท่อแตกแล้วกลับไปนอน',
  '{x} ขับรถขยะทับท่อน้ำแล้วหนีเฉย',
  'ถนนพังสามเดือน {x} บ่มาเบิ่งสักเทื่อ',
];
function dialectInsults(random: Random): Family[] {
  return Object.entries(DIALECT).map(([region, { leads, words }]) => {
    const texts: Post[] = [];
    for (const w of words) for (let k = 0; k < 2; k++) texts.push(frame(random, DIALECT_FRAMES, random.pick(leads) + w));
    return family(`r4.insult.dialect-${region}`, texts);
  });
}

/** Curses of every region: disease (ห่า), lightning, the face one cannot stand; they need no prefix. */
function dialectCurses(random: Random): Family {
  const curses = ['ห่าลากไส้', 'ห่ากินตับ', 'ห่ากินหัว', 'ห่าตีกบาล', 'ห่าลาก', 'ฟ้าผ่ากบาล', 'หน้าเป็นตาซัง', 'ห่าฟาด', 'ตายโหง'];
  const texts: Post[] = [];
  for (const w of curses)
    for (let k = 0; k < 2; k++) texts.push(frame(random, ['{x} คนทิ้งขยะหน้าบ้านข่อย', 'ขอให้{x} คนที่ตัดสายไฟ', 'ไฟดับทั้งคืน {x}'], w));
  return family('r4.insult.dialect-curse', texts);
}

/** Standard Thai insults about competence, morals, looks and origin, aimed at officials and neighbours. */
const STANDARD = [
  'หน้าเลือด',
  'กินบ้านกินเมือง',
  'กินสินบน',
  'อัปลักษณ์',
  'สถุล',
  'กุ๊ย',
  'ไพร่',
  'กระจอก',
  'ห่วยแตก',
  'กาฝาก',
  'เหลือบ',
  'เห็นแก่ตัว',
  'ไร้ยางอาย',
  'เฮงซวย',
  'ขายชาติ',
  'แก่หัวงู',
  'หน้าปลวก',
  'ลามก',
  'หื่นกาม',
  'ทรยศ',
];
function standardInsults(random: Random): Family {
  const texts: Post[] = [];
  for (const w of STANDARD)
    for (const lead of ['ไอ้', 'อี', 'ไอ้พวก'])
      texts.push(frame(random, ['{x} ในเทศบาล งบซ่อมถนนหายหมด', 'ยามหน้าตลาด {x} แซวเด็กนักเรียน', '{x}'], lead + w));
  return family('r4.insult.standard', texts);
}

/** Slurs about people by origin, politics or status, aimed at a gang of them; the group word alone is in the clean family. */
function groupSlurs(random: Random): Family {
  const words = ['บ้านนอกคอกนา', 'บ้านนอก', 'สลิ่ม', 'สามกีบ', 'ควายแดง', 'แม่ม่าย', 'แม่เล้า', 'แม่ฮ้าง', 'ต่างด้าว', 'กะเทย'];
  const texts: Post[] = [];
  for (const w of words)
    for (let k = 0; k < 2; k++)
      texts.push(
        frame(random, ['{x} ที่มาเช่าห้องทิ้งขยะเรี่ยราด', 'ร้านหัวมุมมีแต่{x} มานั่งกินเหล้า'], random.pick(['ไอ้พวก', 'อีพวก', 'ไอ้', 'อี']) + w),
      );
  return family('r4.insult.slur-groups', texts);
}

/** Romanised stems beyond the first list (satnarok, rayam, jangrai, lew, kee kong). */
function romanisedMore(random: Random): Family {
  const stems = ['satnarok', 'sat narok', 'rayam', 'jangrai', 'jungrai', 'lew', 'kee kong', 'khaya'];
  const texts: Post[] = [];
  for (const s of stems)
    for (let k = 0; k < 2; k++)
      texts.push(
        frame(
          random,
          ['jao nathee {x} mai tum ngan', 'ไฟดับทั้งซอย {x} ที่ตัดสายไฟ', '{x} jing jing'],
          random.pick(['ai ', 'ee ', 'ai-', 'ee-']) + s,
        ),
      );
  return family('r4.insult.romanised', texts);
}

/** The new words broken on purpose (ส-ถุ-ล, ห่.า.ล.า.ก, ซั.่ว), after a prefix where they need one. */
function separatorNew(random: Random): Family {
  const words: [string, string][] = [
    ['ไอ้', 'สถุล'],
    ['', 'ห่าลาก'],
    ['บัก', 'ซั่ว'],
    ['บัก', 'จังไฮ'],
    ['ไอ้', 'เท่อ'],
    ['', 'หน้าเป็นตาซัง'],
    ['อี่', 'ผีกะ'],
  ];
  const texts: Post[] = [];
  for (const [lead, w] of words)
    for (let k = 0; k < 3; k++) {
      const sep = random.pick(['.', '-', '_', '*', '..']);
      const x = lead + (k === 0 ? [...w].join(sep) : (insideSyllable(w, random) ?? w));
      texts.push(frame(random, ['{x} ที่เทปูนทับท่อระบายน้ำ', 'ถนนพังอีกแล้ว {x}'], x));
    }
  return family('r4.insult.separator-new', texts);
}

/** Names of plants, flowers, dishes, places, birds and fish that hold an insult word, and the literal senses. */
function namesWithInsults(random: Random): Family {
  const names = [
    'ดอกทองอุไร',
    'ดอกทองกวาว',
    'ดอกทองหลาง',
    'ดอกทองพันชั่ง',
    'ดอกทองเครือ',
    'ต้นกาฝาก',
    'ต้นขี้เหล็ก',
    'ต้นขี้ครอก',
    'ตดหมูตดหมา',
    'หญ้าหางหมา',
    'ลูกตะลิงปลิง',
    'แกงขี้เหล็ก',
    'ข้าวแกงกะหรี่',
    'กะหรี่ปั๊บ',
    'วุ้นหมาน้อย',
    'ขนมสลิ่ม',
    'ส้มตำบักหุ่ง',
    'เขื่อนแม่งัด',
    'บ้านหนองควาย',
    'นกกระจอกเทศ',
    'นกกระจอก',
    'ปลาขี้ตัง',
    'ปลาหมอ',
    'ไพร่ฟ้า',
    'ตำบลแม่งอน',
    'ดอกแตดลิง',
    'บ้านสัตหีบ',
    'เกาะกูด',
  ];
  const frames = ['ขอบคุณเจ้าหน้าที่ที่ดูแล{x}ในสวนสาธารณะ', 'ตลาดเช้ามี{x}ขาย', 'เรื่อง{x} ในงานประจำปี', '{x}'];
  const texts: Post[] = [];
  for (const n of names) for (let k = 0; k < 2; k++) texts.push([random.pick(frames).replace('{x}', n), []]);
  return family('r4.clean.names-with-insults', texts, 'publish');
}

/** Affectionate dialect (บักหล้า, อีหล่า, ไอ้บ่าว, อี่น้อง, บักเสี่ยว) and the literal words that are insults only when aimed. */
function affectionateAndLiteral(random: Random): Family {
  const texts = [
    'บักหล้ากับอีหล่าในซอยต้องเดินลุยน้ำไปโรงเรียน',
    'บักเสี่ยวเอ้ย ไฟทางหน้าวัดดับหลายมื้อแล้วเด้อ',
    'ไอ้บ่าวแถวบ้านช่วยกันลอกคลอง หรอยจังงานวันนี้',
    'อี่น้องๆ ในชุมชนมาช่วยเก็บขยะหลังงานปอยหลวง',
    'บักหำน้อยเล่นน้ำในคลอง อันตรายมาก ขอป้ายเตือน',
    'ขอวัคซีนป้องกันโรคหมาบ้าให้สุนัขในชุมชน',
    'หมาว้อกัดเด็กในซอย ขอให้ปศุสัตว์มาดู',
    'แม่ม่ายลูกสองในชุมชนขอเบี้ยช่วยเหลือ',
    'ในป่าช้ามีคนลือว่าเห็นผีกะ ขอไฟส่องสว่างเพิ่ม',
    'ร้านขายราคาหน้าเลือด ขอให้พาณิชย์จังหวัดตรวจ',
    'ปลิงในนาเยอะมากหลังน้ำท่วม',
    'ชาวบ้านช่วยกันตัดกาฝากออกจากต้นมะม่วงริมถนน',
    'นกกระจอกทำรังบนหลังคาศาลา',
    'คนต่างด้าวในแคมป์ขอน้ำประปา',
    'ไม่อยากให้ใครถูกเรียกว่าบ้านนอก ชุมชนเราน่าอยู่',
    'บักหำไปโรงเรียนต้องข้ามถนนใหญ่ ขอสะพานลอย',
    'ในสวนสัตว์ เสือกลับเข้ากรงแล้ว เปิดให้เข้าชมได้',
    'ตะกวดกับตัวเงินตัวทองขึ้นมาจากคลอง',
    'ชาวดอยนำผักมาขายที่ตลาดเช้า',
    'เด็กแว้นขับรถเสียงดังทั้งคืน ขอตำรวจมาตรวจ',
  ];
  const posts: Post[] = texts.map((t) => [random.next() < 0.5 ? t : t + ' ครับ', []]);
  return family('r4.clean.affectionate-literal', posts, 'publish');
}

/** Round 4's families, on a random stream of their own (seed + 5) so round 3's stay exactly as they were. */
export function round4ProfanityFamilies(seed: number): Family[] {
  const random = new Random(seed + 5);
  return [
    ...dialectInsults(random),
    dialectCurses(random),
    standardInsults(random),
    groupSlurs(random),
    romanisedMore(random),
    separatorNew(random),
    namesWithInsults(random),
    affectionateAndLiteral(random),
  ];
}
