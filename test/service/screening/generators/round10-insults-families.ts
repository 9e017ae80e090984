// Round 10 of issue 12, insults in dialect and chat. Hold side: slurs about people of the North's hill peoples and
// chat slurs about colour, body and gender (ไอ้แม้ว, อีก้อ, ไอ้มืด, อีอ้วน, กระเทย), aimed by a prefix, a copula or a
// contemptuous pronoun; standard-Thai insults said of officials and contractors that were in no list (กาลกิณี,
// บ้าอำนาจ, ขี้ฉ้อ, เลวทราม, จอมปลอม; English clown, buffoon), also after a role with its office (พนักงานเทศบาล|ง่าว); an Isan, Northern or Southern intensifier said right after
// an insult belongs to it (บักง่าวคักแท้, ไอ้ควายจังหู, บักซั่วโพด). Clean side, as many posts: the peoples named in
// plain reports, dark streets and plump pets, calendar and belief words, dialect intensifiers after food and weather,
// ต่ำ|ช้า and จอม|ปลวก across words, clowns at fairs. Vocabulary of its own (not read from the engine's lexicon, not
// copied from round10/insults.jsonl); its own random stream (seed + 103).
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const WHO = ['คนขายหมูปิ้งหน้าวัด', 'เจ้าของหอพัก', 'คนคุมงานก่อสร้าง', 'ยามลานจอดรถ', 'คนเช่าห้องชั้นสาม'];
const DEEDS = ['เอารถมาจอดขวางประตูบ้าน', 'เผาใบไม้ควันเข้าบ้านทุกเย็น', 'เปิดลำโพงดังถึงตีสอง', 'เททรายกองไว้บนทางเท้า', 'ปล่อยน้ำซักผ้าลงถนน'];
const OFFICIALS = ['ปลัดอำเภอ', 'เจ้าหน้าที่ห้องทะเบียน', 'ผู้รับเหมา', 'นายก', 'กำนัน'];

/** Slurs about the North's peoples and chat slurs about colour, body and gender, after a prefix or a pronoun. */
function peopleSlurs(random: Random): Family {
  const posts: Post[] = [];
  for (const word of ['แม้ว', 'ลัวะ', 'ฮ่อ', 'มูเซอ', 'มืด', 'กระเทย'])
    for (const head of ['ไอ้', 'อี']) {
      const x = `${head}${word}`;
      posts.push([
        `${x}${random.pick(['', 'ที่เป็น'])}${random.pick(WHO)}${random.pick(DEEDS)}${random.pick(['', ' 555', 'เจ้า', ' 😤'])}`,
        [insult(x)],
      ]);
    }
  posts.push([`${random.pick(WHO)}อีก้อ ${random.pick(DEEDS)}`, [insult('อีก้อ')]]);
  for (const word of ['กระเทย', 'ลัวะ', 'แม้ว']) posts.push([`${random.pick(WHO)}มัน${word} ${random.pick(DEEDS)}`, [insult(word)]]);
  return family('r10.insult.people-slurs', posts);
}

/** Standard insults said of an official or a contractor, after a prefix or through a pronoun. */
function standardInsults(random: Random): Family {
  const posts: Post[] = [];
  for (const word of ['กาลกิณี', 'ขี้ฉ้อ', 'ขี้เลีย', 'จอมปลอม', 'บ้าอำนาจ', 'อัปมงคล']) {
    const x = `ไอ้${word}`;
    posts.push([`${x}${random.pick(OFFICIALS)} ${random.pick(['เรียกเงินใต้โต๊ะ', 'ทิ้งงานครึ่งทาง', 'ลัดคิวให้ญาติ'])}`, [insult(x)]]);
  }
  for (const word of ['บ้าอำนาจ', 'จอมปลอม', 'เลวทรามต่ำช้า'])
    posts.push([`${random.pick(OFFICIALS)}คนนี้มัน${word} สั่งงานแล้วไม่รับผิดชอบ`, [insult(word)]]);
  for (const [role, office, word] of [
    ['พนักงาน', 'เทศบาล', 'ง่าว'],
    ['เจ้าหน้าที่', 'อำเภอ', 'ซั่ว'],
    ['จนท.', 'เขต', 'โง่'],
  ] as [string, string, string][])
    posts.push([`${role}${office}${word} ${random.pick(['ลืมเซ็นเอกสาร', 'ให้รอทั้งวัน'])}`, [insult(word)]]);
  posts.push(['the useless clown at the district office sent me home again', [insult('useless clown')]]);
  posts.push(['what an incompetent buffoon, the permit officer lost my file', [insult('incompetent buffoon')]]);
  return family('r10.insult.standard-new', posts);
}

