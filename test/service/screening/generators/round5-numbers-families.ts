// Round 5 of issue 12 (`r5.*`, its own random stream seed + 5): addresses and numbers outside the Thai templates, written
// before the round-5 engine change and scored untuned first. Addresses are labelled WHOLE (house number to the last
// locating part that follows: village, moo, soi, road, subdistrict, district, province, postcode) in every script and
// order: English transliteration with its abbreviations, Thai parts inside an English sentence, Thai abbreviations
// without หมู่, Thai digits, dialect introducers and chat; passports (letter + digits, nine digits, the word before or
// after, migrant workers' CI and pink cards); truck and motorbike plates with the province after or before; phones in
// odd forms; LINE handles. Clean families: the traps these could trip (public numbers, roads and moo alone, distances,
// prices, dates, case and letter numbers, wrong check digits, km markers, bus lines, red plates).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random, thaiDigits } from './random.js';

const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });
type Post = [string, LabelledSpan[]];

/** A romanised locality: its village, subdistrict, district and province (with postcode), as foreigners copy them. */
interface Locality {
  village: string;
  tambon: string;
  amphoe: string;
  province: string;
  postcode: string;
}
const LOCALITIES: readonly Locality[] = [
  { village: 'Nong Khai Nok', tambon: 'Nong Bua', amphoe: 'Mueang', province: 'Udon Thani', postcode: '41000' },
  { village: 'Pa Sak', tambon: 'San Sai Noi', amphoe: 'San Sai', province: 'Chiang Mai', postcode: '50210' },
  { village: 'Don Chai', tambon: 'Ban Waen', amphoe: 'Hang Dong', province: 'Chiang Mai', postcode: '50230' },
  { village: 'Khok Sawang', tambon: 'Tha Phra', amphoe: 'Mueang', province: 'Khon Kaen', postcode: '40260' },
  { village: 'Huai Sai', tambon: 'Nong Prue', amphoe: 'Bang Lamung', province: 'Chonburi', postcode: '20150' },
  { village: 'Tha Rua', tambon: 'Pa Daet', amphoe: 'Mueang', province: 'Chiang Rai', postcode: '57000' },
  { village: 'Na Kham', tambon: 'Nong Hoi', amphoe: 'Mueang', province: 'Ratchaburi', postcode: '70000' },
  { village: 'Sai Mun', tambon: 'Cha-am', amphoe: 'Cha-am', province: 'Phetchaburi', postcode: '76120' },
];

/** Ways of writing each part before its name (or after it, for the English suffix words). */
const MOO = ['Moo {n}', 'Mu {n}', 'M.{n}', 'Moo {n}', 'Village No. {n}', 'moo {n}'];
const VILLAGE = ['Baan {v}', 'Ban {v}', ''];
const TAMBON = ['T. {t}', 'Tambon {t}', 'Sub-district {t}', '{t} Subdistrict', 'Tambon {t}'];
const AMPHOE = ['A. {a}', 'Amphoe {a}', 'District {a}', '{a} District', 'Amphur {a}', ''];
const PROVINCE = ['{p} {z}', '{p}', '{p} {z}', ''];
const SEPARATORS = [', ', ' '];

/** What people write before an address (the address follows) and after it (the complaint). */
const EN_BEFORE = [
  'I live at ',
  'Near my place at ',
  'Please arrange delivery to ',
  'My neighbour at ',
  'The owner of the house at ',
  'The dog owner at ',
  'my house at ',
  'The karaoke bar at ',
  'Our landlord lives at ',
];
const EN_AFTER = [
  ' burns plastic every evening.',
  ', and the drain has been blocked for two weeks.',
  ' - the dogs bite kids on bicycles',
  ' and nobody has collected the rubbish since Monday',
  '. Please send someone to check the noise.',
  ' pls help',
];

const houseNumber = (random: Random) =>
  random.next() < 0.6 ? `${random.int(1, 199)}/${random.int(1, 40)}` : String(random.int(3, 499));

