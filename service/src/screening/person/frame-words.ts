// Word classes around a name (round 13), kept as data: what follows a
// kinship word as an address (no nickname), a home locator and its place, a shop's practice (no blame of its owner),
// English role nouns and non-Thai honorifics before a name, Latin Southern/Malay kinship words, and street words before
// an English title.
import { normaliseText } from '../normalise/normalise-text.js';
import titleData from '../lexicon/titles.json' with { type: 'json' };
import { wordTrie as trieOf } from './person-lexicon.js';

const norm = (w: string) => normaliseText(w).text;

/**
 * Address introducers: after a kinship word (a space at most) no nickname starts at them, nor at a digit (a number,
 * a count with its unit: บ้านป้า|เลขที่ 9/1, ตา|หมู่ 7, ลุง|ห้อง 204, ยาย| 2 กล่อง).
 */
export const ADDRESS_AFTER_KIN = [
  'เลขที่',
  'บ้านเลขที่',
  'บ้านเลข',
  'หมู่',
  'ม.',
  'ซอย',
  'ซ.',
  'ถนน',
  'ถ.',
  'ตรอก',
  'ห้อง',
  'ตำบล',
  'ต.',
  'อำเภอ',
  'อ.',
  'จังหวัด',
  'จ.',
  'ล็อก',
  'ล็อค',
  'แปลงที่',
  'อาคาร',
  'ชั้น',
];
export const addressAfterKinTrie = trieOf(ADDRESS_AFTER_KIN);

/**
 * Home locators (บ้าน + a side word): บ้านติด, บ้านริม, บ้านข้าง … before a place named after them (a tea shop, a canal,
 * a mosque, a station). With such a place the kinship name is a person, for every kinship word, the Southern
 * table-word โต๊ะ and Malay names that are Thai stop words (ก๊ะนะ) included. อยู่ (lives) may stand before บ้าน.
 */
export const HOME_LOCATORS = [
  'บ้านติด',
  'บ้านริม',
  'บ้านข้าง',
  'บ้านหลัง',
  'บ้านหน้า',
  'บ้านใกล้',
  'บ้านตรงข้าม',
  'บ้านท้าย',
  'บ้านหัว',
  'บ้านกลาง',
  'บ้านอยู่ติด',
  'บ้านอยู่ริม',
  'บ้านอยู่ข้าง',
  'บ้านอยู่หลัง',
  'บ้านอยู่ใกล้',
  'บ้านอยู่ตรงข้าม',
  'บ้านอยู่หน้า',
  'เฮือนติด',
  'เฮือนใกล้',
  'เฮือนข้าง',
  'เฮือนอยู่ติด',
  'อยู่บ้านติด',
  'อยู่บ้านริม',
  'อยู่บ้านข้าง',
  'อยู่บ้านหลัง',
  'อยู่ติด',
  'อยู่ริม',
  'อยู่ข้าง',
  'อยู่หลัง',
  'อยู่ใกล้',
  'อยู่ตรงข้าม',
];
/** Round 24 (two writers): the Isan and Northern เฮือน (home) takes every side word บ้าน takes, after อยู่ too. */
const HOME_SIDES = ['ติด', 'ริม', 'ข้าง', 'หลัง', 'หน้า', 'ใกล้', 'ตรงข้าม', 'ท้าย', 'หัว', 'กลาง'];
export const homeLocatorTrie = trieOf([
  ...new Set([...HOME_LOCATORS, ...HOME_SIDES.flatMap((side) => [`เฮือน${side}`, `อยู่เฮือน${side}`, `อยู่บ้าน${side}`])]),
]);

/**
 * Places a home locator may name (a superset of the clause places: a canal, a railway, a station, a tea shop, a
 * river, a field). Latin ones are read by the clause rule already.
 */
