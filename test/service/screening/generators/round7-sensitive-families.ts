// Round 7 of issue 12, s.26 facts read by who the clause is about. Hold: a singular person named by a description,
// kinship or role (never by name) in English by foreign residents (the landlord's nephew, the woman who sells mango
// sticky rice at the night bazaar), in Northern (ป้อจาย/แม่ญิง/อ้าย/ปี้ … เปิ้น, เป๋น), Southern (บ่าว/โต๊ะ … แก, หนิ/โหล/ตะ)
// and Isan or chat, and long posts where the person is introduced sentences before the fact; every label is the whole
// fact (its auxiliaries, object and duration). Clean: a trigger spelled across two words (เลือกตั้ง|ท้องถิ่น, รถติด|ยาว),
// facts whose subject is an animal, a group or a count, the poster's own or own family's health in a long friendly
// post, and institutions or officials in a figure of speech or a programme. Vocabulary of its own; a random stream
// of its own (seed + 7).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const pii = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });
type Post = [string, LabelledSpan[]];

/** English subjects: a description, a kinship link to someone else, or a role with where it is done. */
const EN_SUBJECTS = [
  'The man who fixes scooters behind the fresh market',
  "My landlady's nephew, the one who lives in room 2",
  'The woman who sells mango sticky rice at the night bazaar',
  'The caretaker of the temple car park',
  'The barber on Soi 4',
  'The old lady who feeds the pigeons in the park',
  "Our condo's night guard",
  'The driver of the blue school van',
];
/** Whole English facts with what follows the trigger (duration, object, a second verb of the same subject). */
const EN_FACTS = [
  'has been in rehab for meth twice',
  'was jailed for fraud in 2021',
  'has been on dialysis since last year',
  'is HIV positive and on medication',
  'served two years for assault',
  'was diagnosed with schizophrenia last year',
  'converted to Christianity and preaches at the gate',
  'is a recovering heroin addict',
  'had a miscarriage in May',
  'is blind in one eye',
];
const EN_COMPLAINTS = [
  'leaves rubbish in the lane every night',
  'parks across the footpath',
  'plays loud music until 2am',
  'shouts at the delivery riders',
];
const EN_CARRIERS = ['He', 'She', 'I heard he', 'Apparently she', 'Someone told me he'];

function english(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of EN_SUBJECTS)
    for (const fact of EN_FACTS) {
      if (random.next() < 0.5) posts.push([`${who} ${fact}. ${random.pick(EN_COMPLAINTS)} too, please check.`, [pii(fact)]]);
      else
        posts.push([
          `${who} ${random.pick(EN_COMPLAINTS)}. ${random.pick(EN_CARRIERS)} ${fact}, so people are worried.`,
          [pii(fact)],
        ]);
    }
  return posts;
}

/** Northern: relative-clause heads of kinship and person words, เปิ้น, the copula เป๋น, particles เจ้า/เน่อ. */
const NORTH_SUBJECTS = [
  'ป้อจายที่ขายข้าวซอยหน้ากาดวโรรส',
  'แม่ญิงที่ตัดผมปากซอยวัดอุโมงค์',
  'อ้ายที่ขับรถแดงคิวประตูท่าแพ',
  'ปี้ที่เฝ้าลานจอดรถกาดหลวง',
  'แม่อุ๊ยที่ขายข้าวแต๋นหน้าวัดพระธาตุ',
  'สล่าที่มาซ่อมบ้านตึงซอยสาม',
];
const NORTH_FACTS = [
  'เป๋นเอชไอวี',
  'เป๋นมะเร็งปอดระยะสุดท้าย',
  'เคยติดคุกคดียาบ้า',
  'ติดเหล้าหนัก',
  'เป๋นโรคซึมเศร้า',
  'ท้องกับป้อจายบ้านอื่น',
  'เคยเข้าโรงพยาบาลสวนปรุงสามเตื้อ',
];
const NORTH_COMPLAINTS = ['ยะเสียงดังทุกคืน', 'จอดรถขวางทางเข้าบ้าน', 'บ่ค่อยเก็บขยะ'];

