// Round 11 of issue 12, s.26 facts and numbers. Hold side: a past criminal record of a person named by role, buried in
// a long post (every record wording, verb × offence, with a time tail, said of the role by a pronoun, by hearsay or with
// no subject, several complaint clauses after the role and its place); a fact after a role abbreviation with a dot and
// its village (รปภ.หมู่บ้าน…, อสม.บ้าน…, จนท.…); a parent's mobile in a missing-child notice. Clean side: the writer's own
// chronic disease far after the pronoun and their past illness, groups named by a condition as beneficiaries, an
// animal's pregnancy or illness when it is named by its sex or colour, counts and campaigns, an office's own landline
// in a long post (Thai and English). Vocabulary of its own (not read from the engine's lexicon, not copied from
// round11/sensitive.jsonl); its own random stream (seed + 111).
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const sensitive = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });
const phone = (text: string): LabelledSpan => ({ kind: 'pii', type: 'phone', text });

/** A role and its place, and what the role does wrong (the complaint that introduces them). */
const ROLES: readonly (readonly [string, string])[] = [
  ['คนขับรถตู้รับส่งนักเรียน', 'ของโรงเรียนบ้านหนองไผ่'],
  ['คนเฝ้าประตูน้ำ', 'คลองบางเขนช่วงหมู่ 4'],
  ['ผู้รับเหมา', 'ที่ทำท่อระบายน้ำในซอยสุขใจ'],
  ['ภารโรง', 'โรงเรียนวัดใหม่สามัคคี'],
  ['คนขับรถขยะ', 'สายตลาดล่าง'],
  ['ยามกะดึก', 'ของหมู่บ้านพฤกษาวิลล์'],
  ['ช่างประปา', 'ของเทศบาลตำบลท่าข้าม'],
  ['คนดูแลสวนสาธารณะ', 'หนองบัวแดง'],
];
const DEEDS = ['ทำงานไม่เรียบร้อย มาสายเป็นประจำ', 'พูดจาไม่สุภาพกับชาวบ้าน', 'ชอบเปิดเพลงเสียงดังตอนกลางคืน', 'จอดรถขวางทางเข้าออกทุกเช้า'];
/** Complaint clauses with no person and no fact: the distance between the role and the record. */
const FILLERS = [
  'ถนนหน้าซอยเป็นหลุมลึกหลายจุด ฝนตกทีน้ำขังเป็นสัปดาห์ รถจักรยานยนต์ล้มไปแล้วหลายคัน',
  'ไฟส่องทางดับมาเกือบเดือน ตอนหัวค่ำมืดมาก เด็กนักเรียนต้องเดินกลับบ้านในที่มืด',
  'แจ้งผ่านแอปไปแล้วสองครั้งก็ยังไม่มีใครมาดู เรื่องเงียบหายไปเฉย ๆ',
  'ขยะกองอยู่ริมทางเดินส่งกลิ่นเหม็นไปทั้งซอย สุนัขจรมาคุ้ยกระจายทุกคืน',
  'ท่อระบายน้ำอุดตันจนน้ำเน่าเอ่อขึ้นมาบนถนน ยุงชุมมากในช่วงนี้',
  'ป้ายจราจรล้มอยู่ตรงทางโค้งมาหลายวันแล้ว รถที่ขับมาเร็วมองไม่เห็น',
  'เรื่องนี้คุยกันในกลุ่มไลน์ของชุมชนมาเป็นเดือนแล้วแต่ยังไม่มีข้อสรุป',
  'ทางเท้าก็แตกเป็นแผ่น ๆ ผู้สูงอายุเดินสะดุดล้มไปแล้วหนึ่งคน',
];
const RECORD_VERBS = ['เคยถูกจับ', 'เคยต้องโทษ', 'เคยโดนจำคุก', 'เคยติดคุก', 'เคยโดนคดี', 'เคยถูกจำคุก', 'เคยต้องโทษจำคุก'];
const OFFENCES = ['คดียาเสพติด', 'คดีลักทรัพย์', 'คดีทำร้ายร่างกาย', 'คดีฉ้อโกง', 'คดีพรากผู้เยาว์', 'คดีชิงทรัพย์', 'คดีอนาจาร', 'คดีฆ่าคนตาย'];
const TIMES = ['', 'เมื่อปี 2560', 'เมื่อสิบปีก่อน', 'เมื่อหลายปีก่อน', 'ตอนอยู่ที่ระยอง', 'เมื่อสองปีที่แล้ว'];
/** Who carries the subject to the record: a pronoun, hearsay and a pronoun, or nothing (Thai drops it). */
const SUBJECTS = ['เขา', 'แก', 'มัน', 'เค้า', 'ชาวบ้านเล่าว่าเขา', 'ได้ยินมาว่าแก', ''];