/** A dialect intensifier right after an insult is part of it. */
function dialectTails(random: Random): Family {
  const posts: Post[] = [];
  for (const [head, tails] of [
    ['บักง่าว', ['คักแท้', 'อีหลี', 'โพด']],
    ['บักซั่ว', ['คัก', 'อีหลี']],
    ['ไอ้ควาย', ['จังหู', 'หนัด']],
    ['ไอ้ง่าว', ['แต๊ๆ', 'แต๊']],
  ] as const)
    for (const tail of tails) {
      const x = `${head}${tail}`;
      posts.push([`${x} ${random.pick(DEEDS)}`, [insult(x)]]);
    }
  return family('r10.insult.dialect-tails', posts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

function cleanTraps(): Family[] {
  return [
    cleanFamily('r10.clean.peoples-and-looks', [
      'ศูนย์พัฒนาชาวลัวะบ้านป่าแป๋ขอถนนลาดยางเข้าหมู่บ้าน',
      'ชุมชนจีนฮ่อทำถนนคนเดินทุกวันเสาร์ ขอถังขยะเพิ่มเจ้า',
      'แมวส้มตัวอ้วนนอนกลางถนนทุกบ่าย รถต้องหลบ',
      'ซอยนี้มืดมาก ไฟถนนดับสามต้น ขอให้มาเปลี่ยนหลอด',
      'งานประกวดสาวประเภทสองที่ลานวัดเปิดเพลงดังเกินเที่ยงคืน',
      'เด็กชาวม้งกับเด็กชาวลัวะเรียนโรงเรียนเดียวกัน รถรับส่งไม่พอ',
      'ลูกแมวร้องแม้วๆ อยู่ในท่อระบายน้ำ ช่วยเอาออกมาด้วยค่ะ',
    ]),
    cleanFamily('r10.clean.belief-and-tails', [
      'หมอดูบอกว่าวันกาลกิณีห้ามขึ้นบ้านใหม่ แต่ช่างมาเทปูนพอดี',
      'ต้นลั่นทมเคยถูกมองว่าเป็นไม้อัปมงคล ตอนนี้ปลูกเต็มสวนสาธารณะ',
      'ข้าวซอยร้านนี้ลำแต๊ๆ แต่ควันจากเตาเข้าบ้านคนข้างๆ',
      'ฝนตกหนักคักแท้ ถนนเข้าหมู่บ้านขาดแล้ว',
      'ลาบร้านหน้าตลาดแซบอีหลี แต่ตั้งโต๊ะขวางทางเดิน',
      'ร้อนจังหู ไฟดับทั้งวัน พัดลมก็ใช้ไม่ได้',
      'ระดับน้ำในคลองต่ำช้ากว่าปกติ ขอให้เปิดประตูน้ำเร็วขึ้น',
      'จอมปลวกใหญ่ขึ้นข้างศาลาหมู่บ้าน เด็กๆ ไปเล่นแล้วโดนกัด',
      'ผู้มีอำนาจอนุมัติงบคือสภา ขอให้สภาพิจารณาเรื่องถนนด่วน',
      'The clown at the school fair was great, but the car park flooded.',
      'Our kids loved the buffoon act at the temple festival, thank you.',
    ]),
  ];
}

/** Round 10's insult families, on a random stream of their own (seed + 103) so earlier rounds stay as they were. */
export function round10InsultsFamilies(seed: number): Family[] {
  const random = new Random(seed + 103);
  return [peopleSlurs(random), standardInsults(random), dialectTails(random), ...cleanTraps()];
}
