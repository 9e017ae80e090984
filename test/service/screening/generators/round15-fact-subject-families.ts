// Round 15: whose s.26 fact it is beside a house, a shop or a room. Clean: an animal whose owner or place is named in its
// own run (หมา|บ้านลุงสมชาย…), an animal written against the fact (รับแมว|ติดเชื้อ), a disease only animals have, a thing
// heading the fact's run (ท่อประปาหน้าบ้านป้า…|ติดเชื้อ), a faith or people naming a place's kind (ตลาด|มุสลิม), a relative
// the poster says they have (ดิฉันมี|ลูกชาย…). Hold: the same surroundings with a person as the subject (a neighbour, a
// house, a shop's owner), and a person named in a later clause after an animal's owner phrase (…ส่วนลุงเองก็…).
// Written after round 15's rules, as regression families over every combination: they measure breadth, not transfer.
// No one is named: a kinship word with a nickname is a person's name by the label convention, held whatever the fact.
import type { LabelledSpan } from '../scoring.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { streamFor } from './random.js';

const fact = (text: string): LabelledSpan => ({ kind: 'pii', type: 'sensitive', text });

const ANIMALS = ['หมา', 'แมว', 'วัว', 'ควาย', 'แพะ', 'หมู', 'ไก่', 'สุนัข', 'แมวส้ม', 'หมาดำ'];
/** An owner or place phrase glued to the animal, naming a person or a shop. */
const OWNERS = ['บ้านลุงท้ายซอย', 'ของป้าข้างบ้าน', 'ที่ร้านก๋วยเตี๋ยวปากซอย', 'บ้านผู้ใหญ่บ้าน', 'ร้านข้าวมันไก่', 'เฮือนพ่อหลวง'];
/** Facts an animal can have (ill, pregnant). */
const ANIMAL_FACTS = ['ป่วยเป็นเบาหวาน', 'เป็นมะเร็ง', 'ท้องแก่ใกล้คลอด', 'ติดเชื้อ', 'เป็นโรคผิวหนัง', 'ป่วยหนัก'];
const ASKS = ['เทศบาลมีสัตวแพทย์มาดูไหมคะ', 'ขอหน่วยปศุสัตว์ช่วยดูหน่อยครับ', 'ช่วยประสานศูนย์พักพิงสัตว์ให้ด้วยค่ะ'];

const THINGS = ['ท่อประปา', 'ทางเท้า', 'ระบบระบายน้ำ', 'ไฟกิ่ง', 'สะพานไม้', 'ถนนคอนกรีต', 'ฝาท่อ', 'โครงการสวนสาธารณะ'];
const THING_PLACES = ['หน้าบ้านป้าข้างบ้าน', 'ข้างร้านชำหัวมุม', 'หลังบ้านผู้ใหญ่', 'หน้าห้องเช่าเรา', 'ตรงข้ามบ้านลุงท้ายซอย'];
const THING_FACTS = ['ก็เป็นอัมพาต', 'ติดเชื้อ', 'พิการ', 'เป็นโรคลมชัก', 'ป่วยเรื้อรัง'];
const THING_TAILS = ['มาสามเดือนแล้ว ช่วยซ่อมด้วย', 'ไม่มีใครมาดูเลย', 'ขอให้กองช่างมาดูค่ะ'];

const KIND_PLACES = ['ตลาด', 'ร้านอาหาร', 'หมู่บ้าน', 'ชุมชน', 'กุโบร์', 'โรงเรียน'];
const KINDS = ['มุสลิม', 'อิสลาม', 'คริสต์', 'กะเหรี่ยง', 'ไทใหญ่', 'จีน'];
const KIND_COMPLAINTS = ['น้ำท่วมขังทุกครั้งที่ฝนตก ยามหน้าร้านก็บ่น', 'ไฟถนนดับทั้งซอย ลุงข้างบ้านบอกว่ามืดมาก', 'ขยะล้นถังมาสองวัน'];

const RELATIVES = ['ลูกชาย', 'ลูกสาว', 'หลานสาว', 'แม่', 'พ่อ', 'พี่ชาย'];
const OWN_FACTS = ['เป็นออทิสติก', 'ป่วยเป็นโรคลมชัก', 'เป็นอัมพาตครึ่งซีก', 'เป็นเบาหวาน'];
const OWN_ASKS = ['บ้านเราอยู่หลังตลาด ขอทางลาดหน้าบ้านด้วยค่ะ', 'ขอให้ซ่อมทางเท้าหน้าโรงเรียนค่ะ'];

