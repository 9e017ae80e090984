// Round 7 of issue 12, insults: whole spans and the forms the fresh sets still bring. Dialect prefixes in front of
// standard stems, a prefix aiming through a role or kinship word (ไอ้คนขับหน้าตัวเมีย), curses held with their verb
// and object (ห่าลงกินหัวมัน), romanised chat spellings with a Latin or Thai prefix, English multi-word insults covered
// whole (stupid old cow, pig of a man, piece of sh!t), two-word insults broken by separators; and the clean side:
// English animal words in their literal sense, Scunthorpe words, literal lightning and eels, affectionate dialect.
// Vocabulary of its own (not read from the engine's lexicon, not copied from round7/insults.jsonl); its own random
// stream (seed + 73).
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

/** Each region's prefixes, standard-Thai stems people put after them, and complaints in the region's speech. */
const DIALECT = [
  {
    name: 'isan',
    prefixes: ['บัก', 'อีบัก', 'อี'],
    frames: ['{x}คนคุมรถขยะ มาเก็บบ่ครบจักเทื่อ', 'ไฟทางดับมาหลายมื้อ {x} ที่ฮับเรื่องบ่มาเบิ่ง', '{x}ขายลอตเตอรี่หน้าเทศบาลโกงเงินคนเฒ่า'],
  },
  {
    name: 'northern',
    prefixes: ['บ่า', 'อี่'],
    frames: ['{x}ตี้เฝ้ากาด บ่หื้อจอดรถ', 'น้ำบ่ไหลมาสามวันแล้ว {x} บ่มาซ่อมสักเตื้อ', '{x}ขับรถเร็วผ่านโรงเรียน'],
  },
  {
    name: 'southern',
    prefixes: ['ไอ้', 'อี'],
    frames: ['{x}ที่ขุดถนนแล้วทิ้งไว้ แหลงด้วยม่ายฟัง', '{x}หน้าตลาดเอาขยะมาทิ้งลงคลองทุกคืน', 'เทศบาลตะว่ามาแล้ว {x} หลบไปไหน'],
  },
] as const;

/** Standard stems that name a person by a vice or a low thing (liar, coward, bastard, eel, beggar, mangy dog). */
const STEMS = [
  'ขี้ย้าน',
  'ขี้โม้',
  'ขี้ครอก',
  'ขี้ข้า',
  'สันดานเสีย',
  'สันดานหมา',
  'หน้าเลือด',
  'หน้าตัวเมีย',
  'ปากหมา',
  'ปลาไหล',
  'ยาจก',
  'หมาหัวเน่า',
  'หมาขี้เรื้อน',
  'เปรต',
];

function dialectStems(random: Random): Family[] {
  return DIALECT.map((region) => {
    const texts: Post[] = [];
    for (const prefix of region.prefixes)
      for (const stem of STEMS) {
        const x = prefix + stem;
        texts.push([random.pick(region.frames).replace('{x}', x), [insult(x)]]);
      }
    return family(`r7.insult.dialect-${region.name}`, texts);
  });
}

/** A prefix aims through the role or kinship word glued after it: the whole run is the insult. */
const ROLES = ['คนขับ', 'ป้า', 'ลุง', 'บ่าว', 'ยาม', 'แม่ค้า', 'เจ้าของร้าน', 'คนเก็บเงิน', 'เจ๊', 'เฮีย'];
const ROLE_STEMS = ['หน้าตัวเมีย', 'ปากปลาร้า', 'ขี้เมา', 'หน้าเลือด', 'ขี้โกง', 'สันดานหมา', 'ปากหมา', 'หน้าด้าน'];
const ROLE_FRAMES = ['{x}ที่ตลาดสดพูดจาไม่ดีใส่คนแก่', 'แจ้งเรื่อง{x} ยึดทางเท้าทั้งแถว', 'เมื่อวาน{x}ด่าเด็กนักเรียน ช่วยดูด้วย'];

