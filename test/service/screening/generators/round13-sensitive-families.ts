// Round 13 of issue 12, s.26 facts, numbers' owners and address extent. Hold side: a fact told as hearsay about a
// person named by an official duty title made one person by a uniqueness modifier (ครูเวรคนใหม่ประจำโรงอาหาร…
// รู้กันว่าเคยติดคุก…), in standard, Isan, Northern and English frames, some buried in a long letter; a fact about a
// person referred back to by a pronoun after a kinship word + nickname + home place (Southern, Isan, Northern,
// standard, English); a fact told in two clauses joined by แล้ว, และ, จน, then (both halves are the span); a private
// person's number after a relative clause; addresses on hyphenated, dotted and numbered roads (ถ.บางนา-ตราด,
// ถนนสาย 4135, ทางหลวง 401, Bangna-Trad Road). Clean side: the same titles thanked or told without a fact, hearsay
// without a fact, two-clause habits of groups, an office's number after a relative clause or a verb, those roads
// named alone. Vocabulary of its own (not read from the engine's lexicon, not copied from round13/sensitive.jsonl);
// every family draws from its own random stream, seeded from the seed and its name.
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { streamFor } from './random.js';

const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });

/** Official duty titles and the modifiers that make one of them one person. */
const DUTY_TITLES = ['ครูเวร', 'ภารโรง', 'นายช่าง', 'ยาม', 'คนดูแล', 'นักการ', 'คนเฝ้า', 'แม่ครัว', 'คนขับรถ'];
const UNIQUE_MODIFIERS = [
  'คนใหม่ของโรงอาหารโรงเรียนวัดโพธิ์',
  'ประจำศูนย์เด็กเล็กบ้านดอนตูม',
  'คนที่คุมงานท่อประปาซอยร่วมใจ',
  'คนใหม่ประจำตลาดสดเทศบาล 3',
  'ประจำสวนสาธารณะหนองน้ำใส',
  'คนที่เฝ้าลานจอดรถหน้าอำเภอ',
];
const HEARSAY = ['รู้กันว่า', 'ว่ากันว่า', 'ได้ยินมาว่า', 'ลือกันว่า', 'เขาลือว่า', 'ชาวบ้านรู้กันว่า', 'ที่ผู้ปกครองหลายคนรู้กันว่า', 'คนในซอยเว้ากันว่า'];
const RECORDS = [
  'เคยติดคุกคดียาเสพติด',
  'เคยโดนจับคดีลักทรัพย์',
  'เป็นโรคเอดส์',
  'ติดเชื้อเอชไอวี',
  'เคยเข้าคุกคดีข่มขืน',
  'เป็นโรคจิตเภท',
  'เคยต้องโทษคดีฉ้อโกง',
];
const LONG_OPENING =
  'เรียนเจ้าหน้าที่ครับ ผมขอร้องเรียนหลายเรื่อง เรื่องแรกคือไฟทางในซอยดับมาสองอาทิตย์ เรื่องที่สองคือถังขยะหน้าตลาดล้นทุกเช้า ส่วนเรื่องสุดท้าย ';
const LONG_CLOSING = ' อยากให้หน่วยงานช่วยตรวจสอบก่อนต่อสัญญาจ้างด้วยครับ ขอบคุณครับ';

function hearsayDuty(seed: number): Family {
  const name = 'r13s.hearsay-duty';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  let n = 0;
  for (const title of DUTY_TITLES)
    for (const hearsay of HEARSAY) {
      const modifier = UNIQUE_MODIFIERS[n % UNIQUE_MODIFIERS.length]!;
      const fact = random.pick(RECORDS);
      const body = `${title}${modifier} ${hearsay}${fact} ${random.pick(['ยังมาทำงานทุกวัน', 'เด็ก ๆ กลัวมาก', 'ข่อยบ่ไว้ใจ'])}`;
      posts.push([n % 3 === 0 ? `${LONG_OPENING}${body}${LONG_CLOSING}` : body, [pii('sensitive', fact)]]);
      n++;
    }
  return family(name, posts);
}

