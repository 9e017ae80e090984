// Round 11: private persons' names. Hold: a kinship word and a nickname with a place a few words later, in a short post
// and buried in a long market or flood letter (every kinship word × a nickname × a place frame × short/long); Southern
// Malay kinship (บัง, ก๊ะ, เปาะ, มะ, แบ, เจ๊ะ) with a shop or a mosque; Isan ex-monk titles (ทิด, เชียง, จารย์); a teacher
// named by nickname, subject and school; English posts with romanised kinship names and the shop after them.
// Clean: a spelled-out rank's last syllable running into an ordinary word (เรือ|เอกชน, สามพัน|โทรศัพท์), a shop named
// after its owner in quotes or after its dish, kinship pairs and lists, legends. Vocabulary of its own (not read from
// the engine's lexicon, none of it copied from round11/names.jsonl); its own random stream.
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const person = (text: string): LabelledSpan => ({ kind: 'pii', type: 'person_name', text });
type Post = [string, LabelledSpan[]];

const KIN = ['ลุง', 'ป้า', 'ยาย', 'น้า', 'พี่', 'เจ๊', 'เฮีย', 'ตา', 'อ้าย', 'บัง', 'ก๊ะ', 'เปาะ'];
const NICKS = ['สมปอง', 'บุญเรือง', 'จำปา', 'แหวว', 'ติ๊ก', 'เปี๊ยก', 'อ้วน', 'นวล', 'ทองคำ', 'พิณ', 'หมวย'];
/** Where the person is, a few words after the name: a relative clause, then the shophouse, stall or soi. */
const PLACE_FRAMES = [
  'ที่ขายของชำอยู่ห้องแถวติดศาลเจ้า',
  'ที่มีแผงผักล็อก 21 ในตลาดเช้า',
  'ซึ่งเปิดร้านซ่อมรองเท้าในซอยวัดกลาง',
  'ที่เช่าตึกแถวหัวมุมตลาด',
  'ที่ตั้งแผงหมูปิ้งอยู่หน้าโรงเรียน',
];
const WRONGS = [
  'เอาถังน้ำแข็งมาวางขวางทางเดินทุกเช้า',
  'ต่อไฟฟ้าพ่วงข้ามถนนไปให้ลูกค้าใช้',
  'เลี้ยงไก่ชนไว้ใต้ถุนขันตั้งแต่ตีสาม',
  'กองลังไม้ไว้จนท่อระบายน้ำตัน',
];
const LONG_OPENINGS = [
  'เรียนเจ้าหน้าที่ที่ดูแลตลาดสดครับ ผมขายของในตลาดนี้มานานหลายปี ขอเล่ารายละเอียดให้ครบนะครับ เพราะเคยแจ้งสั้นๆ ไปแล้วเรื่องเงียบหายไป ช่วงฤดูฝนปีนี้หลังคาตลาดฝั่งอาหารทะเลรั่วหลายจุด น้ำหยดใส่แผงจนแม่ค้าต้องเอาผ้าใบมาขึงกันเอง ทางเดินก็ลื่นมาก มีคนแก่หกล้มไปแล้วสองคน ลูกค้าหลายคนเลยหันไปซื้อที่ตลาดนัดแทน รายได้ลดลงกันถ้วนหน้า ',
  'สวัสดีค่ะ ขอแจ้งเรื่องหลังน้ำลดในชุมชนริมแม่น้ำค่ะ ตอนนี้น้ำลดแล้วแต่ยังมีโคลนหนาเกือบคืบอยู่ตามถนนซอยย่อย บ้านหลายหลังยังไม่มีไฟฟ้าเพราะมิเตอร์จมน้ำ ผู้สูงอายุต้องอาศัยนอนที่ศาลาวัดกันหลายคืนแล้ว ถุงยังชีพที่แจกมาก็ขอบคุณมากค่ะ แต่น้ำดื่มยังไม่พอ เด็กๆ เริ่มมีผื่นคันตามขาเพราะลุยน้ำสกปรก ',
];
const LONG_CLOSINGS = [
  ' อีกเรื่องคือไฟส่องสว่างในลานจอดรถดับมาเป็นเดือนแล้ว ตอนเช้ามืดที่แม่ค้ามาลงของมองไม่เห็นทางเลย อยากให้ช่วยส่งช่างไฟมาเปลี่ยนหลอดด้วย และขอให้พิจารณาทำรางระบายน้ำใหม่ทั้งแถวก่อนหน้าฝนปีหน้า ขอบคุณล่วงหน้าครับ',
  ' ฝากเทศบาลช่วยส่งรถดูดโคลนกับรถน้ำมาล้างถนน และขอชุดตรวจสุขภาพมาที่ศาลาชุมชนสักวันนะคะ ทุกคนยังเหนื่อยกันมาก ถ้ามีอาสาสมัครมาช่วยขนเฟอร์นิเจอร์ที่เสียหายไปทิ้งด้วยจะดีมากค่ะ ขอบคุณค่ะ',
];

