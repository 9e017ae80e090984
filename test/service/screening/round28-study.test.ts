// Round 28: what the generated insult family written by hand (generators/round27-families.ts, r27.insult.by-hand: 180
// insults disguised by a writer who never saw the engine) still showed missing after round 27, read as phenomena: 12 of
// the 14 insults never-read hold-outs 91–105 left unfound are not held even standing alone (a text-free count), so the
// gaps are spellings, not contexts. Each rule is tested here on sentences written for this file, with its trap.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

describe('round 28: a star between two Thai letters hides one letter, or a vowel with its tone mark', () => {
  it('holds a censored insult with its prefix, alone or inside a compound', () => {
    expect(texts('คนเก็บค่าที่จอดรถตลาดเช้าตะโกนใส่ยายว่า ไอ้ค*ย ต่อหน้าลูกค้า', 'insult')).toEqual(['ไอ้ค*ย']);
    expect(texts('โดนวินมอไซค์ปากซอยด่าว่า อีด*ก แค่เพราะขอให้ขับช้าลง', 'insult')).toEqual(['อีด*ก']);
    expect(texts('เจ้าของหอพักเขียนแปะประตูห้องว่า ไอ้เห*ย จ่ายค่าน้ำด้วย', 'insult')).toEqual(['ไอ้เห*ย']);
  });
  it('publishes stars that hide nothing: a product, a footnote, a rating', () => {
    expect(screenText('ขอใบเสนอราคาท่อ 4*6 เมตร จำนวนยี่สิบท่อนค่ะ').verdict).toBe('clean');
    expect(screenText('*หมายเหตุ* ถนนสายนี้ปิดซ่อมถึงวันศุกร์').verdict).toBe('clean');
    expect(screenText('ให้คะแนนบริการจุดรับเรื่อง ***** ห้าดาวเลยครับ').verdict).toBe('clean');
  });
  it('reads one star a word, with no separator around it: runs of starred letters stay cheap and find nothing new', () => {
    expect(screenText('ก*ก*ก*ก*').findings.filter((f) => f.kind === 'profanity')).toEqual([]);
    expectLinear(['ส*ส '.repeat(2500), 'ส*'.repeat(5000), 'ค*ย '.repeat(2500), 'ไอ้เห*ย '.repeat(1400), 'ห*า'.repeat(3300)]);
  });
});

describe('round 28: v for u in English (fvck), which no other reading gave', () => {
  it('holds fvck and its inflections, in a sentence or alone', () => {
    expect(texts('The tuk-tuk driver told my wife to fvck off when she asked about the fare.', 'insult')).toEqual(['fvck']);
    expect(texts('what a fvcking joke this office is', 'insult')).toEqual(['fvcking']);
  });
  it('publishes English words with v where no insult has u', () => {
    expect(screenText('The vendor parks his van over the curve near the river every evening.').verdict).toBe('clean');
    expect(screenText('Please fix the drain valve at the vocational college.').verdict).toBe('clean');
  });
});

describe('round 28: an animal emoji after ปาก (a dog’s mouth, ปากหมา) is the insult, as after หน้า', () => {
  it('holds ปาก + animal emoji with or without its prefix', () => {
    expect(texts('แม่ค้าแผงผักด่าลูกค้าว่า อีปาก🐶 เสียงดังลั่นตลาด', 'insult')).toEqual(['อีปาก🐶']);
    expect(texts('นี่มัน ปาก🐕 ชัดๆ พูดจาแบบนี้กับคนแก่', 'insult')).toEqual(['ปาก🐕']);
  });
  it('publishes ปาก inside a place name before a fish', () => {
    expect(screenText('ตลาดเช้าปากน้ำ 🐟 สดทุกวัน มาอุดหนุนกันได้').verdict).toBe('clean');
    expect(screenText('หมาจรแถวปากซอย 🐕 ห้าตัว ช่วยประสานปศุสัตว์ด้วยค่ะ').verdict).toBe('clean');
  });
});

describe('round 28: an insult shouted at someone, unquoted ("yelled moron at me")', () => {
  it('holds a word a shouting verb reports and "at" a person follows', () => {
    expect(texts('The security guard yelled idiot at my grandfather twice.', 'profanity')).toEqual(['idiot']);
    expect(texts('A man on a scooter keeps screaming moron at the students outside the gate.', 'profanity')).toEqual(['moron']);
  });
  it('publishes a shout at a place or an animal, and words written up', () => {
    expect(screenText('Vendors were shouting pig at the market this morning, pork was cheap.').verdict).toBe('clean');
    expect(screenText('Someone wrote idiot on the bus stop sign; please paint over it.').verdict).toBe('clean');
  });
});