function hearsayDutyEnglish(seed: number): Family {
  const name = 'r13s.hearsay-duty-english';
  const random = streamFor(seed, name);
  const people = [
    'The new night watchman at the Soi 9 market',
    'the caretaker of the Moo 5 community hall',
    'The janitor at Wat Pho school',
    'the new cook at the municipal nursery',
    'The guard on duty at the district car park',
  ];
  const hearsay = ['rumour has it', 'people say', 'everyone knows', 'word is that', 'I heard that'];
  const facts = ['he was in prison for drug dealing', 'he has HIV', 'he did time for theft', 'she has schizophrenia'];
  const posts: Post[] = [];
  for (const person of people)
    for (const h of hearsay) {
      const fact = random.pick(facts);
      const span = fact.replace(/^(he|she) /, '');
      posts.push([
        `${person}, ${h} ${fact}. ${random.pick(['Please check.', 'Is that safe?', ''])}`.trim(),
        [pii('sensitive', span)],
      ]);
    }
  return family(name, posts);
}

/** Kinship word + nickname + home place, then a pronoun and the fact. */
const KIN_PEOPLE: readonly [string, string, string][] = [
  // [kinship + nickname, home place, pronoun]
  ['แบหมัด', 'บ้านริมคลองตำบลบานา', 'เขา'],
  ['ก๊ะนะ', 'บ้านหน้ามัสยิดกรือเซะ', 'แก'],
  ['เปาะซู', 'บ้านท้ายสวนยางบ้านทุ่งยาว', 'เค้า'],
  ['อ้ายคำ', 'บ้านโนนสะอาดหลังโรงสี', 'เพิ่น'],
  ['แม่ใหญ่ทองใบ', 'บ้านหนองแวงติดวัด', 'เพิ่น'],
  ['ป้อจายแก้ว', 'บ้านป่าตันท้ายซอย 5', 'เปิ้น'],
  ['ลุงเปี๊ยก', 'บ้านหลังสีเขียวปากซอยวัดใหม่', 'มัน'],
  ['น้าแอ๊ด', 'บ้านริมทางรถไฟชุมชนหัวลำโพง', 'เขา'],
];
const KIN_FACTS = ['ติดยาเสพติดหนัก', 'เป็นโรคซึมเศร้า', 'เพิ่งออกจากคุกคดีค้ายาบ้า', 'เป็นโรคลมบ้าหมู', 'เคยทำแท้ง', 'ติดเชื้อเอชไอวี'];

function pronounKin(seed: number): Family {
  const name = 'r13s.pronoun-kin';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  const middles = ['', ' ตอนนี้', ' ช่วงนี้', ' ชาวบ้านบอกว่า'];
  for (const [person, home, pronoun] of KIN_PEOPLE)
    for (const fact of random.pick([KIN_FACTS.slice(0, 3), KIN_FACTS.slice(3)])) {
      const middle = random.pick(middles);
      posts.push([
        `ขอแจ้งเรื่อง${person}${home}${middle} ${pronoun}${fact} ${random.pick(['อยากให้ อสม. มาดู', 'ขอเทศบาลช่วยประสาน', 'เด็กในซอยกลัวกันมาก'])}`,
        [pii('sensitive', fact)],
      ]);
    }
  for (const [person, fact] of [
    ['Uncle Dam from the house by the canal in Moo 4', 'is HIV positive'],
    ['Auntie Noi from the green house at the end of Soi 7', 'has schizophrenia'],
    ['Pak Mat from the stilt house by the mosque', 'was in prison for drug dealing'],
  ] as const)
    posts.push([`${person}, ${random.pick(['he', 'she'])} ${fact} and nobody helps.`, [pii('sensitive', fact)]]);
  return family(name, posts);
}

/** A fact told in two clauses; both halves are the span. */
function twoClauseFacts(seed: number): Family {
  const name = 'r13s.two-clause';
  const random = streamFor(seed, name);
  const people = [
    'ภารโรงโรงเรียนบ้านโคกกลาง',
    'ยามหมู่บ้านสุขสันต์',
    'ผู้ใหญ่บ้านหมู่ 3 บ้านหนองแวง',
    'ครูเวรประจำโรงเรียนวัดโพธิ์',
    'คนดูแลศาลาชุมชนบ้านดอน',
  ];
  const facts = [
    'เลิกไปวัดแล้วหันไปเข้ารีตเป็นคริสต์',
    'เลิกละหมาดแล้วหันไปนับถือพุทธ',
    'เคยติดยาบ้าจนต้องเข้าศูนย์บำบัด',
    'ติดเหล้าหนักจนเป็นโรคตับแข็ง',
    'ถูกจับคดีค้ายาแล้วติดคุกสามปี',
    'เลิกไปโบสถ์และเปลี่ยนไปนับถืออิสลาม',
  ];
  const posts: Post[] = [];
  for (const person of people)
    for (const fact of facts)
      posts.push([
        `${person}${fact} ${random.pick(['ชาวบ้านพูดกันทั้งซอย', 'ไม่รู้ว่าเทศบาลรู้หรือยัง', ''])}`.trim(),
        [pii('sensitive', fact)],
      ]);
  for (const fact of [
    'stopped going to church and then converted to Islam',
    'was arrested for dealing and then served two years',
    'got hooked on meth and ended up in rehab',
  ])
    posts.push([`The caretaker of the Ban Khlong Hae village hall ${fact}, everyone knows.`, [pii('sensitive', fact)]]);
  return family(name, posts);
}

