// Round 5 of issue 12, sensitive facts (PDPA s.26): every category built from what it contains (infectious, chronic,
// cancer, STD, mental illness, addiction, pregnancy, disability, dementia; offences and their procedure; orientation
// and sexual behaviour; religion and sect; party, colour and protest; ethnicity; trade unions; genetic data) × every
// kind of person reference (role + place, kinship + nickname, English), in chat spelling and dialect; the labelled
// span is the fact's whole phrase. Clean families hold the same words where they point at nobody: a place named after
// the condition, a service, statistics, the poster's own family, a role of many, a second sentence. Vocabulary of its
// own (not read from the engine's lexicon); a random stream of its own (seed + 5).
import type { LabelledSpan } from '../scoring.js';
import { family, type Family } from './hold-families.js';
import { Random, thaiDigits } from './random.js';

const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });
type Post = [string, LabelledSpan[]];

/** Per s.26 category, the facts as neighbours write them: each is the whole phrase a moderator would black out. */
const FACTS: Record<string, readonly string[]> = {
  infectious: [
    'เป็นวัณโรคปอด',
    'ติดเชื้อเอชไอวีมาห้าปี',
    'เป็นไวรัสตับอักเสบซี',
    'เป็นโรคเรื้อนตั้งแต่หนุ่ม',
    'เป็นซิฟิลิสรักษาไม่หาย',
    'เป็นฝีดาษลิง',
    'ติดโควิดแล้วไม่ยอมกักตัว',
  ],
  chronic: [
    'เป็นเบาหวานขั้นรุนแรง',
    'เป็นโรคไต ต้องล้างไตทุกสัปดาห์',
    'เป็นความดันสูงเคยล้มหมดสติ',
    'เป็นโรคหัวใจต้องใส่ขดลวด',
    'เส้นเลือดในสมองตีบ',
    'เส้นเลือดในสมองแตกจนพูดไม่ชัด',
    'เป็นอัมพฤกษ์ครึ่งซีก',
    'เป็นหอบหืดเรื้อรัง',
    'เป็นลมบ้าหมูมาตั้งแต่เด็ก',
  ],
  cancer: ['เป็นมะเร็งปอดระยะสาม', 'เป็นมะเร็งลำไส้ ต้องให้คีโม', 'เป็นมะเร็งเม็ดเลือดขาว', 'เป็นเนื้องอกในสมอง'],
  std: ['เป็นหนองในเพราะเที่ยวผู้หญิง', 'ติดโรคทางเพศสัมพันธ์มาจากร้านนวด', 'เป็นหูดหงอนไก่'],
  mental: [
    'เป็นโรคซึมเศร้าเคยกินยาฆ่าตัวตาย',
    'เป็นไบโพลาร์อาละวาดบ่อย',
    'เป็นโรคจิตเภทหูแว่ว',
    'ป่วยจิตเวช ต้องกินยาทุกวัน',
    'เคยถูกส่งไปหลังคาแดง',
    'เป็นโรคย้ำคิดย้ำทำ',
    'เป็นโรคแพนิค',
    'เคยเข้าโรงพยาบาลบ้ามาแล้ว',
  ],
  addiction: ['ติดเหล้าหนักจนตับแข็ง', 'ขี้เหล้าเมาทุกวัน', 'ติดยาบ้ามาหลายปี', 'เสพไอซ์จนหลอน', 'ดมกาวทุกคืน'],
  pregnancy: ['ท้องตอนอายุสิบห้า', 'แอบไปทำแท้งที่คลินิกเถื่อน', 'ตั้งท้องได้สี่เดือนแล้ว', 'แท้งลูกไปเมื่อเดือนก่อน'],
  disability: ['ตาบอดข้างหนึ่ง', 'หูหนวกมาแต่เกิด', 'ขาพิการเดินไม่ได้', 'เป็นออทิสติก', 'สมองพิการมาแต่กำเนิด', 'เป็นเด็กพิเศษ', 'นั่งรถเข็นมาสิบปี'],
  dementia: ['เป็นอัลไซเมอร์จำใครไม่ได้', 'สมองเสื่อมหลงทางบ่อย', 'ความจำเสื่อมจำบ้านตัวเองไม่ได้'],
  criminal: [
    'เคยติดคุกคดียาเสพติดมาสามปี',
    'เพิ่งพ้นโทษคดีปล้นร้านทอง',
    'มีหมายจับคดีฉ้อโกง',
    'โดนคดีข่มขืนเด็ก',
    'อยู่ระหว่างคุมประพฤติ',
    'ประกันตัวออกมาสู้คดี',
    'เคยโดนจับข้อหาพกปืนเถื่อน',
    'เคยติดคุกฐานฆ่าคนตาย',
    'เป็นเจ้ามือหวยใต้ดิน',
    'เปิดบ่อนการพนันในบ้าน',
    'เคยโดนจับเมาแล้วขับ',
    'ถูกดำเนินคดียักยอกเงินวัด',
    'ติดคุกคดีวิ่งราวกระเป๋า',
    'โดนคดีพรากผู้เยาว์',
  ],
  sexual: ['เป็นเกย์', 'เป็นทอม', 'เป็นกะเทยแปลงเพศแล้ว', 'มีชู้กับผัวชาวบ้าน', 'ขายบริการทางเพศ', 'เป็นเมียน้อยเสี่ย', 'แอบคบซ้อน', 'เป็นเลสเบี้ยน'],
  religion: ['เพิ่งเปลี่ยนไปเป็นคริสเตียน', 'เข้าอิสลามเพราะแต่งงาน', 'เป็นพยานพระยะโฮวา', 'เข้าลัทธิบูชางู', 'ไม่นับถือศาสนาอะไรเลย', 'เป็นมุสลิม'],
  politics: [
    'เป็นหัวคะแนนพรรคเพื่อไทย',
    'เป็นเสื้อแดงฮาร์ดคอร์',
    'เป็นสลิ่มตัวยง',
    'เป็นแกนนำม็อบ',
    'เป็นสมาชิกพรรคก้าวไกล',
    'เป็นด้อมส้ม',
    'เป็นคนเสื้อเหลือง',
    'ไปร่วมม็อบทุกครั้ง',
  ],
  union: ['เป็นแกนนำสหภาพแรงงาน', 'เป็นสมาชิกสหภาพ', 'เป็นประธานสหภาพแรงงาน'],
  ethnicity: ['เป็นคนกะเหรี่ยง', 'เป็นชาวเขาไม่มีสัญชาติ', 'เป็นม้ง', 'เป็นคนไร้สัญชาติ', 'เป็นโรฮิงญา', 'เป็นไทใหญ่'],
  genetic: ['เป็นพาหะธาลัสซีเมีย', 'ตรวจดีเอ็นเอแล้วไม่ใช่ลูกผัว', 'เป็นโรคทางพันธุกรรม', 'เป็นฮีโมฟีเลีย'],
};

