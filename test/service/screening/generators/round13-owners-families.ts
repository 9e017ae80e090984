// Round 13: whose contact it is, for every kind. Hold: a private person's bank account, PromptPay number, e-mail or
// home landline in the frames an office's would stand in (a refund, a fee, a donation, a staff member's own mailbox),
// every owner word (pronouns of every dialect, kin, ส่วนตัว, a role held by one person) × every frame, and in English
// (my account, his own account, my email); a public body's name used as a place (the seller at the municipal market).
// Clean: an office's account or PromptPay (every office kind: municipality, SAO, school, temple, foundation, co-op,
// hospital, village fund) × fee and donation frames × banks; an office's e-mail by domain class (go.th, ac.th, or.th),
// by role mailbox (saraban@, info@, complaint@) or by an office word before a free-provider address; an office's
// landline named by an office head and any word after it (กองพัสดุ, สำนักทะเบียน, หน่วยรับบริจาค) or an English office
// noun (section, desk, counter). Vocabulary of its own; each family has its own random stream, seeded from its name.
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { Random, streamFor } from './random.js';

const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });

/** An account number in one of the printed shapes (3-1-5-1, 3-1-6, 4-1-5), never a phone's 0 + 2-9 lead. */
function account(random: Random): string {
  const lead = String(random.int(1, 9)) + random.digits(2);
  switch (random.int(0, 2)) {
    case 0:
      return `${lead}-${random.digits(1)}-${random.digits(5)}-${random.digits(1)}`;
    case 1:
      return `${lead}-${random.digits(1)}-${random.digits(6)}`;
    default:
      return `${lead}${random.digits(1)}-${random.digits(1)}-${random.digits(5)}`;
  }
}
const mobile = (random: Random) => `08${random.int(1, 9)}${random.digits(7)}`;
const BANKS = ['กสิกร', 'ธ.กรุงไทย', 'ออมสิน', 'ธ.ก.ส.', 'ไทยพาณิชย์', 'กรุงศรี', 'ttb'];

/** Who owns the account: a private person, in every dialect and by kin, role or mark. */
const PERSON_OWNERS = [
  'ผม',
  'ดิฉัน',
  'หนูเอง',
  'ป้าแก',
  'เมียผม',
  'ลูกสาวผม',
  'ส่วนตัวของเขา',
  'ของคนขับรถเทศบาล',
  'เปิ้น',
  'ข่อย',
  'เค้า',
  'ส่วนตัวประธานชมรม',
  'ของเหรัญญิกกองทุน',
  'ของแม่ค้าในตลาดเทศบาล',
];
/** Frames around a person's account, an office named elsewhere in them. */
const PERSON_FRAMES: readonly ((owner: string, bank: string, no: string) => string)[] = [
  (o, b, n) => `เทศบาลเก็บค่าขยะซ้ำ ขอให้โอนคืนเข้าบัญชี${o} ${b} ${n} ด้วยค่ะ`,
  (o, b, n) => `เจ้าหน้าที่ อบต. บอกให้โอนค่าธรรมเนียมเข้าบัญชี${o} ${b} ${n} แบบนี้ถูกไหม`,
  (o, b, n) => `ช่วยค่ารักษาหน่อยนะคะ โอนเข้าบัญชี${o}ได้ที่ ${b} ${n} ขอบคุณทุกคน`,
  (o, b, n) => `ลุงที่ขายผักในตลาดเทศบาลให้โอนค่าผักเข้าบัญชี${o} ${n} แล้วไม่ส่งของ`,
  (o, b, n) => `เงินประกันซองงานถนนยังไม่ได้คืน บัญชี${o} ${b} ${n} รอมาสามเดือนแล้วเด้อ`,
];

function personAccounts(seed: number): Family {
  const name = 'round13-owners: a private person’s account in an office frame';
  const random = streamFor(seed, name);
  const posts: Post[] = [];
  PERSON_OWNERS.forEach((owner, i) => {
    for (let k = 0; k < 2; k++) {
      const no = account(random);
      posts.push([PERSON_FRAMES[(i + k) % PERSON_FRAMES.length]!(owner, random.pick(BANKS), no), [pii('bank_account', no)]]);
    }
  });
  return family(name, posts);
}

