// Round 12 of issue 12, insults by five frames the hidden sets still missed: an English collective or count before a
// plural insult noun; Southern/Malay insults after a prefix and slurs after a Northern copula; a curse's target, a
// rhyming tail, an intensifier or a stereotype inside the span; an insult made by its own intensifier or shout; พวก +
// an identity word that is a slur in itself. Each clean family puts the same words in their neutral senses.
// Vocabulary of its own (not read from the engine's lexicon, not copied from round12/insults.jsonl); its own random
// stream (seed + 112). Written after the fresh set was scored untuned, alongside the round-12 engine change.
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const DEEDS_EN = [
  'blocked the whole soi with their trucks',
  'lost my building permit twice',
  'dug up the road and left',
  'never answer the complaint line',
  'burn rubbish next to the school',
];
const DEEDS = ['เปิดเพลงดังทั้งคืน', 'จอดรถขวางประตูบ้าน', 'ทิ้งขยะลงคลอง', 'ขายของขวางทางเท้า', 'ตะโกนด่ากันกลางซอย'];
const ROLES = ['แม่ค้าหน้าตลาด', 'คนเฝ้าหอพัก', 'เพื่อนบ้านห้องข้างๆ', 'ยามหมู่บ้าน', 'คนขายหวยปากซอย'];

/** A collective + of, or these/those + a count, before a plural insult noun. */
function englishQuantifiers(random: Random): Family {
  const posts: Post[] = [];
  for (const collective of ['bunch', 'gang', 'pack', 'load', 'group', 'band', 'crowd'])
    for (const noun of ['idiots', 'morons']) posts.push([`a ${collective} of ${noun} ${random.pick(DEEDS_EN)}`, [insult(noun)]]);
  for (const collective of ['bunch', 'gang', 'pack', 'mob'])
    posts.push([`the market is run by a ${collective} of clowns`, [insult('clowns')]]);
  for (const frame of ['these two', 'those three', 'these few', 'those two'])
    for (const noun of ['idiots', 'morons'])
      posts.push([`${frame} ${noun} at the desk ${random.pick(DEEDS_EN)}`, [insult(noun)]]);
  return family('r12.insult.english-quantifier', posts);
}

/** Southern Malay insults after a prefix; slurs after a Northern copula spelling. */
function southernAndNorthern(random: Random): Family {
  const posts: Post[] = [];
  for (const prefix of ['ไอ้', 'อี', 'ไอ้พวก'])
    for (const word of ['บาบี', 'บอดอ']) {
      const x = `${prefix}${word}`;
      posts.push([`${x}${random.pick(DEEDS)}อีกแล้ว`, [insult(x)]]);
    }
  for (const copula of ['เป๋น', 'เปน', 'เป็ญ', 'มันเป๋น'])
    for (const slur of ['กะหรี่', 'โสเภณี', 'ขี้ยา'])
      posts.push([`${random.pick(ROLES)}${copula}${slur} ${random.pick(DEEDS)}`, [insult(slur)]]);
  return family('r12.insult.southern-northern', posts);
}

/** The whole phrase: a curse + its target, a rhyming tail, an English intensifier + weak noun, slur + stereotype. */
function spanExtent(random: Random): Family {
  const posts: Post[] = [];
  for (const curse of ['ห่ากินหัว', 'ฟ้าผ่า', 'ห่าลากไส้', 'ฟ้าผ่ากบาล'])
    for (const target of ['มัน', 'มึง']) posts.push([`${curse}${target} ${random.pick(DEEDS)}`, [insult(`${curse}${target}`)]]);
  for (const lead of ['ขยะล้นถัง', 'น้ำท่วมซอย', 'ไฟดับทั้งหมู่บ้าน']) posts.push([`${lead} ฉิบหายวายป่วงกันหมด`, [insult('ฉิบหายวายป่วง')]]);
  for (const adjective of ['fucking', 'bloody'])
    for (const noun of ['monkeys', 'pigs'])
      posts.push([`the ${adjective} ${noun} at the office ${random.pick(DEEDS_EN)}`, [insult(`${adjective} ${noun}`)]]);
  for (const prefix of ['ไอ้', 'บัก'])
    for (const who of ['ลาว', 'เขมร', 'พม่า'])
      for (const tail of ['กินแลน', 'กินหมา']) {
        const x = `${prefix}${who}${tail}`;
        posts.push([`${x}${random.pick(DEEDS)}`, [insult(x)]]);
      }
  return family('r12.insult.span-extent', posts);
}

