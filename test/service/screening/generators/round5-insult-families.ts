// Round 5 of issue 12: insults in dialect and slurs about people, built per region and per group from vocabulary of
// its own (not read from the engine's lexicon): every prefix x every word x every chat disguise, romanised
// prefixes x stems, every slur x every way of aiming it; and the clean traps (the same words in their literal sense,
// in neutral or official descriptions, affectionate dialect). A random stream of its own (seed + 16).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const insult = (text: string): LabelledSpan => ({ kind: 'profanity', type: 'insult', text });
type Post = [string, LabelledSpan[]];

/** Each region's person prefixes and its words for stupid, crazy, ugly, lazy, thief, liar, slut, and animals. */
interface Region {
  name: string;
  prefixes: readonly string[];
  words: readonly string[];
  /** Complaints in the region's own speech; {x} is the insult. */
  frames: readonly string[];
}

const REGIONS: readonly Region[] = [
  {
    name: 'isan',
    prefixes: ['บัก', 'อี', 'อีบัก', 'ไอ้'],
    words: [
      'ง่าว', // stupid
      'ซั่ว',
      'สิ้นคิด',
      'บ้า', // crazy
      'บ้าบอ',
      'บ้าบอคอแตก',
      'ขี้ฮ้าย', // ugly
      'ขี้คร้าน', // lazy
      'ขี้ค้าน',
      'ขี้ลัก', // thief
      'ขี้ตั๋ว', // liar
      'ขี้ถี่', // stingy
      'แฮด', // slut (แรด)
      'ฮ่าน', // slut (ร่าน)
      'แม่ฮ้าง',
      'ขี้เหล้า',
      'ควาย', // animals
      'งัว',
      'หมาว้อ',
      'แลน',
      'กะปอม',
      'ฮ่า',
    ],
    frames: [
      '{x}คนเก็บค่าขยะ มาเก็บเงินซ้ำสองเทื่อ',
      'ไฟทางดับมาสามมื้อแล้ว {x} ที่เทศบาลบ่มาเบิ่งจักเทื่อ',
      'ผู้รับเหมา{x} เทถนนบางๆ ฝนตกเทื่อเดียวกะพังแล้ว',
      'ยามหน้าตลาด{x} บ่ให้จอดรถ ด่าคนเฒ่าคนแก่',
    ],
  },
  {
    name: 'northern',
    prefixes: ['บ่า', 'อี่', 'ไอ้'],
    words: ['ง่าว', 'จ๊าดง่าว', 'ขี้จุ๊', 'ขี้เมา', 'ขี้ลัก', 'ขี้คร้าน', 'หน้าบ่อาย', 'ผีกะ', 'ปอบ', 'ควาย', 'หมา', 'ห่า'],
    frames: [
      '{x}ตี้ขับรถขยะ ชนเสาไฟหน้าบ้านเปิ้นหักเลย',
      'เจ้าหน้าที่{x} อู้จาบ่ดีใส่แม่อุ๊ย',
      '{x}ตี้เฝ้าตลาด บ่ยอมเก็บขยะหน้าฮ้าน',
      'น้ำประปาบ่ไหลมาสองวันแล้ว {x} บ่มาแก้สักเตื้อ',
    ],
  },
  {
    name: 'southern',
    prefixes: ['ไอ้', 'อี'],
    words: ['เท่อ', 'ขี้เท่อ', 'ขี้หก', 'บ้าบอ', 'ขี้คร้าน', 'ขี้ลัก', 'สิ้นคิด', 'ถ่อย', 'ชั่ว', 'ควาย', 'หมา'],
    frames: [
      '{x}ที่ขับแม็คโครขุดท่อประปาแตกทั้งบ้าน แหลงกับมันไม่รู้เรื่อง',
      'เทศบาลแหลงว่าจะมาลอกคลอง {x} หลบไม่มาสักที',
      '{x}หน้าตลาดเอาขยะมาทิ้งริมคลองทุกคืน',
      'หรอยก็ไม่หรอย {x}ร้านข้าวแกงขายแพงอีก',
    ],
  },
];

function regionalInsults(random: Random): Family[] {
  return REGIONS.map((region) => {
    const texts: Post[] = [];
    for (const prefix of region.prefixes)
      for (const word of region.words) {
        const x = prefix + word;
        texts.push([random.pick(region.frames).replace('{x}', x), [insult(x)]]);
      }
    return family(`r5.insult.${region.name}`, texts);
  });
}