function personPromptPay(seed: number): Family {
  const name = 'round13-owners: a private person’s PromptPay';
  const random = streamFor(seed, name);
  const frames: readonly ((owner: string, no: string) => string)[] = [
    (o, n) => `สมัครงานเทศบาลแล้วเขาให้โอนค่าสมัครเข้าพร้อมเพย์${o} ${n} จริงไหมคะ`,
    (o, n) => `บ้านไฟไหม้หมดหลัง ใครช่วยได้โอนพร้อมเพย์${o} ${n} ได้เลย`,
    (o, n) => `ค่าที่แผงในกาดเทศบาลเปิ้นให้จ่ายผ่านพร้อมเพย์${o} ${n} บ่มีใบเสร็จ`,
  ];
  const posts: Post[] = PERSON_OWNERS.map((owner, i) => {
    const no = mobile(random);
    return [frames[i % frames.length]!(owner, no), [pii('bank_account', no)]];
  });
  return family(name, posts);
}

function englishPersonAccounts(seed: number): Family {
  const name = 'round13-owners: a private person’s account in English';
  const random = streamFor(seed, name);
  const owners = ['my', 'his own', 'her personal', 'my mother’s', 'the vendor’s', 'my landlord’s'];
  const frames: readonly ((owner: string, no: string) => string)[] = [
    (o, n) => `Please refund the water deposit to ${o} account ${n}, the municipality charged twice.`,
    (o, n) => `A clerk at the district office asked me to pay the fee into ${o} account ${n}, is that normal?`,
    (o, n) => `The seller at the municipal market wants the money in ${o} account, Krungthai ${n}.`,
  ];
  const posts: Post[] = [];
  owners.forEach((owner, i) => {
    for (let k = 0; k < 2; k++) {
      const no = account(random);
      posts.push([frames[(i + k) % frames.length]!(owner, no), [pii('bank_account', no)]]);
    }
  });
  return family(name, posts);
}

const LOCALS = ['somchai.k', 'noi_2530', 'tonkla88', 'jiraporn.w', 'ploy.bkk', 'wichai1975'];
const FREE = ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.co.th'];

function personEmails(seed: number): Family {
  const name = 'round13-owners: a private person’s e-mail, an office named nearby';
  const random = streamFor(seed, name);
  const frames: readonly ((address: string) => string)[] = [
    (a) => `อบต.ให้ส่งเอกสารไปที่อีเมลของปลัดเอง ${a} ค่ะ`,
    (a) => `ครูที่โรงเรียนเทศบาลให้ส่งการบ้านทางอีเมลส่วนตัว ${a}`,
    (a) => `ใครเห็นหมาหลงแถวตลาดเทศบาล ทักมาที่เมลผมได้ครับ ${a}`,
    (a) => `อีเมลลูกสาวป้า ${a} ส่งเรื่องไปเทศบาลแล้วไม่มีใครตอบ`,
    (a) => `my email is ${a} if the town hall wants to reply`,
    (a) => `The officer gave me his personal email ${a} instead of the office one.`,
    (a) => `ส่งรูปมาที่เมลเปิ้น ${a} ได้เลยเจ้า จะรวบรวมส่งเทศบาล`,
  ];
  const posts: Post[] = [];
  frames.forEach((frame, i) => {
    for (let k = 0; k < 2; k++) {
      const address = `${LOCALS[(i + k) % LOCALS.length]}@${random.pick(FREE)}`;
      posts.push([frame(address), [pii('email', address)]]);
    }
  });
  return family(name, posts);
}

function privateLandlines(seed: number): Family {
  const name = 'round13-owners: a private home landline, an office named nearby';
  const random = streamFor(seed, name);
  const frames: readonly ((no: string) => string)[] = [
    (n) => `บ้านผมเบอร์ ${n} กองช่างโทรมาก่อนเข้าไปตัดต้นไม้ด้วย`,
    (n) => `ลุงที่ทำงานโรงงานน้ำแข็งเบอร์ ${n} เปิดเครื่องจักรเสียงดังทั้งคืน`,
    (n) => `ป้าขายของในงานวัดประจำปี เบอร์บ้านแก ${n} ฝากเทศบาลเตือนเรื่องขยะ`,
    (n) => `my home number is ${n}, the district office can call me there`,
  ];
  const posts: Post[] = [];
  for (const frame of frames)
    for (let k = 0; k < 2; k++) {
      const no = `0${random.pick([2, 3, 4, 5, 7])}${random.int(2, 9)}-${random.digits(3)}-${random.digits(3)}`;
      posts.push([frame(no), [pii('phone', no)]]);
    }
  return family(name, posts);
}