/** Joins the non-empty parts with a separator chosen once per address (commas or spaces throughout). */
function joinParts(parts: readonly string[], sep: string): string {
  return parts.filter((p) => p).join(sep);
}

/** Full English addresses: every way of writing moo, village, tambon, amphoe and province, with and without commas. */
function englishFull(random: Random): Family[] {
  const full: Post[] = [];
  const lower: Post[] = [];
  for (const moo of MOO)
    for (const tambon of TAMBON) {
      const l = random.pick(LOCALITIES);
      const sep = random.pick(SEPARATORS);
      const parts = [
        houseNumber(random) + ' ' + moo.replace('{n}', String(random.int(1, 15))),
        random.pick(VILLAGE).replace('{v}', l.village),
        tambon.replace('{t}', l.tambon),
        random.pick(AMPHOE).replace('{a}', l.amphoe),
        random.pick(PROVINCE).replace('{p}', l.province).replace('{z}', l.postcode),
      ];
      const address = joinParts(parts, sep);
      full.push([`${random.pick(EN_BEFORE)}${address}${random.pick(EN_AFTER)}`, [pii('address', address)]]);
      // Chat: all lower case, no commas.
      const chat = joinParts(parts, ' ').toLowerCase();
      lower.push([`${random.pick(EN_BEFORE).toLowerCase()}${chat}${random.pick(EN_AFTER)}`, [pii('address', chat)]]);
    }
  return [family('r5.address.english-full', full), family('r5.address.english-chat', lower)];
}

/** City addresses: soi, lane, road (before or after its name, Thanon, Rd.), khwaeng/khet or bare names, Bangkok. */
function englishCity(random: Random): Family {
  const posts: Post[] = [];
  const ADDRESSES = [
    () => `${random.int(3, 99)}, Soi Sukhumvit ${random.int(1, 99)} (Pridi ${random.int(1, 9)}), Khlong Tan Nuea`,
    () => `${random.int(3, 99)} Lane ${random.int(1, 9)}, Nimman Road, Suthep`,
    () => `${random.int(3, 299)} Thanon Nimmanhaemin, Suthep, Chiang Mai 50200`,
    () => `${random.int(3, 299)} Phetkasem Rd., Hua Hin District, Prachuap Khiri Khan 77110`,
    () => `${random.int(3, 99)} Soi Ari ${random.int(1, 5)}, Phaya Thai, Bangkok 10400`,
    () => `${random.int(3, 99)} Soi Sukhumvit ${random.int(50, 101)}/${random.int(1, 3)}, Khwaeng Bang Chak, Khet Phra Khanong`,
    () => `${random.int(3, 99)}/${random.int(1, 9)} Charoen Krung Road, Soi ${random.int(30, 60)}, Bang Rak, Bangkok`,
    () => `${random.int(3, 99)} Soi Ekkamai ${random.int(2, 20)}, Khlong Tan Nuea, Watthana, Bangkok 10110`,
    () => `${random.int(100, 3000)} Rama ${random.int(2, 9)} Road, Khwaeng Bang Khlo, Khet Bang Kho Laem, Bangkok 10120`,
    () => `${random.int(3, 99)}/${random.int(1, 99)} Thanon Chang Khlan, Tambon Chang Khlan, Amphoe Mueang`,
  ];
  for (const make of ADDRESSES)
    for (let k = 0; k < 3; k++) {
      const a = make();
      const lead = random.pick(['house ', '', '', 'No. ']);
      posts.push([`${random.pick(EN_BEFORE)}${lead}${a}${random.pick(EN_AFTER)}`, [pii('address', a)]]);
    }
  return family('r5.address.english-city', posts);
}