/** A person located by a house, a neighbour word or a shop, and a fact of their own. */
const PEOPLE = ['เพื่อนบ้านข้างๆ', 'ลุงบ้านหลังสีเขียว', 'คนข้างบ้าน', 'เจ้าของร้านชำหัวมุม', 'ป้าบ้านท้ายซอย'];
const PERSON_FACTS = ['ติดยา', 'เป็นเอดส์', 'เพิ่งออกจากคุก', 'เป็นวัณโรค', 'เป็นโรคจิตเภท'];

function animalOwners(seed: number): Family {
  const random = streamFor(seed, 'r15.clean.animal-owner');
  const texts: string[] = [];
  for (const animal of ANIMALS)
    for (const owner of OWNERS) texts.push(`${animal}${owner}${random.pick(ANIMAL_FACTS)} ${random.pick(ASKS)}`);
  return cleanFamily('r15.clean.animal-owner', texts);
}

function animalAgainstFact(seed: number): Family {
  const random = streamFor(seed, 'r15.clean.animal-against-fact');
  const texts: string[] = [];
  for (const animal of ANIMALS)
    for (const f of ANIMAL_FACTS) texts.push(`ศูนย์พักพิงรับ${animal}${f}ไหมคะ เพื่อนบ้าน${random.pick(['บอกว่า', 'ฝากถาม'])}`);
  return cleanFamily('r15.clean.animal-against-fact', texts);
}

function animalDiseases(seed: number): Family {
  const random = streamFor(seed, 'r15.clean.animal-disease');
  const texts: string[] = [];
  for (const disease of ['เอดส์แมว', 'ลัมปีสกิน', 'ไข้หัดสุนัข', 'ปากเท้าเปื่อย'])
    for (const place of ['ห้อง 12 ในคอนโด', 'บ้านเช่าหลังตลาด', 'ข้างบ้านลุงท้ายซอย'])
      texts.push(`ตัวที่อยู่${place}เป็น${disease} ${random.pick(ASKS)}`);
  return cleanFamily('r15.clean.animal-disease', texts);
}

function thingSubjects(seed: number): Family {
  const random = streamFor(seed, 'r15.clean.thing-subject');
  const texts: string[] = [];
  for (const thing of THINGS)
    for (const place of THING_PLACES) texts.push(`${thing}${place}${random.pick(THING_FACTS)}${random.pick(THING_TAILS)}`);
  return cleanFamily('r15.clean.thing-subject', texts);
}

function placeKinds(seed: number): Family {
  const random = streamFor(seed, 'r15.clean.place-kind');
  const texts: string[] = [];
  for (const place of KIND_PLACES) for (const kind of KINDS) texts.push(`ถนนหน้า${place}${kind} ${random.pick(KIND_COMPLAINTS)}`);
  return cleanFamily('r15.clean.place-kind', texts);
}

function posterHas(seed: number): Family {
  const random = streamFor(seed, 'r15.clean.poster-has');
  const texts: string[] = [];
  for (const me of ['ดิฉัน', 'ผม', 'หนู'])
    for (const relative of RELATIVES)
      texts.push(
        `เรียนเจ้าหน้าที่ ${me}มี${relative}อายุ${random.pick(['เก้าขวบ', 'แปดสิบ', 'สิบสองปี'])} ${random.pick(OWN_FACTS)} ${random.pick(OWN_ASKS)}`,
      );
  return cleanFamily('r15.clean.poster-has', texts);
}

function peopleBesideAnimals(seed: number): Family {
  const random = streamFor(seed, 'r15.hold.person-beside-animal');
  const texts: Post[] = [];
  for (const person of PEOPLE)
    for (const f of PERSON_FACTS) {
      const animal = random.pick(ANIMALS);
      texts.push([`${animal}เห่าทั้งคืน ${person}${f} ไม่มีใครกล้าไปคุย`, [fact(f)]]);
    }
  return family('r15.hold.person-beside-animal', texts);
}

function personAfterOwner(seed: number): Family {
  const random = streamFor(seed, 'r15.hold.person-after-owner');
  const texts: Post[] = [];
  for (const animal of ANIMALS)
    for (const person of ['ลุง', 'ป้า', 'ยาย']) {
      const f = random.pick(['เป็นเบาหวานจนถูกตัดขา', 'เป็นวัณโรคระยะแพร่เชื้อ', 'เป็นโรคสมองเสื่อม']);
      texts.push([`${animal}ของ${person}บ้านท้ายซอยป่วยทุกวัน ส่วน${person}เองก็${f}`, [fact(f)]]);
    }
  return family('r15.hold.person-after-owner', texts);
}

export function round15FactSubjectFamilies(seed: number): Family[] {
  return [
    animalOwners(seed),
    animalAgainstFact(seed),
    animalDiseases(seed),
    thingSubjects(seed),
    placeKinds(seed),
    posterHas(seed),
    peopleBesideAnimals(seed),
    personAfterOwner(seed),
  ];
}