/** Offices that publish an account: every kind a municipality's site hears of. */
const OFFICES = [
  'เทศบาลตำบลบ้านโป่ง',
  'อบต.หนองแวง',
  'โรงเรียนบ้านนาดี',
  'วัดป่าสักงาม',
  'มูลนิธิกู้ภัยบ้านไผ่',
  'สหกรณ์ออมทรัพย์ครูอำเภอ',
  'รพ.สต.บ้านหนองบัว',
  'กองทุนหมู่บ้านโคกสูง',
  'เทศบาลเมืองลำพูน',
  'สำนักสงฆ์ดอยงาม',
];
const OFFICE_FRAMES: readonly ((office: string, bank: string, no: string) => string)[] = [
  (o, b, n) => `ชำระค่าธรรมเนียมเก็บขยะได้ที่บัญชี${o} ${b} ${n} แล้วส่งสลิปให้กองคลัง`,
  (o, b, n) => `บัญชีรับชำระภาษีป้ายของ${o} ${b} ${n} ใช่บัญชีนี้ไหมคะ ป้าจะได้โอนถูก`,
  (o, b, n) => `${o}เปิดรับบริจาคสร้างศาลา โอนเข้าบัญชี${o} ${b} ${n} ได้เลยเด้อ`,
  (o, b, n) => `ขอถามค่ะ ค่าน้ำประปาโอนเข้าบัญชีของ${o} ${n} แล้วต้องแจ้งใครอีกไหม`,
];

function officeAccounts(seed: number): Family {
  const name = 'round13-owners: an office’s own account';
  const random = streamFor(seed, name);
  const posts: string[] = [];
  OFFICES.forEach((office, i) => {
    for (let k = 0; k < 2; k++)
      posts.push(OFFICE_FRAMES[(i + k) % OFFICE_FRAMES.length]!(office, random.pick(BANKS), account(random)));
  });
  return cleanFamily(name, posts);
}

function officePromptPay(seed: number): Family {
  const name = 'round13-owners: an office’s PromptPay';
  const random = streamFor(seed, name);
  const frames: readonly ((office: string, no: string) => string)[] = [
    (o, n) => `จ่ายค่าน้ำผ่านพร้อมเพย์ของ ${o} ${n} ได้แล้วนะ สะดวกมาก`,
    (o, n) => `ร่วมทำบุญทอดกฐินผ่านพร้อมเพย์${o} ${n} ค่ะ`,
  ];
  return cleanFamily(
    name,
    OFFICES.map((office, i) => frames[i % frames.length]!(office, `099400${random.digits(7)}`)),
  );
}

function englishOfficeAccounts(seed: number): Family {
  const name = 'round13-owners: an office’s account in English';
  const random = streamFor(seed, name);
  const offices = ['the municipality’s', 'the temple’s', 'the school’s', 'the foundation’s', 'the co-op', 'the hospital’s'];
  const frames: readonly ((office: string, no: string) => string)[] = [
    (o, n) => `You can pay the waste fee into ${o} account ${n} and send the slip to the finance division.`,
    (o, n) => `Donations for the flood victims go to ${o} account, Krungthai ${n}.`,
  ];
  const posts: string[] = [];
  offices.forEach((office, i) => {
    for (let k = 0; k < 2; k++) posts.push(frames[(i + k) % frames.length]!(office, account(random)));
  });
  return cleanFamily(name, posts);
}