/** One person identified by their job and where they do it (no name). */
const ROLES = [
  'ยามกะดึกหมู่บ้านร่มเย็น',
  'แม่ค้าขายผักในตลาดสด',
  'คนขับวินหน้าเซเว่น',
  'ครูสอนคณิตโรงเรียนวัดกลาง',
  'ช่างตัดผมร้านปากซอย 3',
  'พนักงานล้างรถปั๊มหัวมุม',
  'คนเฝ้าลานจอดรถห้างโลตัส',
  'เจ้าของร้านโชห่วยข้างศาลาประชาคม',
  'ผู้ใหญ่บ้านหมู่ 4',
  'สล่าซ่อมบ้านแถวกาดหลวง',
  'คนส่งแก๊สร้านข้างวัด',
  'แม่บ้านประจำตึกคอนโดริมน้ำ',
];
/** Kinship + nickname + where they live or work (the name is its own span). */
const KIN: readonly [string, string][] = [
  ['ลุงแดง', 'บ้านริมคลอง'],
  ['ป้าต้อย', 'ร้านข้าวแกงหน้าวัด'],
  ['เจ๊หมวย', 'ร้านทองในตลาด'],
  ['เฮียตี๋', 'ร้านวัสดุปากซอย'],
  ['ยายสาย', 'บ้านท้ายซอย'],
  ['น้าหมู', 'บ้านตรงข้ามโรงเรียน'],
];
/** What stands between the person and the fact: nothing, a pronoun (standard and dialect), hearsay. */
const LINKS = [' ', ' ', ' มัน', ' เขา', ' เพิ่น', ' เปิ้น', ' ได้ข่าวว่า', ' เค้าว่า'];
const TAILS = ['', ' นะคะ', ' ทั้งซอยรู้กันหมด', ' ระวังกันด้วย', ' เด้อ', ' เจ้า', ' หนิ', ' ค่ะ'];

