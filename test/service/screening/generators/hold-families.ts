// Generated posts that must be held: every lexicon word under every disguise, slurs, s.26 facts about people
// identified by name, role or kinship, addresses and numbers in every script and order.
import { readFileSync } from 'node:fs';
import type { LabelledPost, LabelledSpan } from '../scoring.js';
import { DISGUISES, type Disguise } from './disguises.js';
import { Random, thaiDigits } from './random.js';
import * as v from './vocabulary.js';

export interface Family {
  name: string;
  /** What every post of the family must get. */
  expect: 'hold' | 'publish';
  posts: LabelledPost[];
  /** Site settings to screen the family with (the conversation families switch that hold on). */
  settings?: { holdConversations?: boolean; publicNumbers?: string[] };
}

interface LexiconEntry {
  word: string;
  tier: string;
  lang: string;
  variants: string[];
}

const lexicon = JSON.parse(
  readFileSync(new URL('../../../../service/src/screening/lexicon/profanity.json', import.meta.url), 'utf8'),
) as { entries: LexiconEntry[] };

const insult = (text: string): LabelledSpan => ({ kind: 'profanity', type: 'insult', text });
const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });

/** A generated post: its text and the spans a moderator would black out. */
export type Post = [string, LabelledSpan[]];

function family(name: string, texts: Post[], expect: 'hold' | 'publish' = 'hold'): Family {
  return {
    name,
    expect,
    posts: texts.map(([text, spans], i) => ({ id: `${name}#${i}`, text, expect, spans })),
  };
}

/** A family of clean posts: each must be published. */
const cleanFamily = (name: string, texts: string[]): Family =>
  family(
    name,
    texts.map((t): Post => [t, []]),
    'publish',
  );

/** Every lexicon spelling under every disguise, framed as an aimed insult when its tier needs aiming. */
function disguisedInsults(random: Random): Family[] {
  const families: Family[] = [];
  const disguises: Record<string, Disguise> = { plain: (w) => w, ...DISGUISES };
  for (const [name, disguise] of Object.entries(disguises)) {
    const texts: [string, LabelledSpan[]][] = [];
    for (const entry of lexicon.entries) {
      for (const spelling of [entry.word, ...entry.variants]) {
        const form = disguise(spelling, random);
        if (form === undefined) continue;
        let x = form;
        if (entry.lang === 'en') {
          if (entry.tier === 'insult') x = `you ${form}`;
        } else if (entry.tier === 'insult') {
          x = random.pick(entry.lang === 'th' ? ['ไอ้', 'อี'] : ['ai ', 'ee ', 'ไอ้', 'อี']) + form;
        }
        const frame =
          entry.lang === 'th' ? random.pick(v.INSULT_FRAMES) : entry.lang === 'en' ? '{x}, fix the road' : 'ถนนพัง {x}';
        const span = entry.lang === 'en' && entry.tier === 'insult' ? form : x;
        texts.push([frame.replace('{x}', x), [insult(span)]]);
      }
    }
    families.push(family(`insult.${name}`, texts));
  }
  return families;
}

