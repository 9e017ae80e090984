// Round 12 of issue 12, s.26 facts and numbers. Hold side: a political affiliation said of a person named by role and
// place (every affiliation head × every group it joins, movements and parties apart, in standard, Southern and Isan
// frames, and in English); a private person's phone in English after a copula (my number is, the landlord is). Clean
// side: animals counted by a classifier after the post spoke of them (บางตัว, ตัวที่…), dialect animal words with a
// teller (แม่งัว, ลูกงัว, แบ้), an office's line in English (the division is …, the right number for the tax office),
// the writer's own health in dialect first person, insurgent groups in news and people as their victims. Vocabulary of
// its own (not read from the engine's lexicon, not copied from round12/sensitive.jsonl); its own random stream (seed + 121).
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const sensitive = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });
const phone = (text: string): LabelledSpan => ({ kind: 'pii', type: 'phone', text });

/** A role and its place (who the accusation is about). */
const ROLES = [
  'ครูสอนคณิตโรงเรียนบ้านบูเกะ',
  'ภารโรงโรงเรียนบ้านตะโล๊ะ',
  'ยามหน้าอำเภอบ้านรามัน',
  'ผู้ช่วยผู้ใหญ่บ้านหมู่ 4 บ้านลำใหม่',
  'คนขับรถน้ำของเทศบาลตำบลยะหริ่ง',
  'พยาบาลที่ รพ.สต.บ้านโคกโพธิ์',
  'แม่ค้าขายโรตีหน้าโรงเรียนบ้านปะนาเระ',
  'ช่างไฟของ อบต.บ้านกาหยี',
];
/** Heads that make someone one of a movement, and the movements (armed, separatist). */
const MOVEMENT_HEADS = ['เป็นพวก', 'เป็นแนวร่วม', 'เป็นสายให้', 'อยู่ในเครือข่าย', 'เป็นลูกน้อง', 'เป็นสมาชิก'];
const MOVEMENTS = ['แบ่งแยกดินแดน', 'ขบวนการบีอาร์เอ็น', 'ผู้ก่อความไม่สงบ', 'โจรใต้', 'กลุ่มติดอาวุธ'];
/** Heads that make someone a party's man, and the parties and colours. */
const PARTY_HEADS = ['เป็นหัวคะแนน', 'เป็นแกนนำ', 'เป็นคนของ', 'เป็นสมาชิก', 'เป็นมือขวา'];
const PARTIES = ['พรรคสีน้ำเงิน', 'พรรคฝ่ายค้าน', 'เสื้อแดง', 'เสื้อเหลือง', 'พรรคที่แพ้เลือกตั้ง'];
/** How the poster frames the accusation: standard, hearsay, Southern and Isan particles. */
const FRAMES: readonly ((role: string, fact: string) => string)[] = [
  (role, fact) => `${role}${fact} ขอให้เทศบาลตรวจสอบด้วย`,
  (role, fact) => `ขอแจ้งเรื่อง${role} ชาวบ้านพูดกันว่า${fact} เด็ก ๆ ก็ยังไปหาแกทุกวัน`,
  (role, fact) => `${role} แก${fact}แล ไซยังให้ทำงานอยู่`,
  (role, fact) => `${role} เพิ่น${fact}เด้อ จั่งได้งานทุกปี`,
];

function accusations(name: string, heads: readonly string[], groups: readonly string[]): Family {
  const posts: Post[] = [];
  let n = 0;
  for (const head of heads)
    for (const group of groups) {
      const fact = `${head}${group}`;
      posts.push([FRAMES[n % FRAMES.length]!(ROLES[n % ROLES.length]!, fact), [sensitive(fact)]]);
      n++;
    }
  return family(name, posts);
}

/** English: a role at its place, then the affiliation after its copula. */
function englishAccusations(): Family {
  const people = [
    'The teacher at Ban Buke school',
    'the night guard at the Raman district office',
    'the headman of Moo 4 Ban Lam Mai',
    'The nurse at the Khok Pho health post',
    'the roti seller outside Ban Panare school',
  ];
  const facts = [
    'is a separatist',
    'is part of the insurgent network',
    'is a member of the BRN',
    'works for the insurgents',
    'is an informant for the separatists',
    'is a known insurgent',
    'is a canvasser for the opposition party',
  ];
  const posts: Post[] = [];
  for (const person of people)
    for (const fact of facts) posts.push([`${person} ${fact}, the whole village talks about it.`, [sensitive(fact)]]);
  return family('r12s.politics-english', posts);
}

