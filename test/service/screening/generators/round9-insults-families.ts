// Round 9 of issue 12, insults as whole phrases and runs. Hold side: the drawn-out final sound of a word ending in ำ
// (ระยำมมมม), a fault compared to an animal said of a person (โง่เป็นควาย, ขี้เกียจยิ่งกว่าหมา) as one span, an insult
// with the word glued before it and its rhyming tail (เลวระยำตำบอน, ชาติชั่วช้าสามานย์), a romanised prefix before an
// animal emoji (ai🐃, e🐕), ไอ้หน้า + any word (Southern ไอ้หน้าหีด), a leet digit after a Thai prefix (อี3 ควาย), and a
// role with where the person lives (อีป้าข้างบ้านปากหมา). Clean side, as many posts: plain words drawn out, comparisons
// about weather, traffic and smells, virtues compared to a buffalo, animal emoji and room codes, หน้า of places and
// seasons, ชั่วโมง and เลวร้าย, literal monkeys. Vocabulary of its own (not read from the engine's lexicon, not copied from
// round9/insults.jsonl); its own random stream (seed + 93).
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const WHO = ['เจ้าของตึกแถว', 'คนเก็บค่าจอดรถ', 'ผู้รับเหมาถนน', 'ลุงห้องสามศูนย์สอง', 'คนขายลูกชิ้นหน้าโรงเรียน', 'หัวหน้าคนงาน'];
const DEEDS = [
  'เอาเศษปูนมากองไว้หน้าท่อ',
  'จอดรถกระบะขวางทางเข้าซอยทั้งวัน',
  'เผาขยะตอนดึกควันเข้าบ้านคนอื่น',
  'เก็บเงินเกินราคาที่ติดป้ายไว้',
  'ปล่อยน้ำเสียลงลำรางสาธารณะ',
];

/** ระยำมมม: the ม said after ำ, drawn out; and words with a written final drawn out, in chat. */
function drawnOutFinals(random: Random): Family {
  const posts: Post[] = [];
  for (const run of ['มมม', 'มมมม', 'มมมมมมม'])
    for (const head of ['', 'ไอ้', 'อี']) {
      const x = `${head}ระยำ${run}`;
      const said = random.pick(['', 'มัน', 'แม่ง']);
      posts.push([`${random.pick(WHO)}${random.pick(DEEDS)} ${said}${x} แจ้งไปกี่รอบก็เงียบ`, [insult(x)]]);
    }
  return family('r9.insult.drawn-out-final-sound', posts);
}

const FAULTS = ['โง่', 'ขี้เกียจ', 'ขี้โกง', 'หน้าด้าน', 'ปากเสีย', 'ดื้อ', 'เห็นแก่ตัว'];
const COMPARISONS = ['เป็น', 'ยิ่งกว่า', 'อย่างกับ', 'ยังกับ', 'ปาน'];

/** A fault + a comparison + an animal, said of a person: the whole comparison is the insult. */
function faultComparisons(random: Random): Family {
  const posts: Post[] = [];
  for (const fault of FAULTS)
    for (const animal of ['ควาย', 'หมา']) {
      const x = `${fault}${random.pick(COMPARISONS)}${animal}`;
      posts.push([`${random.pick(WHO)}${x} ${random.pick(DEEDS)}มาสามเดือนแล้ว`, [insult(x)]]);
    }
  return family('r9.insult.fault-comparisons', posts);
}

/** A fault word glued before an insult, and the rhyming tail after it: one compound insult. */
function rhymingCompounds(random: Random): Family {
  const posts: Post[] = [];
  for (const x of ['เลวระยำตำบอน', 'ชั่วระยำ', 'ระยำตำบอน', 'ชาติชั่วช้าสามานย์', 'สารเลวระยำ', 'ไอ้เวรตะไลตะไล']) {
    const frame = random.pick(['{who}มัน{x} {deed}', 'ขอให้จับ{who}ด้วย {x}จริงๆ {deed}', '{who}นิสัย{x} {deed}ไม่เกรงใจใคร']);
    posts.push([frame.replace('{who}', random.pick(WHO)).replace('{x}', x).replace('{deed}', random.pick(DEEDS)), [insult(x)]]);
  }
  return family('r9.insult.rhyming-compounds', posts);
}