/** Every kinship word × a nickname × a place frame, short (the sentence alone) and buried in a long letter. */
function kinPlace(random: Random): Family[] {
  const short: Post[] = [];
  const long: Post[] = [];
  for (const kin of KIN)
    for (const frame of PLACE_FRAMES) {
      const name = `${kin}${random.pick(NICKS)}`;
      const sentence = `${name}${frame}${random.pick(WRONGS)}`;
      short.push([sentence, [person(name)]]);
      const text = `${random.pick(LONG_OPENINGS)}ปัญหาที่หนักที่สุดคือ${sentence}${random.pick(LONG_CLOSINGS)}`;
      long.push([text, [person(name)]]);
    }
  return [family('r11n.kin.place-short', short), family('r11n.kin.place-buried-long', long)];
}

const MALAY_KIN = ['บัง', 'ก๊ะ', 'เปาะ', 'มะ', 'แบ', 'เจ๊ะ', 'เมาะ'];
const MALAY_NICKS = ['ยูโซะ', 'ลีเมาะ', 'ดอเลาะ', 'สะมะแอ', 'รอฮานี', 'มูซอ', 'แวนิ'];
const MALAY_PLACES = ['ร้านน้ำชาหน้ามัสยิด', 'บ้านหลังมัสยิดกลาง', 'ที่ขายข้าวยำอยู่หน้ามัสยิด', 'แผงปลาแห้งในตลาดเก่า', 'ที่มีสวนยางติดปอเนาะ'];
const MALAY_WRONGS = ['ปล่อยแพะเดินเต็มถนน', 'เผายางรถยนต์ทุกเย็น', 'เอารถกระบะมาจอดขวางทางเข้า', 'เทน้ำล้างปลาลงถนน'];

function malayKin(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of MALAY_KIN)
    for (const place of MALAY_PLACES) {
      const name = `${kin}${random.pick(MALAY_NICKS)}`;
      posts.push([
        `${name}${place}${random.pick(MALAY_WRONGS)} ${random.pick(['เตือนแล้วไม่ฟัง', 'ช่วยดูด้วยครับ', ''])}`,
        [person(name)],
      ]);
    }
  return family('r11n.kin.malay', posts);
}

const ISAN_TITLES = ['ทิด', 'เชียง', 'จารย์'];
const ISAN_NAMES = ['คำพัน', 'บุญมา', 'สอน', 'พันธ์', 'หนู', 'ทองดี', 'ผาย'];
const ISAN_PLACES = [
  'บ้านโนนสว่าง',
  'ท้ายคุ้มวัดใต้',
  'ที่อยู่ติดโรงเรียนบ้านหนองแวง',
  'บ้านหัวมุมถนน',
  'หลังวัดป่า',
  'ที่เปิดร้านขายของชำหน้าวัด',
  'คุ้มเหนือ',
];
const ISAN_WRONGS = ['เอาควายมาผูกไว้ริมถนน', 'ตั้งวงเหล้าที่ศาลาทุกคืน', 'เผาฟางควันเข้าบ้านคนอื่น'];

function isanExMonk(random: Random): Family {
  const posts: Post[] = [];
  for (const title of ISAN_TITLES)
    for (const place of ISAN_PLACES) {
      const name = `${title}${random.pick(ISAN_NAMES.filter((n) => n !== 'หนู'))}`;
      posts.push([`${name}${place}${random.pick(ISAN_WRONGS)}แหน่เด้อ`, [person(name)]]);
    }
  return family('r11n.isan-ex-monk', posts);
}