/** A private person's number in English after a copula or a relative's possessive. */
function personalPhonesEnglish(random: Random): Family {
  const owners = [
    'My number is',
    'my mobile is',
    'The landlord is',
    "My husband's number is",
    'the caretaker of our block is',
    'My son is on',
  ];
  const numbers = ['089 443 2175', '081-556-2390', '0812239904', '086 221 4478', '095-771-3320'];
  const tails = ['if the office needs to call back.', 'please call after 5 pm.', 'about the broken water main.'];
  const posts: Post[] = [];
  for (const owner of owners)
    for (const number of numbers) posts.push([`${owner} ${number}, ${random.pick(tails)}`, [phone(number)]]);
  return family('r12s.phone-person-english', posts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

/** Animals spoken of first, then counted by a classifier that heads the fact's clause; a guard or a seller nearby. */
function countedAnimals(random: Random): Family {
  const intros = [
    'แมวจรที่ลานจอดรถตลาดเทศบาลเยอะมาก ยามตลาดก็ไม่ไล่',
    'หมาจรหน้าป้อมยามหมู่บ้านมีเจ็ดแปดตัว ป้าขายข้าวแกงเอาข้าวให้กินทุกวัน',
    'สุนัขจรแถวศาลาวัดเพิ่มขึ้นเรื่อย ๆ ลุงคนเฝ้าวัดก็เลี้ยงไว้',
    'วัวของชาวบ้านที่ปล่อยกินหญ้าริมถนนมีสิบกว่าตัว',
  ];
  const counts = ['บางตัว', 'หลายตัว', 'ตัวที่นอนหน้าร้านก๋วยเตี๋ยว', 'ตัวนี้', 'แต่ตัวที่ผอมที่สุด', 'ตัวสีดำ'];
  const states = ['เป็นโรคผิวหนัง ขนร่วงเป็นแผง', 'ท้องแก่แล้ว', 'ป่วยเป็นขี้เรื้อน', 'ติดเชื้อที่ตา', 'เป็นโรคพยาธิ'];
  const posts: string[] = [];
  let n = 0;
  for (const intro of intros)
    for (const count of counts) {
      const state = states[n++ % states.length]!;
      posts.push(`${intro} ${count}${state} ${random.pick(['ฝากปศุสัตว์มาดูหน่อย', 'อยากให้มาทำหมันฉีดยา', 'กลัวเด็กไปจับ'])}`);
    }
  return cleanFamily('r12s.clean.counted-animals', posts);
}

/** Dialect animal words and mother/young + animal, ill or pregnant, told by a vet or a livestock officer. */
function dialectAnimals(random: Random): Family {
  const animals = ['แม่งัว', 'ลูกงัว', 'งัวของพ่อใหญ่', 'แบ้', 'แม่หมา', 'ลูกหมู', 'แม่ควาย', 'แม่ไก่'];
  const tellers = ['ปศุสัตว์อำเภอบอกว่า', 'หมอสัตว์เพิ่นว่า', 'สัตวแพทย์ของเทศบาลบอกว่า', ''];
  const states = ['ท้องแก่ฉีดวัคซีนได้', 'เป็นโรคปากเท้าเปื่อย', 'ป่วยเป็นโรคลัมปีสกิน', 'ติดเชื้อในกระแสเลือด'];
  const posts: string[] = [];
  let n = 0;
  for (const animal of animals)
    for (const teller of tellers) {
      posts.push(
        `${teller}${animal}${states[n++ % states.length]} ${random.pick(['ข่อยอยากถามว่าสิมาฉีดมื้อใด๋', 'ขอยาแหน่เด้อ', 'ช่วยมาดูให้หน่อยครับ'])}`,
      );
    }
  return cleanFamily('r12s.clean.dialect-animals', posts);
}

/** An office's line in English: the office as the clause's subject with a copula, a phone-shaped number after "line", and the office after the number. */
function officeLinesEnglish(random: Random): Family {
  const numbers = ['032-511-447', '074-200-419', '02-582-2195', '074 250 611', '053 259 191'];
  const frames = [
    (n: string) => `The registration division is ${n}, they answer in English.`,
    (n: string) => `The municipality's English-speaking line is ${n} on weekdays.`,
    (n: string) => `the tax office number is ${n} if anyone needs it`,
    (n: string) => `Is ${n} still the right number for the municipal tax office?`,
    (n: string) => `Is ${n} the number for the public health department?`,
    (n: string) => `The foreign residents' help desk is ${n}, very helpful.`,
  ];
  const posts: string[] = [];
  for (const frame of frames)
    for (const n of numbers) posts.push(`${frame(n)} ${random.pick(['Thanks.', '', 'Much appreciated!'])}`.trim());
  return cleanFamily('r12s.clean.office-lines-english', posts);
}

/** The writer's own health in Isan, Northern and Southern first person, and the municipality's patients as a group. */
function dialectOwnHealth(random: Random): Family {
  const selves = ['ข่อย', 'ส่วนตัวข่อยเอง', 'เฮา', 'ข้าเจ้า', 'ฉาน', 'หนู', 'ผม', 'เรา'];
  const diseases = ['เป็นโรคเบาหวาน', 'เป็นโรคหัวใจ', 'เป็นความดันสูง', 'ป่วยเป็นโรคไต'];
  const asks = ['เดินไกลบ่ไหว ขอทางลาดข้างตลาดแหน่', 'ขึ้นสะพานลอยบ่ไหวเจ้า', 'ฝุ่นหนักหนา หม้ายไหวแล้วแล', 'ขอให้ทำทางม้าลายหน้าตลาดด้วยค่ะ'];
  const posts: string[] = [];
  let n = 0;
  for (const self of selves) for (const disease of diseases) posts.push(`${self}${disease}มาหลายปี ${asks[n++ % asks.length]}`);
  for (const group of ['ผู้ป่วยของเทศบาล', 'ผู้ป่วยติดเตียงในตำบล', 'คนไข้เบาหวานของ รพ.สต.'])
    posts.push(`${group}หลายรายยังไม่ได้รับผ้าอ้อมเดือนนี้ ${random.pick(['ช่วยตามให้หน่อย', 'ขอบคุณค่ะ'])}`);
  return cleanFamily('r12s.clean.dialect-own-health', posts);
}

/** Movements and parties as news, people as their victims, politics as a topic: no one's affiliation. */
function politicalNews(random: Random): Family {
  const groups = ['ขบวนการแบ่งแยกดินแดน', 'ผู้ก่อความไม่สงบ', 'กลุ่มติดอาวุธ', 'พวกแบ่งแยกดินแดน'];
  const frames = [
    (g: string) => `${g}วางระเบิดแถวตลาดอีกแล้ว ขอเพิ่มไฟส่องสว่างกับกล้องวงจรปิดด้วย`,
    (g: string) => `ครูโรงเรียนบ้านบาเจาะถูก${g}ยิงเมื่อวาน ขอให้เพิ่มเวรยามหน้าโรงเรียน`,
    (g: string) => `ยามหน้าอำเภอโดน${g}ลอบทำร้าย ขอให้ติดไฟหน้าอำเภอเพิ่ม`,
    (g: string) => `ขอให้เทศบาลจัดอบรมเรื่องภัยจาก${g}ให้ผู้ปกครอง`,
  ];
  const posts: string[] = [];
  for (const g of groups) for (const frame of frames) posts.push(frame(g));
  for (const p of ['พรรคสีน้ำเงิน', 'พรรคฝ่ายค้าน', 'เสื้อแดงเสื้อเหลือง'])
    posts.push(`ขอให้ครูสอนเด็กเรื่องการเลือกตั้ง ไม่ใช่มาพูดถึง${p} ${random.pick(['ในห้องเรียน', 'หน้าเสาธง'])}`);
  return cleanFamily('r12s.clean.political-news', posts);
}

export function round12SensitiveFamilies(seed: number): Family[] {
  const random = new Random(seed + 121);
  return [
    accusations('r12s.politics-movement', MOVEMENT_HEADS, MOVEMENTS),
    accusations('r12s.politics-party', PARTY_HEADS, PARTIES),
    englishAccusations(),
    personalPhonesEnglish(random),
    countedAnimals(random),
    dialectAnimals(random),
    officeLinesEnglish(random),
    dialectOwnHealth(random),
    politicalNews(random),
  ];
}
