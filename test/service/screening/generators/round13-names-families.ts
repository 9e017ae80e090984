// Round 13: private persons' names. Hold: two people chained by a relation (น้องบีลูกป้าแดง, every first kinship word ×
// relation × second kinship word); a kinship name + a home locator + a place, every dialect (บังหมานบ้านติดร้านน้ำชา,
// ก๊ะนะบ้านริมคลอง, โต๊ะแอบ้านข้างสุเหร่า, Bang Man, whose house…); an English role noun + a capitalised personal name,
// Thai and non-Thai (our housekeeper Ma Thandar Win). Clean: a kinship word before an address word or a number
// (บ้านป้าเลขที่ 9/1); a shop named with a kinship name complained about for its practice (tables, noise, smell); an
// English role noun before a weekday, month, brand or place; an English street with a title inside (Soi Colonel Sawat).
// Vocabulary of its own; each family has its own random stream, seeded from its name.
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { streamFor } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });

const FIRST_KIN = ['น้อง', 'พี่', 'ลุง', 'ป้า', 'น้า', 'เจ๊', 'เฮีย'];
const FIRST_NICKS = ['บี', 'ต้น', 'แจม', 'โอ๊ต', 'ฝ้าย', 'เบียร์', 'กอล์ฟ', 'ปุ้ย'];
const RELATIONS = ['ลูก', 'หลาน', 'เมีย', 'ผัว', 'แฟน', 'ลูกสาว', 'ลูกชาย', 'หลานชาย'];
// Not พี่ or น้อง: ลูกพี่, ลูกน้อง are words of their own (a boss, a subordinate, a cousin).
const SECOND_KIN = ['ป้า', 'ยาย', 'ลุง', 'เจ๊', 'น้า', 'ตา'];
const SECOND_NICKS = ['แดง', 'หน่อย', 'สมจิต', 'เปิ้ล', 'จุ๋ม', 'ชัย', 'ติ๋ม'];
const CHAIN_WRONGS = [
  'ขับมอไซค์เสียงดังทุกคืน',
  'เอารถมาจอดขวางหน้าบ้าน',
  ' เมาแล้วตะโกนด่าคนทั้งซอย',
  'ปล่อยหมามาขี้หน้าบ้านทุกวัน',
  ' เปิดลำโพงทั้งคืนเลยค่ะ',
];
const CHAIN_LEADS = ['', 'บ้านติดกันคือ', 'ที่ทำเสียงดังคือ', 'แจ้งเรื่อง '];

/** Two people chained by a relation: the first kinship name, a relation, the second kinship name (chat, glued). */
function kinChain(seed: number): Family {
  const name = 'r13n.kin.chain';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const kin of FIRST_KIN)
    for (const relation of RELATIONS) {
      const chain = `${kin}${random.pick(FIRST_NICKS)}${relation}${random.pick(SECOND_KIN)}${random.pick(SECOND_NICKS)}`;
      posts.push([`${random.pick(CHAIN_LEADS)}${chain}${random.pick(CHAIN_WRONGS)}`, [person(chain)]]);
    }
  return family(name, posts);
}

const HOME_KIN = ['บัง', 'ก๊ะ', 'แบ', 'เปาะ', 'เมาะ', 'ป๊ะ', 'โต๊ะ', 'มะ', 'เจ๊ะ', 'ตา', 'พ่อใหญ่', 'ป้อหลวง', 'อ้าย', 'ลุง', 'ป้า'];
// นะ (a Malay name that is a Thai particle) is read after Malay kinship words only: the test file holds ก๊ะนะ.
const HOME_NICKS = ['หมัด', 'เลาะ', 'ซง', 'ยะ', 'แอ', 'ดีน', 'สมาน', 'เปีย'];
const LOCATORS = ['บ้านติด', 'บ้านริม', 'บ้านข้าง', ' บ้านติด', 'อยู่บ้านติด', 'บ้านอยู่ใกล้', 'บ้านหลัง'];
const HOME_PLACES = ['ร้านน้ำชา', 'คลองหลังตลาด', 'สุเหร่า', 'มัสยิดกลาง', 'สถานีรถไฟ', 'ทางรถไฟ', 'โรงเรียนตาดีกา', 'วัดใหม่'];
const HOME_WRONGS = [' เผายางทุกเย็น', 'ปล่อยวัวเดินบนถนน', ' เลี้ยงไก่ชนขันทั้งคืน', 'เอาแพะมาผูกบนทางเท้า'];