function northern(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of NORTH_SUBJECTS)
    for (const fact of NORTH_FACTS) {
      const ending = random.pick(['เจ้า', 'เน่อ', 'ขนาด']);
      const carrier = random.pick(['เปิ้น', 'ได้ยินว่า', 'เปิ้น', '']);
      posts.push([`${who} ${random.pick(NORTH_COMPLAINTS)} ${carrier}${fact} ${ending}`, [pii(fact)]]);
    }
  return posts;
}

/** Southern: บ่าว/โต๊ะ/ไอ้บ่าว heads, แก/เขา, the particles หนิ/โหล/ตะ/หลาว. */
const SOUTH_SUBJECTS = [
  'บ่าวที่ขายน้ำชาหน้าท่ารถควนลัง',
  'โต๊ะที่ขายข้าวยำตลาดเช้าบ้านพรุ',
  'ไอ้บ่าวที่ขับรถรับจ้างหน้าโรงพัก',
  'เด็กสาวที่ขายโรตีข้างโรงเรียนบ้านคลองแห',
  'คนเฝ้าสวนยางท้ายควน',
];
const SOUTH_FACTS = ['ติดยาไอซ์มาสองปี', 'เป็นเอดส์', 'เคยติดคุกคดีค้ายาบ้า', 'เป็นโรคจิตเภท', 'แท้งลูกเมื่อเดือนก่อน', 'เป็นคนไร้สัญชาติ'];

function southern(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of SOUTH_SUBJECTS)
    for (const fact of SOUTH_FACTS) {
      const carrier = random.pick(['แก', 'เขา', 'หนิแก', 'เขาว่า']);
      const ending = random.pick(['โหล', 'ตะ', 'หลาว', 'หนิ']);
      posts.push([`${who} ชอบจอดรถขวางทาง ${carrier}${fact} ${ending} ไม่รู้พันพรือ`, [pii(fact)]]);
    }
  return posts;
}

/** Isan (พ่อใหญ่/แม่ใหญ่/ผู้บ่าว/ผู้สาว, เพิ่น, เด้อ) and chat (เปน, 555, repeated letters, emoji). */
const ISAN_SUBJECTS = ['ผู้บ่าวที่ขายไก่ย่างหน้าวัดบ้านโนน', 'ผู้สาวที่ขายส้มตำตลาดนัดวันเสาร์', 'พ่อใหญ่ที่เฝ้าหอกระจายข่าว'];
const ISAN_FACTS = ['เป็นวัณโรค', 'ติดยาบ้า', 'เคยติดคุกคดีลักควาย', 'เป็นลมบ้าหมู', 'เป็นโรคไต ต้องฟอกไตทุกอาทิตย์'];
const CHAT_SUBJECTS = ['ยามหอพักหลังมอ', 'พี่ไรเดอร์ประจำร้านชาไข่มุกหน้าเซเว่น', 'คนขายลูกชิ้นทอดหน้าโรงเรียนอนุบาล'];
const CHAT_FACTS = ['เปนเอดส์', 'ติดยาไอซ์', 'เพิ่งออกจากคุก', 'เปนโรคซึมเศร้า', 'เคยโดนจับข้อหาลวนลามเด็ก'];

function isanChat(random: Random): Post[] {
  const posts: Post[] = [];
  for (const who of ISAN_SUBJECTS)
    for (const fact of ISAN_FACTS) {
      const carrier = random.pick(['เพิ่น', 'ได้ยินมาว่า', 'เพิ่นว่า']);
      posts.push([`${who} เปิดเพลงดังฮอดเที่ยงคืน ${carrier}${fact} เด้อ ฝากเบิ่งแน`, [pii(fact)]]);
    }
  for (const who of CHAT_SUBJECTS)
    for (const fact of CHAT_FACTS) {
      const carrier = random.pick(['เค้า', 'เขา', 'แก']);
      const tail = random.pick(['555', 'ครับบบ', '😱😱', 'อะ จริงจัง']);
      posts.push([`${who} ชอบแซวผู้หญิงอะ ${carrier}${fact} ${tail}`, [pii(fact)]]);
    }
  return posts;
}

