// Round 13: place names that begin with a title or kinship word (นางรอง, ยายชา, ลุงเขว้า, ตาคลี, Khun Yuam, Pa Daet).
// Clean: such a place after every kind of place lead (ไป, จาก, ที่, อยู่, ต., อำเภอ, ตลาด, โรงพยาบาล, รถเมล์สาย), at the
// start of a post, before a province, glued inside a longer place (อ่าวนาง), and in English after a locative preposition
// or before a place word (the bus from Khun Yuam, Ta Khli District). Hold: a kinship name followed by such a place (its
// +place sign, ป้าแดงตำบลนางแล), a title or kinship word + a name that is a place name with a surname or an age after it
// (นางแล มีสุข, ยายแพงอายุ 80), an English title + name with a possessive or a person clause before a romanised place.
// Vocabulary of its own; each family has its own random stream, seeded from its name.
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { streamFor } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });
const clean = (name: string, posts: Post[]): Family =>
  cleanFamily(
    name,
    posts.map(([text]) => text),
  );

/** Gazetteer names (places-th.json) that begin with a title or kinship word the engine reads. */
const TITLE_PLACES = [
  'นางรอง',
  'นางแล',
  'นางหลง',
  'นางลือ',
  'นางแก้ว',
  'ยายชา',
  'ยายแพง',
  'ยายร้า',
  'ลุงเขว้า',
  'ตาคลี',
  'ตาพระยา',
  'นายาง',
];
const PLACE_LEADS = [
  'ไป',
  'จาก',
  'ที่',
  'ถึง',
  'อยู่',
  'แถว',
  'ต.',
  'ตำบล',
  'อ.',
  'อำเภอ',
  'ถนนเข้า',
  'รถเมล์สาย',
  'โรงพยาบาล',
  'ตลาดนัด',
  'เขต',
];
const PLACE_ISSUES = [
  'น้ำท่วมสูงครึ่งล้อ รถเล็กผ่านไม่ได้',
  'ไฟดับทั้งคืน ไม่มีใครมาซ่อม',
  ' ถนนเป็นหลุมเป็นบ่อมาสามเดือนแล้ว',
  'ขยะไม่มีคนเก็บเลยค่ะ',
  'ฝุ่นเยอะมาก หายใจไม่ออก',
  ' น้ำประปาขุ่นเหมือนน้ำโคลน',
  'คิวยาวมาก รอตั้งแต่หกโมงเช้า',
];
const PROVINCES = ['บุรีรัมย์', 'เชียงราย', 'นครปฐม', 'นครสวรรค์', 'จ.บุรีรัมย์', 'จังหวัดเชียงราย'];

/** Every title-place after every kind of place lead, then what is wrong there. */
function leadTitlePlace(seed: number): Family {
  const name = 'r13p.th.lead-title-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const place of TITLE_PLACES)
    for (const lead of PLACE_LEADS)
      posts.push([`${random.pick(['', 'ขอแจ้งว่า', 'ช่วยด้วยค่ะ '])}${lead}${place}${random.pick(PLACE_ISSUES)}`, []]);
  return clean(name, posts);
}

/** A title-place at the start of a post, glued to what is wrong there, or followed by its province. */
function bareTitlePlace(seed: number): Family {
  const name = 'r13p.th.bare-title-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const place of TITLE_PLACES) {
    for (const issue of PLACE_ISSUES.slice(0, 4)) posts.push([`${place}${issue}`, []]);
    posts.push([`${place} ${random.pick(PROVINCES)} ${random.pick(PLACE_ISSUES).trim()}`, []]);
  }
  return clean(name, posts);
}

/** Longer places with a title inside them (อ่าวนาง, ท่านางแนว, หาดนายาง): the title is the place's syllable. */
const COVERING_PLACES = ['อ่าวนาง', 'ท่านางแนว', 'ท่านางงาม', 'หมอนนาง', 'หาดนายาง', 'ย่านตาขาว'];
function coveringPlace(seed: number): Family {
  const name = 'r13p.th.covering-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const place of COVERING_PLACES)
    for (const issue of PLACE_ISSUES.slice(0, 5)) posts.push([`${random.pick(['', 'ที่', 'แถว'])}${place}${issue}`, []]);
  return clean(name, posts);
}

const LATIN_PLACES = [
  'Khun Yuam',
  'Khun Han',
  'Khun Tan',
  'Pa Daet',
  'Pa Sang',
  'Ta Khli',
  'Ta Phraya',
  'Yai Cha',
  'Lung Khwao',
  'Nang Rong',
  'Mae Sai',
  'Nai Yang',
];
const LATIN_PREPS = ['in', 'at', 'to', 'from', 'near', 'towards', 'through', 'around'];
const LATIN_FRAMES = [
  (prep: string, place: string) => `the minibus ${prep} ${place} never leaves on time`,
  (prep: string, place: string) => `flooding ${prep} ${place} again, the road is closed`,
  (prep: string, place: string) => `we drove ${prep} ${place} at 5 pm and the power was out everywhere`,
  (prep: string, place: string) => `no street lights ${prep} ${place} for two weeks now.`,
];