describe('round 28: a$hole, with one $ for the double s', () => {
  it('holds it', () => expect(texts('He called the nurse an a$hole in front of everyone.', 'profanity')).toEqual(['a$hole']));
  it('publishes words that end like it', () =>
    expect(screenText('The washhole at the temple is blocked again.').verdict).toBe('clean'));
});

describe('round 28: three-letter insults respelled after a prefix (a tone added or changed, the unwritten vowel written)', () => {
  it('holds ไอ้หม้า, อีเล้ว, ไอ้ขะหยะ, อีสะหวะ', () => {
    expect(texts('คนคุมคิวรถตู้ตะคอกใส่ยายว่า ไอ้หม้า ยืนเกะกะ', 'profanity')).toEqual(['ไอ้หม้า']);
    expect(texts('อีเล้ว เอาขยะมาทิ้งหน้าบ้านคนอื่นอีกแล้ว', 'profanity')).toEqual(['อีเล้ว']);
    expect(texts('ไอ้ขะหยะ ขับรถย้อนศรทุกเช้าหน้าโรงเรียน', 'profanity')).toEqual(['ไอ้ขะหยะ']);
    expect(texts('บอกแล้วว่าอย่าจอดขวาง อีสะหวะ', 'profanity')).toEqual(['อีสะหวะ']);
  });
  it('publishes the same spellings with no prefix, dictionary words a tone makes, and a shop named อีเปรี้ยว', () => {
    expect(screenText('ขะหยะเต็มถังหน้าบ้านสามวันแล้วค่ะ รถยังไม่มาเก็บ').verdict).toBe('clean');
    expect(screenText('ไอ้ห้า ลูกชายคนที่ห้าของลุงบุญ ได้ทุนเรียนต่อแล้ว').findings.filter((f) => f.kind === 'profanity')).toEqual([]);
    expect(screenText('ร้าน "อีเปรี้ยว" ขายส้มตำหน้าตลาดสด อร่อยมาก').verdict).toBe('clean');
  });
});

describe('round 28: three-letter insults take ๊ and ๋ after a prefix too; Khmer pig and stupid as Surin and Buriram write them', () => {
  it('holds บักปึ๊ก, ไอ้หม๊า, อาจรู๊ก, อาละงอง', () => {
    expect(texts('คนขายหวยด่าพ่อใหญ่ว่า บักปึ๊ก ต่อหน้าคนในร้าน', 'profanity')).toEqual(['บักปึ๊ก']);
    expect(texts('ไอ้หม๊า จอดรถขวางทางเข้าวัดอีกแล้ว', 'profanity')).toEqual(['ไอ้หม๊า']);
    expect(texts('ยามตลาดด่าเด็กว่า อาจรู๊ก แค่เพราะเด็กวิ่งชนแผง', 'profanity')).toEqual(['อาจรู๊ก']);
    expect(texts('ลุงคนขับรถอีแต๋นตะโกนใส่ป้าว่า อาละงอง', 'profanity')).toEqual(['อาละงอง']);
  });
  it('publishes the same syllables inside ordinary words', () => {
    expect(screenText('ซื้อกระดาษมาปึ๊กหนึ่งเพื่อทำป้ายประกาศงานวัด').verdict).toBe('clean');
    expect(screenText('หมาจรตัวนี้ชื่อหม๊าหม่า ชาวบ้านเลี้ยงไว้ที่ศาลา').findings.filter((f) => f.kind === 'profanity')).toEqual([]);
  });
});

describe('round 28: two spaces between a title and the name stand where one does', () => {
  it('holds a titled name typed with two spaces after the title', () => {
    expect(texts('นาย  บุญเลิศ แสนคำ เอารถไถมาจอดขวางทางเข้าหมู่บ้านทุกคืน', 'person_name')).toEqual(['นาย  บุญเลิศ แสนคำ']);
    expect(texts('Mr.  Anucha Boonmee keeps burning tyres behind the school.', 'person_name')).toEqual(['Mr.  Anucha Boonmee']);
  });
  it('publishes a title named as a form field with spaces after it', () =>
    expect(screenText('ในแบบฟอร์มให้เลือก นาย  นาง  นางสาว แล้วกรอกที่อยู่ค่ะ').verdict).toBe('clean'));
});