const TEACHER_NICKS = ['แอ๋ม', 'ปุ๊', 'เก่ง', 'ฝน', 'ตั้ม', 'อ้อย', 'บอย'];
const SUBJECTS = ['สอนวิทย์ ม.2', 'สอนภาษาอังกฤษ ป.6', 'ที่สอนดนตรี', 'ที่เป็นครูประจำชั้น ป.4'];
const SCHOOLS = ['โรงเรียนเทศบาล 3', 'โรงเรียนวัดศรีบุญเรือง', 'โรงเรียนบ้านท่าช้าง'];
const TEACHER_WRONGS = ['ตีเด็กจนเป็นรอย', 'ยึดโทรศัพท์เด็กแล้วไม่คืน', 'ด่าเด็กหน้าเสาธงทุกเช้า'];

function teacherNick(random: Random): Family {
  const posts: Post[] = [];
  for (const nick of TEACHER_NICKS)
    for (const school of SCHOOLS) {
      const subject = random.pick(SUBJECTS);
      const lead = subject.startsWith('ที่') ? '' : 'ที่';
      posts.push([`ครู${nick}${lead}${subject} ${school}${random.pick(TEACHER_WRONGS)}`, [person(`ครู${nick}`)]]);
    }
  return family('r11n.teacher-nickname', posts);
}

const LATIN_KIN = ['Je', 'Jeh', 'Pa', 'Pi', 'Nong', 'Khun', 'Uncle', 'Auntie', 'Lung'];
const LATIN_NICKS = ['Noi', 'Lek', 'Daeng', 'Toy', 'Nok', 'Moo', 'Ploy', 'Chai'];
const LATIN_PLACES = [
  'at the noodle shop next to the bank',
  'from stall 14 in the night market',
  'who runs the laundry shop on Soi 6',
  'from the guesthouse in Moo 2',
  ', the one with the fruit stall near the temple,',
];
const LATIN_WRONGS = [
  'dumps her rubbish in the canal every night.',
  'lets the dogs run loose and they bite people.',
  'blocks the footpath with tables all day.',
  'plays karaoke until 2am.',
];

function englishKin(random: Random): Family {
  const posts: Post[] = [];
  for (const kin of LATIN_KIN)
    for (const place of LATIN_PLACES.slice(0, 3)) {
      const name = `${kin} ${random.pick(LATIN_NICKS)}`;
      const sep = place.startsWith(',') ? '' : ' ';
      posts.push([`${name}${sep}${place} ${random.pick(LATIN_WRONGS)}`, [person(name)]]);
    }
  for (const kin of ['nong', 'je', 'pi', 'uncle', 'auntie'])
    for (const place of [LATIN_PLACES[0]!, LATIN_PLACES[1]!]) {
      const name = `${kin} ${random.pick(LATIN_NICKS).toLowerCase()}`;
      posts.push([`hi, ${name} ${place} ${random.pick(LATIN_WRONGS)} pls check`, [person(name)]]);
    }
  return family('r11n.english-kin', posts);
}

/** A number or a boat word whose last syllables spell a rank, glued to a word that begins with the rank's degree. */
function rankWordTraps(random: Random): Family {
  const posts: string[] = [];
  const numbers = ['สองร้อย', 'ห้าร้อย', 'สามพัน', 'สองพัน', 'สิบ'];
  const words = [
    ['เอกสาร', 'ที่ต้องใช้มีสำเนาบัตรกับทะเบียนบ้าน'],
    ['โทรศัพท์', 'ไปถามที่กองคลังก็ไม่มีคนรับสาย'],
    ['โทรไปถาม', 'ก็บอกให้รอก่อน'],
  ];
  for (const n of numbers)
    for (const [word, rest] of words)
      posts.push(`${random.pick(['ค่าธรรมเนียม', 'ค่าซ่อม', 'ค่าปรับ'])}${n.replace('สิบ', 'ร้อยสิบ')}${word}${rest}`);
  for (const tail of ['เอกชนที่วิ่งรับส่งคนข้ามฟากขึ้นราคา', 'โทรมๆ จอดทิ้งไว้หลายลำ', 'เอกชนจอดขวางท่าน้ำ', 'โทรมลำนั้นจมไปครึ่งลำแล้ว'])
    for (const lead of ['มี', 'ที่ท่าน้ำมีเรือ', 'แถวนี้']) posts.push(`${lead}${lead.endsWith('เรือ') ? '' : 'เรือ'}${tail}`);
  for (const n of ['สิบ', 'ร้อย', 'พัน']) posts.push(`รถ${n}ล้อคันนั้นทำถนนพังจนเป็น${n}เอกลักษณ์ของซอยไปแล้ว`);
  return family(
    'r11n.clean.rank-then-word',
    posts.map((t): Post => [t, []]),
    'publish',
  );
}