function officeEmails(seed: number): Family {
  const name = 'round13-owners: an office’s e-mail (domain, role mailbox, office word)';
  const random = streamFor(seed, name);
  const towns = ['banpong', 'nongwaeng', 'lamphuncity', 'khoksung', 'saraburi'];
  const addresses = [
    () => `saraban@${random.pick(towns)}.go.th`,
    () => `complaint@${random.pick(towns)}.go.th`,
    () => `${random.pick(['admission', 'registrar', 'info'])}@${random.pick(['cmru', 'ubu', 'psu'])}.ac.th`,
    () => `contact@${random.pick(['siamroad', 'northwater', 'cleancity'])}.co.th`,
    () => `info@${random.pick(['rescue-banphai', 'redcross-lamphun'])}.or.th`,
    () => `saraban.${random.pick(towns)}@gmail.com`,
    () => `${random.pick(towns)}.${random.pick(['it', 'tax', 'water'])}@${random.pick(towns)}.go.th`,
  ];
  const frames: readonly ((address: string) => string)[] = [
    (a) => `ส่งเอกสารขออนุญาตก่อสร้างทางอีเมล ${a} ได้ไหมครับ หรือต้องไปยื่นเอง`,
    (a) => `You can email the complaint desk at ${a}, they replied within a week`,
    (a) => `ลูกส่งใบสมัครไปที่ ${a} แล้วเจ้า ขอถามเรื่องรถรับส่ง`,
    (a) => `ถ้าจะร้องเรียนเรื่องฝุ่นส่งไปที่ ${a} เลยค่ะ`,
  ];
  const posts: string[] = [];
  addresses.forEach((address, i) => {
    for (let k = 0; k < 2; k++) posts.push(frames[(i + k) % frames.length]!(address()));
  });
  const offices = ['กองช่าง', 'งานทะเบียนราษฎร', 'สำนักปลัด', 'ศูนย์ดำรงธรรม', 'ฝ่ายการเงินของโรงเรียน', 'กองพัสดุ'];
  for (const office of offices)
    posts.push(
      `อีเมล${office} ${random.pick(['kongchang', 'registry', 'palad', 'damrongtham'])}.${random.pick(towns)}@gmail.com ไม่มีใครตอบเลย`,
    );
  return cleanFamily(name, posts);
}

function officeLandlines(seed: number): Family {
  const name = 'round13-owners: an office’s landline named by an office head or noun';
  const random = streamFor(seed, name);
  const offices = [
    'กองพัสดุ',
    'สำนักทะเบียนอำเภอเมือง',
    'แผนกผู้ป่วยนอก',
    'หน่วยรับบริจาคโลหิต',
    'เคาน์เตอร์ประปา',
    'ด่านตรวจสัตว์',
    'งานป้องกันฯ',
    'ศาลาประชาคมอำเภอ',
    'กองสวัสดิการสังคม',
    'สำนักการช่าง',
  ];
  const frames: readonly ((office: string, no: string) => string)[] = [
    (o, n) => `ติดต่อ${o} โทร ${n} เรื่องย้ายทะเบียนบ้าน`,
    (o, n) => `ถาม${o}ที่ ${n} แล้วเขาบอกให้มาร้องเรียนในเว็บนี้`,
    (o, n) => `${o} ${n} รับสายช้ามาก เมื่อคืนโทรไปสิบนาที`,
  ];
  const posts: string[] = [];
  offices.forEach((office, i) => {
    const no = `0${random.pick([2, 3, 4, 5, 7])}${random.int(2, 9)}-${random.digits(3)}-${random.digits(3)}`;
    posts.push(frames[i % frames.length]!(office, no));
  });
  for (const noun of ['water works section', 'registration desk', 'tax counter', 'waterworks authority'])
    posts.push(
      `The ${noun} answers on 0${random.pick([2, 3, 4, 5, 7])}${random.int(2, 9)} ${random.digits(3)} ${random.digits(3)} until 4 pm.`,
    );
  return cleanFamily(name, posts);
}

export function round13OwnersFamilies(seed: number): Family[] {
  return [
    personAccounts(seed),
    personPromptPay(seed),
    englishPersonAccounts(seed),
    personEmails(seed),
    privateLandlines(seed),
    officeAccounts(seed),
    officePromptPay(seed),
    englishOfficeAccounts(seed),
    officeEmails(seed),
    officeLandlines(seed),
  ];
}