function allFacts(): [string, string][] {
  const out: [string, string][] = [];
  for (const [category, facts] of Object.entries(FACTS)) for (const f of facts) out.push([category, f]);
  return out;
}

/** Every fact × a role in a place, and × a kinship nickname with a place; families per category. */
function factsByCategory(random: Random): Family[] {
  const families: Family[] = [];
  for (const [category, facts] of Object.entries(FACTS)) {
    const posts: Post[] = [];
    for (const f of facts) {
      posts.push([`${random.pick(ROLES)}${random.pick(LINKS)}${f}${random.pick(TAILS)}`, [pii('sensitive', f)]]);
      const [kin, place] = random.pick(KIN);
      posts.push([`${kin}${place} ${f}${random.pick(TAILS)}`, [pii('person_name', kin), pii('sensitive', f)]]);
    }
    families.push(family(`r5s.category.${category}`, posts));
  }
  return families;
}

/** Chat spelling: เปน and เปง for เป็น, a run of the last letter, Thai digits, zero-width spaces inside the fact. */
function chatSpellings(random: Random): Family[] {
  const pen: Post[] = [];
  const odd: Post[] = [];
  for (const [, f] of allFacts()) {
    if (f.startsWith('เป็น')) {
      const chat = f.replace('เป็น', random.pick(['เปน', 'เปง', 'เปน']));
      pen.push([`${random.pick(ROLES)} ${chat}${random.pick(['', ' อ่ะ', ' 555', ' จริงๆนะ'])}`, [pii('sensitive', chat)]]);
    }
  }
  for (const [text, span] of [
    ['คนขับรถสองแถวสายสีฟ้า เคยติดคุกมา 5 ปี', 'เคยติดคุกมา 5 ปี'],
    ['ช่างซ่อมรถอู่หลังตลาด ติดคุกมา 3 ปี', 'ติดคุกมา 3 ปี'],
  ] as const) {
    odd.push([text, [pii('sensitive', span)]]);
    odd.push([thaiDigits(text), [pii('sensitive', thaiDigits(span))]]);
  }
  for (const f of ['ติดเชื้อเอชไอวี', 'เป็นวัณโรค', 'เคยติดคุก', 'เป็นเกย์']) {
    const zw = [...f].join('\u200b');
    odd.push([`ครูพละโรงเรียนบ้านหนองแวง ${zw} ไม่ควรให้สอน`, [pii('sensitive', zw)]]);
  }
  return [family('r5s.chat.pen-spelling', pen), family('r5s.chat.digits-zero-width', odd)];
}