/** Thai facts whose label runs past the trigger: auxiliaries before, a count, a duration or an object after. */
const WHOLE_FACTS = [
  'เคยเข้าโรงพยาบาลจิตเวชสองครั้ง',
  'ติดคุกคดียาบ้ามา 3 ปี',
  'เป็นมะเร็งระยะ 4',
  'เคยถูกจับข้อหาค้ายาไอซ์',
  'ป่วยเป็นโรคซึมเศร้ามาสองปี',
  'เพิ่งพ้นโทษคดีชิงทรัพย์',
];
const WHOLE_SUBJECTS = ['ยามโรงเรียนวัดกลาง', 'คนขับรถตู้สายตลาดไท', 'แม่ครัวโรงอาหารเทศบาล', 'ช่างแอร์ร้านหัวมุมตลาดสด'];

function wholeFact(): Post[] {
  const posts: Post[] = [];
  for (const who of WHOLE_SUBJECTS) for (const fact of WHOLE_FACTS) posts.push([`${who} ${fact} ขอให้ตรวจสอบด้วยค่ะ`, [pii(fact)]]);
  return posts;
}

/** Long posts: the person described, two or three other complaints, the fact carried by a pronoun or hearsay, more. */
const LONG_TH_OPEN = [
  'เรียนเจ้าหน้าที่เทศบาลค่ะ ดิฉันอยู่ในชุมชนนี้มานานแล้ว มีหลายเรื่องอยากแจ้ง เรื่องแรกท่อระบายน้ำหน้าตลาดอุดตันจนน้ำเอ่อขึ้นถนนทุกครั้งที่ฝนตก รถมอเตอร์ไซค์ล้มไปหลายคันแล้ว อยากให้มาลอกท่อด่วนค่ะ ',
  'สวัสดีครับ ขอแจ้งปัญหาในหมู่บ้านหลายข้อครับ ไฟทางตรงโค้งหน้าศาลาดับมาเกือบเดือน กลางคืนมืดมาก คนเดินกลับจากตลาดนัดต้องใช้ไฟฉาย ส่วนถังขยะหน้าหมู่บ้านก็ล้นทุกวันจันทร์ หมามาคุ้ยกระจายเต็มถนน ',
];
const LONG_TH_PEOPLE = [
  'อีกเรื่องคือผู้ชายที่มาเช่าบ้านไม้สองชั้นตรงข้ามศาลาเมื่อต้นปี ตัวสูง ผิวคล้ำ ขับกระบะสีบรอนซ์ ชอบตั้งวงดื่มกับเพื่อนจนดึก ',
  'อีกเรื่องคือผู้หญิงที่มาเปิดร้านข้าวมันไก่ในตึกแถวใหม่หัวมุมซอย ใส่แว่นกรอบแดง ชอบเทน้ำมันลงท่อ ',
];
const LONG_TH_FACTS = ['เคยติดคุกคดีฆ่าคนตาย', 'เป็นเอดส์', 'เพิ่งออกจากศูนย์บำบัดยาเสพติด', 'เป็นโรคจิตเภท'];
const LONG_TH_CLOSE =
  'ดิฉันไม่ได้อยากให้ใครเดือดร้อน แต่ห่วงเด็กๆ ในซอยค่ะ เรื่องสุดท้ายคือหญ้ารกในสวนสาธารณะหลังหมู่บ้าน มีงูเข้าบ้านแล้วสองหลัง ถ้ามีเวลาฝากตัดหญ้าด้วย ขอบคุณที่รับเรื่องนะคะ ทางชุมชนยินดีให้ความร่วมมือทุกอย่างค่ะ';
const LONG_EN_OPEN =
  'Good morning. I have lived in this moo for eight years with my family and we love it, but a few things need attention. The drain outside the school overflows whenever it rains and the smell reaches our kitchen. The streetlight by the bridge has been off for a month and it is very dark for people walking home. ';
