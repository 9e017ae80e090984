// Round 8 of issue 12, s.26 facts: precision, long posts and whole spans. Clean: statistics and counts said after the
// fact with an approximator or a comparison (ป่วยเป็นโรคไตประมาณสามสิบราย, "about 40 are bed-bound") in reports by
// volunteers, leaders and schools; groups named by their condition as users of a service (คนตาบอดเดินชนเสา, wheelchair
// users can't reach …); the poster's own health told in a clause of its own, far from their pronoun, in a long post.
// Hold: a legal record (เคยต้องโทษ, พ้นโทษ, เคยโดนคดี, มีประวัติ…, "did time", "on parole", "served a sentence") of a person
// introduced by role and place sentences before; ethnicity and nationality with the people-word and the status after it
// (เป็นคนพม่าไม่มีบัตร, "is Burmese without papers"); English stays in a psychiatric ward with their verb ("was in a").
// Every label is the whole fact. Vocabulary of its own; a random stream of its own (seed + 8).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const pii = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });
type Post = [string, LabelledSpan[]];

const TH_REPORTERS = [
  'อสม.หมู่ 7 รายงานว่า',
  'ประธานชุมชนแจ้งว่า',
  'ผอ.โรงเรียนบ้านดอนแจ้งว่า',
  'กำนันแจ้งในที่ประชุมว่า',
  'พยาบาล รพ.สต. บอกว่า',
];
const TH_GROUPS = ['ชาวบ้านในตำบล', 'ผู้สูงอายุในชุมชน', 'เด็กนักเรียน', 'คนในหมู่บ้าน', 'ชาวบ้านริมน้ำ'];
const TH_GROUP_FACTS = ['ป่วยเป็นโรคไต', 'เป็นเบาหวาน', 'ติดเตียง', 'ป่วยเป็นโรคซึมเศร้า', 'ติดเชื้อวัณโรค', 'เป็นความดันสูง'];
const TH_COUNTS = ['ประมาณ 30 ราย', 'เกือบยี่สิบคน', 'กว่า 15 คน', 'ราวๆ สี่สิบราย', 'ร่วมร้อยคน', 'เกินสิบครอบครัว', 'ราว 12 ราย'];
const TH_ASKS = ['ขอให้เทศบาลจัดรถรับส่งไปโรงพยาบาล', 'อยากให้มีหน่วยแพทย์เคลื่อนที่มาเดือนละครั้ง', 'ขอให้ตรวจคุณภาพน้ำประปาด่วน'];
const EN_COUNTS = [
  'About 40 of the residents in our moo are bed-bound',
  'Nearly thirty children at the village school have asthma',
  'Some twenty families here have someone on dialysis',
  'More than a dozen elderly people on our street have dementia',
  'Roughly fifty people in the district are HIV positive according to the health volunteer',
];

function counts(random: Random): Post[] {
  const posts: Post[] = [];
  for (const reporter of TH_REPORTERS)
    for (const fact of TH_GROUP_FACTS)
      posts.push([`${reporter}${random.pick(TH_GROUPS)}${fact}${random.pick(TH_COUNTS)} ${random.pick(TH_ASKS)}ครับ`, []]);
  for (const c of EN_COUNTS)
    posts.push([`${c}, and the bus to the hospital runs only twice a week. Could the municipality add a shuttle?`, []]);
  return posts;
}

/** Groups by their condition using (or failing to use) a service: people in general. */
function groups(random: Random): Post[] {
  const th = ['คนตาบอด', 'ผู้พิการทางสายตา', 'คนนั่งรถเข็น', 'คนหูหนวก', 'ผู้ป่วยฟอกไต', 'ผู้สูงอายุที่เป็นอัมพาต'];
  const thUse = [
    'ใช้ทางลาดหน้าไปรษณีย์ไม่ได้ ชันเกินไป',
    'เดินชนป้ายโฆษณาบนทางเท้าบ่อยมาก',
    'ขึ้นรถเมล์สายเทศบาลไม่ได้ เพราะบันไดสูง',
    'ไปติดต่อสำนักงานทะเบียนไม่สะดวก ไม่มีที่จอดใกล้ประตู',
  ];
  const en = ['Blind people', 'Wheelchair users', 'People on crutches', 'Deaf residents', 'Dialysis patients'];
  const enUse = [
    'cannot get into the new post office, the ramp ends at a step',
    'keep bumping into the sign boards on the pavement by the market',
    'have no way to hear the announcements at the bus station',
  ];
  const posts: Post[] = [];
  for (const g of th) posts.push([`${g}${random.pick(thUse)} ช่วยแก้ไขด้วยครับ`, []]);
  for (const g of en) posts.push([`${g} ${random.pick(enUse)}. Please fix it.`, []]);
  return posts;
}