/** Isan, Northern and Southern: dialect roles, pronouns, negation and particles around the fact. */
function dialect(random: Random): Family {
  const posts: Post[] = [];
  const WHO = ['บักหนุ่มคนเลี้ยงวัวท้ายหมู่ 9 เพิ่น', 'สล่าซ่อมบ้านแถวกาดหมั้ว เปิ้น', 'บ่าวเด็กปั๊มหน้าอำเภอ'];
  const FACT = [
    'ติดคุกติดตะรางมาหลายเทื่อ',
    'ถืกจับข้อหาค้ายาบ้า',
    'ป่วยจิตเวช บ่ได้กินยากะอาละวาด',
    'เป็นโรคจิตเภท ต้องกินยาทุกวัน',
    'ติดยาบ้าหนักแล้ว',
    'เป็นเอดส์บ่บอกไผ',
  ];
  for (const who of WHO)
    for (const f of FACT) posts.push([`${who}${f}${random.pick([' เด้อ', ' เจ้า', ' หวา', ''])}`, [pii('sensitive', f)]]);
  return family('r5s.dialect', posts);
}

/** English facts by foreign residents about staff and neighbours: the whole phrase, up to its complement. */
function english(random: Random): Family {
  const WHO = [
    'The night guard at Baan Suksan village',
    'The lady who runs the noodle stall in front of Wat Chedi',
    "My landlord's son",
    'The old man who lives next to the temple gate',
    'The cleaner at Hillside Condo',
  ];
  const FACT = [
    'has diabetes',
    'has lung cancer',
    'is HIV positive',
    'has tuberculosis',
    'has dementia',
    'has schizophrenia',
    'is a recovering alcoholic',
    'was jailed for theft',
    'has a criminal record for assault',
    'is on probation',
    'is out on bail',
    'is gay',
    'converted to Islam',
    'is a union leader',
    'is stateless',
    'had an abortion',
    'is pregnant',
    'is deaf',
  ];
  const posts: Post[] = [];
  for (const f of FACT)
    posts.push([
      `${random.pick(WHO)} ${f}${random.pick(['', ', please check', ' and nobody tells the parents'])}`,
      [pii('sensitive', f)],
    ]);
  return family('r5s.english', posts);
}

/** A long post whose one fact stands in the middle. */
function buried(random: Random): Family {
  const before = 'เรียนเทศบาลค่ะ ถนนซอยประชาร่วมใจเป็นหลุมเป็นบ่อมาสามเดือนแล้ว ฝนตกทีน้ำขังทั้งซอย รถจักรยานยนต์ล้มไปสองคันแล้วในสัปดาห์นี้ ';
  const after = ' ขับรถเร็วมากชนกระถางหน้าบ้านหลายหลัง ขอให้ส่งช่างมาดูถนนด้วย และตรวจสอบคนขับด้วยค่ะ ขอบคุณค่ะ';
  const posts: Post[] = [];
  for (const [, f] of allFacts().filter((_, i) => i % 4 === 0))
    posts.push([
      `${before}ส่วน${random.pick(['คนขับรถขยะคันสีเขียว', 'ยามหน้าหอพัก', 'คนที่ขับรถขยะคันนั้น'])}ได้ข่าวว่า${f}${after}`,
      [pii('sensitive', f)],
    ]);
  return family('r5s.buried-in-long-post', posts);
}