describe('round 28 (second vocabularies): a star for the last letter, 5 for ห, a Latin letter for its Thai sound, ไอ่ and ไอ๊ for ไอ้', () => {
  it('holds ไอ้เหี้*, ไอ้เ5ี้ย, ไอ้สัtว์, ไอ่ลูกหมา', () => {
    expect(texts('เด็กปั๊มหน้าตลาดพึมพำใส่ลุงว่า ไอ้เหี้* ตอนลุงจ่ายแบงก์ใหญ่', 'profanity')).toEqual(['ไอ้เหี้*']);
    expect(texts('คนคุมงานก่อสร้างตะโกนใส่คนงานว่า ไอ้เ5ี้ย ทั้งวัน', 'profanity')).toEqual(['ไอ้เ5ี้ย']);
    expect(texts('ไอ้สัtว์ จอดรถทับทางม้าลายหน้าโรงพยาบาลอีกแล้ว', 'profanity')).toEqual(['ไอ้สัtว์']);
    expect(texts('คนขายล็อตเตอรี่ด่าเด็กว่า ไอ่ลูกหมา เพราะเด็กเดินชนโต๊ะ', 'profanity')).toEqual(['ไอ่ลูกหมา']);
  });
  it('publishes a footnote star after a word, laughter in 5s, and Latin glued to Thai', () => {
    expect(screenText('ค่าธรรมเนียมฟรี* ตลอดเดือนนี้ (*เฉพาะผู้สูงอายุ)').verdict).toBe('clean');
    expect(screenText('555 ขำมากค่ะ รถขยะมาตรงเวลาเป็นครั้งแรก').verdict).toBe('clean');
    expect(screenText('ร้านหมูกระทะBBQ หน้าตลาดเปิดถึงตีหนึ่ง เสียงดังมาก').verdict).toBe('clean');
  });
  it('stays linear on runs of stars after words, 5s after letters and Latin glued to Thai', () => {
    expectLinear(['ไอ้เหี้* '.repeat(1400), 'ก5'.repeat(5000), 'สัt'.repeat(3300), 'ก* '.repeat(3300)]);
  });
});

describe('round 28 (second vocabularies): English name-calling reported unquoted, and regional words', () => {
  it('holds "calling <people> X", "muttered X at me", "screamed X at a tourist", "hey X"', () => {
    expect(texts('The ticket seller keeps calling the old men at the pier id10t every single day.', 'profanity')).toEqual([
      'id10t',
    ]);
    expect(texts('The cashier muttered m0r0n at my son when he paid in coins.', 'profanity')).toEqual(['m0r0n']);
    expect(texts('A driver screamed scumbag at a cleaner near the bus terminal.', 'profanity')).toEqual(['scumbag']);
    expect(texts('Hey moron at the water office, answer your phone.', 'profanity')).toEqual(['moron']);
  });
  it('publishes calls about things and shouts at places', () => {
    expect(screenText('We keep calling the office about the pig farm smell near the school.').verdict).toBe('clean');
    expect(screenText('Vendors screamed pork at the market this morning, it was cheap.').verdict).toBe('clean');
  });
  it('holds Khmer-prefixed and respelled words for a beast and for crazy, Malay rude and pig face, Isan four-legged', () => {
    expect(texts('คนขายปลาด่าเด็กว่า อาเตรัจฉาน เพราะเด็กเดินชนกะละมัง', 'profanity')).toEqual(['อาเตรัจฉาน']);
    expect(texts('คนเมาหน้าร้านเหล้าตะโกนว่า อาจกวด ใส่ยายที่เดินผ่าน', 'profanity')).toEqual(['อาจกวด']);
    expect(texts('คนขับรถเร่ตะโกนว่า ไอ้กุรังอาจา ใส่ผู้ใหญ่บ้าน', 'profanity')).toEqual(['ไอ้กุรังอาจา']);
    expect(texts('ไอ้สี่ตีน ขับรถปาดหน้าแล้วชี้หน้าด่าอีก', 'profanity')).toEqual(['ไอ้สี่ตีน']);
  });
  it('publishes a four-legged animal and a beast in a temple painting', () => {
    expect(screenText('ปศุสัตว์อำเภอฉีดวัคซีนให้สัตว์สี่ตีนทุกตัวในหมู่บ้านฟรี').verdict).toBe('clean');
    expect(screenText('ภาพจิตรกรรมในวิหารวาดเดรัจฉานภูมิไว้สวยมาก').verdict).toBe('clean');
  });
});

describe('round 28: a relation word where a title’s given name would stand names no one (อี่นาง|หลานสาว)', () => {
  it('publishes the Northern อี่นาง or อีนาง before a relation', () => {
    expect(screenText('อี่นางลูกสาวไปโรงเรียนต้องข้ามลำเหมืองที่บ่มีสะพาน ขอสะพานไม้สักอันเจ้า').verdict).toBe('clean');
    expect(screenText('ดีใจกับอีนางหลานสาวลุงแก้วที่สอบติดพยาบาลเจ้า').findings.filter((f) => f.rule === 'person_name.title')).toEqual([]);
  });
  it('still holds a given name that begins like a relation, with a surname or a place', () => {
    expect(texts('นางลูกแก้ว ศรีสุข ตั้งแผงขายของบนทางเท้าหน้าโรงพยาบาลทุกวัน', 'person_name')).toEqual(['นางลูกแก้ว ศรีสุข']);
  });
});