export const HOME_PLACES = [
  'ร้าน',
  'คลอง',
  'ทางรถไฟ',
  'สถานี',
  'มัสยิด',
  'สุเหร่า',
  'บาลัย',
  'โรงเรียน',
  'ตาดีกา',
  'ปอเนาะ',
  'วัด',
  'ตลาด',
  'กาด',
  'แม่น้ำ',
  'น้ำ',
  'ลำ',
  'ห้วย',
  'หนอง',
  'บึง',
  'ทุ่ง',
  'ท่ง',
  'นา',
  'สวน',
  'ทะเล',
  'หาด',
  'ท่าเรือ',
  'สะพาน',
  'ถนน',
  'ซอย',
  'ปากซอย',
  'ท้ายซอย',
  'โรงสี',
  'ศาลา',
  'อนามัย',
  'รพ.สต.',
  'โรงพยาบาล',
  'อบต',
  'เทศบาล',
  'ปั๊ม',
  'อู่',
  'หอ',
  'โบสถ์',
  'ศาลเจ้า',
  'กำปง',
  'ป่าช้า',
  'กุโบร์',
  'สนาม',
  'บ่อ',
  'หมู่บ้าน',
  // Round 26: เฮือนท้าย|บ้านโพนครก, the house at the end of the village (a village is named บ้าน…).
  'บ้าน',
  'ชุมชน',
  'ประตู',
  'แยก',
  'วงเวียน',
  'ป้าย',
];
export const homePlaceTrie = trieOf(HOME_PLACES);

/**
 * What a shop does that bothers its street (tables, goods or cars on the pavement, noise, smell, smoke, dust): the
 * complaint is about the shop's practice, and its kinship name stays the shop's (ร้านข้าวมันไก่ป้าน้อยตั้งโต๊ะเต็ม
 * ทางเท้า). Wrongs outside this class (pouring oil into a drain, burning, cheating, abusing customers) still point at
 * the owner (titles.json `shopWrongs`), as does contact data near the name.
 */
export const SHOP_PRACTICES = [
  'ตั้งโต๊ะ',
  'วางโต๊ะ',
  'วางของ',
  'วางเต็ม',
  'วางลัง',
  'วางสินค้า',
  'กางร่ม',
  'ตั้งร่ม',
  'เต็มทางเท้า',
  'บนทางเท้า',
  'ล้ำทางเท้า',
  'รุกล้ำ',
  'ขวางทาง',
  'เปิดเพลง',
  'เสียงดัง',
  'เหม็น',
  'ส่งกลิ่น',
  'กลิ่น',
  'ควัน',
  'ปล่อยควัน',
  'ฝุ่น',
  'ปล่อยฝุ่น',
  'จอดขวาง',
  'จอดซ้อน',
  'จอดรถขวาง',
  'จอดรถซ้อน',
  'จอดรถบน',
  'จอดบน',
  'ต่อคิว',
  'คิวยาว',
  'ลูกค้าจอด',
];
export const shopPracticeTrie = trieOf(SHOP_PRACTICES);

/**
 * English role and relation nouns a personal name may follow (our housekeeper Ma Thandar Win, my neighbour Somsak,
 * the landlord U Kyaw Min). Read after a determiner or possessive (my, our, the, his, 's) or at a sentence's start.
 */
export const LATIN_ROLES = [
  'housekeeper',
  'maid',
  'nanny',
  'babysitter',
  'neighbour',
  'neighbor',
  'landlord',
  'landlady',
  'tenant',
  'lodger',
  'roommate',
  'housemate',
  'flatmate',
  'driver',
  'gardener',
  'cook',
  'cleaner',
  'caretaker',
  'caregiver',
  'carer',
  'helper',
  'worker',
  'employee',
  'labourer',
  'laborer',
  'builder',
  'mechanic',
  'guard',
  'security guard',
  'watchman',
  'janitor',
  'colleague',
  'coworker',
  'co-worker',
  'boss',
  'employer',
  'cousin',
  'nephew',
  'niece',
  'brother-in-law',
  'sister-in-law',
  'son-in-law',
  'daughter-in-law',
  'stepson',
  'stepdaughter',
  'son',
  'daughter',
  'wife',
  'husband',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
  'ex-wife',
  'ex-husband',
];
export const latinRoleTrie = trieOf(LATIN_ROLES);

/** Words before a role noun that make it a particular person's: my/our/the/his/her/their/your (or 's, read apart). */
export const ROLE_DETERMINERS = new Set(['my', 'our', 'the', 'his', 'her', 'their', 'your', 'whose']);