const LONG_EN_PEOPLE = [
  'There is also the man who runs the car wash next to the petrol station, a big guy with a shaved head who always wears football shirts. He lets dirty water run onto the road and it has caused two scooter accidents. ',
  'There is also the young woman who started the laundry service on the corner, the one with the white van. She dumps lint and bottles in the empty lot. ',
];
const LONG_EN_FACTS = [
  'was in prison for robbery until last year',
  'is being treated for psychosis',
  'has a conviction for drunk driving',
  'is on methadone',
];
const LONG_EN_CLOSE =
  ' I do not want to cause trouble for anyone, I only want the lane to be safe for the children. Finally, thank you for the new speed bumps near the market, they really slowed the traffic. Best regards.';

function longPosts(random: Random): Post[] {
  const posts: Post[] = [];
  for (const open of LONG_TH_OPEN)
    for (const person of LONG_TH_PEOPLE)
      for (const fact of LONG_TH_FACTS) {
        const carrier = random.pick(['คนในซอยเล่ากันว่าเขา', 'ได้ยินมาว่า', 'แถมเขา', 'ป้าร้านชำบอกว่าเขา']);
        posts.push([`${open}${person}เปิดเพลงเสียงดังจนเด็กนอนไม่ได้ ไปเตือนก็ด่ากลับ ${carrier}${fact} ${LONG_TH_CLOSE}`, [pii(fact)]]);
      }
  for (const person of LONG_EN_PEOPLE)
    for (const fact of LONG_EN_FACTS) {
      const carrier = random.pick(['A neighbour told me he', 'I heard that she', 'People in the lane say he', 'Apparently she']);
      posts.push([`${LONG_EN_OPEN}${person}${carrier} ${fact}.${LONG_EN_CLOSE}`, [pii(fact)]]);
    }
  return posts;
}