/** Every kinship word (Southern, Malay, Central weak, Isan, Northern, strong) × a home locator and the place it names. */
function kinHomePlace(seed: number): Family {
  const name = 'r13n.kin.home-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const kin of HOME_KIN)
    for (const locator of LOCATORS.slice(0, 4)) {
      const who = `${kin}${random.pick(HOME_NICKS)}`;
      posts.push([`${who}${random.pick(LOCATORS)}${random.pick(HOME_PLACES)}${random.pick(HOME_WRONGS)}`, [person(who)]]);
      void locator;
    }
  return family(name, posts);
}

const LATIN_HOME_KIN = ['Bang', 'Kak', 'Pak', 'Mak', 'Tok', 'Uncle', 'Auntie'];
const LATIN_HOME_NICKS = ['Man', 'Yah', 'Li', 'Nah', 'Wan', 'Dee'];
const LATIN_HOME = [
  ', whose house is next to the tea shop by the mosque,',
  ' who lives by the canal behind the market',
  ' from the house next to the railway station',
  ', whose house is opposite the school,',
];
const LATIN_HOME_WRONGS = ['keeps goats on the footpath.', 'burns tyres every evening.', 'lets his cows onto the road at night.'];

/** Romanised Southern and English kinship words with a home clause. */
function latinKinHome(seed: number): Family {
  const name = 'r13n.latin.kin-home-place';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const kin of LATIN_HOME_KIN)
    for (const home of LATIN_HOME) {
      const who = `${kin} ${random.pick(LATIN_HOME_NICKS)}`;
      posts.push([`${who}${home} ${random.pick(LATIN_HOME_WRONGS)}`, [person(who)]]);
    }
  return family(name, posts);
}

const ROLES = [
  'housekeeper',
  'maid',
  'nanny',
  'neighbour',
  'landlord',
  'tenant',
  'driver',
  'gardener',
  "wife's cousin",
  'cleaner',
];
const ROLE_NAMES = [
  'Ma Thandar Win',
  'Daw Khin Myint',
  'U Kyaw Min',
  'Ko Zaw Htet',
  'Naw Paw Htoo',
  'Sai Leng',
  'Somsak',
  'Noy',
  'Bounmy',
  'Sokha',
];
const ROLE_FRAMES = [
  'Our {role} {name} lost her pink card at the district office, has anyone found it?',
  'My {role} {name} was bitten by a stray dog near the market.',
  'The {role} {name} keeps parking on the footpath in Soi 9.',
  'their {role} {name} burns rubbish behind the house every night',
];

/** An English role or relation noun + a capitalised personal name, Thai and non-Thai (Burmese, Karen, Shan, Lao, Khmer). */
function latinRoleName(seed: number): Family {
  const name = 'r13n.latin.role-name';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  for (const role of ROLES)
    for (let k = 0; k < 3; k++) {
      const who = random.pick(ROLE_NAMES);
      const text = random.pick(ROLE_FRAMES).replace('{role}', role).replace('{name}', who);
      posts.push([text, [person(who)]]);
    }
  return family(name, posts);
}

const ADDRESS_KIN = ['ยาย', 'ป้า', 'ลุง', 'ตา', 'น้า', 'ย่า', 'ปู่'];
const ADDRESS_FRAMES = [
  'น้ำท่วมบ้าน{kin}ซอย 5 ทุกปี ขอให้ลอกท่อด่วนค่ะ',
  '{kin}หมู่ 7 ทุกคนได้ถุงยังชีพครบแล้วครับ ขอบคุณครับ',
  'ซื้อข้าวให้{kin} 2 กล่อง ป้ายรถเมล์ไม่มีหลังคาร้อนมาก',
  '{kin}ห้อง 204 ฝากแจ้งว่าน้ำประปาไม่ไหล',
  'เบี้ยยังชีพของ{kin}หมู่ที่ 3 เข้าบัญชีแล้วค่ะ ขอบคุณเทศบาล',
];