/** The same words pointing at nobody a reader could single out. */
function clean(random: Random): Family[] {
  const INSTITUTIONS = [
    'โรงพยาบาลจิตเวช',
    'คลินิกรักษาโรคเอดส์',
    'ศูนย์บำบัดยาเสพติด',
    'เรือนจำกลาง',
    'โรงพยาบาลมะเร็ง',
    'คลินิกโรคติดต่อทางเพศ',
    'ศูนย์ฟอกไต',
    'สถานพินิจเด็ก',
    'มัสยิดกลาง',
    'ที่ทำการพรรคเพื่อไทย',
    'สำนักงานสหภาพแรงงาน',
  ];
  const LOCATIVES = ['หน้า', 'ข้าง', 'ตรงข้าม', 'ใกล้', 'ทางไป', 'หลัง', 'แถว'];
  const PROBLEMS = ['ไฟทางดับทั้งแถว', 'ขยะล้นถังส่งกลิ่นเหม็น', 'ถนนเป็นหลุมใหญ่', 'มีรถจอดขวางทางเข้าออก'];
  const BYSTANDERS = ['แม่ค้าแถวนั้นบ่นว่ามืดมาก', 'ยามหน้าหมู่บ้านก็เห็นทุกวัน', 'คนขับวินบ่นทุกวัน', 'ป้าแม่ค้าขายกล้วยทอดฝากมาบอก'];
  const place: Post[] = [];
  for (const inst of INSTITUTIONS)
    for (let k = 0; k < 2; k++)
      place.push([`${random.pick(LOCATIVES)}${inst}${random.pick(PROBLEMS)} ${random.pick(BYSTANDERS)}`, []]);
  const rolePlace: Post[] = [];
  for (const inst of INSTITUTIONS)
    rolePlace.push([
      `${random.pick(['แม่ค้า', 'คนขับวิน', 'ยาม', 'ลุงคนขายลูกชิ้น'])}${random.pick(LOCATIVES)}${inst}บอกว่า${random.pick(PROBLEMS)}`,
      [],
    ]);
  const service: Post[] = [];
  for (const s of [
    'ขอให้เทศบาลจัดรถรับส่งผู้ป่วยฟอกไตในหมู่ 3 ไปโรงพยาบาลอำเภอด้วยค่ะ',
    'อยากให้มีรถรับส่งคนไข้เบาหวานไปรับยาที่อนามัย',
    'ขอทางลาดสำหรับคนพิการนั่งรถเข็นที่หน้าเทศบาล',
    'ขอให้จัดที่นั่งรอสำหรับผู้ป่วยมะเร็งที่มารับยา',
    'อยากให้มีล่ามภาษามือสำหรับคนหูหนวกที่ศาลากลาง',
    'ขอเบี้ยยังชีพผู้พิการ ต้องใช้เอกสารอะไรบ้างคะ',
  ])
    service.push([s, []]);
  const stats: Post[] = [];
  for (const [what, n] of [
    ['ผู้ป่วยเบาหวาน', '30 ราย'],
    ['คนติดเชื้อเอชไอวีรายใหม่', '12 ราย'],
    ['ผู้ต้องขังพ้นโทษกลับบ้าน', '8 คน'],
    ['ผู้ป่วยวัณโรค', '5 ราย'],
    ['เด็กพิเศษ', '14 คน'],
    ['ผู้ป่วยติดเตียง', '21 ราย'],
  ])
    stats.push([`ปีนี้ตำบลเรามี${what}ในตำบล ${n} ${random.pick(['อสม. ลงพื้นที่ทุกสัปดาห์', 'ขอบคุณเจ้าหน้าที่ค่ะ', 'ขอให้เพิ่มงบดูแล'])}`, []]);
  const own: Post[] = [];
  for (const me of ['แม่ฉัน', 'พ่อผม', 'ลูกชายดิฉัน', 'ยายของหนู', 'แม่ฉันเอง', 'สามีดิฉัน'])
    for (const f of [
      'เป็นเบาหวานเดินไม่ค่อยไหว อยากขอรถเข็นจากกองสวัสดิการค่ะ',
      'เป็นอัมพาตครึ่งซีก ขอรถรับส่งไปทำกายภาพ',
      'เป็นออทิสติก อยากทราบว่าโรงเรียนเทศบาลรับไหมคะ',
    ])
      own.push([`${me}${f}`, []]);
  const many: Post[] = [];
  for (const who of ['เจ้าหน้าที่ทุกคนที่ศูนย์บำบัดยาเสพติด', 'พยาบาลทุกคนที่คลินิกเอชไอวี', 'ครูหลายคนที่โรงเรียนเด็กพิเศษ', 'อสม. ทุกคนที่ดูแลผู้ป่วยติดเตียง'])
    many.push([`${who}บริการดีมาก ขอชมครับ`, []]);
  for (const s of [
    'คนติดยาในชุมชนเยอะขึ้น อยากให้ตำรวจมาตรวจบ่อยๆ',
    'วัยรุ่นแถวตลาดเสพยากันหลายคน ขอไฟส่องสว่างเพิ่ม',
    'มัสยิดจะจัดละศีลอด เชิญพี่น้องมุสลิมในตำบลทุกคนครับ',
    'สหภาพแรงงานโรงงานน้ำตาลจะเดินขบวนวันเสาร์ ขอให้จัดจราจรด้วย',
  ])
    many.push([s, []]);
  const otherSentence: Post[] = [];
  for (const who of ['คนขับวินปากซอย', 'แม่ค้าขายผักในตลาด', 'ยามหมู่บ้านร่มเย็น'])
    for (const inst of ['โรงพยาบาลจิตเวช', 'ศูนย์บำบัดยาเสพติด', 'เรือนจำกลาง'])
      otherSentence.push([`${who}ช่วยเก็บกิ่งไม้ที่ล้มขวางถนนให้ ขอบคุณมากค่ะ ส่วนถนนหน้า${inst}ยังเป็นหลุมอยู่`, []]);
  return [
    family('r5s.clean.place-named-after-fact', place, 'publish'),
    family('r5s.clean.role-at-the-place', rolePlace, 'publish'),
    family('r5s.clean.service-request', service, 'publish'),
    family('r5s.clean.statistics', stats, 'publish'),
    family('r5s.clean.own-family', own, 'publish'),
    family('r5s.clean.many-people', many, 'publish'),
    family('r5s.clean.other-sentence', otherSentence, 'publish'),
  ];
}

