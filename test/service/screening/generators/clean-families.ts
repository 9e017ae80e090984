// Generated posts that must be published: protected words, title syllables inside ordinary words, jobs that are not
// a person's title, months, officials, animals, public numbers, health topics about nobody, public places.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';
import * as v from './vocabulary.js';

const lexiconFile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../service/src/screening/lexicon/${name}`, import.meta.url), 'utf8')) as {
    words: string[];
  };

const clean = (texts: string[], name: string): Family =>
  family(
    name,
    texts.map((t) => [t, []]),
    'publish',
  );

const BEFORE = ['ขอสอบถามเรื่อง', 'อยากทราบเรื่อง', 'เรื่อง', 'แจ้งปัญหา', 'ขอบคุณเรื่อง'];
const AFTER = ['ในชุมชนค่ะ', 'ที่หน้าหมู่บ้าน', 'ของเทศบาลครับ', 'ถนนหน้าบ้าน', 'เวลาทำการ', 'ให้กว้างขึ้น', 'ด้วยครับ', ''];

/** Every protected word (it holds a lexicon spelling inside), written against its neighbours half the time. */
function protectedWords(random: Random): Family {
  const texts = lexiconFile('protected.json').words.map((w, i) =>
    i % 2 ? `${random.pick(BEFORE)}${w}${random.pick(AFTER)}` : `${random.pick(BEFORE)} ${w} ${random.pick(AFTER)}`.trim(),
  );
  return clean(texts, 'clean.protected-words');
}

/** Dictionary words that hold a title or kinship syllable (ขยาย, ทนายความ, ป้ายรถเมล์), against ordinary text. */
function titleSyllables(random: Random): Family {
  // Honorifics are titles themselves (นางสาว, คุณหญิง, หลวงพี่): a name may follow them.
  const honorifics = new Set(['นางสาว', 'คุณหญิง', 'คุณนาย', 'คุณชาย', 'หลวงพี่', 'หลวงปู่', 'แม่คุณ', 'พระนาง', 'เจ้าคุณ']);
  const titles = ['ยาย', 'นาย', 'นาง', 'ป้า', 'ลุง', 'น้า', 'ปู่', 'ย่า', 'พี่', 'น้อง', 'คุณ', 'เจ๊', 'เฮีย', 'เสี่ย'];
  const dir = join(dirname(createRequire(import.meta.url).resolve('wordcut/package.json')), 'data');
  const words = new Set<string>();
  for (const file of readdirSync(dir).sort()) {
    if (!/^tdict-(std|common|std-compound)\.txt$/.test(file)) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const w = line.trim().normalize('NFC');
      if (w.length >= 3 && !honorifics.has(w) && titles.some((t) => w.includes(t) && w !== t)) words.add(w);
    }
  }
  const sorted = [...words].sort();
  const texts: string[] = [];
  // Every word up to 400, evenly spaced, so the family keeps its size as the dictionary grows.
  const step = Math.max(1, Math.floor(sorted.length / 400));
  for (let i = 0; i < sorted.length; i += step) texts.push(`${random.pick(BEFORE)}${sorted[i]}${random.pick(AFTER)}`);
  return clean(texts, 'clean.title-syllable');
}

function kinOccupations(random: Random): Family {
  const frames = [
    'ขอบคุณ{o}ที่ช่วยเก็บขยะทุกเช้า',
    '{o}บอกว่าน้ำจะไม่ไหลถึงพรุ่งนี้',
    'ถาม{o}แล้วเขาให้มาแจ้งที่นี่',
    '{o}หน้าปากซอยช่วยโบกรถให้เด็กนักเรียน',
    'อยากให้มี{o}ประจำจุดนี้ตอนกลางคืน',
  ];
  const texts: string[] = [];
  for (const o of v.KIN_OCCUPATIONS) for (let k = 0; k < 3; k++) texts.push(random.pick(frames).replace('{o}', o));
  return clean(texts, 'clean.kin-occupation');
}

function months(random: Random): Family {
  const texts: string[] = [];
  for (let m = 0; m < 12; m++) {
    const day = random.int(1, 28);
    texts.push(`ไฟดับตั้งแต่วันที่ ${day} ${v.THAI_MONTHS[m]} ${random.pick(['2567', '2568', 'ที่ผ่านมา'])}`);
    texts.push(`นัดประชุมชุมชน ${day} ${v.THAI_MONTHS_SHORT[m]} ${random.pick(['68', '2568', ''])} เวลา 9.00 น.`.trim());
    texts.push(`ขยะไม่ถูกเก็บตั้งแต่ ${day} ${v.THAI_MONTHS_SHORT[m]}ถึงวันนี้`);
  }
  return clean(texts, 'clean.month');
}

function officials(random: Random): Family {
  const frames = [
    'เรียน{o} ขอให้ซ่อมถนนในหมู่บ้าน',
    'ขอบคุณ{o}ที่ลงพื้นที่ดูน้ำท่วม',
    '{o}สัญญาว่าจะมาดูแต่ยังไม่มา',
    'ฝากถึง{o} ไฟทางดับทั้งซอย',
    '{o} ช่วยตอบด้วยว่างบซ่อมถนนไปไหน',
  ];
  const texts: string[] = [];
  for (const o of v.OFFICIAL_TITLES) for (let k = 0; k < 2; k++) texts.push(random.pick(frames).replace('{o}', o));
  return clean(texts, 'clean.official-title');
}

const literalAnimals = () => clean([...v.LITERAL_ANIMALS], 'clean.animal-literal');
const publicNumbers = () => clean([...v.PUBLIC_NUMBER_SENTENCES], 'clean.public-number');
const sensitiveGeneral = () => clean([...v.SENSITIVE_GENERAL], 'clean.sensitive-topic');

/** People picked out by role in a place, but with no sensitive fact: an ordinary complaint about a service. */
function rolesWithoutFacts(random: Random): Family {
  const doings = ['เปิดประตูให้ช้ามาก', 'พูดจาไม่สุภาพกับผู้สูงอายุ', 'ทำงานดีมาก ขอชื่นชม', 'มาสายทุกวัน', 'ช่วยเหลือชาวบ้านตอนน้ำท่วม'];
  const texts: string[] = [];
  for (let k = 0; k < 25; k++) {
    texts.push(`${random.pick(v.ROLES)}${random.pick(v.ROLE_LINKS)}${random.pick(v.WORK_PLACES)} ${random.pick(doings)}`);
  }
  return clean(texts, 'clean.role-no-fact');
}

/** Moo, soi, roads and subdistricts with no house number: places, not households. */
function publicPlaces(random: Random): Family {
  const texts: string[] = [];
  for (let k = 0; k < 25; k++) {
    texts.push(
      random.pick([
        `หมู่ ${random.int(1, 12)} ต.${random.pick(v.TH_TAMBONS)} ไฟฟ้าดับทั้งหมู่บ้าน`,
        `ซอย ${random.int(1, 40)} ถนน${random.pick(v.TH_ROADS)} น้ำท่วมขัง`,
        `Soi ${random.int(1, 40)}, ${random.pick(v.EN_ROADS)} Road has no street lights`,
        `Moo ${random.int(1, 12)}, Tambon ${random.pick(v.EN_TAMBONS)} has had no water for 3 days`,
        `ถนนสาย ${random.int(100, 3999)} ช่วง กม. ${random.int(1, 60)} ต.${random.pick(v.TH_TAMBONS)} มีหลุมลึก`,
        `The ${random.int(2, 9)} street lights on ${random.pick(v.EN_ROADS)} Road near Soi ${random.int(1, 30)} are broken`,
        `รถเมล์สาย ${random.int(1, 199)} ไม่จอดป้ายหน้าตลาด ${random.pick(v.TH_TAMBONS)}`,
      ]),
    );
  }
  return clean(texts, 'clean.public-place');
}

export function cleanFamilies(seed: number): Family[] {
  const random = new Random(seed + 1);
  return [
    protectedWords(random),
    titleSyllables(random),
    kinOccupations(random),
    months(random),
    officials(random),
    literalAnimals(),
    publicNumbers(),
    sensitiveGeneral(),
    rolesWithoutFacts(random),
    publicPlaces(random),
  ];
}