/** An insult made by its own intensifier, a vocative particle, or a shouted run. */
function intensified(random: Random): Family {
  const posts: Post[] = [];
  for (const word of ['โง่', 'ควาย', 'เซ่อ'])
    for (const tail of ['ดักดาน', 'บรม', 'บัดซบ'])
      posts.push([`${random.pick(ROLES)}นี่${word}${tail} ${random.pick(DEEDS)}`, [insult(`${word}${tail}`)]]);
  for (const word of ['ควาย', 'หมา', 'ห่า'])
    for (const particle of ['เอ๊ย', 'เอ้ย']) posts.push([`${word}${particle} ${random.pick(DEEDS)}`, [insult(word)]]);
  for (const shout of ['ห่ามมมมม', 'ห่าาาาา', 'เหี้ยยยยย', 'เชี่ยยยยย']) posts.push([`${shout} น้ำไม่ไหลอีกแล้ว`, [insult(shout)]]);
  return family('r12.insult.intensified', posts);
}

/** พวก + an identity word that is a slur in itself, whatever the group is said to do or wear. */
function groupSlurs(random: Random): Family {
  const posts: Post[] = [];
  const acts = ['แต่งตัวโป๊มายืนหน้าร้าน', 'มาเช่าห้องแถวท้ายซอย', 'นั่งกินเหล้าริมถนน', 'เดินผ่านหน้าบ้านทุกเย็น', 'มาเต็มตลาดนัด'];
  for (const slur of ['ตุ๊ด', 'ญวน', 'เจ๊ก', 'ตุ๊ดแต๋ว', 'ประตูหลัง', 'นิโกร'])
    for (const lead of ['แถวนี้มีแต่พวก', 'ทำไมปล่อยให้พวก', 'เมื่อคืนพวก'])
      posts.push([`${lead}${slur}${random.pick(acts)}`, [insult(`พวก${slur}`)]]);
  return family('r12.insult.group-slur', posts);
}