/** A romanised prefix right before an animal emoji, in English and Thai chat. */
function romanisedEmoji(random: Random): Family {
  const posts: Post[] = [];
  const frames = [
    'the {x} next door burns plastic every evening, the smoke comes into our kids room',
    '{x} ห้องตรงข้ามเปิดเพลงตีสาม 555 ไม่ไหวแล้ว',
    'pls send someone, {x} at the corner shop dumps oil in the drain',
  ];
  for (const prefix of ['ai', 'e', 'ee', 'aii'])
    for (const emoji of ['🐃', '🐕', '🐷', '🐍']) {
      const x = `${prefix}${random.pick(['', ' '])}${emoji}`;
      posts.push([random.pick(frames).replace('{x}', x), [insult(x)]]);
    }
  return family('r9.insult.romanised-prefix-emoji', posts);
}

/** ไอ้หน้า + any word: the face names the person (Southern and Isan, words the lexicon does not hold). */
function faceCompounds(random: Random): Family {
  const posts: Post[] = [];
  for (const prefix of ['ไอ้หน้า', 'อีหน้า', 'บักหน้า'])
    for (const word of ['หีด', 'ปลวก', 'จืด', 'ลิง', 'ตูด']) {
      const x = prefix + word;
      const frame = random.pick(['{x}ที่{deed} ตำรวจไม่เคยมาจับ', 'แจ้งเทศกิจด้วย {x} {deed}', '{x}คนนั้น{deed}อีกแล้ว']);
      posts.push([frame.replace('{x}', x).replace('{deed}', random.pick(DEEDS)), [insult(x)]]);
    }
  return family('r9.insult.face-compounds', posts);
}

