// Round 8 of issue 12, insults: precision in English and recall of what round 7's second set missed. Hold side:
// English nouns said of a person (snake, rat, fool, garbage, scum) by a copula, an adjective said of people, "who" or a
// person subject; leetspeak in romanised prefixes and stems (e3 kwai, ai h33); ไอ้หัว + an object that names a person
// (หัวขวด, หัวไม้); a gang of kids with their curse word (ไอ้พวกเด็กเวรตะไล); a death curse with the way of dying
// (รถชนตายห่า). Clean side, as many posts: dyke/dike, bitch, ass, cock, pussy in their literal sense, letters after an
// apostrophe, the same English nouns said of things, codes like E3 and H33, Thai literal heads, accident reports.
// Vocabulary of its own (not read from the engine's lexicon, not copied from round8/insults.jsonl); its own random
// stream (seed + 83).
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { Random } from './random.js';

const PEOPLE = [
  'The plumber',
  'My landlord',
  'The clerk at window 4',
  'The contractor',
  'That security guard',
  'The new manager',
];
const TAILS = ['and nobody at the office cares.', 'so please send someone to check.', 'for the third time this month.'];

/** English nouns aimed by the grammar around them: "is a snake", "a lying rat", "the fool who", "he is garbage". */
function englishNouns(random: Random): Family[] {
  const articled: Post[] = [];
  for (const noun of ['snake', 'rat', 'fool']) {
    for (const person of PEOPLE.slice(0, 3)) {
      articled.push([`${person} is a ${noun}, ${random.pick(TAILS)}`, [insult(noun)]]);
    }
    for (const adjective of ['lying', 'greedy', 'useless']) {
      const x = `${adjective} ${noun}`;
      articled.push([`${random.pick(PEOPLE)} is a ${x} ${random.pick(TAILS)}`, [insult(x)]]);
    }
    articled.push([`You ${noun}, give back the deposit!`, [insult(noun)]]);
  }
  const mass: Post[] = [];
  for (const noun of ['garbage', 'trash', 'scum']) {
    for (const subject of ['He is', 'They are', "You're", 'She was'])
      mass.push([`${subject} ${noun}, ${random.pick(TAILS)}`, [insult(noun)]]);
    for (const deed of ['dumped oil in the drain', 'stole the temple donation box', 'cut the cable on our lane'])
      mass.push([`Whoever ${deed} is ${noun}.`, [insult(noun)]]);
    mass.push([`Junkie ${noun} sleep under the footbridge and smash car windows.`, [insult(`Junkie ${noun}`)]]);
  }
  return [family('r8.insult.english-nouns-articled', articled), family('r8.insult.english-mass-nouns', mass)];
}

const ROMAN_FRAMES = ['{x} ห้องตรงข้ามจอดรถขวางประตูทุกวัน', '{x} ร้านหมูกระทะเปิดเพลงถึงตีสอง 555', 'ใครรู้จัก {x} ที่ลักสายไฟบ้าง'];

