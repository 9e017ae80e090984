// Round 9 of issue 12, s.26 facts: records buried in long posts, and whole spans. Hold: a criminal record told in
// passive arrest wording (เคยถูกจับคดี…, โดนตำรวจจับข้อหา…, ถูกศาลตัดสิน…, "was arrested for", "was convicted of") with its
// offence and its time in one run, about a person introduced by the service sentences before; a condition said with
// its copula and patient-word (เป็นผู้ป่วยจิตเวช, เป็นคนไข้…, เป็นผู้ติด…). Clean: arrests and fines that are news about
// nobody named (ตำรวจจับแก๊ง…, ถูกตำรวจจับปรับ), the poster's own or a relative's patient status, patients as a group.
// Every label is the whole fact. Vocabulary of its own; a random stream of its own (seed + 9).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const pii = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });
type Post = [string, LabelledSpan[]];

const TH_SERVICES: [string, string][] = [
  ['คนขับรถรับส่งนักเรียนโรงเรียนบ้านหนองบัว', 'รถมาสายทุกเช้า แอร์ก็เสีย เด็กต้องยืนรอตากแดดหน้าปากซอย'],
  ['ยามกะดึกคอนโดริมปิงวิลล์', 'ชอบเปิดไม้กั้นให้รถแปลกหน้าเข้าออกไม่แลกบัตร กลางคืนก็นั่งหลับ'],
  ['ภารโรงโรงเรียนวัดศรีสุพรรณ', 'ไม่ค่อยทำความสะอาดห้องน้ำ ขยะล้นถังทุกวันจันทร์'],
  ['คนเฝ้าลานจอดรถตลาดเจเจ', 'เก็บค่าจอดเกินป้ายแล้วไม่ให้ใบเสร็จ'],
  ['พี่เลี้ยงศูนย์เด็กเล็กบ้านดอนแก้ว', 'ปล่อยให้เด็กนั่งดูมือถือทั้งบ่าย ผู้ปกครองบ่นกันมาก'],
  ['ช่างซ่อมไฟที่เทศบาลจ้างมาประจำซอยวัดเจ็ดยอด', 'มาทำงานตอนดึก ซ่อมไม่เสร็จสักที'],
];
const TH_TELLERS = ['เพื่อนบ้านเล่าว่าเขา', 'แม่ค้าแถวนั้นบอกว่าแก', 'ได้ยินมาว่าเขา', 'คนในซอยรู้กันว่าแก', 'ผู้ปกครองบางคนบอกว่าเขา'];
const TH_RECORDS = [
  'เคยถูกจับคดียาเสพติดเมื่อสิบปีก่อน',
  'โดนตำรวจจับข้อหาลักทรัพย์ตอนอยู่กรุงเทพ',
  'ถูกศาลตัดสินจำคุกคดีทำร้ายร่างกายเมื่อปี 2561',
  'เคยโดนจับข้อหาอนาจารเด็กเมื่อหลายปีก่อน',
  'ถูกจับกุมข้อหาค้ายาบ้าเมื่อปีที่แล้ว',
  'เคยถูกดำเนินคดีฉ้อโกงที่จังหวัดลำปาง',
  'มีประวัติทำร้ายเมียจนต้องแจ้งความ',
];
const TH_ASKS = [
  'อยากให้เทศบาลตรวจสอบประวัติคนที่จ้างมาด้วยค่ะ ถนนหน้าโรงเรียนก็เป็นหลุมเป็นบ่อ ฝนตกทีน้ำขังทั้งสัปดาห์ ขอบคุณค่ะ',
  'ขอให้หน่วยงานที่เกี่ยวข้องช่วยดูแลความปลอดภัยของเด็กๆ ด้วยครับ ไฟถนนในซอยก็ดับมาสองอาทิตย์แล้ว',
];

/** A record told in passive arrest wording, with offence and time, sentences after the person's service. */
function recordBuried(random: Random): Post[] {
  const posts: Post[] = [];
  for (const [role, service] of TH_SERVICES)
    for (const record of TH_RECORDS) {
      if (random.next() < 0.4) continue;
      posts.push([
        `เรียนเจ้าหน้าที่ครับ ขอแจ้งเรื่อง${role} ${service} ร้องเรียนไปหลายครั้งแล้วไม่มีอะไรดีขึ้น ที่กังวลที่สุดคือ${random.pick(TH_TELLERS)}${record} ${random.pick(TH_ASKS)}`,
        [pii(record)],
      ]);
    }
  return posts;
}

const EN_ROLES = [
  'the caretaker at the Riverside Condo',
  'the security guard at the car park behind the night bazaar',
  'the driver of the school van for Prem kindergarten',
  'the handyman our landlord sends round',
  'the man who runs the kayak rental at the reservoir',
];
const EN_RECORDS = [
  'was arrested for assaulting a teenager in Pattaya a few years ago',
  'was convicted of fraud in 2019',
  'was convicted of dealing meth in Udon',
  'had a spell in jail for burglary',
  'had a stint in prison for smuggling',
  'spent a year in a rehab clinic for heroin',
  'spent six months in a detox centre',
];