/** A romanised title-place after a locative preposition. */
function latinLocativePlace(seed: number): Family {
  const name = 'r13p.en.locative-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const place of LATIN_PLACES) for (const prep of LATIN_PREPS) posts.push([random.pick(LATIN_FRAMES)(prep, place), []]);
  return clean(name, posts);
}

const LATIN_PLACE_WORDS = [
  'District',
  'Subdistrict',
  'Province',
  'Beach',
  'Bay',
  'Market',
  'Village',
  'Town',
  'Hospital',
  'School',
];
/** A romanised title-place before a place word. */
function latinPlaceWord(seed: number): Family {
  const name = 'r13p.en.place-word';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const place of LATIN_PLACES)
    for (const word of LATIN_PLACE_WORDS.slice(0, 5))
      posts.push([
        `${place} ${random.pick(LATIN_PLACE_WORDS.slice(5).concat([word]))} ${random.pick(['is flooded again', 'has had no water for a week', 'lost my file twice'])}`,
        [],
      ]);
  return clean(name, posts);
}

const KIN = ['ป้า', 'ลุง', 'น้า', 'ยาย', 'พี่', 'เจ๊'];
const NICKS = ['แดง', 'หน่อย', 'จิต', 'เล็ก', 'ศรี', 'นวล', 'ติ๋ม'];
const PLACE_INTROS = ['ตำบล', 'บ้าน', 'แถว', ' อำเภอ'];
const WRONGS = ['ขายหมูเกินราคา ชั่งไม่ครบกิโล', 'เผาขยะทุกเย็น ควันเข้าบ้านคนอื่น', 'ปล่อยหมามากัดเด็ก', ' ยืมเงินแล้วไม่คืน'];

/** A kinship name followed by a title-place: the place is the name's +place sign, not a second name. */
function kinNameTitlePlace(seed: number): Family {
  const name = 'r13p.th.kin-name-title-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const kin of KIN)
    for (const intro of PLACE_INTROS) {
      const who = `${kin}${random.pick(NICKS)}`;
      posts.push([`${who}${intro}${random.pick(TITLE_PLACES)}${random.pick(WRONGS)}`, [person(who)]]);
    }
  return family(name, posts);
}

/** Title-place names that are also given names or nicknames (Mrs Kaew, Grandma Phaeng). */
const NAME_LIKE_PLACES = ['นางแล', 'นางแก้ว', 'นางลือ', 'ยายแพง', 'ยายชา'];
const SURNAMES = ['มีสุข', 'ทองดี', 'ศรีสุวรรณ', 'แก้วมณี', 'บุญเรือง'];
const ROLES = ['แม่ค้าปลาในตลาดเทศบาล ชั่งโกงทุกวัน', 'เจ้าของหอพักหลังโรงเรียน ไม่คืนเงินประกัน', 'ปล่อยเงินกู้ดอกร้อยละยี่สิบ'];

/** A title or kinship word + a name that is a place name, with a surname or an age after it: a person. */
function placeNamedPerson(seed: number): Family {
  const name = 'r13p.th.place-named-person';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const who of NAME_LIKE_PLACES) {
    const full = `${who} ${random.pick(SURNAMES)}`;
    posts.push([`${full} ${random.pick(ROLES)}`, [person(full)]]);
    posts.push([`${who}อายุ ${random.pick(['70', '82', '65'])} ${random.pick(ROLES)}`, [person(who)]]);
  }
  return family(name, posts);
}

const LATIN_TITLES = ['Khun', 'Mrs', 'Mr', 'Auntie', 'Uncle'];
const LATIN_NAMES = ['Somchai', 'Kaew', 'Noi', 'Daeng', 'Somsak'];
/** An English title + name with a possessive or a person clause, near a romanised title-place. */
function latinPersonNearPlace(seed: number): Family {
  const name = 'r13p.en.person-near-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const title of LATIN_TITLES) {
    const who = `${title} ${random.pick(LATIN_NAMES)}`;
    const place = random.pick(LATIN_PLACES);
    posts.push([`the guy at ${who}'s noodle shop in ${place} dumps grease into the canal every night`, [person(who)]]);
    posts.push([`${who}, who sells fish at the ${place} market, overcharges every customer`, [person(who)]]);
  }
  return family(name, posts);
}

export function round13PlacesFamilies(seed: number): Family[] {
  return [
    leadTitlePlace(seed),
    bareTitlePlace(seed),
    coveringPlace(seed),
    latinLocativePlace(seed),
    latinPlaceWord(seed),
    kinNameTitlePlace(seed),
    placeNamedPerson(seed),
    latinPersonNearPlace(seed),
  ];
}