const DISHES = ['ข้าวมันไก่', 'ก๋วยเตี๋ยวเรือ', 'ส้มตำ', 'กาแฟโบราณ', 'ข้าวขาหมู'];
const QUOTES: [string, string][] = [
  ["'", "'"],
  ['"', '"'],
  ['“', '”'],
];

function quotedShops(random: Random): Family {
  const posts: string[] = [];
  for (const dish of DISHES)
    for (const [open, close] of QUOTES) {
      const brand = `${random.pick(['ป้า', 'ลุง', 'ยาย', 'เจ๊'])}${random.pick(NICKS)}`;
      posts.push(
        `ร้าน${dish} ${open}${brand}${random.pick(['', 'สูตรเด็ด', 'เจ้าเก่า'])}${close} ${random.pick(['เปิดสาขาใหม่ตรงข้ามตลาดแล้ว', 'อร่อยมากแนะนำเลย', 'ย้ายไปอยู่ปากซอยแล้วนะคะ'])}`,
      );
    }
  for (const dish of DISHES) posts.push(`${dish}${random.pick(['ป้า', 'ลุง', 'ยาย'])}${random.pick(NICKS)}หน้าตลาดอร่อยที่สุดในอำเภอ`);
  return family(
    'r11n.clean.shop-named-after-owner',
    posts.map((t): Post => [t, []]),
    'publish',
  );
}

function kinPairsAndLegends(random: Random): Family {
  const posts: string[] = [
    'ตาและยายในชุมชนของเราได้รับเบี้ยยังชีพครบหรือยังคะ',
    'ปู่ย่าตายายหลายบ้านต้องเลี้ยงหลานเองค่ะ',
    'คุณยายคุณตามาร่วมงานวันผู้สูงอายุกันเยอะมาก',
    'ลุงป้าน้าอามาช่วยกันทำความสะอาดวัดหลังน้ำลด',
    'ยายกับตาสองคนนั่งรอรถพยาบาลอยู่นานมาก',
    'ตายายในหมู่บ้านอยากได้ราวจับในห้องน้ำศาลา',
    'งานบุญปีนี้คุณตาคุณยายมาเต็มศาลาเลยครับ',
  ];
  for (const legend of ['ตาอินกับตานา', 'ยายกะตา', 'ปู่โสมเฝ้าทรัพย์', 'ตายายปลูกถั่ว', 'ยายกับตาหาบของ'])
    for (const frame of ['ห้องสมุดจัดเล่านิทานเรื่อง{}ให้เด็กๆ ฟังวันเสาร์นี้', 'ละครเวทีเรื่อง{}ของนักเรียนสนุกมาก', 'อ่านนิทาน{}ให้หลานฟังก่อนนอน'])
      posts.push(frame.replace('{}', legend));
  random.next();
  return family(
    'r11n.clean.kin-pairs-legends',
    posts.map((t): Post => [t, []]),
    'publish',
  );
}

export function round11NamesFamilies(seed: number): Family[] {
  const random = new Random(seed + 1111);
  return [
    ...kinPlace(random),
    malayKin(random),
    isanExMonk(random),
    teacherNick(random),
    englishKin(random),
    rankWordTraps(random),
    quotedShops(random),
    kinPairsAndLegends(random),
  ];
}