function longPost(random: Random, role: string, place: string, between: number, fact: string): string {
  const fillers: string[] = [];
  for (let i = 0; i < between; i++) fillers.push(random.pick(FILLERS));
  return [
    `เรียนเจ้าหน้าที่เทศบาล${random.pick(['ครับ', 'ค่ะ'])} ขอร้องเรียนเรื่องปัญหาในชุมชนหลายเรื่อง`,
    `${role}${place}${random.pick(DEEDS)}`,
    ...fillers,
    fact,
    'ขอให้เทศบาลช่วยตรวจสอบและแก้ไขด้วย ขอบคุณมากครับ',
  ].join(' ');
}

/** Every record wording (verb × offence), with a time tail, said of a role several clauses after it was introduced. */
function buriedRecords(random: Random): Family {
  const posts: Post[] = [];
  let n = 0;
  for (const verb of RECORD_VERBS)
    for (const offence of OFFENCES) {
      const [role, place] = ROLES[n % ROLES.length]!;
      const subject = SUBJECTS[n % SUBJECTS.length]!;
      // เคยโดนคดี + คดียาเสพติด: the verb already says คดี.
      const record = `${verb}${verb.endsWith('คดี') ? offence.slice(3) : offence}${TIMES[n % TIMES.length]}`;
      const fact = subject ? `ที่น่ากังวลคือ${subject}${record}` : `แถมที่สำคัญ ${record}`;
      posts.push([longPost(random, role, place, 3 + (n % 5), fact), [sensitive(record)]]);
      n++;
    }
  return family('r11s.record-buried', posts);
}

/** English: the role and its place early, the record sentences later, with he/she or hearsay. */
function englishRecords(random: Random): Family {
  const posts: Post[] = [];
  const roles = [
    'the school van driver for Ban Nong Hoi School',
    'the night guard at Lanna Villa',
    'the caretaker of the Wat Chedi car park',
    'the contractor fixing the drains on Soi 5',
    'the sluice keeper on the Mae Kha canal',
  ];
  const records = [
    'was once jailed for dealing drugs in 2019',
    'was arrested for burglary a few years ago',
    'served time for assault',
    'was convicted of fraud in 2017',
    'spent two years in prison for robbery',
  ];
  const fillers = [
    'The road outside is full of potholes and the drains overflow every time it rains.',
    'We have reported this through the app twice and nobody has replied.',
    'The streetlights along the lane have been off for weeks.',
  ];
  for (const role of roles)
    for (const record of records.slice(0, 4)) {
      const lead = random.pick(['He', 'She', 'Apparently he', 'Neighbours say he', 'I was told he']);
      const text = `Dear municipality, I want to complain about ${role}, who keeps parking across our gate. ${random.pick(fillers)} ${random.pick(fillers)} ${lead} ${record}, which worries the parents here. Please look into it.`;
      posts.push([text, [sensitive(record)]]);
    }
  return family('r11s.record-english', posts);
}

/** A role abbreviation with its dot, then the village or place it serves, then the fact. */
function abbreviatedRoles(random: Random): Family {
  const posts: Post[] = [];
  const roles = ['รปภ.', 'อสม.', 'จนท.', 'ร.ป.ภ.', 'พี่รปภ.', 'จนท.ประปา'];
  const places = ['หมู่บ้านชัยพฤกษ์', 'บ้านหนองแวง', 'ชุมชนบ้านใหม่', 'คอนโดริเวอร์วิว', 'หมู่บ้านสินธานี 3', 'ตลาดนัดบ้านสวน'];
  const facts = ['ติดยาบ้า', 'เป็นวัณโรค', 'เคยติดคุกคดียาเสพติด', 'ป่วยเป็นโรคจิตเภท', 'ติดเหล้าหนัก', 'ท้องกับผัวชาวบ้าน'];
  let n = 0;
  for (const role of roles)
    for (const place of places) {
      const fact = facts[n % facts.length]!;
      const glue = random.pick(['', ' ']);
      const after = random.pick(['เห็นกันทั้งซอย', 'ชาวบ้านไม่ไว้ใจ', 'ขอให้ตรวจสอบด้วย']);
      posts.push([`${role}${place}${glue}${fact} ${after}`, [sensitive(fact)]]);
      n++;
    }
  return family('r11s.role-abbreviation', posts);
}