/**
 * Written after the engine change from probing clean posts (they guard what round 5 added, they did not measure it): a
 * prohibition, a thing rather than an act, a topic or a vaccine before the words, many people after them, an
 * organisation rather than its member, a role's workplace named after a condition; and the holds they must not cost.
 */
function afterChange(random: Random): Family[] {
  const BYSTANDERS = ['ลุงยามหมู่บ้าน', 'ป้าข้างบ้าน', 'แม่ค้าในตลาด', 'เจ๊ร้านทองปากซอย'];
  const cleanPosts: Post[] = [];
  for (const c of [
    'เตือนว่าอย่าเมาแล้วขับช่วงสงกรานต์',
    'บอกว่าเดี๋ยวนี้มีหวยใต้ดินเต็มตลาด',
    'บอกว่าอนามัยมีตรวจ HPV ฟรีวันเสาร์',
    'ฝากถามว่าฉีดวัคซีนโควิดได้ที่ไหน',
    'บอกว่าสหภาพแรงงานจะมาชุมนุมหน้าโรงงาน',
    'บอกว่าคนงานก่อสร้างเป็นคนลาวหลายคน ขอป้ายภาษาลาวด้วย',
    'บอกว่าครูโรงเรียนเด็กพิเศษใจดีมาก',
  ])
    cleanPosts.push([`${random.pick(BYSTANDERS)}${c}`, []]);
  const holds: Post[] = [];
  for (const [who, f] of [
    ['นักเรียนหญิงโรงเรียนวัดใหม่', 'ท้องไม่มีพ่อ'],
    ['คนขายหมูปิ้งหน้าโรงเรียน', 'ติดเชื้อเอชไอวีมาหลายปี'],
    ['ยามโรงเรียน', 'เข้าโรงพยาบาลธัญญารักษ์'],
    ['ผู้ดูแลหอพักสตรีหลังมหาลัย ', 'เคยถูกส่งไปรักษาที่โรงพยาบาลศรีธัญญา'],
    ['ลุงข้างบ้านเผาขยะทุกวันค่ะ ', 'ติดยาด้วย'],
  ] as const)
    holds.push([`${who}${f}`, [pii('sensitive', f)]]);
  return [family('r5s.after.clean-probes', cleanPosts, 'publish'), family('r5s.after.holds-kept', holds)];
}

export function round5SensitiveFamilies(seed: number): Family[] {
  const random = new Random(seed + 5);
  return [
    ...factsByCategory(random),
    ...chatSpellings(random),
    dialect(random),
    english(random),
    buried(random),
    ...clean(random),
    ...afterChange(random),
  ];
}