/** A private person's number after a relative clause: still held. */
function privateNumberApart(seed: number): Family {
  const name = 'r13s.private-number-apart';
  const random = streamFor(seed, name);
  const owners = ['ลุงแดงที่ให้เบอร์ไว้ในกลุ่มไลน์หมู่บ้าน', 'พี่ยามที่ให้เบอร์ส่วนตัวไว้', 'เจ้าของบ้านเช่าที่ติดเบอร์ไว้หน้าประตู', 'ป้าศรีที่เขียนเบอร์ไว้ในใบปลิว'];
  const posts: Post[] = [];
  for (const owner of owners)
    for (let i = 0; i < 3; i++) {
      const number = `0${random.pick(['8', '9', '6'])}${random.digits(1)}-${random.digits(3)}-${random.digits(4)}`;
      posts.push([`ติดต่อ${owner} ${number} ${random.pick(['ได้เลยครับ', 'แกรับซ่อมปั๊มน้ำ', 'ถ้าจะเข้าไปดูท่อ'])}`, [pii('phone', number)]]);
    }
  return family(name, posts);
}

/** House number + a road written with a hyphen, dots or a route number + subdistrict. */
function roadShapes(seed: number): Family {
  const name = 'r13s.address-roads';
  const random = streamFor(seed, name);
  const roads = [
    'ถ.บางนา-ตราด',
    'ถนนมิตรภาพ-หนองคาย',
    'ถนนสาย 4135',
    'ทางหลวง 401',
    'ถ.ศรีนครินทร์-ร่มเกล้า',
    'ถนนเชียงใหม่-ลำปาง',
    'ทางหลวงหมายเลข 4',
    'ถ.พหลโยธิน-สระบุรี',
  ];
  const tambons = ['ต.บางพลีใหญ่', 'ต.ในเมือง', 'ต.คลองหอยโข่ง', 'ต.ท่าทอง', 'ตำบลหนองป่าครั่ง'];
  const posts: Post[] = [];
  for (const road of roads) {
    const address = `${random.int(1, 199)}/${random.int(1, 30)} หมู่ ${random.int(1, 12)} ${road} ${random.pick(tambons)}`;
    posts.push([`น้ำท่วมขังหน้าบ้านเลขที่ ${address} ${random.pick(['มาสามวันแล้ว', 'ขอรถดูดน้ำด่วน'])}`, [pii('address', address)]]);
    const short = `${random.int(1, 199)} ${road} ${random.pick(tambons)}`;
    posts.push([`ขอให้มาตัดกิ่งไม้ที่บ้านเลขที่ ${short} ก่อนพายุเข้าค่ะ`, [pii('address', short)]]);
  }
  for (const road of ['Bangna-Trad Road', 'Mittraphap-Nong Khai Road', 'Chiang Mai-Lampang Rd.']) {
    const address = `${random.int(1, 199)}/${random.int(1, 30)} ${road}, ${random.pick(['Bang Phli Yai', 'Nai Mueang', 'Tha Thong'])}`;
    posts.push([`The drain outside my house at ${address} has been blocked for a week`, [pii('address', address)]]);
  }
  return family(name, posts);
}

function cleanDutyTitles(seed: number): Family {
  const name = 'r13s.clean.duty-titles';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const title of DUTY_TITLES)
    for (const modifier of UNIQUE_MODIFIERS.slice(0, 3)) {
      posts.push(
        random.pick([
          `ขอบคุณ${title}${modifier}ที่ช่วยดูแลเด็ก ๆ ตอนฝนตกหนักค่ะ`,
          `${title}${modifier} ได้ยินมาว่าจะเกษียณปีหน้า อยากให้จัดงานขอบคุณ`,
          `${title}${modifier} ลือกันว่าจะย้ายไปอยู่อำเภออื่นแล้ว เสียดายมาก`,
          `${title}${modifier} ชาวบ้านรู้กันว่าใจดีมาก ช่วยเหลือทุกคน`,
        ]),
      );
    }
  posts.push('Rumour has it the new night watchman at the market starts next week, thank you for hiring more staff');
  posts.push('Everyone knows the caretaker of the community hall works hard, please give him a raise');
  return cleanFamily(name, posts);
}