/** A kinship word before an address word or a number is no name. */
function kinAddress(seed: number): Family {
  const name = 'r13n.clean.kin-address';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const kin of ADDRESS_KIN) for (const frame of ADDRESS_FRAMES) posts.push(frame.replaceAll('{kin}', kin));
  void random;
  return cleanFamily(name, posts);
}

const SHOPS = ['ร้านข้าวมันไก่', 'ร้านหมูกระทะ', 'ร้านก๋วยเตี๋ยว', 'ร้านส้มตำ', 'แผงผลไม้', 'ร้านโรตี', 'ร้านน้ำชา', 'ร้านข้าวแกง'];
const SHOP_KIN = ['ป้า', 'ลุง', 'ยาย', 'เจ๊', 'บัง', 'ก๊ะ'];
const SHOP_NICKS = ['น้อย', 'ชัย', 'จันทร์', 'เพ็ญ', 'หมัด', 'นงค์'];
const PRACTICES = [
  'ตั้งโต๊ะเต็มทางเท้าตอนเย็น คนเดินต้องลงถนน',
  'เปิดเพลงดังถึงเที่ยงคืน รบกวนมาก',
  'กลิ่นแรงมากตอนทอด ฝากดูเรื่องสุขลักษณะ',
  'วางของล้นมาบนทางเท้า รถเข็นผ่านไม่ได้',
  'ลูกค้าจอดรถซ้อนคันหน้าร้านทุกเย็น',
];

/** A shop named with a kinship name, complained about for its practice: the shop's name. */
function kinShopPractice(seed: number): Family {
  const name = 'r13n.clean.kin-shop-practice';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const shop of SHOPS)
    for (const practice of PRACTICES)
      posts.push(`${shop}${random.pick(SHOP_KIN)}${random.pick(SHOP_NICKS)}${random.pick(['', ' '])}${practice}`);
  return cleanFamily(name, posts);
}

const NOT_NAMES = ['Monday to Friday', 'Big C', 'Tesco Lotus', 'January', 'Thai', 'Grab', 'Burmese', 'Soi 9'];
const NOT_NAME_FRAMES = [
  'Our {role} {x} is always on time, thank you.',
  'The {role} {x} hired is very helpful at night.',
  'My {role} {x} said the road was closed.',
];

/** An English role noun before a weekday, month, brand, nationality or place. */
function latinRoleNotName(seed: number): Family {
  const name = 'r13n.clean.latin-role-not-name';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const role of ROLES.slice(0, 8))
    for (const x of NOT_NAMES.slice(0, 4))
      posts.push(
        random
          .pick(NOT_NAME_FRAMES)
          .replace('{role}', role)
          .replace('{x}', random.pick([x, random.pick(NOT_NAMES)])),
      );
  return cleanFamily(name, posts);
}

const STREET_WORDS = ['Soi', 'Thanon', 'Trok'];
const TITLES = ['Colonel', 'General', 'Khun', 'Mr.', 'Uncle', 'Captain'];
const STREET_FRAMES = [
  'Streetlights on {s} have been broken for two weeks.',
  'The drain at {s} floods every time it rains.',
  'Please fix the potholes in {s} near the market.',
];

/** An English street word with a title inside its name. */
function latinStreetTitle(seed: number): Family {
  const name = 'r13n.clean.latin-street-title';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const street of STREET_WORDS)
    for (const title of TITLES)
      posts.push(
        random.pick(STREET_FRAMES).replace('{s}', `${street} ${title} ${random.pick(['Sawat', 'Lert', 'Phan', 'Boon'])}`),
      );
  return cleanFamily(name, posts);
}

export function round13NamesFamilies(seed: number): Family[] {
  return [
    kinChain(seed),
    kinHomePlace(seed),
    latinKinHome(seed),
    latinRoleName(seed),
    kinAddress(seed),
    kinShopPractice(seed),
    latinRoleNotName(seed),
    latinStreetTitle(seed),
  ];
}