const EMOJI = ['🤬', '😡', '🤮', '😤', '🖕', '😂', '🤣'];

/** How people write the same insult in chat: the last letter drawn out, laughter around it, emoji after or before. */
const CHAT: Record<string, (x: string, random: Random) => [string, string]> = {
  // The span takes the whole drawn-out run.
  'drawn-out': (x, random) => {
    const run = x + x.slice(-1).repeat(random.int(4, 9));
    return [run, run];
  },
  'laughter-around': (x, random) => [`${'5'.repeat(random.int(3, 8))}${x}${'5'.repeat(random.int(3, 6))}`, x],
  'laughter-spaced': (x, random) => [`${'5'.repeat(random.int(3, 8))} ${x} ${'5'.repeat(random.int(3, 6))}`, x],
  'emoji-after': (x, random) => [x + random.pick(EMOJI).repeat(random.int(1, 3)), x],
  'emoji-before': (x, random) => [random.pick(EMOJI).repeat(random.int(1, 3)) + ' ' + x, x],
  'drawn-out+laughter': (x, random) => {
    const run = x + x.slice(-1).repeat(random.int(4, 7));
    return [`${run} ${'5'.repeat(random.int(4, 8))}`, run];
  },
};

/** Every regional insult in every chat spelling (the drawn-out run only where the word ends in a consonant). */
function chatInsults(random: Random): Family[] {
  const families: Family[] = [];
  for (const [name, spell] of Object.entries(CHAT)) {
    const texts: Post[] = [];
    for (const region of REGIONS)
      for (const word of region.words) {
        if (name.startsWith('drawn-out') && !/[ก-ฮ]$/.test(word)) continue;
        const [written, span] = spell(random.pick(region.prefixes) + word, random);
        texts.push([random.pick(region.frames).replace('{x}', ` ${written} `).trim(), [insult(span)]]);
      }
    families.push(family(`r5.insult.chat-${name}`, texts));
  }
  return families;
}

/** Typed disguises on the same insults: a space or separator after the prefix, zero-width characters, a separator
 * inside a syllable, a drawn-out vowel or repeated tone mark; the span is the whole disguised run. */
const TYPED: Record<string, (prefix: string, word: string, random: Random) => string | undefined> = {
  'prefix-gap': (prefix, word, random) => prefix + random.pick([' ', '-', '..', ' - ', '_']) + word,
  'zero-width': (prefix, word, random) => prefix + [...word].join(random.pick(['\u200b', '\u200c', '\u2060'])),
  'in-syllable': (prefix, word, random) => {
    const at = word.search(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e32]/);
    return at > 0 ? prefix + word.slice(0, at) + random.pick(['.', '-', '*', '_']) + word.slice(at) : undefined;
  },
  'repeated-mark': (prefix, word, random) => {
    const out = word.replace(/[\u0e31-\u0e37\u0e48-\u0e4b]/, (m) => m.repeat(random.int(2, 5)));
    return out === word ? undefined : prefix + out;
  },
};

function typedInsults(random: Random): Family[] {
  const families: Family[] = [];
  for (const [name, spell] of Object.entries(TYPED)) {
    const texts: Post[] = [];
    for (const region of REGIONS)
      for (const word of region.words) {
        const x = spell(random.pick(region.prefixes), word, random);
        if (x === undefined) continue;
        texts.push([random.pick(region.frames).replace('{x}', x), [insult(x)]]);
      }
    families.push(family(`r5.insult.typed-${name}`, texts));
  }
  return families;
}

/** Romanised ไอ้/อี/บัก before romanised dialect and standard stems, in Thai and in Latin-only posts. */
const ROMANISED_PREFIXES = ['ai', 'ee', 'Ai', 'EE', 'bak', 'Bak', 'ai-', 'ee-', 'aii', 'eee', 'i'];
const ROMANISED_STEMS = [
  'ngao',
  'hia',
  'kwai',
  'kwaai',
  'baa',
  'dok',
  'dok thong',
  'haed',
  'kee tua',
  'kee lak',
  'karee',
  'sat',
  'tood',
  'pret',
];
const ROMANISED_FRAMES = [
  '{x} คนเก็บขยะมาเก็บเงินซ้ำ',
  'ไฟดับทั้งซอย {x} ไม่มาแก้',
  '{x} jao na tee bor ma sak tee',
  'kon kep kha kaya {x} ma kep ngern sam rob',
  'The guard at the market, {x}, shouted at my mother.',
];