/** Rooms in named buildings with a branch or a road after the building's name. */
function englishBuildings(random: Random): Family {
  const posts: Post[] = [];
  for (const building of [
    'Lumpini Place Rama 3',
    'The Base Sukhumvit 77',
    'Supalai Park Tower',
    'Baan Suan Condo',
    'Ideo Mobi Asoke',
  ])
    for (const room of ['Unit {r}', 'Room {r}', 'Rm. {r}']) {
      const floor = random.int(2, 30);
      const a = `${room.replace('{r}', String(floor * 100 + random.int(1, 40)))}, ${floor}${floor === 2 || floor === 22 ? 'nd' : floor === 3 || floor === 23 ? 'rd' : 'th'} floor, ${building}`;
      posts.push([
        `${random.pick(['My neighbour in ', 'The tenant of ', 'Someone in '])}${a} smokes on the balcony every night`,
        [pii('address', a)],
      ]);
    }
  return family('r5.address.english-building', posts);
}

/** An English sentence whose address parts are written in Thai script (copied from a letter or a map). */
function englishThaiParts(random: Random): Family {
  const posts: Post[] = [];
  const THAI_PARTS = [
    'ซอยวัดเกตุ ถนนเจริญราษฎร์',
    'หมู่ 5 ต.หนองบัว อ.เมือง จ.อุดรธานี',
    'ม.3 ตำบลสันทรายน้อย',
    'ถ.มิตรภาพ ต.ในเมือง',
    'ซ.ลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ 10230',
    'Moo 4 ต.ท่าช้าง อ.เมือง',
  ];
  for (const parts of THAI_PARTS)
    for (let k = 0; k < 3; k++) {
      const a = `${houseNumber(random)} ${parts}`;
      posts.push([`${random.pick(EN_BEFORE)}${a}${random.pick(EN_AFTER)}`, [pii('address', a)]]);
    }
  return family('r5.address.english-thai-parts', posts);
}

/** Thai addresses with ถ./ซ./ต./อ./จ. and no หมู่, dialect introducers, Thai digits, glued chat; province and postcode. */
function thaiAbbreviated(random: Random): Family[] {
  const INTRO = ['บ้านเลขที่ ', 'บ้าน ', 'เฮือนอยู่ ', 'บ้านข้อย ', 'บ้านอยู่ ', 'เฮือนเปิ้นอยู่ ', 'ที่อยู่ ', 'ร้านเหล้า ', 'ร้านซ่อมรถ ', 'บ้านเลขที่'];
  const ROADS = ['ถ.มิตรภาพ', 'ถ.ศรีจันทร์', 'ถนนโพธิ์กลาง', 'ซ.5 ถ.พหลโยธิน', 'ซ.3', 'ถ.สุขาภิบาล 2', 'ซอยวัดป่า', 'ม.4', 'หมู่ 8'];
  const ADMIN = [
    'ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000',
    'ต.โนนสูง อ.เมือง จ.อุดรธานี',
    'ต.หนองบัว',
    'ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120',
    'ตำบลสันทราย อำเภอสันทราย จังหวัดเชียงใหม่',
    'แขวงคันนายาว เขตคันนายาว กรุงเทพฯ 10230',
    'ต.ท่าช้าง อ.เมือง จ.จันทบุรี 22000',
  ];
  const AFTER = [
    ' เลี้ยงหมาไว้สิบกว่าตัว เห่าทั้งคืน',
    ' ปล่อยน้ำเสียลงนาข้อยทุกมื้อ',
    ' เผาขยะทุกเย็นเลยค่ะ',
    ' จอดรถขวางทางเข้าออก',
    ' ค่ะ ฝากเจ้าหน้าที่มาดูท่อแตกด้วย',
  ];
  const plain: Post[] = [];
  const digits: Post[] = [];
  const glued: Post[] = [];
  for (const road of ROADS)
    for (const admin of ADMIN) {
      if (random.next() < 0.5) continue;
      const a = `${houseNumber(random)} ${road} ${admin}`;
      plain.push([`${random.pick(INTRO)}${a}${random.pick(AFTER)}`, [pii('address', a)]]);
      const t = thaiDigits(a);
      digits.push([`${random.pick(INTRO)}${t}${random.pick(AFTER)}`, [pii('address', t)]]);
      // Chat: no space after the number or between the parts' abbreviations.
      const g = `${houseNumber(random)}${road.replace(' ', '')} ${admin}`;
      glued.push([`บ้านเลขที่${g}${random.pick(AFTER)}`, [pii('address', g)]]);
    }
  return [
    family('r5.address.thai-abbreviated', plain),
    family('r5.address.thai-digits', digits),
    family('r5.address.thai-chat-glued', glued),
  ];
}