function recordEnglish(random: Random): Post[] {
  const posts: Post[] = [];
  for (const role of EN_ROLES)
    for (const record of EN_RECORDS) {
      if (random.next() < 0.4) continue;
      const Role = role[0]!.toUpperCase() + role.slice(1);
      posts.push([
        `${Role} keeps the pool gate unlocked at night and ignores our messages. ${random.pick(['A neighbour told me he', 'Apparently he', 'We found out he'])} ${record}. Please check who the management company hires.`,
        [pii(record)],
      ]);
    }
  return posts;
}

const TH_PATIENT_ROLES = [
  'แม่บ้านทำความสะอาดตึกเทศบาล',
  'ลุงยามหน้าธนาคารสาขาตลาดหลวง',
  'เด็กปั๊มที่ปั๊มทางไปแม่ริม',
  'ป้าที่ขายข้าวแกงตรงข้ามไปรษณีย์',
  'ครูสอนพิเศษหน้าโรงเรียนยุพราช',
];
const TH_PATIENT_FACTS = [
  'เป็นผู้ป่วยจิตเวชที่ไม่ยอมกินยา',
  'เป็นคนไข้โรคจิตเภทของโรงพยาบาลสวนปรุง',
  'เป็นผู้ติดยาบ้ามาหลายปี',
  'เป็นผู้ติดเชื้อเอชไอวี',
  'เป็นผู้ป่วยโรคซึมเศร้าขั้นรุนแรง',
];

/** The copula and the patient-word are the fact's own: the span starts at เป็น. */
function patientCopula(random: Random): Post[] {
  const posts: Post[] = [];
  for (const role of TH_PATIENT_ROLES)
    for (const fact of TH_PATIENT_FACTS)
      posts.push([
        `${role}${fact} ${random.pick(['บางวันตะโกนใส่คนที่มาติดต่อ', 'ไม่ควรทำงานกับเด็กแล้ว', 'ฝากเทศบาลดูแลด้วย'])}`,
        [pii(fact)],
      ]);
  return posts;
}

/** Arrests and fines that are news about nobody named. */
function arrestNews(random: Random): Post[] {
  const th = [
    'ขอบคุณตำรวจที่จับกุมแก๊งขโมยมอเตอร์ไซค์ได้แล้ว',
    'เมื่อคืนมีคนถูกจับที่ร้านเหล้าหน้ามหาลัย ตำรวจมาหลายคัน',
    'คนขับรถตู้ที่จอดรับคนบนสะพานถูกตำรวจจับปรับไปหลายครั้งแล้ว',
    'ตำรวจจับรถบรรทุกดินที่วิ่งเกินน้ำหนักได้หลายคัน',
    'บริษัทรับเหมาเจ้านี้ถูกศาลตัดสินให้จ่ายค่าเสียหายไปแล้ว',
    'แม่ค้าหาบเร่โดนเทศกิจจับปรับทุกสัปดาห์',
  ];
  const thAsk = ['อยากให้ติดกล้องวงจรปิดเพิ่มที่ปากซอย', 'ขอให้จัดระเบียบจุดจอดรถใหม่', 'ถนนพังไปแล้วใครจะซ่อมครับ'];
  const en = [
    'Thanks to the police for arresting the gang snatching bags near Tha Phae Gate',
    'The tuk-tuk drivers at the night bazaar got fined again for parking on the crossing',
    'Two men were arrested for street racing on the ring road last night',
  ];
  const posts: Post[] = [];
  for (const t of th) posts.push([`${t} ${random.pick(thAsk)}`, []]);
  for (const t of en) posts.push([`${t}. Could the city add lights and a proper rank there?`, []]);
  return posts;
}

/** The poster's own patient status, a relative's need, patients as a group or a ward. */
function patientsClean(random: Random): Post[] {
  const own = [
    'ดิฉันเป็นผู้ป่วยโรคไตต้องฟอกเลือดสัปดาห์ละสามครั้ง',
    'ผมเป็นคนไข้เบาหวานของโรงพยาบาลนครพิงค์',
    'พ่อผมเป็นผู้ป่วยติดเตียงครับ',
    'ช่วงนี้ผมป่วยเป็นโรคซึมเศร้า หมอให้พักงาน',
  ];
  const group = [
    'หอผู้ป่วยจิตเวชของโรงพยาบาลจังหวัดน้ำรั่วทุกครั้งที่ฝนตก',
    'ทุกวันพุธจะมีรถโมบายมาตรวจคนไข้เบาหวานที่ศาลาวัด',
    'โครงการบำบัดผู้ติดยาเสพติดของอำเภอจะจัดที่หอประชุมเทศบาล',
  ];
  const ask = ['ทางเท้าหน้าโรงพยาบาลเป็นหลุม ขอให้ซ่อมด้วยค่ะ', 'อยากขอรถรับส่งของเทศบาล ต้องติดต่อที่ไหนครับ', 'ที่จอดรถไม่มีเลย ขอจัดให้หน่อยค่ะ'];
  return [...own, ...group].map((t): Post => [`${t} ${random.pick(ask)}`, []]);
}

export function round9SensitiveFamilies(seed: number): Family[] {
  const random = new Random(seed + 9);
  return [
    family('r9s.record-buried', recordBuried(random)),
    family('r9s.record-english', recordEnglish(random)),
    family('r9s.patient-copula', patientCopula(random)),
    family('r9s.clean.arrest-news', arrestNews(random), 'publish'),
    family('r9s.clean.patients', patientsClean(random), 'publish'),
  ];
}