function cleanTraps(): Family[] {
  return [
    cleanFamily('r12.clean.quantifier-neutral', [
      'a group of volunteers cleaned the canal on Sunday, thank you',
      'a bunch of flowers was left at the shrine, very kind',
      'a pack of stray dogs sleeps at the bus stop, please catch them',
      'a herd of pigs escaped from the farm behind the temple',
      'a group of clowns visited the children at the hospital',
      'a band of musicians played at the night market, lovely',
      'these two buses never come on time on route 8',
      'those three lamps on soi 4 are broken since May',
      'a crowd of residents came to the hearing about the road',
      'a gang of workers repaired the bridge in two days, well done',
      'the school hired two clowns for the fair and the kids loved it',
      'a load of sand was dumped on the footpath by the contractor',
      'a lot of potholes on the main road after the rain',
      'a flock of birds nests under the bridge, it is noisy',
      'these two dogs bark all night at the corner house',
      'a crew of electricians fixed the lights in one hour',
      'a squad of firefighters came in five minutes, thank you',
      'a troop of monkeys took food from the temple again',
      'a mob of tourists blocks the pier every weekend',
      'a group of idiot-proof signs would help at the junction',
    ]),
    cleanFamily('r12.clean.curse-literal', [
      'ฟ้าผ่าต้นมะพร้าวหน้าบ้านเมื่อคืน กิ่งหักขวางถนน',
      'ฟ้าผ่าหม้อแปลงไฟปากซอย ไฟดับทั้งคืน',
      'ห่าฝนลงมาทั้งคืน น้ำท่วมซอยสาม',
      'มะม่วงยังห่ามอยู่ อย่าเพิ่งเก็บนะครับ',
      'เด็กวัยรุ่นห่ามๆ ขับรถเร็ว ขอให้ติดลูกระนาด',
      'ฟ้าผ่าลงสนามฟุตบอลโรงเรียน ขอให้ติดสายล่อฟ้า',
      'ระวังฟ้าผ่าช่วงหน้าฝน อย่ายืนใต้ต้นไม้ใหญ่',
      'ฟ้าผ่ามันทุกปีตรงเสาสัญญาณนี้ ขอให้ตรวจสายดิน',
      'ผลไม้ห่ามๆ ขายราคาถูกที่ตลาดเช้า',
      'เสียงฟ้าผ่าดังมากเมื่อคืน หมาตกใจหนีออกจากบ้าน',
      'ขอบคุณเจ้าหน้าที่ที่มาตัดต้นไม้ที่โดนฟ้าผ่า',
      'ห่าฝนรอบนี้หนักที่สุดในรอบสิบปี',
      'ไฟไหม้เพราะฟ้าผ่าเมื่อวาน ขอให้ช่วยเหลือชาวบ้าน',
      'ฟ้าผ่าตึกเทศบาลเมื่อวาน กล้องวงจรปิดเสีย',
      'ลูกห่ามไปหน่อย แต่เป็นเด็กดีครับ',
      'มังคุดห่ามยังกินได้ไหม',
      'ฟ้าผ่ามาแล้วสองครั้งที่ลานวัด',
      'ฝนตกหนักฟ้าผ่าบ่อย ขอให้ติดตั้งสายล่อฟ้าที่โรงเรียน',
      'พายุเข้า ห่าฝนถล่มหมู่บ้าน',
      'หน้าฝนนี้ฟ้าผ่าบ่อยมาก',
    ]),
    cleanFamily('r12.clean.words-in-neutral-sense', [
      'ร้านข้าวซอยตรงกาดเปนร้านเก่าแก่ อยากให้ทำที่จอดรถ',
      'บ้านหลังนี้เป๋นบ้านไม้สัก สวยมาก',
      'ตลาดนี้เปนตลาดเก่า ช่วยเก็บขยะทุกเช้าด้วยครับ',
      'พวกพี่น้องชาวลาวที่มาทำงานช่วยกันเก็บขยะริมคลอง ขอบคุณครับ',
      'พวกพี่น้องชาวพม่าในชุมชนมาช่วยงานวัด',
      'พวกเราชาวเวียดนามในชุมชนขอบคุณเทศบาล',
      'พวกนักเรียนกะเหรี่ยงได้ทุนเรียนต่อ',
      'ร้านหมูบาบีคิวหน้าโรงเรียนควันเยอะ',
      'ชาวมลายูในตำบลพูดภาษามลายูถิ่น ขอป้ายสองภาษา',
      'พระบรมราชานุสาวรีย์หน้าเทศบาลสกปรก ขอให้ทำความสะอาด',
      'งานบรมราชาภิเษกปีนี้จัดที่ลานหน้าอำเภอ',
      'ผมโง่เองที่ไม่ได้อ่านประกาศก่อน ขอโทษครับ',
      'ควายในนาข้างถนนหลุดออกมาเดินกลางถนน',
      'หมาจรในซอยเยอะมาก ขอให้มาทำหมัน',
      'ไฟฟ้าดับบ่อยมาก ฉุกเฉินโทร 1129',
      'วันนี้ฝนตกทั้งวัน ถนนลื่นมาก',
      'ครูสอนสำนวน โง่ดักดาน แปลว่าอะไร ให้เด็กไปหาคำตอบ',
      'ร้านบะหมี่เกี๊ยวเจ๊กหลีขายมาห้าสิบปี',
      'คุณป้าเป็นคนใต้ พูดภาษามลายูได้',
      'ขอบคุณพี่ๆ ชาวพม่าที่ช่วยดับไฟเมื่อคืน',
    ]),
  ];
}

/** Round 12's insult families, on a random stream of their own (seed + 112) so earlier rounds stay as they were. */
export function round12InsultsFamilies(seed: number): Family[] {
  const random = new Random(seed + 112);
  return [
    englishQuantifiers(random),
    southernAndNorthern(random),
    spanExtent(random),
    intensified(random),
    groupSlurs(random),
    ...cleanTraps(),
  ];
}