/** The poster's own health in a clause of its own, far from their pronoun, in a long friendly post. */
function ownFar(random: Random): Post[] {
  const opens = ['ดิฉันเป็นแม่ค้าขายผักในตลาดเช้ามายี่สิบปีแล้วค่ะ', 'ผมอาศัยอยู่ริมคลองแม่ข่ามาตั้งแต่เด็กครับ', 'หนูอยู่หอพักหลังมหาวิทยาลัยค่ะ'];
  const middles = ['ช่วงนี้ไม่ค่อยได้ออกไปไหน', 'ตอนนี้ต้องพักอยู่บ้านเป็นส่วนใหญ่', 'ไปไหนมาไหนลำบากขึ้นเยอะ'];
  const facts = ['ปีที่แล้วเส้นเลือดในสมองตีบ', 'เดือนก่อนเพิ่งผ่าตัดมะเร็งลำไส้', 'หมอบอกว่าเป็นโรคหัวใจ', 'ต้องไปฟอกไตอาทิตย์ละสามวัน'];
  const posts: Post[] = [];
  for (const open of opens)
    for (const fact of facts)
      posts.push([
        `${open} อยากแจ้งเรื่องทางเท้าหน้าตลาดที่ขุดไว้แล้วไม่กลบ รถจักรยานยนต์ล้มไปหลายคันแล้ว ไฟส่องทางก็ดับ ` +
          `${random.pick(middles)} ${fact} เวลาจะออกไปซื้อของก็ต้องเดินอ้อมไกลมาก ฝากเทศบาลเร่งให้ผู้รับเหมาทำให้เสร็จด้วย ขอบคุณมาก`,
        [],
      ]);
  return posts;
}

/** A legal record of a person introduced by role and place sentences before, in a long post. */
function legalBuried(random: Random): Post[] {
  const roles = [
    'ผู้ชายที่มาเช่าห้องแถวข้างร้านซักรีดปากซอยเจ็ด',
    'คนขับรถขยะของหมู่บ้านเวียงพิงค์',
    'ยามกะกลางคืนของตลาดนัดหลังอำเภอ',
    'ป้อหนานที่เฝ้าศาลาวัดป่าเป้า',
    'บังที่ขายปลาทอดหน้าโรงเรียนบ้านควน',
  ];
  const complaints = [
    'ชอบจอดรถขวางทางเข้าออกทุกเช้า เปิดเพลงเสียงดังจนเด็กอ่านหนังสือไม่ได้ ไปเตือนก็ทำหน้าไม่พอใจ',
    'เทน้ำเสียลงท่อระบายน้ำสาธารณะทุกคืน ส่งกลิ่นเหม็นไปทั้งซอย ตอนเช้ายังเอาของมาวางบนทางเท้าอีก',
  ];
  const carriers = ['คนแถวนั้นเล่าว่าแก', 'ได้ยินมาว่าเขา', 'เพื่อนบ้านบอกว่า', 'เขาว่ากันว่าเปิ้น'];
  const facts = [
    'เคยต้องโทษจำคุกคดีชิงทรัพย์',
    'พ้นโทษคดีค้ายาเสพติดมาได้ปีเดียว',
    'เคยโดนคดีทำร้ายร่างกาย',
    'มีประวัติคดีลักทรัพย์',
    'ต้องโทษจำคุกฐานฉ้อโกง',
    'เคยติดคุกข้อหาข่มขืน',
  ];
  const posts: Post[] = [];
  for (const role of roles)
    for (const fact of facts)
      posts.push([
        `ขอแจ้งปัญหาครับ ${role} ${random.pick(complaints)} ${random.pick(carriers)}${fact} คนในซอยเลยไม่กล้าว่าอะไร อยากให้เทศกิจมาตรวจบ่อยๆ ครับ`,
        [pii(fact)],
      ]);
  return posts;
}