function prefixedRoles(random: Random): Family {
  const texts: Post[] = [];
  for (const role of ROLES)
    for (const stem of ROLE_STEMS) {
      const x = random.pick(['ไอ้', 'อี']) + role + stem;
      texts.push([random.pick(ROLE_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r7.insult.prefix-role-stem', texts);
}

/** Curses: a doom (plague, ghost, lightning) with what it does to the person; the span ends at the body part it
 * names, the pronoun after it is no part of the curse (round 4's ห่าลากไส้|มัน). */
const CURSES: readonly [string, string][] = [
  ['ห่าลงกินหัวมัน', 'ห่าลงกินหัว'],
  ['ห่าลากไส้มันไป', 'ห่าลากไส้'],
  ['ผีห่ามาเอาตัวมันไป', 'ผีห่ามาเอาตัว'],
  ['ผีห่ามาเอามึงไป', 'ผีห่า'],
  ['ฟ้าผ่าตายโหง', 'ฟ้าผ่าตายโหง'],
  ['ฟ้าผ่ากบาลมัน', 'ฟ้าผ่ากบาล'],
  ['ห่ากินตับมัน', 'ห่ากินตับ'],
  ['ห่าลงกินกบาลมึง', 'ห่าลงกินกบาล'],
];
const CURSE_FRAMES = ['ขอให้{x} คนที่ลักสายไฟไปขาย', 'คนเผาขยะทุกเย็นนั่น ขอให้{x}เถอะ', 'ใครทิ้งหมาไว้หน้าวัด ขอให้{x}'];

function curses(): Family {
  const texts: Post[] = CURSES.flatMap(([x, span]) => CURSE_FRAMES.map((f): Post => [f.replace('{x}', x), [insult(span)]]));
  return family('r7.insult.curses', texts);
}

/** Romanised stems in chat spelling: doubled vowels, h for aspiration, digits for letters. */
const ROMAN_STEMS = [
  'khwaiii',
  'kwaai',
  'hiaaa',
  'h1a',
  'torlaeee',
  'dorkthong',
  'dok thong',
  'ngooo',
  'pr3t',
  'kahree',
  'raed',
  'sattt narok',
];
const ROMAN_PREFIXES = ['ai ', 'aii ', 'ee ', 'e-', 'ไอ้', 'อี'];
const ROMAN_FRAMES = ['ถนนพังสามเดือนแล้ว {x} ที่กองช่างไม่มาดู 555', '{x} ร้านข้างบ้านเปิดเพลงดังตีสอง', 'ไฟดับทั้งซอย {x} ไม่มาซ่อม'];

function romanisedChat(random: Random): Family {
  const texts: Post[] = [];
  for (const stem of ROMAN_STEMS)
    for (const prefix of ROMAN_PREFIXES) {
      const x = prefix + stem;
      texts.push([random.pick(ROMAN_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r7.insult.romanised-chat', texts);
}

/** A Latin prefix before a Thai stem (ai เหี้ย): the prefix is part of the span. */
function latinPrefixThaiStem(random: Random): Family {
  const texts: Post[] = [];
  for (const prefix of ['ai', 'ee', 'aii', 'bak'])
    for (const stem of ['เหี้ย', 'ควาย', 'ดอกทอง', 'แรด', 'สัตว์', 'ง่าว', 'ขี้ตั๋ว']) {
      const x = `${prefix} ${stem}`;
      texts.push([random.pick(ROMAN_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r7.insult.latin-prefix-thai-stem', texts);
}

/** English insults of several words, covered whole. */
const EN_ADJ = [
  ['stupid', 'old'],
  ['lazy', 'useless'],
  ['fat', 'ugly'],
  ['dirty'],
  ['cheap'],
  ['bloody', 'useless'],
  ['filthy', 'little'],
  ['absolute'],
  ['f***ing'],
];
const INTENSIFIERS = ['absolute', 'complete', 'utter', 'total'];
const EN_NOUNS = ['cow', 'idiot', 'pig', 'moron', 'hooker', 'scumbag', 'loser', 'whore'];
const EN_FRAMES = [
  'The woman at the permit counter is a {x} and she threw my papers on the floor.',
  'That {x} who runs the car park charges foreigners triple.',
  'Please do something about the {x} at the market office, he shouts at old vendors.',
];

const PHRASE_FRAMES = [
  'Some {x} keeps dumping rubbish into the canal behind the school.',
  'The landlord, that {x}, cut our water again.',
  'Tell the {x} in the parking booth to stop shouting at tourists.',
];

function englishPhrases(random: Random): Family[] {
  const adjectives: Post[] = [];
  for (const adj of EN_ADJ)
    for (const noun of EN_NOUNS) {
      const x = [...adj, noun].join(' ');
      // A lone intensifier aims the noun but is no insult itself (round 5's "a complete moron" covers moron).
      const span = adj.length === 1 && INTENSIFIERS.includes(adj[0]!) ? noun : x;
      adjectives.push([random.pick(EN_FRAMES).replace('{x}', x), [insult(span)]]);
    }
  const comparisons: Post[] = [];
  for (const noun of ['pig', 'cow', 'scumbag', 'idiot', 'pig'])
    for (const of of ['of a man', 'of a woman', 'of a human being']) {
      const x = `${noun} ${of}`;
      comparisons.push([random.pick(EN_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  const phrases: Post[] = [];
  for (const x of [
    'piece of sh!t',
    'piece of shit',
    'piece of sh*t',
    'son of a b*tch',
    'son of a bitch',
    'son of a whore',
    'sons of bitches',
  ])
    phrases.push([random.pick(PHRASE_FRAMES).replace('{x}', x), [insult(x)]]);
  return [
    family('r7.insult.english-adjectives', adjectives),
    family('r7.insult.english-of-a-man', comparisons),
    family('r7.insult.english-set-phrases', phrases),
  ];
}

/** Two-word insults broken by separators between consonants and their marks: the whole run is the span. */
function separatedTwoWords(random: Random): Family {
  const texts: Post[] = [];
  for (const word of ['หน้าด้าน', 'ปัญญาอ่อน', 'สัตว์นรก', 'หน้าตัวเมีย', 'เหี้ยหน้าหมา', 'ชาติชั่ว'])
    for (const sep of ['.', '-', ' ', '_', '*']) {
      const x = 'ไอ้' + [...word].join(sep);
      texts.push([random.pick(ROLE_FRAMES).replace('{x}', `${x} `), [insult(x)]]);
    }
  return family('r7.insult.separated-two-words', texts);
}

/** A person compared to an animal: a role or pronoun, one short verb or trait, a comparison word, the animal. The
 * span is the animal word. Written with the comparison change (after the round's first engine change). */
const COMPARED_PERSONS = ['เจ้าหน้าที่', 'ผู้รับเหมา', 'ยาม', 'มัน', 'ป้า', 'นายก', 'บักนี่'];
const COMPARED_VERBS = ['ทำงาน', 'ทำตัว', 'นิสัย', 'พูดจา', 'หน้าตา', 'เฮ็ดงาน'];
const COMPARISON_WORDS = ['ยังกับ', 'อย่างกะ', 'เหมือนกับ', 'ราวกับ', 'คือกับ', 'ปาน'];

function comparisons(random: Random): Family {
  const texts: Post[] = [];
  for (const person of COMPARED_PERSONS)
    for (const cmp of COMPARISON_WORDS) {
      // A labelled span is its text's first occurrence: ผู้รับเหมา already holds หมา.
      const picked = random.pick(['ควาย', 'หมา', 'สัตว์']);
      const animal = person.includes(picked) ? 'ควาย' : picked;
      texts.push([
        `${person}${random.pick(COMPARED_VERBS)}${cmp}${animal} ${random.pick(['ช่วยดูด้วย', 'แจ้งหลายรอบแล้ว', 'เบิ่งแหน่'])}`,
        [insult(animal)],
      ]);
    }
  return family('r7.insult.comparisons', texts);
}

/** Slurs for people in words the earlier rounds lacked (LGBT, gambling, disability, sex work, class, a people). */
function newSlurs(random: Random): Family {
  const texts: Post[] = [];
  for (const slur of ['ลักเพศ', 'เลสเบี้ยน', 'ผีพนัน', 'ติดพนัน', 'แคระ', 'เป๋', 'นั่งดริ้งค์', 'คนเร่ร่อน', 'เร่ร่อน', 'ม่าน'])
    for (const prefix of ['ไอ้', 'อี', 'ไอ้พวก', 'นัง']) {
      const x = prefix + slur;
      texts.push([random.pick(ROLE_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r7.slur.new-words', texts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

function cleanTraps(): Family[] {
  return [
    cleanFamily('r7.clean.english-animals-literal', [
      'A cow wandered onto the main road near the school yesterday evening.',
      'The pig farm upwind of the market smells terrible after rain.',
      'A pig escaped from the truck and ran into the temple grounds.',
      'The petting zoo has a new ass and two goats, the children love them.',
      'My neighbour keeps an old ass and a pony in the field behind the houses.',
      'The breeder says her bitch had nine puppies, and now the litter cries all night.',
      'Our bitch is in heat and the stray dogs gather at the gate, can the dog catchers come?',
      'The cock next door crows at 4 am, is keeping roosters allowed in the estate?',
      'Monkeys from the temple steal food from the market stalls every afternoon.',
      'The cow and her calf are tied to the lamp post on Soi 7.',
    ]),
    cleanFamily('r7.clean.english-scunthorpe', [
      'Please send the class assessment for the Hancock Road project.',
      'The cocktail bar on Essex Street plays music until 2 am.',
      'We need fire retardant sheets for the market stalls and a new passport photo booth.',
      'The turnip and shiitake sellers block the footpath near the Dickens Cafe.',
      'There are chinks in the window frames of the community hall, rain comes in.',
      'I moved from Phuket and the Scunthorpe United fans bar is too loud.',
    ]),
    cleanFamily('r7.clean.thai-literal', [
      'ชาวนาถูกฟ้าผ่าตายกลางทุ่งเมื่อวาน ขอให้ติดสายล่อฟ้าที่ศาลาด้วย',
      'ฟ้าผ่าต้นมะพร้าวหน้าบ้าน ยอดไหม้ไปครึ่งต้น',
      'ร้านข้าวต้มปลาไหลหน้าตลาดเทน้ำมันลงท่อ',
      'ปลาไหลในนาหายหมดเพราะยาฆ่าหญ้า',
      'ฝนตกห่าใหญ่ น้ำท่วมซอยอีกแล้ว',
      'นิทานเรื่องยาจกกับเศรษฐีที่ห้องสมุดเทศบาลสนุกมาก',
      'ไอ้บ่าวลูกป้าช่วยยกโต๊ะงานวัดทั้งวัน เด็กดีจริงๆ',
      'บ่าวสาวขอใช้ศาลาจัดงานแต่งเดือนหน้า',
      'ยามหน้าเทศบาลขี้เล่น ใจดีกับเด็กๆ',
      'อีกาอีแร้งมาคุ้ยกองขยะหลังตลาด',
    ]),
    cleanFamily('r7.clean.comparisons-literal', [
      'หมาตัวนี้ตัวใหญ่ยังกับควาย ช่วยเอาไปฉีดวัคซีนด้วย',
      'ลุงเลี้ยงแมวดุเหมือนหมา ขู่คนเดินผ่าน',
      'เมฆดำยังกับควันไฟ ฝนจะตกหนัก',
      'เสียงรถขยะดังอย่างกะฟ้าผ่า ตอนตีห้า',
      'ถนนเป็นหลุมเหมือนผิวพระจันทร์',
    ]),
    cleanFamily('r7.clean.slur-words-neutral', [
      'ชุมชนคนจนริมทางรถไฟขอไฟทางเพิ่ม',
      'กลุ่มเลสเบี้ยนและคนข้ามเพศขอใช้ลานจัดงานไพรด์',
      'ผ้าม่านห้องประชุมขาด ม่านตาอักเสบต้องไปหาหมอ',
      'กระเป๋าตังค์หายที่ตลาด ใครเจอช่วยแจ้งด้วย',
      'ศูนย์พักพิงคนเร่ร่อนต้องการผ้าห่มเพิ่ม',
      'โครงการช่วยผู้ติดพนันเลิกได้ผลดีมาก',
    ]),
    cleanFamily('r7.clean.more-traps', [
      '🐷🐷 ฟาร์มหมูส่งกลิ่นเหม็นทั้งหมู่บ้าน',
      '🐒 ลิงลงมากินของไหว้ที่ศาลทุกวัน',
      'ไอ้หนุ่มร้านซ่อมรถใจดีมาก ช่วยเข็นรถให้ฟรี',
      'ไอ้ตัวเล็กหลานลุงช่วยกวาดลานวัด',
      'บักหล่าลูกแม่ใหญ่มาซ่อยงานบุญ',
      'ป้าขายหมูปิ้งหน้าโรงเรียนย้ายร้านแล้ว',
      'คนเลี้ยงควายพาควายข้ามถนนตอนเย็น',
      'ยามเลี้ยงหมาไว้สามตัว ไม่ผูกเชือก',
      'เด็กๆ เลี้ยงหมาเหมือนลูก ขอสวนสุนัข',
      'แม่ค้าทำงานหนักยังกับม้า ขอบคุณมาก',
      'ร้านชื่อ ควายคาเฟ่ จอดรถขวางทาง',
      'The monkey bars at the playground are broken.',
      'Please fix the road near Monkey Forest Road and the pig iron yard.',
      "The shelter's bitch and her puppies need a vet.",
      'My son keeps a guinea pig, is that allowed in the condo?',
    ]),
    cleanFamily('r7.clean.romanised-lookalikes', [
      'Please fix the road between Mae Hia and Hang Dong.',
      'The bridge at Ban Kwai has a hole in it.',
      'khao man gai ร้านตรงข้ามเทศบาลอร่อยมาก 555',
    ]),
  ];
}

/** Round 7's insult families, on a random stream of their own (seed + 73) so earlier rounds stay as they were. */
export function round7InsultsFamilies(seed: number): Family[] {
  const random = new Random(seed + 73);
  return [
    ...dialectStems(random),
    prefixedRoles(random),
    curses(),
    romanisedChat(random),
    latinPrefixThaiStem(random),
    ...englishPhrases(random),
    separatedTwoWords(random),
    comparisons(random),
    newSlurs(random),
    ...cleanTraps(),
  ];
}