function cleanFamilies(random: Random): Family[] {
  // เลือกตั้ง|ท้องถิ่น spells ตั้งท้อง, รถติด|ยาว spells ติดยา, ร้านขายยา|บ้าน… spells ยาบ้า: a role or place stands near.
  const straddle: Post[] = [];
  const straddles = [
    'ผลการเลือกตั้งท้องถิ่นออกแล้ว',
    'ป้ายเลือกตั้งท้องถิ่นยังไม่เก็บ',
    'รถติดยาวถึงหน้าวัด',
    'รถติดยาวเหยียดทุกเย็น',
    'ช่วยติดยางกันกระแทกที่เสา',
    'ร้านขายยาบ้านสวนปิดกี่โมง',
  ];
  for (const s of straddles)
    for (const who of ['ยามหน้าหมู่บ้านบอกว่า', 'ลุงข้างบ้านถามว่า', 'แม่ค้าตลาดสดเล่าว่า'])
      straddle.push([`${who}${s} เทศบาลช่วยดูให้หน่อยครับ`, []]);
  // The clause's subject is an animal: a role or a house nearby is where it lives, not whose fact it is.
  const animals: Post[] = [];
  const animalTh = [
    'หมาจรท้องแก่',
    'แมวจรที่ป้อมยามติดเชื้อที่ตา',
    'วัวของคนเลี้ยงวัวป่วยเป็นโรคปากเท้าเปื่อย',
    'ลูกหมาหลังร้านชำเป็นโรคผิวหนัง',
    'ควายของลุงข้างบ้านป่วยเป็นโรคลัมปีสกิน',
  ];
  for (const a of animalTh)
    for (const place of ['หน้าโรงเรียนวัดใหม่', 'แถวตลาดสดเทศบาล']) animals.push([`${a} นอนอยู่${place} ฝากปศุสัตว์มาดูแลด้วยค่ะ`, []]);
  for (const a of ['a pregnant stray dog', 'a sick cow', 'a stray cat with an eye infection'])
    for (const place of ['behind the night guard’s booth', 'next to the noodle stall'])
      animals.push([`There is ${a} ${place}, can someone from animal welfare come?`, []]);
  // A group or a count of people: nobody in particular.
  const groups: Post[] = [];
  for (const count of ['สิบสองคน', 'หลายราย', 'เกือบยี่สิบคน'])
    for (const what of ['ผู้สูงอายุติดเตียง', 'คนป่วยเป็นเบาหวาน', 'เด็กพิเศษ'])
      groups.push([`ในหมู่บ้านมี${what}${count} อยากให้ อสม. มาเยี่ยมบ้านบ่อยขึ้น`, []]);
  for (const g of ['the disabled and the elderly', 'customers who are pregnant', 'people with HIV', 'residents in wheelchairs'])
    groups.push([`The new market has no ramp or seating for ${g}. Please fix the entrance.`, []]);
  // The poster's own or own family's health, told in a long friendly post.
  const own: Post[] = [];
  const ownFacts = [
    'ช่วงนี้ดิฉันเพิ่งผ่าตัดมะเร็งเต้านม',
    'ตอนนี้ผมต้องฟอกไตทุกสัปดาห์',
    'แม่อุ๊ยของข้าเจ้าเป๋นอัลไซเมอร์',
    'ข้อยเป็นเบาหวานมาหลายปี',
    'ปีที่แล้วดิฉันเป็นโรคซึมเศร้า',
  ];
  const ownOpen = 'สวัสดีค่ะ อยู่ชุมชนนี้มาสิบกว่าปี เพื่อนบ้านน่ารัก ตลาดเช้าก็สะอาดขึ้นมาก ขอบคุณเทศบาลที่ดูแลอย่างดีนะคะ ';
  for (const f of ownFacts) own.push([`${ownOpen}${f} ต้องไปโรงพยาบาลบ่อย ทางเท้าหน้าวัดเป็นหลุมเยอะ อยากให้ช่วยปรับด้วยค่ะ ขอบคุณค่ะ`, []]);
  for (const f of ['my mother has dementia', 'I am on dialysis three times a week', 'my wife is pregnant'])
    own.push([
      `Hello, we moved here last year and love the town. ${f[0]!.toUpperCase()}${f.slice(1)}, so we use the hospital shuttle a lot. Could it stop at Soi 9 too? Thanks!`,
      [],
    ]);
  // Institutions in a figure of speech, officials opening programmes.
  const institutions: Post[] = [
    ['งานกองช่างเป็นอัมพาตทั้งกอง ยื่นเรื่องไปสามเดือนยังเงียบ', []],
    ['ระบบจองคิวของเทศบาลป่วยหนักมาก เข้าเว็บไม่ได้ทั้งวัน', []],
    ['ท่านนายกเทศมนตรีเปิดโครงการคัดกรองมะเร็งเต้านมฟรีที่ศาลาประชาคม ขอบคุณค่ะ', []],
    ['The town hall website is brain-dead again, the payment page crashes.', []],
    ['ปลัดเทศบาลมาอบรมเรื่องยาเสพติดให้นักเรียนที่โรงเรียนวัดกลาง ดีมากครับ', []],
    [`${random.pick(['ขอบคุณ', 'ชื่นชม'])}โรงพยาบาลจิตเวชที่มาตั้งบูธให้คำปรึกษาเรื่องซึมเศร้าหน้าตลาด`, []],
  ];
  return [
    family('r7s.clean.straddle', straddle, 'publish'),
    family('r7s.clean.animal', animals, 'publish'),
    family('r7s.clean.group', groups, 'publish'),
    family('r7s.clean.own-long', own, 'publish'),
    family('r7s.clean.institution', institutions, 'publish'),
  ];
}

export function round7SensitiveFamilies(seed: number): Family[] {
  const random = new Random(seed + 7);
  return [
    family('r7s.english-described', english(random)),
    family('r7s.northern', northern(random)),
    family('r7s.southern', southern(random)),
    family('r7s.isan-chat', isanChat(random)),
    family('r7s.whole-fact', wholeFact()),
    family('r7s.long-introduced', longPosts(random)),
    ...cleanFamilies(random),
  ];
}