function emojiInsults(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (const [, emoji] of v.EMOJI_ANIMALS) {
    for (const prefix of ['ไอ้', 'อี', 'ไอ้พวก', 'ไอ้ ']) {
      const x = prefix + emoji.repeat(random.int(1, 2));
      texts.push([random.pick(v.INSULT_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  }
  return family('insult.emoji-animal', texts);
}

function romanisedInsults(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (const stem of v.ROMANISED_STEMS) {
    for (let k = 0; k < 3; k++) {
      const prefix = random.pick(v.ROMANISED_PREFIXES);
      const x = prefix + (prefix.endsWith('-') ? '' : random.pick([' ', ''])) + stem;
      texts.push([random.pick(v.ROMANISED_FRAMES).replace('{i}', x), [insult(x)]]);
    }
  }
  return family('insult.romanised', texts);
}

function personSlurs(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (const slur of v.PERSON_SLURS) {
    for (let k = 0; k < 3; k++) {
      const frame = random.pick(v.SLUR_FRAMES);
      const prefix = /^(อี|ไอ้|นัง|ยัย)\{s\}/.exec(frame)?.[1] ?? '';
      texts.push([frame.replace('{s}', slur), [insult(prefix + slur)]]);
    }
  }
  return family('slur.person', texts);
}

type Reference = { text: string; spans: LabelledSpan[] };

const REFERENCES: Record<string, (random: Random) => Reference> = {
  name: (random) => {
    const [given, surname] = random.pick(v.FULL_NAMES);
    const text = `${random.pick(v.FORMAL_TITLES)}${given} ${surname}`;
    return { text, spans: [pii('person_name', text)] };
  },
  role: (random) => ({
    text: `${random.pick(v.ROLES)}${random.pick(v.ROLE_LINKS)}${random.pick(v.WORK_PLACES)}${random.pick(v.SINGULAR_MARKS)}`,
    spans: [],
  }),
  kinship: (random) => {
    const person = random.pick(v.KINSHIP) + random.pick(v.NICKNAMES);
    return { text: `${person}${random.pick(['', ' '])}${random.pick(v.HOME_PLACES)}`, spans: [pii('person_name', person)] };
  },
};

const TAILS = ['ชาวบ้านกลัวกันมาก', 'ขอให้ตรวจสอบด้วย', 'ไม่ควรให้ทำงานต่อ', 'ระวังกันด้วยนะ', 'ใครรู้บ้าง', ''];
const FILLER = [
  'ถนนในซอยมีหลุมเยอะมาก รถเล็กตกหลุมทุกวัน ขอให้มาซ่อมก่อนหน้าฝน',
  'ไฟทางดับมาสองอาทิตย์แล้ว กลางคืนมืดมาก เด็กนักเรียนเดินกลับบ้านลำบาก',
  'รถขยะมาไม่ตรงเวลา ขยะล้นถังส่งกลิ่นเหม็นไปทั้งซอย',
];

function sensitiveFacts(random: Random): Family[] {
  const families: Family[] = [];
  for (const [category, facts] of Object.entries(v.SENSITIVE_FACTS)) {
    for (const [refKind, makeRef] of Object.entries(REFERENCES)) {
      const texts: [string, LabelledSpan[]][] = [];
      for (let k = 0; k < 12; k++) {
        const ref = makeRef(random);
        const fact = facts[k % facts.length]!;
        const tail = random.pick(TAILS);
        const core = random.pick([`${ref.text} ${fact} ${tail}`, `${ref.text}${fact} ${tail}`, `แจ้งว่า${ref.text}${fact}`]);
        // One post in four buries the fact in the middle of a long one.
        const text = k % 4 === 3 ? `${random.pick(FILLER)} อีกเรื่องคือ${core} ${random.pick(FILLER)}` : core;
        texts.push([text.trim(), [...ref.spans, pii('sensitive', fact)]]);
      }
      families.push(family(`sensitive.${category}/${refKind}`, texts));
    }
  }
  return families;
}

const NEIGHBOUR_COMPLAINTS = [
  'เผาขยะทุกเย็น',
  'จอดรถขวางทางเข้าซอย',
  'เปิดเพลงดังถึงตีสอง',
  'ปล่อยหมาขี้หน้าบ้านคนอื่น',
  'ต่อไฟฟ้าจากเสาไฟสาธารณะ',
  'ทิ้งขยะลงคลอง',
  'ตั้งโต๊ะขายของบนทางเท้า',
];

function kinshipNicknames(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (let k = 0; k < 40; k++) {
    const person = random.pick(v.KINSHIP) + random.pick(v.NICKNAMES);
    const place = random.pick(v.HOME_PLACES);
    const complaint = random.pick(NEIGHBOUR_COMPLAINTS);
    const text = random.pick([
      `${person}${place}${complaint}`,
      `${person} ${place} ${complaint}`,
      `${complaint} คือ${person}${place}`,
      `${person}ที่อยู่${place}${complaint}ทุกวัน`,
    ]);
    texts.push([text, [pii('person_name', person)]]);
  }
  return family('person.kinship-nickname-place', texts);
}

const houseNumber = (random: Random) =>
  random.next() < 0.4 ? `${random.int(1, 999)}/${random.int(1, 99)}` : String(random.int(1, 999));

function englishAddresses(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  const makers = [
    () =>
      `${houseNumber(random)} Moo ${random.int(1, 12)}, Soi ${random.pick(v.EN_SOI_NAMES)}, Tambon ${random.pick(v.EN_TAMBONS)}, Amphoe ${random.pick(v.EN_AMPHOES)}, ${random.pick(v.EN_PROVINCES)}`,
    () =>
      `${houseNumber(random)} Soi ${random.int(1, 40)}, ${random.pick(v.EN_ROADS)} Road, ${random.pick(v.EN_TAMBONS)} Subdistrict, ${random.pick(v.EN_AMPHOES)} District, ${random.pick(v.EN_PROVINCES)} ${random.int(10, 96)}${random.digits(3)}`,
    () =>
      `${houseNumber(random)} Mu ${random.int(1, 12)} ${random.pick(v.EN_ROADS)} Rd. ${random.pick(v.EN_TAMBONS)} ${random.pick(v.EN_PROVINCES)}`,
    () => `${houseNumber(random)} moo ${random.int(1, 12)} t. ${random.pick(v.EN_TAMBONS)} a. ${random.pick(v.EN_AMPHOES)}`,
    () => `${houseNumber(random)} Moo ${random.int(1, 12)}, ${random.pick(v.EN_TAMBONS)}, ${random.pick(v.EN_PROVINCES)}`,
  ];
  const frames = [
    'My neighbour at {a} burns rubbish every night.',
    'Complaint about house no. {a}: loud karaoke until 3 am',
    'Please send the garbage truck to {a}, it has not come for a week.',
    'ส่งรถดูดส้วมมาที่ {a} ด้วยค่ะ',
    'The dog at {a} bites people walking past.',
    'Water has been cut at {a} since Monday',
  ];
  for (let k = 0; k < 40; k++) {
    const address = makers[k % makers.length]!();
    texts.push([random.pick(frames).replace('{a}', address), [pii('address', address)]]);
  }
  return family('address.english', texts);
}

function thaiAddressesWithoutMoo(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (let k = 0; k < 40; k++) {
    const road = random.pick(['ถ.', 'ถนน', 'ถ. ']) + random.pick(v.TH_ROADS);
    const tambon = random.pick(['ต.', 'ต. ', 'ตำบล']) + random.pick(v.TH_TAMBONS);
    const tail = random.pick(['', ` อ.${random.pick(v.TH_AMPHOES)}`, ` จ.${random.pick(v.TH_PROVINCES)}`]);
    const address = `${houseNumber(random)} ${road} ${tambon}${tail}`;
    const frame = random.pick([
      'รถจอดขวางหน้า {a} ทุกวัน',
      '{a} เลี้ยงไก่ชนส่งเสียงดังตั้งแต่ตีสี่',
      'ร้านที่ {a} ตั้งลำโพงเปิดเพลงดังมาก',
      'ส่งเอกสารไปที่ {a} ได้เลยค่ะ',
      'บ้าน {a} เผาขยะควันเข้าบ้านคนอื่น',
    ]);
    texts.push([frame.replace('{a}', address), [pii('address', address)]]);
  }
  return family('address.thai-no-moo', texts);
}

function thaiDigitAddresses(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (let k = 0; k < 25; k++) {
    const address = thaiDigits(`${houseNumber(random)} หมู่ ${random.int(1, 12)} ต.${random.pick(v.TH_TAMBONS)}`);
    texts.push([`ขอให้มาตัดต้นไม้ที่บ้านเลขที่ ${address} กิ่งพาดสายไฟ`, [pii('address', address)]]);
  }
  return family('address.thai-digits', texts);
}

function passports(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  for (let k = 0; k < 30; k++) {
    const numeric = k % 3 === 0;
    const number = numeric
      ? random.digits(9)
      : `${letters[random.int(0, letters.length - 1)]}${k % 2 ? letters[random.int(0, letters.length - 1)] : ''}${random.pick(['', ' '])}${random.digits(7)}`;
    const frame = random.pick([
      'My passport number is {n} and my visa ran out, who do I ask?',
      'Passport No. {n}, I lost my work permit at the market',
      'my passport no: {n} please check my tax form',
      'The foreign worker with passport {n} lives in room 5',
      'หนังสือเดินทางเลขที่ {n} หายที่ตลาด',
      'I lost my passport ({n}) near the district office.',
    ]);
    texts.push([frame.replace('{n}', number), [pii('passport', number)]]);
  }
  return family('passport.english-sentence', texts);
}

function truckPlates(random: Random): Family {
  const texts: [string, LabelledSpan[]][] = [];
  for (let k = 0; k < 30; k++) {
    const province = random.pick(v.TH_PROVINCES);
    const plate = `${random.int(10, 99)}-${random.digits(4)}${random.pick([' ', ''])}${province}`;
    const frame = random.pick([
      'รถสิบล้อทะเบียน {p} ขนดินตกเกลื่อนถนน',
      'รถพ่วง {p} จอดค้างคืนหน้าโรงเรียน',
      'ทะเบียน {p} วิ่งเร็วมากในซอย',
      'truck {p} dumps rubbish by the canal',
      '{p} ขับชนเสาไฟแล้วหนี',
    ]);
    texts.push([frame.replace('{p}', plate), [pii('license_plate', plate)]]);
  }
  return family('plate.truck-province-after', texts);
}

/** A citizen-ID check digit, as SPEC section 3 defines it. */
function citizenId(random: Random): string {
  const first12 = String(random.int(1, 8)) + random.digits(11);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

function numbersInScripts(random: Random): Family[] {
  const phone = () => `0${random.pick(['6', '8', '9'])}${random.digits(1)}-${random.digits(3)}-${random.digits(4)}`;
  const phones: [string, LabelledSpan[]][] = [];
  const ids: [string, LabelledSpan[]][] = [];
  for (let k = 0; k < 20; k++) {
    const p = random.pick([thaiDigits(phone()), [...phone()].join('\u200b'), phone().replace(/-/g, ' ')]);
    phones.push([`ลุงข้างบ้านเบอร์ ${p} โทรมาด่าทุกวัน`, [pii('phone', p)]]);
    const id = random.pick([
      thaiDigits(citizenId(random)),
      citizenId(random).replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5'),
    ]);
    ids.push([`เลขบัตรประชาชนของผู้เช่า ${id} ค่ะ`, [pii('national_id', id)]]);
  }
  return [family('phone.scripts', phones), family('national_id.scripts', ids)];
}

export function holdFamilies(seed: number): Family[] {
  const random = new Random(seed);
  return [
    ...disguisedInsults(random),
    emojiInsults(random),
    romanisedInsults(random),
    personSlurs(random),
    ...sensitiveFacts(random),
    kinshipNicknames(random),
    englishAddresses(random),
    thaiAddressesWithoutMoo(random),
    thaiDigitAddresses(random),
    passports(random),
    truckPlates(random),
    ...numbersInScripts(random),
  ];
}

export { cleanFamily, family, insult };