/** English legal records, with he's/she's and the role a sentence or two before. */
function legalEnglish(random: Random): Post[] {
  const who = [
    'The man who runs the car wash behind Tesco Lotus',
    'The new janitor at the community library',
    'The guy who rents scooters on Beach Road',
    'The security guard at our apartment block in Nong Prue',
  ];
  const facts = [
    'did time for dealing meth',
    'is on parole for burglary',
    'served a sentence for assault',
    'was released from prison last spring',
    'spent three years in prison for fraud',
  ];
  const carriers = ["Apparently he's", "People say she's", 'I was told he', 'The landlord says he'];
  const posts: Post[] = [];
  for (const w of who)
    for (const fact of facts) {
      const carrier = random.pick(carriers);
      // "he's" + "did time" is not English: the contracted copula takes only a copula fact.
      const [lead, rest] =
        carrier.endsWith("'s") && !fact.startsWith('is ') ? [carrier.slice(0, -2), fact] : [carrier, fact.replace(/^is /, '')];
      posts.push([
        `${w} keeps the gate open all night and shouts at the neighbours. ${lead} ${rest}, so nobody complains.`,
        [pii(rest)],
      ]);
    }
  return posts;
}

/** Ethnicity and nationality with the people-word and the status after it. */
function ethnicWhole(random: Random): Post[] {
  const roles = ['แม่บ้านที่ทำความสะอาดตึกเทศบาล', 'คนงานล้างจานร้านหมูกระทะหน้าปั๊ม', 'ยามเฝ้าโกดังข้าวหลังตลาด', 'คนเลี้ยงวัวของฟาร์มท้ายหมู่บ้าน'];
  const facts = [
    'เป็นคนพม่าไม่มีบัตร',
    'เป็นชาวมอญไม่มีบัตรประชาชน',
    'เป็นคนลาวเข้าเมืองผิดกฎหมาย',
    'เป็นคนเขมรไม่มีใบอนุญาตทำงาน',
    'เป็นชาวไทใหญ่ไม่มีสัญชาติ',
  ];
  const after = ['นายจ้างเลยกดค่าแรง', 'โดนโกงค่าจ้างมาสองเดือนแล้ว', 'ต้องทำงานตั้งแต่ตีห้าถึงสามทุ่ม'];
  const en = [
    ['The cleaner at the Sunday market', 'is Burmese without papers'],
    ['The cook at the noodle stall opposite the school', 'is Cambodian and has no work permit'],
    ['The gardener at the temple', 'is Lao and undocumented'],
    ['The woman who washes dishes at the seafood place', 'is Burmese with no papers'],
  ] as const;
  const posts: Post[] = [];
  for (const role of roles) for (const fact of facts) posts.push([`${role}${fact} ${random.pick(after)}`, [pii(fact)]]);
  for (const [w, fact] of en) posts.push([`${w} ${fact}, and the owner pays her half the minimum wage.`, [pii(fact)]]);
  return posts;
}

/** English stays in a psychiatric ward, with the verb that makes it the person's: "was in a …". */
function psychiatricEnglish(random: Random): Post[] {
  const who = [
    'the caretaker of the Chinese shrine on Soi 5',
    'the parking attendant at the night market',
    'the man who sells lottery tickets at the bus station',
  ];
  const facts = [
    'was in a psychiatric ward until last month',
    'spent six months in a psychiatric hospital',
    'was admitted to a mental hospital in June',
    'was committed to Suan Prung last year',
  ];
  const posts: Post[] = [];
  for (const w of who)
    for (const fact of facts)
      posts.push([
        `Could someone check on ${w}? He shouts at children on their way to school. ${random.pick(['My neighbour says he', 'I heard he', 'He'])} ${fact}.`,
        [pii(fact)],
      ]);
  return posts;
}

export function round8SensitiveFamilies(seed: number): Family[] {
  const random = new Random(seed + 8);
  return [
    family('r8s.legal-buried', legalBuried(random)),
    family('r8s.legal-english', legalEnglish(random)),
    family('r8s.ethnic-whole', ethnicWhole(random)),
    family('r8s.psychiatric-english', psychiatricEnglish(random)),
    family('r8s.clean.count-after', counts(random), 'publish'),
    family('r8s.clean.group-users', groups(random), 'publish'),
    family('r8s.clean.own-far', ownFar(random), 'publish'),
  ];
}