function romanisedInsults(random: Random): Family {
  const texts: Post[] = [];
  for (const prefix of ROMANISED_PREFIXES)
    for (const stem of ROMANISED_STEMS) {
      const x = prefix.endsWith('-') ? prefix + stem : `${prefix} ${stem}`;
      texts.push([random.pick(ROMANISED_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r5.insult.romanised', texts);
}

/** Slurs about people, by group: sex work, LGBT, disability and mental illness, neighbouring peoples, drugs, class. */
const SLURS: Record<string, readonly string[]> = {
  'sex-work': ['กะหรี่', 'โสเภณี', 'ไซด์ไลน์', 'แพศยา', 'นางบำเรอ', 'ขายหอย', 'ขายตัว', 'เด็กเสี่ย', 'เมียเก็บ'],
  lgbt: ['ตุ๊ด', 'กะเทย', 'เก้ง', 'แต๋ว', 'ตุ๊ดตู่', 'ประตูหลัง', 'ผิดเพศ'],
  disability: ['ง่อย', 'ใบ้', 'บอด', 'ปัญญาอ่อน', 'เอ๋อ', 'ออทิสติก', 'ขาเป๋', 'ดาวน์ซินโดรม'],
  mental: ['โรคจิต', 'ประสาทแดก', 'จิตป่วย', 'ไบโพลาร์', 'จิตเภท', 'ประสาท'],
  ethnic: ['เขมร', 'ลาว', 'พม่า', 'ญวน', 'แกว', 'เงี้ยว', 'มอญ', 'แขก', 'เจ๊ก', 'ต่างด้าว'],
  drugs: ['ขี้ยา', 'ติดยา', 'ขี้ยาบ้า', 'ขี้เมา'],
  class: ['ขี้ข้า', 'ไพร่', 'บ้านนอก', 'สลัม', 'ขอทาน', 'กรรมกร', 'จรจัด', 'ชั้นต่ำ'],
};
const PERSON_PREFIXES = ['ไอ้', 'อี', 'นัง', 'ไอ้พวก', 'อีพวก', 'พวกไอ้', 'บัก', 'ไอ้ ', 'อี-'];
const SLUR_FRAMES = [
  '{x}ห้องข้างๆ พาคนเข้าออกทั้งคืน เสียงดังมาก',
  '{x}ที่ขายของหน้าวัด โกงเงินทอนคนแก่',
  'ร้องเรียน {x} ที่คุมงานก่อสร้าง สั่งงานไม่รู้เรื่อง',
  'ช่วยไล่{x}หน้าตลาดออกไปที ตั้งแผงขวางทางเท้า',
];

/** Every slur after every person prefix: the span is the prefix with the word. */
function prefixedSlurs(random: Random): Family[] {
  return Object.entries(SLURS).map(([group, words]) => {
    const texts: Post[] = [];
    for (const word of words)
      for (const prefix of PERSON_PREFIXES) {
        const x = prefix + word;
        texts.push([random.pick(SLUR_FRAMES).replace('{x}', x), [insult(x)]]);
      }
    return family(`r5.slur.prefix-${group}`, texts);
  });
}

/** A role named, then a contemptuous pronoun or copula, then the slur: the span is the slur. */
const ROLES = ['ยามหน้าหมู่บ้าน', 'หัวหน้าเวรคืนนี้', 'เสมียนคนใหม่', 'คนขับรถขยะ', 'แม่ค้าร้านข้าวแกง', 'ผู้รับเหมาเจ้านี้'];
const PRONOUNS = ['มัน', 'แม่ง', 'มึงมัน', 'นี่มัน', 'มันเป็น'];
const POINTED_SLURS = [
  'กะหรี่',
  'โสเภณี',
  'แพศยา',
  'ขี้ยา',
  'ขี้คุก',
  'โรคจิต',
  'กะเทย',
  'ตุ๊ด',
  'ง่อย',
  'แรด',
  'ประสาทแดก',
  'นางบำเรอ',
  'แมงดา',
  'แม่เล้า',
];
const POINTED_AFTER = [' ชัดๆ ไม่ทำงานเลย', ' ทั้งวันไม่เห็นทำอะไร', ' เก็บเงินแล้วไม่ออกใบเสร็จ', ''];

function pointedSlurs(random: Random): Family {
  const texts: Post[] = [];
  for (const slur of POINTED_SLURS)
    for (const pronoun of PRONOUNS) {
      const role = random.pick(ROLES);
      texts.push([`${role}${pronoun}${slur}${random.pick(POINTED_AFTER)}`, [insult(slur)]]);
    }
  return family('r5.slur.role-pronoun', texts);
}

/** Compounds held whole, and the same compounds written with a separator between every letter or syllable. */
const COMPOUNDS: [string, string[]][] = [
  ['ไอ้หน้าตัวเมีย', ['ไอ้', 'หน้า', 'ตัว', 'เมีย']],
  ['อีดอกทอง', ['อี', 'ดอก', 'ทอง']],
  ['ไอ้หัวควย', ['ไอ้', 'หัว', 'ควย']],
  ['ไอ้สมองควาย', ['ไอ้', 'สมอง', 'ควาย']],
  ['อีหน้าด้าน', ['อี', 'หน้า', 'ด้าน']],
  ['ไอ้ขี้ข้า', ['ไอ้', 'ขี้', 'ข้า']],
  ['บักขี้ตั๋ว', ['บัก', 'ขี้', 'ตั๋ว']],
  ['อีแฮด', ['อี', 'แฮด']],
  ['ไอ้เดนนรก', ['ไอ้', 'เดน', 'นรก']],
  ['อีกะหรี่', ['อี', 'กะ', 'หรี่']],
];
const COMPOUND_SEPARATORS = ['', '-', '.', '_', '*', ' '];
const COMPOUND_FRAMES = ['{x} ที่ขายของหน้าเทศบาล จอดรถขวางทางเข้า', 'เจ้าของหอพัก{x} ขึ้นค่าน้ำทุกเดือน', '{x}'];

function compounds(random: Random): Family {
  const texts: Post[] = [];
  for (const [whole, syllables] of COMPOUNDS)
    for (const sep of COMPOUND_SEPARATORS) {
      // A space only between syllables (ตอ แหล); the other separators also between the first syllable's letters.
      const x = sep === '' ? whole : syllables.join(sep);
      texts.push([random.pick(COMPOUND_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r5.insult.compound-whole', texts);
}

/** A long complaint with one regional insult or slur buried in the middle. */
const LONG_BEFORE =
  'เรียนท่านนายกเทศมนตรี ชุมชนริมทางรถไฟมีปัญหาน้ำท่วมขังทุกครั้งที่ฝนตกหนัก ท่อระบายน้ำอุดตันมาตั้งแต่เดือนมิถุนายน ชาวบ้านร้องเรียนไปที่กองช่างหลายครั้งแล้ว เจ้าหน้าที่มาดูแล้วก็ไม่ได้ทำอะไร ';
const LONG_AFTER =
  ' ก็บอกแค่ว่ารอคิวงบประมาณ ทั้งที่เด็กนักเรียนต้องเดินลุยน้ำไปโรงเรียนทุกวัน ผู้สูงอายุหลายคนลื่นล้ม ขอให้ส่งรถดูดโคลนมาโดยด่วน และช่วยตรวจสอบการใช้งบซ่อมท่อของปีที่แล้วด้วย ขอบคุณครับ';

function buried(random: Random): Family {
  const texts: Post[] = [];
  for (const region of REGIONS)
    for (const word of region.words) {
      const x = random.pick(region.prefixes) + word;
      texts.push([`${LONG_BEFORE}${x}ที่นั่งหน้าห้องธุรการ${LONG_AFTER}`, [insult(x)]]);
    }
  for (const words of Object.values(SLURS)) {
    const x = random.pick(['ไอ้', 'อี', 'นัง']) + random.pick(words);
    texts.push([`${LONG_BEFORE}${x}ที่นั่งหน้าห้องธุรการ${LONG_AFTER}`, [insult(x)]]);
  }
  return family('r5.insult.buried-in-long', texts);
}

// ---- clean ----

/** The dialect animals and words in their literal sense, with no one to aim them at. */
const LITERAL = [
  'แลนตัวใหญ่ขึ้นมาจากคลองหลังบ้าน ขอให้กู้ภัยมาจับ',
  'มีแลนว่ายน้ำอยู่ในหนองสาธารณะ เด็กๆ ลงเล่นน้ำบ่ได้',
  'งัวของพ่อใหญ่หลุดออกมากินหญ้าในสวนสาธารณะ',
  'ฝูงงัวเดินข้ามถนนตอนแลง รถชนเกือบทุกมื้อ',
  'แข้ในบึงหลังวัดตัวใหญ่มาก อันตรายกับเด็ก',
  'กะปอมขึ้นเต็มรั้วโรงเรียน ครูให้เด็กเก็บกิ่งไม้',
  'หมาว้อในซอยกัดเด็กไปสองคน ขอให้ปศุสัตว์มาฉีดวัคซีน',
  'ควายทุยหลุดเข้ามาในนาข้าวของชาวบ้าน',
  'ร้านขายหอยแครงหน้าตลาดเปิดถึงกี่โมง',
  'แม่ค้าขายหอยนางรมริมทางเท้า ขอให้จัดที่ให้ใหม่',
  'ฮ้านขายข้าวเหนียวหน้าบ้านปิดหลายมื้อแล้ว',
  'แบกกระสอบปุ๋ยจนปวดบ่า ขอรถเข็นให้ตลาดสด',
  'มันแกวราคาตกมาก ชาวบ้านขอให้เทศบาลช่วยหาตลาด',
  'ป้ายโฆษณาแกว่งไปมาตอนลมแรง กลัวจะหล่นใส่รถ',
  'อย่าเชื่อข่าวขี้ตั๋วในไลน์เรื่องเทศบาลปิดถนน',
  'นกตุ๊ดตู่ร้องทั้งเช้าในสวนสาธารณะ ขออย่าตัดต้นไม้',
  'ขี้ลักขี้ขโมยชุกชุมช่วงสงกรานต์ ขอเพิ่มสายตรวจ',
  'หน้าแข้งถลอกเพราะฝาท่อเปิดทิ้งไว้',
];

/** Groups described neutrally or officially: no one is insulted. */
const NEUTRAL = [
  'แรงงานกัมพูชาในตลาดสดขอใบอนุญาตทำงานได้ที่ไหน',
  'แรงงานชาวเมียนมาและชาวลาวขอเรียนภาษาไทยที่ศูนย์ชุมชน',
  'ชุมชนชาวมอญริมแม่น้ำขอจัดงานสงกรานต์แบบมอญ',
  'ชุมชนชาวเขมรและชาวลาวในเขตเทศบาลขอใช้ลานวัดจัดงานบุญ',
  'อาหารเวียดนามในตลาดนัดขายดีมาก ขอให้ขยายพื้นที่',
  'ผู้พิการทางสายตาขอทางลาดและอักษรเบรลล์หน้าสำนักงาน',
  'ผู้พิการทางการเคลื่อนไหวใช้รถเข็นขึ้นฟุตบาทไม่ได้',
  'ศูนย์ดูแลเด็กออทิสติกของเทศบาลเปิดรับสมัครแล้วหรือยัง',
  'คลินิกจิตเวชเปิดให้คำปรึกษาผู้ป่วยโรคจิตเภทฟรีทุกวันพุธ',
  'อยากให้มีกิจกรรมสำหรับกลุ่มความหลากหลายทางเพศในเดือนไพรด์',
  'ขอเชิญร่วมเวทีเรื่องสิทธิพนักงานบริการและการตรวจสุขภาพ',
  'ชุมชนแออัดหรือสลัมริมคลองขอน้ำประปาและไฟฟ้า',
  'ปัญหาขอทานในตลาดเพิ่มขึ้น ขอให้ประสานพัฒนาสังคมฯ',
  'สวัสดิการของกรรมกรก่อสร้างในโครงการเทศบาลมีอะไรบ้าง',
  'ขอตั้งศูนย์บำบัดผู้ติดยาเสพติดในชุมชน',
  'The foreign workers from Cambodia and Myanmar would like Thai classes at the community centre.',
  'Is the new ramp for wheelchair users at the town hall finished?',
];

/** Affectionate dialect and romanised place names that begin like a prefix. */
const AFFECTIONATE = [
  'บักหำน้อยบ้านเฮาได้รางวัลวาดภาพ ขอบคุณเทศบาลหลาย',
  'บ่าวบ้านเฮาช่วยกันลอกคลองทุกปี',
  'The road to Ban Bak Nam village is flooded again, please send a pump.',
  'I sat at the bus stop on Tiwanon Road for an hour, the bus never came.',
  'Ee-san food fair at the park was great, please hold it again.',
];

function cleanTraps(random: Random): Family[] {
  const politely = (t: string): Post => [random.next() < 0.5 || /^[A-Z]/.test(t) ? t : `${t} ครับ`, []];
  return [
    family('r5.clean.literal-dialect', LITERAL.map(politely), 'publish'),
    family('r5.clean.neutral-groups', NEUTRAL.map(politely), 'publish'),
    family('r5.clean.affectionate-places', AFFECTIONATE.map(politely), 'publish'),
  ];
}

/** Traits and body-word compounds that name a person, after every prefix; and run on after another insult. */
const TRAITS = ['หัวครก', 'หน้าหม้อ', 'ปากปลาร้า', 'สะเหล่อ', 'สันหลังยาว', 'ทรพี', 'หัวหงอก', 'หัวขโมย', 'เหลือขอ', 'เพี้ยน'];
const TRAIT_PREFIXES = ['ไอ้', 'อี', 'บัก', 'นัง', 'อี่', 'ไอ้ ', 'อี-'];
const TRAIT_FRAMES = ['{x}ที่ขับรถขยะ ชนรั้วโรงเรียน', 'ร้องเรียน{x}ห้องการเงิน พูดจาไม่ดี', '{x} จอดรถขวางทางเข้าตลาด'];

function traits(random: Random): Family[] {
  const named: Post[] = [];
  const chained: Post[] = [];
  for (const trait of TRAITS) {
    for (const prefix of TRAIT_PREFIXES) {
      const x = prefix + trait;
      named.push([random.pick(TRAIT_FRAMES).replace('{x}', x), [insult(x)]]);
    }
    // อีบ้าจิตเภท: a word against the insult before it is part of the run.
    const x = random.pick(['ไอ้บ้า', 'อีควาย', 'ไอ้ห่า', 'อีเหี้ย']) + random.pick([...SLURS.mental!, ...SLURS.ethnic!]);
    chained.push([random.pick(TRAIT_FRAMES).replace('{x}', x), [insult(x)]]);
  }
  const plain: Post[] = [
    'ผมหัวหงอกหมดแล้ว ยังต้องมารอคิวทั้งวัน',
    'หัวขโมยยังไม่ถูกจับ ขอเพิ่มสายตรวจ',
    'เสียงลำโพงหอกระจายข่าวเพี้ยน ฟังไม่รู้เรื่อง',
    'ลูกหลานเหลือขอเพราะไม่มีที่เล่น ขอสนามกีฬา',
    'ร้านปลาร้าหน้าตลาดส่งกลิ่นแรง',
    'ครกหินที่ศาลาหมู่บ้านหาย',
  ].map((t) => [t, []]);
  return [
    family('r5.insult.trait-compounds', named),
    family('r5.insult.chained', chained),
    family('r5.clean.trait-words-unaimed', plain, 'publish'),
  ];
}

/** A role, a demonstrative, then the slur (ยามคนนั้นขี้ยา): the span is the slur. */
function demonstratives(random: Random): Family {
  const texts: Post[] = [];
  for (const slur of ['ขี้ยา', 'ขี้เมา', 'กะหรี่', 'แพศยา', 'แรด', 'ง่อย', 'ตุ๊ด', 'แมงดา', 'ประสาทแดก'])
    for (const dem of ['คนนั้น', 'คนนี้', 'เจ้านั่น']) {
      texts.push([`${random.pick(ROLES)}${dem}${slur} ${random.pick(POINTED_AFTER)}`.trim(), [insult(slur)]]);
    }
  return family('r5.slur.role-demonstrative', texts);
}

/** Round 5's insult families, on a random stream of their own (seed + 16) so earlier rounds stay as they were. */
export function round5InsultFamilies(seed: number): Family[] {
  const random = new Random(seed + 16);
  return [
    ...regionalInsults(random),
    ...chatInsults(random),
    ...typedInsults(random),
    romanisedInsults(random),
    ...prefixedSlurs(random),
    pointedSlurs(random),
    compounds(random),
    buried(random),
    ...cleanTraps(random),
    ...traits(random),
    demonstratives(random),
  ];
}