/** A parent's or relative's mobile in a missing-child notice, also when the notice names an office or a place. */
function missingChildPhones(random: Random): Family {
  const posts: Post[] = [];
  const numbers = ['089-552-1734', '0815553920', '086 713 4452', '๐๙๒-๑๑๘-๔๔๐๖', '063-221-7788'];
  const openers = ['ประกาศตามหาเด็กหาย', 'ประชาสัมพันธ์ตามหาเด็กหาย', 'ด่วน ตามหาลูกสาว', 'ช่วยแชร์ด้วยค่ะ ลูกชายหายตัว'];
  const wheres = ['หายจากศูนย์การค้าใกล้บ้าน', 'หายจากหน้าโรงพยาบาลประจำจังหวัด', 'หายที่ตลาดสดเทศบาล', 'หายจากหน้าโรงเรียน'];
  const owners = ['ติดต่อแม่น้อง', 'ผู้ปกครองโทร', 'หากพบเห็นโทร', 'ติดต่อพ่อของน้องได้ที่', 'ใครเจอช่วยโทรบอกผู้ปกครอง'];
  let n = 0;
  for (const opener of openers)
    for (const where of wheres) {
      const number = numbers[n % numbers.length]!;
      const owner = owners[n % owners.length]!;
      const age = random.pick(['7 ขวบ', '9 ขวบ', '12 ปี']);
      posts.push([`${opener} อายุ ${age} ${where} เมื่อเย็นวานนี้ ${owner} ${number} ขอบคุณทุกคนที่ช่วยแชร์`, [phone(number)]]);
      n++;
    }
  for (const [where, who] of [
    ['near the municipal market', 'his mum'],
    ['outside the town hall', 'her father'],
    ['at the district office car park', 'us'],
    ['near the city hall', 'her mother'],
  ] as const) {
    const number = numbers[n++ % 3]!;
    posts.push([`MISSING: our son, 8, last seen ${where} on Friday. Please call ${who} on ${number}.`, [phone(number)]]);
  }
  return family('r11s.missing-child-phone', posts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

/** The writer's own chronic disease several clauses after their pronoun, and their own past illness. */
function ownHealth(random: Random): Family {
  const posts: string[] = [];
  const selves = ['ผมอายุเจ็ดสิบแล้วครับ อยู่บ้านคนเดียว', 'ดิฉันเป็นแม่ค้าขายข้าวแกงหน้าโรงเรียน', 'ผมเป็นคนในชุมชนนี้มาสามสิบปี'];
  const diseases = ['เป็นโรคเก๊าท์มาหลายปี', 'เป็นเบาหวานกับความดันสูง', 'เป็นโรคหัวใจ ต้องกินยาทุกวัน', 'เป็นโรคไตระยะสาม', 'เป็นหอบหืด'];
  for (const self of selves)
    for (const disease of diseases) {
      const middle = `${random.pick(FILLERS)} ${random.pick(FILLERS)}`;
      posts.push(`${self} ${middle} ทุกวันนี้เดินช้าอยู่แล้ว แล้วก็${disease} ขอให้เทศบาลช่วยแก้ไขด้วยครับ`);
    }
  for (const past of ['ปีที่แล้วผมติดโควิด', 'ดิฉันเคยเป็นไข้เลือดออกตอนต้นปี', 'เมื่อเดือนก่อนผมเพิ่งหายจากปอดอักเสบ'])
    posts.push(`${past} ${random.pick(FILLERS)} ขอให้เทศบาลพ่นยากันยุงด้วย`);
  for (const past of ['I had COVID last year', 'I had dengue in March', 'I was in hospital with pneumonia last winter'])
    posts.push(`${past} and the ditch behind our soi is full of standing water again, please send the fogging team.`);
  return cleanFamily('r11s.clean.own-health', posts);
}

/** Groups named by a condition, as those a service is for. */
function beneficiaries(random: Random): Family {
  const groups = ['ผู้พิการและผู้สูงอายุ', 'คนพิการในชุมชน', 'ผู้ป่วยติดเตียง', 'ผู้ป่วยโรคเรื้อรัง', 'คนตาบอด', 'ผู้ป่วยจิตเวชในตำบล'];
  const frames = [
    (g: string) => `ขอให้เทศบาลทำทางลาดสำหรับ${g}ที่ทางขึ้นตลาดด้วยค่ะ`,
    (g: string) => `เบี้ยยังชีพ${g}เดือนนี้ยังไม่เข้าบัญชีเลย ช่วยตรวจสอบให้ด้วย`,
    (g: string) => `อยากให้มีรถรับส่ง${g}ไปโรงพยาบาลฟรีเหมือนปีก่อน`,
    (g: string) => `ขอบคุณ อสม. ที่มาเยี่ยม${g} ${random.pick(['ทุกเดือน', 'ถึงบ้าน'])}`,
  ];
  const posts: string[] = [];
  for (const g of groups) for (const frame of frames) posts.push(frame(g));
  return cleanFamily('r11s.clean.beneficiaries', posts);
}

/** An animal named by its sex or colour, pregnant or ill, also with a guard's booth or a village as its place. */
function markedAnimals(random: Random): Family {
  const animals = ['แมวตัวเมียสีสามสี', 'หมาตัวผู้สีดำ', 'แมวตัวเมีย', 'หมาตัวเมียสีน้ำตาล', 'สุนัขตัวผู้สีขาว', 'แมวสีส้ม'];
  const places = ['ที่นอนหน้าตลาด', 'ที่นอนหน้าป้อมยามหมู่บ้าน', 'ที่อยู่ข้างศาลาวัด', 'ในหมู่บ้านเรา'];
  const states = ['ท้องแก่แล้ว', 'ป่วยเป็นโรคผิวหนัง', 'ติดเชื้อที่ตา', 'ท้องอีกแล้ว', 'ป่วยเป็นขี้เรื้อนทั้งตัว'];
  const posts: string[] = [];
  let n = 0;
  for (const animal of animals)
    for (const place of places) {
      const state = states[n++ % states.length]!;
      posts.push(`${animal}${place}${state} ${random.pick(['ช่วยส่งสัตวแพทย์มาดูหน่อย', 'อยากให้ปศุสัตว์มาทำหมัน', 'เด็กๆ ชอบไปจับ กลัวติด'])}`);
    }
  return cleanFamily('r11s.clean.marked-animals', posts);
}

/** Counts and campaigns: a report, not a person. */
function statistics(random: Random): Family {
  const posts: string[] = [];
  for (const disease of ['ไข้เลือดออก', 'วัณโรค', 'โควิด', 'มือเท้าปาก', 'ไข้หวัดใหญ่']) {
    posts.push(`ปีนี้ตำบลเรามีผู้ป่วย${disease}แล้ว ${random.int(11, 48)} ราย ขอให้เร่งป้องกันด้วย`);
    posts.push(`ขอเชิญชวนประชาชนตรวจคัดกรอง${disease}ฟรีที่ รพ.สต. ทุกวันพุธ`);
    posts.push(`โรงเรียนในเขตเทศบาลพบนักเรียนป่วยเป็น${disease}กว่า ${random.int(10, 30)} คน`);
    posts.push(`รณรงค์ป้องกัน${disease}ในชุมชน วันเสาร์นี้ที่ศาลาประชาคม`);
  }
  return cleanFamily('r11s.clean.statistics', posts);
}

/** An office's own landline in a long Thai post, or introduced in English: it is published on purpose. */
function officeNumbers(random: Random): Family {
  const offices = [
    'ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลนครเชียงใหม่',
    'กองสาธารณสุขและสิ่งแวดล้อม',
    'สำนักงานตลาดสดเทศบาล',
    'ฝ่ายโยธา',
    'งานป้องกันฯ เทศบาลตำบลบ้านดู่',
    'กองช่างเทศบาลเมือง',
  ];
  const numbers = ['053-259-191', '074-251-630', '044-212-908', '043 222 111', '045-311-222', '055 123 456'];
  const posts: string[] = [];
  offices.forEach((office, i) => {
    const number = numbers[i]!;
    const body = `${random.pick(FILLERS)} ${random.pick(FILLERS)} ${random.pick(FILLERS)}`;
    posts.push(`ประกาศถึงประชาชน ${body} หากต้องการความช่วยเหลือ ติดต่อ${office} โทร ${number} ได้ตลอด 24 ชั่วโมง หรือสายด่วน 1784`);
    posts.push(`${body} แจ้งได้ที่${office} ${number} ในเวลาราชการ`);
  });
  for (const [office, number] of [
    ["the town hall's number", '074 200 400'],
    ['the municipal office on', '053 241 555'],
    ['the market office at', '044 212 908'],
    ['the district office number,', '053 112 340'],
    ["the disaster centre's line", '053 259 191'],
  ] as const)
    posts.push(`The streetlights on our road have been off for a week. I tried ${office} ${number} twice, nobody picked up.`);
  return cleanFamily('r11s.clean.office-numbers', posts);
}

export function round11SensitiveFamilies(seed: number): Family[] {
  const random = new Random(seed + 111);
  return [
    buriedRecords(random),
    englishRecords(random),
    abbreviatedRoles(random),
    missingChildPhones(random),
    ownHealth(random),
    beneficiaries(random),
    markedAnimals(random),
    statistics(random),
    officeNumbers(random),
  ];
}