function cleanHearsayGroups(seed: number): Family {
  const name = 'r13s.clean.hearsay-groups';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const h of HEARSAY.slice(0, 6))
    posts.push(
      `${h}${random.pick(['คนที่ติดยาเสพติดในชุมชนเพิ่มขึ้นมาก', 'ผู้ป่วยโรคเอดส์ในอำเภอลดลงแล้ว', 'คนติดเหล้าในหมู่บ้านมีหลายราย'])} ขอให้เทศบาลจัดโครงการ${random.pick(['บำบัด', 'ให้ความรู้'])}ด้วยครับ`,
    );
  for (const habit of ['เลิกเผาขยะแล้วหันไปทำปุ๋ยหมัก', 'เลิกใช้ถุงพลาสติกแล้วหันมาใช้ตะกร้า', 'ปลูกผักจนพอขายได้'])
    posts.push(`ชาวบ้านหมู่ ${random.int(1, 9)} ${habit}กันหมด ขอบคุณเทศบาลที่ให้ความรู้`);
  posts.push('อยากให้มีโครงการช่วยคนติดยาให้เลิกแล้วหันไปทำอาชีพ เช่น ปลูกผักขาย');
  posts.push('หมาของบ้านริมคลองหลังวัด มันเป็นโรคเรื้อน ขนร่วงหมดตัว ขอปศุสัตว์มาดูหน่อย');
  return cleanFamily(name, posts);
}

/** An office's number after a relative clause or a verb: published. */
function officeNumberApart(seed: number): Family {
  const name = 'r13s.clean.office-number-apart';
  const random = streamFor(seed, name);
  const offices = [
    'กองสาธารณสุขของเทศบาล',
    'กองช่างเทศบาลตำบลบางพลี',
    'อบต.นาดี',
    'งานป้องกันฯ ของเทศบาล',
    'สำนักงานเทศบาล',
    'กองคลัง อบต.ท่าทอง',
  ];
  const clauses = ['ที่ติดไว้หน้าเว็บ', 'ที่ให้ไว้ในประกาศ', 'ที่อยู่ในประกาศ', 'ที่เขียนไว้หน้าป้าย', 'ที่แจ้งไว้ในเพจ'];
  const posts: string[] = [];
  for (const office of offices)
    for (let i = 0; i < 2; i++) {
      const number = `0-${random.pick(['74', '53', '42', '38'])}${random.digits(2)}-${random.digits(4)}`;
      posts.push(
        `โทรไปเบอร์${office}${random.pick(clauses)} ${number} ${random.pick(['ไม่มีคนรับเลยค่ะ', 'สายไม่ว่างทั้งวัน', 'โทรไม่ติด'])}`,
      );
    }
  for (const office of ['the waste division of the municipality', 'the district office', 'the town hall'])
    posts.push(
      `I called ${office}, the number listed on the website, 0${random.digits(2)}-${random.digits(3)}-${random.digits(3)}, and nobody answered`,
    );
  posts.push(`สำนักงานเทศบาลให้เบอร์ไว้ในประกาศว่าแจ้งเหตุได้ที่ 053-${random.digits(3)}-${random.digits(3)} ตลอด 24 ชั่วโมง`);
  return cleanFamily(name, posts);
}

function cleanRoads(seed: number): Family {
  const name = 'r13s.clean.roads-alone';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  for (const road of ['ถนนบางนา-ตราด', 'ถ.มิตรภาพ-หนองคาย', 'ทางหลวง 401', 'ถนนสาย 4135', 'Bangna-Trad Road', 'ถนนเชียงใหม่-ลำปาง'])
    posts.push(
      `${road} ${random.pick(['กม.15 ขาออกมีหลุมใหญ่มาก', 'ช่วงหน้าตลาดไฟทางดับทั้งแถบ', 'near km 12 floods every time it rains'])}`,
    );
  return cleanFamily(name, posts);
}

export function round13SensitiveFamilies(seed: number): Family[] {
  return [
    hearsayDuty(seed),
    hearsayDutyEnglish(seed),
    pronounKin(seed),
    twoClauseFacts(seed),
    privateNumberApart(seed),
    roadShapes(seed),
    cleanDutyTitles(seed),
    cleanHearsayGroups(seed),
    officeNumberApart(seed),
    cleanRoads(seed),
  ];
}