/** One address buried in the middle of a long post (Thai and English). */
function buried(random: Random): Family {
  const TH_FILLER = [
    'เรียนเจ้าหน้าที่ค่ะ ช่วงนี้ฝนตกทุกวัน ถนนในหมู่บ้านน้ำขังเป็นแอ่ง ยุงเยอะมาก ลูกหลานเป็นไข้กันหลายคน',
    'เด็กๆ เดินผ่านไปโรงเรียนต้องปิดจมูก อยากให้เทศบาลส่งคนมาตักเตือนและพ่นยากันยุงด้วยค่ะ ขอบคุณค่ะ',
  ];
  const EN_FILLER = [
    'Hello, I have lived in this town for six years and I really like the new park, the staff are always helpful.',
    'I have asked the owner politely twice. Could someone from the municipality please check? Thank you for your work.',
  ];
  const posts: Post[] = [];
  for (let k = 0; k < 6; k++) {
    const l = random.pick(LOCALITIES);
    const en = `${houseNumber(random)} Moo ${random.int(1, 12)}, Tambon ${l.tambon}, Amphoe ${l.amphoe}, ${l.province} ${l.postcode}`;
    posts.push([
      `${EN_FILLER[0]} The problem is the karaoke at ${en} which runs until 3 am. ${EN_FILLER[1]}`,
      [pii('address', en)],
    ]);
    const th = `${houseNumber(random)} หมู่ ${random.int(1, 12)} ต.ท่าช้าง อ.เมือง จ.จันทบุรี`;
    posts.push([`${TH_FILLER[0]} ที่หนักสุดคือบ้านที่เลี้ยงหมาไว้เยอะ ${th} ไม่เคยเก็บขี้หมาเลย ${TH_FILLER[1]}`, [pii('address', th)]]);
  }
  return family('r5.address.buried', posts);
}

/** Passports and migrant workers' documents in English and Thai sentences, the word before or after. */
function passports(random: Random): Family[] {
  const letters = () => random.pick(['AB', 'EK', 'MC', 'N', 'P', 'MF', 'K', 'MB', 'PA']);
  const FORMS = [
    () => `${letters()}${random.digits(7)}`,
    () => `${letters()} ${random.digits(7)}`,
    () => `${letters()}${random.digits(6)}`,
    () => `${random.int(1, 9)}${random.digits(8)}`,
  ];
  const EN = [
    'Passport no. {x} was left at the tax counter, please keep it for me',
    'PP# {x}, I need a residence letter for my visa extension',
    '{x} is my passport number, my name is not on the list',
    "My worker's passport {x} was taken by the employer",
    'I lost my passport yesterday, number {x}, please call if found',
    'passport {x} pls check my registration',
  ];
  const TH = [
    'หนังสือเดินทางเลขที่ {x} ของลูกจ้างหายที่ตลาด',
    'คนงานทำพาสปอร์ตหาย เลขที่ {x} ใครเก็บได้ส่งเทศบาลด้วย',
    'พาสปอร์ตเลขที่ {x} ของแฟนหายที่ท่ารถตู้',
    'แรงงานลาว หนังสือเดินทาง {x} หมดอายุ นายจ้างไม่ต่อให้',
    'ลูกจ้างชาวเมียนมา เอกสาร CI เลขที่ {x} ถูกนายจ้างยึดไว้',
  ];
  const en: Post[] = [];
  const th: Post[] = [];
  for (const make of FORMS) {
    for (const frame of EN) {
      const x = make();
      en.push([frame.replace('{x}', x), [pii('passport', x)]]);
    }
    for (const frame of TH) {
      const x = make();
      th.push([frame.replace('{x}', x), [pii('passport', x)]]);
    }
  }
  // Pink cards (บัตรชมพู) and other non-Thai 13-digit IDs start with 0: valid check digit, personal all the same.
  const pink: Post[] = [];
  const PINK = [
    'แรงงานพม่าข้างบ้านทำบัตรชมพูหาย เลข {x} ใครเจอติดต่อเทศบาลด้วย',
    'The pink card of our Myanmar maid, number {x}, was stolen at the market',
    'บัตรสีชมพูของลูกจ้างกัมพูชา เลขที่ {x} ตกอยู่หน้าร้าน',
    'pink card no. {x} lost near the bus station',
    'บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย {x} หายค่ะ',
  ];
  for (const frame of PINK)
    for (let k = 0; k < 3; k++) {
      const digits = pinkCardNumber(random);
      const x =
        k === 1
          ? `${digits[0]}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits[12]}`
          : k === 2
            ? thaiDigits(digits)
            : digits;
      pink.push([frame.replace('{x}', x), [pii('national_id', x)]]);
    }
  return [family('r5.passport.english', en), family('r5.passport.thai', th), family('r5.passport.pink-card', pink)];
}