/**
 * Honorifics of neighbouring countries' names, written before the name (Burmese Ma, Daw, U, Ko, Maung, Mg; Karen Naw,
 * Saw; Shan Sai, Nang, Nan; Mon Mi, Nai; Lao Thao, Nang; Khmer Lok, Neak): after a role noun they belong to the name,
 * which must then go on with a capitalised word (Ma Thandar Win; "our maid Ma" alone is no name).
 */
export const FOREIGN_HONORIFICS = new Set([
  'ma',
  'daw',
  'u',
  'ko',
  'maung',
  'mg',
  'naw',
  'saw',
  'sai',
  'nang',
  'nan',
  'mi',
  'nai',
  'thao',
  'lok',
  'neak',
  'khun',
]);

/**
 * Capitalised words after a role noun that are no personal name: days, months, time words, shops, brands, places,
 * nationalities and languages (our driver Monday to Friday, the guard Big C hired, our Burmese maid).
 */
export const NOT_ROLE_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'every last next yesterday today tonight tomorrow again always never often still who which when where that this ' +
    "there then and or but is was has had keeps kept said says told asked i im i'm it its he she they we you " +
    "big lotus lotus's tesco makro central seven 7-eleven family familymart tops villa foodland robinson homepro " +
    'global thaiwatsadu boonthavorn grab lineman foodpanda shopee lazada kerry flash ptt bangchak shell caltex esso ' +
    "pt susco mcdonald's kfc starbucks amazon cafe blue mall market temple wat soi moo road rd street lane " +
    'thanon trok ban baan village district province municipality town hall office police station school hospital ' +
    'thai thailand bangkok burmese myanmar lao laos khmer cambodian karen shan mon vietnamese chinese english ' +
    'covid ok okay line facebook'
  ).split(' '),
);

/**
 * Romanised Southern/Malay kinship words (Bang Man, Kak Yah, Pak Li, Mak Nah, Tok Wan, Cik Ani, Wan Dee): weak like
 * the Thai ones (a place or relation needed) and, being English words or syllables too, only with a capital.
 */
export const LATIN_MALAY_KINSHIP = ['bang', 'kak', 'kakak', 'pak', 'mak', 'cik', 'che', 'tok', 'pok', 'wan', 'mok'];

/**
 * Street words written before an English title or rank (Soi Colonel Sawat, Thanon Nai Lert, Trok Mae Ying): the
 * title is part of the street's name.
 */
export const LATIN_STREET_BEFORE = [
  'soi',
  'thanon',
  'tanon',
  'thnon',
  'th.',
  'trok',
  'sub-soi',
  'road',
  'street',
  'lane',
  'alley',
  // Round 21: a mountain, an island, a stream, a pond named after a figure (Doi Khun Tan, Ko Nang Yuan).
  'doi',
  'khao',
  'ko',
  'koh',
  'huai',
  'nong',
  // Round 26: a temple, a village, a canal or a town named with a kinship word (Wat Ta Khu, Ban Ta Khu).
  'wat',
  'ban',
  'baan',
  'khlong',
  'klong',
  'wiang',
  'mueang',
  'muang',
];

/**
 * titles.json `weakKinship`, `parentKinship` and LATIN_MALAY_KINSHIP in one trie, read by the weak kinship walk (the
 * longest word wins: แม่ใหญ่ and พ่ออุ๊ย are weak words, แม่ alone a parent word).
 */
export const weakKinshipPlusTrie = trieOf([...titleData.weakKinship, ...titleData.parentKinship, ...LATIN_MALAY_KINSHIP]);
/** titles.json `parentAnimals`: แม่ไก่, พ่อหมู name an animal. */
export const parentAnimalTrie = trieOf(titleData.parentAnimals);
/** titles.json `parentKinship`, normalised. */
export const parentKinship: ReadonlySet<string> = new Set(titleData.parentKinship.map(norm));
/** The romanised Malay kinship words, normalised: a capital is needed after them like after cased Latin kinship words. */
export const latinMalayKinship = new Set(LATIN_MALAY_KINSHIP.map(norm));