/** Digits for the letters of a romanised prefix and stem: e3 kwai, a1 hee, ai h33, aii kw4i. */
function romanisedLeet(random: Random): Family {
  const texts: Post[] = [];
  for (const prefix of ['e3', 'a1', 'ai', 'ee', 'aii'])
    for (const stem of ['h33', 'kw4i', 'h1a', 'kwai']) {
      if (!/\d/.test(prefix + stem)) continue;
      const x = `${prefix} ${stem}`;
      texts.push([random.pick(ROMAN_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r8.insult.romanised-leet', texts);
}

const THAI_FRAMES = ['{x}แถวท่ารถมาก่อกวนแม่ค้าทุกเย็น', 'แจ้งเทศกิจด้วยค่ะ {x}ยืนขวางทางเข้าตลาด', '{x}ที่ซอยสามตะโกนด่าคนเดินผ่าน'];

/** A prefix before หัว + an object that names the person by it (the bottle head, the stick head, the lawyer head). */
function headCompounds(random: Random): Family {
  const texts: Post[] = [];
  for (const prefix of ['ไอ้', 'อี', 'บัก', 'ไอ้พวก'])
    for (const head of ['หัวขวด', 'หัวไม้', 'หัวหมอ', 'หัวขโมย', 'หัวโจก']) {
      const x = prefix + head;
      texts.push([random.pick(THAI_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r8.insult.head-compounds', texts);
}

/** ไอ้พวก + เด็ก + a curse word: the gang prefix aims through "kids" as through any role. */
function gangOfKids(random: Random): Family {
  const texts: Post[] = [];
  for (const prefix of ['ไอ้พวก', 'อีพวก'])
    for (const word of ['เวร', 'เวรตะไล', 'เปรต', 'ระยำ']) {
      const x = `${prefix}เด็ก${word}`;
      texts.push([random.pick(THAI_FRAMES).replace('{x}', x), [insult(x)]]);
    }
  return family('r8.insult.gang-of-kids', texts);
}

/** A death curse with the way of dying written before it: รถชนตายห่า, จมน้ำตายโหง. */
function deathCurses(random: Random): Family {
  const texts: Post[] = [];
  const openings = ['ขอให้คนที่ขโมยจักรยานหน้าวัด', 'คนเอาขยะมาทิ้งหน้าบ้านกู ขอให้', 'หื้อคนลักไก่บ้านข้อย'];
  for (const cause of ['รถชน', 'รถทับ', 'จมน้ำ', 'ไฟคลอก'])
    for (const death of ['ตายห่า', 'ตายโหง']) {
      const x = cause + death;
      texts.push([`${random.pick(openings)}${x}ไปเลย`, [insult(x)]]);
    }
  return family('r8.insult.death-curses', texts);
}

// ---- clean -----------------------------------------------------------------------------------------------------------

function cleanTraps(random: Random): Family[] {
  const dykes: string[] = [];
  for (const word of ['dyke', 'dike'])
    for (const place of ['the canal', 'the river', 'the rice fields'])
      dykes.push(
        random.pick([
          `The ${word} along ${place} has a crack and water seeps through after every storm.`,
          `Our lane runs on top of the ${word} by ${place}; the sandbags there are old and torn.`,
          `Who maintains the earth ${word} next to ${place}? The flood last year broke it in two places.`,
        ]),
      );
  return [
    cleanFamily('r8.clean.english-literal-senses', [
      ...dykes,
      'Our bitch is pregnant again, does the municipal vet sterilise dogs for free after the litter?',
      'A stray bitch with four puppies lives under the bus shelter; can animal control move them somewhere safe?',
      'Each bitch at the shelter has had a litter this year, the shelter needs more kennels.',
      'The farm at the end of the soi keeps an ass and two ponies; the donkey gets loose and walks on the highway.',
      'A fighting cock escaped from the farm and our dog chased it into the road.',
      'The cock and the hens next door are fine but the farm dumps manure in the canal.',
      'Found: a ginger pussy cat with a blue collar near the market, the kitten is at our shop.',
    ]),
    cleanFamily('r8.clean.english-apostrophes', [
      "Mike's at the end of the soi sells fried chicken, but the oil goes into the drain.",
      "The market's hit by power cuts every afternoon, the fish go bad.",
      "It's a shame the park's toilets are locked; isn't it the office's job to open them?",
      "Doesn't the bus stop at the school any more? We'll need a new timetable.",
      "Nobody's at the permit counter after 3 pm and it's not even lunchtime.",
      "Let's hope the mayor's team fixes the lights; the road's dark and it's dangerous.",
    ]),
    cleanFamily('r8.clean.english-nouns-said-of-things', [
      'A snake was in our kitchen last night; who removes snakes in this district?',
      'The rats in the fresh market have chewed through the wiring of the freezer.',
      'The garbage truck did not come this week and the bins are overflowing.',
      'The new parking app is garbage, it crashes every time I pay.',
      'There is oily scum on the canal near the car wash.',
      'Please put trash bins at the bus stop, people throw bottles in the bushes.',
      "Don't be fooled by calls from people who say they are from the tax office.",
      "Sending forms by post is a fool's errand, nothing ever arrives.",
      'Please keep your trash inside until the truck comes on Tuesday.',
      'Could you snake the drain on our lane? It has been blocked since June.',
      'What a garbage dump the empty lot behind the school has become.',
      'It is a rat, not a mouse, and it lives in the ceiling of the health centre.',
      'We have such a rat problem at the night market that the stalls close early.',
    ]),
    cleanFamily('r8.clean.codes-and-thai-literal', [
      'The shuttle to car park E3 leaves from gate H33 but the signs point to H31.',
      'ตึก E3 ชั้นสองไฟดับ ลิฟต์ก็เสีย ช่วยส่งช่างมาดูหน่อยค่ะ',
      'ฝาหัวขวดน้ำดื่มที่แจกงานวัดหลุดง่ายมาก น้ำหกหมด',
      'ลุงขายไม้กวาดบอกว่าไม้หัวไม้กวาดหักหมดแล้ว ขอเปลี่ยนให้คนกวาดถนนด้วย',
      'เมื่อวานมีคนโดนรถชนตายที่ทางโค้งหน้าโรงเรียน ขอป้ายเตือนกับไฟกระพริบด่วนครับ',
      'พวกเด็กนักเรียนเดินข้ามถนนตอนเลิกเรียนไม่มีคนโบกรถให้ อยากได้ครูจราจรค่ะ',
      'น้ำท่วมหนักมาก ฝนตกห่าใหญ่ตั้งแต่ตีสาม ท่อตันทั้งซอย',
    ]),
  ];
}

/** Round 8's insult families, on a random stream of their own (seed + 83) so earlier rounds stay as they were. */
export function round8InsultsFamilies(seed: number): Family[] {
  const random = new Random(seed + 83);
  return [
    ...englishNouns(random),
    romanisedLeet(random),
    headCompounds(random),
    gangOfKids(random),
    deathCurses(random),
    ...cleanTraps(random),
  ];
}