/** 00 + eleven digits with the citizen-ID check digit (non-Thai residents' cards). */
function pinkCardNumber(random: Random): string {
  const body = `00${random.int(1, 9)}${random.digits(9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + String((11 - (sum % 11)) % 10);
}

const TH_PROVINCES = ['ชลบุรี', 'ขอนแก่น', 'นครราชสีมา', 'ระยอง', 'สุราษฎร์ธานี', 'เชียงใหม่', 'กรุงเทพมหานคร'];
const EN_PROVINCES = ['Chonburi', 'Khon Kaen', 'Nakhon Ratchasima', 'Rayong', 'Surat Thani', 'Chiang Mai', 'Bangkok'];

/** Truck plates NN-NNNN with the province after or before, dashes, spaces, dots, Thai digits; motorbike plates. */
function plates(random: Random): Family[] {
  const truck = () => {
    const a = String(random.int(60, 99));
    const b = random.digits(4);
    return random.pick([`${a}-${b}`, `${a} ${b}`, `${a}.${b}`, `${a} - ${b}`, `${a}-${b}`]);
  };
  const TH_FRAMES = [
    'รถสิบล้อทะเบียน {x} ขับเร็วมากในซอย',
    'รถพ่วง {x} จอดขวางหน้าบ้านทั้งคืน',
    'หกล้อ {x} ทำดินหกเต็มถนน',
    'ทะเบียน {x} ขับย้อนศรทุกเช้า',
    'รถบรรทุกน้ำ {x} ปล่อยน้ำเสียลงท่อ',
  ];
  const EN_FRAMES = [
    'A truck, plate {x}, dumps construction waste on the empty lot every night',
    'Truck {x} leaks oil all over our soi every morning',
    'the 10-wheeler with plate {x} speeds past the school',
    'Report: dump truck {x} blocks the road',
  ];
  const th: Post[] = [];
  const thBefore: Post[] = [];
  const en: Post[] = [];
  for (const frame of TH_FRAMES)
    for (let k = 0; k < 3; k++) {
      const province = random.pick(TH_PROVINCES);
      const n = truck();
      const x = `${k === 2 ? thaiDigits(n) : n} ${province}`;
      th.push([frame.replace('{x}', x), [pii('license_plate', x)]]);
      const y = `${province} ${n}`;
      thBefore.push([frame.replace('{x}', y), [pii('license_plate', y)]]);
    }
  for (const frame of EN_FRAMES)
    for (let k = 0; k < 3; k++) {
      const x = `${truck()} ${random.pick(EN_PROVINCES)}`;
      en.push([frame.replace('{x}', x), [pii('license_plate', x)]]);
    }
  const bike: Post[] = [];
  for (const frame of ['มอไซค์ {x} ซิ่งทุกคืนเสียงดังมาก', 'จยย. ทะเบียน {x} ชนแล้วหนี', 'motorbike {x} parks on the footpath'])
    for (let k = 0; k < 4; k++) {
      const letters = random.pick(['กข', 'ขค', 'งจ', 'ฉช', 'ฒบ', 'ษท']);
      const n = `${random.int(1, 9)}${letters} ${random.int(10, 9999)}`;
      const x = `${k === 3 ? thaiDigits(n) : n} ${frame.startsWith('motor') ? random.pick(EN_PROVINCES) : random.pick(TH_PROVINCES)}`;
      bike.push([frame.replace('{x}', x), [pii('license_plate', x)]]);
    }
  return [
    family('r5.plate.truck-thai', th),
    family('r5.plate.truck-province-before', thBefore),
    family('r5.plate.truck-english', en),
    family('r5.plate.motorbike', bike),
  ];
}

/** Phones in odd forms and LINE handles after any introducer. */
function phonesAndLine(random: Random): Family[] {
  const n = () => `8${random.int(1, 9)}`;
  const FORMS = [
    () => `+66 ${n()} ${random.digits(3)} ${random.digits(4)}`,
    () => `+66 ${n()[0]} ${n()[1]}${random.digits(3)} ${random.digits(4)}`,
    () => `66-${n()}-${random.digits(3)}-${random.digits(4)}`,
    () => `0 ${n()}-${random.digits(3)}-${random.digits(4)}`,
    () => `0${n()} ${random.digits(3)} ${random.digits(4)}`,
    () => thaiDigits(`0${n()} ${random.digits(3)} ${random.digits(4)}`),
    () => `(0${n()}) ${random.digits(3)}-${random.digits(4)}`,
  ];
  const FRAMES = [
    'if you find my dog please call me at {x} thank you',
    'โทรหาเจ้าของได้ที่ {x} ค่ะ',
    'my number is {x} if the council needs me',
    'เบอร์ลุงแก {x} นะ',
  ];
  const phone: Post[] = [];
  for (const make of FORMS)
    for (const frame of FRAMES) {
      const x = make();
      phone.push([frame.replace('{x}', x), [pii('phone', x)]]);
    }
  const line: Post[] = [];
  const HANDLES = ['mook.2534', 'somchai_bkk', 'ploy-88', 'nong_nut99', 'jeab.kk'];
  for (const intro of ['แอดมาทางไลน์นะ ', 'line me ', 'my line is ', 'ไลน์ผม ', 'add line: ', 'LINE ID ', 'ทักไลน์ ', 'Line: '])
    for (let k = 0; k < 2; k++) {
      const h = random.pick(HANDLES);
      line.push([`${intro}${h} ${random.pick(['ส่งรูปให้ดู', 'if you have info', 'นะคะ', 'for details'])}`, [pii('line_id', h)]]);
    }
  return [family('r5.phone.odd-forms', phone), family('r5.line.introducers', line)];
}

/** The traps: the office's numbers, roads and moo alone, distances, prices, dates, case and letter numbers, km markers. */
function cleanNumbers(random: Random): Family[] {
  const publicNumbers: Post[] = [];
  for (const c of [
    'ติดต่อเทศบาลได้ที่ 0 4321 1234 หรือสายด่วน 1132 ตลอด 24 ชั่วโมง',
    'Please call the municipality office at 053-123-456 or the 1555 hotline',
    'กองช่างโทร 0-4421-1234 ต่อ 12 ค่ะ',
    'Town hall number is +66 53 123 456, open 8:30 to 16:30',
    'สายด่วนกู้ภัย 1669 และตำรวจ 191 จำไว้นะคะ',
  ])
    publicNumbers.push([c, []]);
  const roads: Post[] = [];
  for (const road of [
    'Sukhumvit Road',
    'Nimman Road',
    'Soi 71',
    'Thanon Mittraphap',
    'Moo 5',
    'Ban Nong Hoi',
    'Tambon Nong Bua',
    'ถ.มิตรภาพ',
    'หมู่ 5',
    'ซ.5 ถ.ศรีจันทร์',
  ])
    for (const c of [
      '{r} floods every time it rains, please clean the drains',
      'ขอบคุณเจ้าหน้าที่ที่มาซ่อมไฟทาง {r} เมื่อวาน 3 ดวง',
      'The road in {r} has 20 potholes in 2 km',
    ])
      roads.push([c.replace('{r}', road), []]);
  const counts: Post[] = [];
  for (const c of [
    'The new bike lane is 5 km long and cost 100,000 baht, was it worth it?',
    'Meeting on 12/3/2567 at 9:00 in room 2 of the town hall',
    'เรื่องร้องเรียนเลขที่ 145/2567 ยังไม่มีความคืบหน้า',
    'หนังสือที่ ขก 52001/1234 ลงวันที่ 5 มี.ค. 2567 ยังไม่ได้รับคำตอบ',
    'หลัก กม. 12+500 ถนนมิตรภาพ ขาออก มีหลุมใหญ่',
    'รถเมล์สาย 8 ไม่มาเลย 40 นาที',
    'Bus 8 and route 3 both stop at Soi 5 but the shelter roof is broken',
    'ถนนสาย 2 หมู่ 5 ต.หนองบัว มีหลุมเยอะมาก',
    'We live in Moo 3, about 2 km from the school, and it is dark at night',
    'km 45 on Route 12 has a big pothole',
    'Case no. 2024/118 about Soi 9 is still open after 3 months',
    'ค่าน้ำเดือนนี้ 450 บาท หมู่ 2 ต.ท่าช้าง จ่ายที่ไหนคะ',
    'In 2023, 12 villages in Tambon San Sai got new water pipes',
    'Road 1001 km 12 near Amphoe Mae Rim needs lights',
    'รถสิบล้อ 3 คัน วิ่งถนนชลบุรีทุกวัน ถนนพัง',
    'ซอย 5 ถนนชลบุรี 70 เมตร มีหลุม',
  ])
    counts.push([c, []]);
  const checkDigit: Post[] = [];
  for (let k = 0; k < 6; k++) {
    const body = `${random.int(1, 8)}${random.digits(11)}`;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
    const wrong = (((11 - (sum % 11)) % 10) + 1 + random.int(0, 7)) % 10;
    checkDigit.push([`เลข ${body}${wrong} บนใบปลิวโฆษณาคืออะไรคะ`, []]);
  }
  const red: Post[] = [];
  for (const c of [
    'รถกระบะป้ายแดงของโชว์รูมจอดขวางทางเท้าหน้าร้านทุกวัน',
    'ป้ายแดงคันนั้นจอดแช่หน้าโรงเรียน 2 ชั่วโมง',
    'A red-plate pickup from the dealer blocks the footpath on Soi 4',
  ])
    red.push([c, []]);
  return [
    family('r5.clean.public-numbers', publicNumbers, 'publish'),
    family('r5.clean.roads-and-moo-alone', roads, 'publish'),
    family('r5.clean.counts-dates-cases', counts, 'publish'),
    family('r5.clean.wrong-check-digit', checkDigit, 'publish'),
    family('r5.clean.red-plates', red, 'publish'),
  ];
}

export function round5NumbersFamilies(seed: number): Family[] {
  const random = new Random(seed + 5);
  return [
    ...englishFull(random),
    englishCity(random),
    englishBuildings(random),
    englishThaiParts(random),
    ...thaiAbbreviated(random),
    buried(random),
    ...passports(random),
    ...plates(random),
    ...phonesAndLine(random),
    ...cleanNumbers(random),
  ];
}