/** A leet digit after a Thai prefix (อี3 ควาย), and a role with where the person lives (อีป้าข้างบ้านปากหมา). */
function prefixVariants(random: Random): Family {
  const posts: Post[] = [];
  for (const prefix of ['อี3', 'ไอ้1', 'อี3 '])
    for (const stem of ['ควาย', 'เปรต']) {
      const x = `${prefix}${random.pick([' ', ''])}${stem}`.replace('  ', ' ');
      posts.push([`${x} ${random.pick(DEEDS)}ทุกวัน`, [insult(x)]]);
    }
  for (const role of ['อีป้า', 'ไอ้ลุง', 'อีเจ๊'])
    for (const place of ['ข้างบ้าน', 'ท้ายซอย', 'ห้องข้างๆ']) {
      const x = `${role}${place}${random.pick(['ปากหมา', 'ขี้เมา', 'หน้าด้าน'])}`;
      posts.push([`${x}${random.pick(DEEDS)}ค่ะ`, [insult(x)]]);
    }
  return family('r9.insult.prefix-digit-and-role-place', posts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

function cleanTraps(random: Random): Family[] {
  const drawn: string[] = [];
  for (const word of ['ท่วมมมม', 'ร้อนนนน', 'ดำมมมม', 'หนาวววว', 'ช้ำมมม', 'น้ำขังงงง', 'เหม็นนนนน'])
    drawn.push(
      random.pick([`ซอยเราตอนนี้${word} ช่วยด้วยค่ะ`, `${word}มากกก ไฟก็ดับ น้ำก็ไม่ไหล`, `ขอบคุณทีมงานที่มาช่วยนะคะ แต่ถนน${word}อีกแล้ว`]),
    );
  return [
    cleanFamily('r9.clean.drawn-out-plain-words', drawn),
    cleanFamily('r9.clean.comparisons-of-things', [
      'ร้อนเป็นบ้าเลยช่วงนี้ ไฟตกทุกบ่าย ตู้เย็นเสียไปสองเครื่องแล้ว',
      'รถติดยิ่งกว่าวันสงกรานต์ ตรงวงเวียนหน้าศาลากลาง ไม่มีตำรวจจราจรเลย',
      'น้ำประปาขุ่นอย่างกับน้ำโคลน ต้มก็ยังมีตะกอน',
      'ฝนตกหนักอย่างกับฟ้ารั่ว ท่อระบายน้ำรับไม่ไหว',
      'ลุงข้างบ้านขยันเป็นควาย ตื่นตีสี่มากวาดถนนให้ทั้งซอย อยากให้เทศบาลมอบรางวัลให้ลุงครับ',
      'ผมทำงานหนักเป็นควายทั้งวัน กลับบ้านมายังต้องลอกท่อเองอีก 555',
      'หมาจรตัวนี้ตัวใหญ่ยังกับควาย เห่าไล่เด็กนักเรียนทุกเช้า',
      'ถนนเส้นนี้สภาพเลวร้ายยิ่งกว่าปีที่แล้ว หลุมเต็มไปหมด',
      'รอรถเมล์ชั่วโมงกว่า ชั่วโมงเร่งด่วนรถมาคันเดียว',
      'ห้องน้ำสาธารณะสกปรกเหมือนคอกหมู ช่วยจ้างแม่บ้านเพิ่มได้ไหมคะ',
    ]),
    cleanFamily('r9.clean.emoji-and-codes', [
      'ควายหลุดออกมาเดินบนถนน 🐃🐃 ตรงโค้งหน้าวัด อันตรายมาก',
      'Room 3E 🐕 barks all night, can the condo office remind owners of the pet rules?',
      'Our building AI 🤖 assistant never answers about the water bill.',
      'The coffee 🐕 cafe on soi 5 lets dogs in, which is lovely, but the footpath is blocked by their tables.',
      'ลูกหมา🐶 สามตัวมานอนหน้าเซเว่น ใครรับเลี้ยงได้บ้าง',
      'The 7-Eleven 🐕 dogs are friendly but one has a wound on its leg, can the vet come?',
    ]),
    cleanFamily('r9.clean.face-of-places-and-monkeys', [
      'หน้าบ้านผมน้ำขังทุกครั้งที่ฝนตก หน้าร้านข้างๆก็เหมือนกัน',
      'ทางลงหน้าหาดตอนหน้ามรสุมลื่นมาก ขอไฟส่องทางเพิ่มด้วยครับ',
      'ไอ้หนูลูกชายผมตกท่อหน้าโรงเรียน ขอฝาท่อด่วนครับ',
      'ลิงจากเขาวังลงมากินผลไม้ในตลาด แม่ค้าเสียหายทุกวัน',
      'ฝูงลิงขึ้นหลังคาบ้าน กระเบื้องแตกหลายแผ่น ขอเจ้าหน้าที่สัตว์ป่ามาช่วยค่ะ',
      'ปีหน้าหน้าฝนขอให้ลอกท่อก่อนนะครับ ปีนี้ท่วมหนักมาก',
      'พี่ชายผมชื่อเล่นว่าลิง ขายผลไม้หน้าตลาด อยากขอที่ขายถาวร',
    ]),
    cleanFamily('r9.clean.digits-after-thai', [
      'ทีวีช่อง3 มาถ่ายทำที่ตลาดน้ำ รถติดยาวถึงสะพาน',
      'ซื้อควาย3 ตัวจากงานวัด ไม่มีที่ผูก ขอใช้ที่ดินสาธารณะได้ไหม',
      'ยางมะตอยซอย1 หลุดหมด รถจักรยานยนต์ล้มบ่อย',
    ]),
  ];
}

/** Round 9's insult families, on a random stream of their own (seed + 93) so earlier rounds stay as they were. */
export function round9InsultsFamilies(seed: number): Family[] {
  const random = new Random(seed + 93);
  return [
    drawnOutFinals(random),
    faultComparisons(random),
    rhymingCompounds(random),
    romanisedEmoji(random),
    faceCompounds(random),
    prefixVariants(random),
    ...cleanTraps(random),
  ];
}
