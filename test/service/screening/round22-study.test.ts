// Round 22: what hold-outs 27 and 28 (read after their untuned score on 1835bac) showed the engine missing or holding
// wrongly, each as a rule about the phenomenon, with the post that stands for it and its trap.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

const rules = (text: string) => screenText(text).findings.map((f) => f.rule.split('+')[0]);
describe('round 22: a break inside a syllable whose vowel cannot end it', () => {
  it('holds an insult broken before the final its vowel needs (ั, ็, เ-ี without ย)', () => {
    expect(texts('ไอ้เ-หี้-ยที่ขโมยกระถางต้นไม้หน้าบ้านไปอีกแล้ว', 'insult')).toEqual(['ไอ้เ-หี้-ย']);
    expect(texts('ไอ้เหี้-ยที่ขโมยของ', 'insult')).toEqual(['ไอ้เหี้-ย']);
    expect(texts('ไอ้สั.สที่ปาถุงน้ำแข็งใส่รถผม', 'insult')).toEqual(['ไอ้สั.ส']);
    expect(texts('ไอ้สั สที่ปาถุงน้ำแข็ง', 'insult')).toEqual(['ไอ้สั ส']);
  });
  it('holds a strong word spaced between its syllables right after มัน (he, said of a person)', () => {
    expect(texts('ผู้รับเหมาเจ้านี้มันระ ยำ จริงๆ รับเงินเทศบาลไปแล้วทิ้งงาน', 'insult')).toEqual(['ระ ยำ']);
    expect(texts('มันดอก ทองคำแท้ไหม', 'insult')).toEqual([]);
  });
  it('publishes words broken where a syllable really ends, and list separators between words', () => {
    expect(texts('ขายดอก ทองคำแท่งที่ตลาด', 'insult')).toEqual([]);
    expect(texts('ซื้อหมู/ไก่ที่ตลาดสด', 'insult')).toEqual([]);
    expect(texts('เปิด-ปิดประตูน้ำตามเวลา', 'insult')).toEqual([]);
  });
});

describe('round 22: the Isan สัมปะรังเค in its other spellings, and เอ็ง as a friendly call', () => {
  it('holds สัปปะรังเค, สัมปะรังเค after a prefix', () => {
    expect(texts('อีสัปปะรังเคที่ลักตัดสายยางหน้าเฮือน', 'insult')).toEqual(['อีสัปปะรังเค']);
    expect(texts('ไอ้สัมปะรังเคมาขโมยของ', 'insult')).toEqual(['ไอ้สัมปะรังเค']);
  });
  it('holds the Khmer-Isan อาชะแก written without its vowel (อาฉแก, อาชแก)', () => {
    expect(texts('อาฉแกที่ขับกระบะเฉี่ยวแผงผักยายที่ตลาดแล้วหนีไป', 'insult')).toEqual(['อาฉแก']);
  });
  it('publishes เอ็ง called after a soft particle at the end of a sentence', () => {
    expect(texts('ปีหน้าย้ายเวทีไปตั้งใต้ต้นไม้ข้างวัดเถอะนะเอ็ง', 'insult')).toEqual([]);
    expect(texts('ไปช่วยกันเก็บขยะด้วยเน้อเอ็ง 555', 'insult')).toEqual([]);
  });
  it('still holds เอ็ง said at someone, and มึง after the same particle', () => {
    expect(texts('เอ็งไปซ่อมถนนซะ', 'insult')).toEqual(['เอ็ง']);
    expect(texts('แม่เอ็งตายเถอะ มาจอดรถขวางหน้าบ้าน', 'insult')).toEqual(['แม่เอ็งตายเถอะ']);
    expect(texts('ย้ายไปเถอะนะมึง', 'insult')).toEqual(['มึง']);
  });
});

describe('round 22: titles and kinship words', () => {
  it('publishes titles listed glued on a form (เด็กชายเด็กหญิง) and นายฮ้อย, the Isan cattle trader', () => {
    expect(rules('ช่องคำนำหน้ามีแค่ นาย นาง นางสาว ไม่มีช่องสำหรับเด็กชายเด็กหญิง ถ้ายื่นแทนลูกต้องกรอกอย่างไรคะ')).toEqual([]);
    expect(rules('นายฮ้อยในบ้านบริจาคค่าหมอลำให้แล้ว')).toEqual([]);
  });
  it('still holds a title glued before a name that begins like a title (นายคุณากร)', () => {
    expect(texts('นายคุณากร ใจดี ทิ้งขยะข้างทาง', 'person_name')).toEqual(['นายคุณากร ใจดี']);
    expect(texts('ด.ช.สมชาย ใจดี ขี่รถเร็ว', 'person_name')).toEqual(['ด.ช.สมชาย ใจดี']);
  });
  it('reads อ. before a district in the gazetteer as the district, not a teacher', () => {
    expect(rules('บ้านเลขที่ 44 ซอยรัตนอุทิศ 7 อ.หาดใหญ่ เคาะเหล็กทุกคืน')).toEqual(['address.house_number']);
    expect(texts('อ.สมศรี สอนดี แต่ตีเด็ก', 'person_name')).toEqual(['อ.สมศรี สอนดี']);
  });
  it('ends a name before อายุ and the age after it (น้องขวัญ|อายุ 8 ขวบ)', () => {
    expect(texts('ยายชาอายุ 80 บ้านติดวัดไร่ขิง ลูกหลานทิ้งให้อยู่คนเดียว', 'person_name')).toEqual(['ยายชา']);
    expect(texts('นายสมชายอายุ 40 ปี ขับรถชนแล้วหนี', 'person_name')).toEqual(['นายสมชาย']);
    expect(texts('นางสาวอายุมาศ ใจดี ทิ้งขยะ', 'person_name')).toEqual(['นางสาวอายุมาศ ใจดี']);
  });
  it('reads no lower-case English word as a surname after Khun and a capitalised given name', () => {
    expect(rules('The volunteer, Khun Kru as the kids call him, did a great job with my son')).toEqual([]);
    expect(texts('Khun Somchai Jaidee parks on the footpath every day', 'person_name')).toEqual(['Khun Somchai Jaidee']);
    expect(texts('Khun Lek at 12 Moo 5 burns rubbish', 'person_name')).toEqual(['Khun Lek']);
  });
  it('holds a weak kinship name after the business he runs and ของ (ฟาร์มหมูของพ่อใหญ่สีทน)', () => {
    expect(texts('ทางท้ายบ้านมีฟาร์มหมูของพ่อใหญ่สีทน เลี้ยงไว้สองร้อยกว่าโต', 'person_name')).toEqual(['พ่อใหญ่สีทน']);
    expect(texts('คอกวัวของแม่ใหญ่บัวส่งกลิ่นเหม็นทุกเย็น', 'person_name')).toEqual(['แม่ใหญ่บัว']);
  });
  it('publishes the same words with no name, or with a home only', () => {
    expect(rules('มีฟาร์มหมูของพ่อใหญ่ในหมู่บ้านหลายเจ้า')).toEqual([]);
    expect(rules('ไปกินข้าวบ้านของแม่ใหญ่บัวตอนบุญ')).toEqual([]);
  });
});

describe('round 22: whose number', () => {
  it('holds a number the poster asks to be messaged at, though a post office was named before it', () => {
    expect(texts('ใครขายมะม่วงส่งไปรษณีย์ได้มั้ยคะ สั่งทีละ20โล ทักมาที่ +66 92 418 7735 ได้เลยย', 'phone')).toEqual(['+66 92 418 7735']);
  });
  it("publishes a landline the post calls a shop's own (its number), whoever the shop is named after", () => {
    expect(
      rules("The bakery Auntie Daeng's on Thanon Chaiyangkun posts its number on the door, 045 511 382, and delivers water."),
    ).toEqual([]);
  });
  it('still holds a landline the poster calls theirs', () => {
    expect(texts('My number is on the door, 045 511 382, call me', 'phone')).toEqual(['045 511 382']);
  });
});

describe('round 22: a faith named of a whole community', () => {
  it('publishes พี่น้องมุสลิม (the Muslim brethren) in need of water', () => {
    expect(rules('มัสยิดในชุมชนน้ำประปาไม่ไหลมาสามวัน พี่น้องมุสลิมไม่มีน้ำอาบน้ำละหมาด ขอรถน้ำมาช่วยก่อนวันศุกร์ได้ไหมบัง')).toEqual([]);
  });
  it('holds a people or nationality said of a role after a place (คนสวน…ตรงข้ามตลาด|ไม่มีสัญชาติไทย): a predicate, no kind of market', () => {
    expect(rules('แจ้งว่าคนสวนของคลินิกตรงข้ามตลาดไม่มีสัญชาติไทย')).toEqual(['sensitive.ethnicity']);
    expect(rules('ตลาดมุสลิมหน้ามัสยิดเปิดทุกเย็น')).toEqual([]);
  });
  it('still holds the faith of one person named by role and place', () => {
    expect(rules('ภารโรงโรงเรียนบ้านนาเพิ่งเข้ารีตเป็นคริสต์ เลยไม่ยอมไปงานวัด')).toContain('sensitive.religion');
  });
});

describe('round 22, hold-outs 31 and 32: business numbers, ranks, class years, English frames', () => {
  it('publishes a landline given as the shop-front number (เบอร์หน้าร้าน, เบอร์หน้าฟาร์ม)', () => {
    expect(rules('ร้านรับซื้อของเก่า เปิดเครื่องอัดกระป๋องตั้งแต่ตีห้า โทรไปที่เบอร์หน้าร้าน 038-955-420 แล้ว พนักงานบอกว่าไม่ใช่เรื่องของเขา')).toEqual([]);
    expect(rules('ข่อยโทรไปเบอร์หน้าฟาร์มตามป้าย 044-311-520 เพิ่นบอกว่าให้ถามเทศบาล')).toEqual([]);
  });
  it("still holds a shop owner's mobile the poster reached them on, and a home's number", () => {
    expect(texts('เคยโทรคุยที่เบอร์หน้าร้าน 089-417-2265 เขาบอกว่าจะแก้', 'phone')).toEqual(['089-417-2265']);
    expect(texts('โทรไปเบอร์หน้าบ้าน 044-311-520 ไม่มีคนรับ', 'phone')).toEqual(['044-311-520']);
  });
  it('publishes a number a business lists, or shows on its own page or sign, mobile or not', () => {
    expect(rules('The dive shop at Ban Phe lists 038-652-713 on its Facebook page and the sign. They pump wastewater.')).toEqual(
      [],
    );
    expect(rules('The kayak rental at the promenade lists 081-797-2250 on its signboard and its Facebook page.')).toEqual([]);
  });
  it('still holds a number a neighbour lists as his own', () => {
    expect(texts('My neighbour lists 081-797-2250 as his number', 'phone')).toEqual(['081-797-2250']);
  });
  it('reads dotted ranks in a row as one rank before the name (Pol.Sgt.Maj. Anan Chaiwong)', () => {
    expect(texts('My neighbour Pol.Sgt.Maj. Anan Chaiwong keeps three big dogs unchained', 'person_name')).toEqual([
      'Pol.Sgt.Maj. Anan Chaiwong',
    ]);
    expect(texts('My neighbour Pol. Sgt. Maj. Anan Chaiwong keeps dogs', 'person_name')).toEqual([
      'Pol. Sgt. Maj. Anan Chaiwong',
    ]);
  });
  it('publishes students named by their year after a kinship word (น้องปีหนึ่ง, น้องม.3)', () => {
    expect(rules('หมาจรแถวหน้ามอเยอะมาก กัดน้องปีหนึ่งไปแล้ว2คนในอาทิตย์เดียว')).toEqual([]);
    expect(texts('พี่ปีเตอร์ร้านกาแฟหน้าตลาดจอดรถขวางทาง', 'person_name')).toEqual(['พี่ปีเตอร์']);
  });
  it('holds a full name after "in the name of", and publishes a municipal vet named in his work, and "my friend Tom"', () => {
    expect(texts("It's a US passport, number 583920147, in the name of Daniel Hart.", 'person_name')).toEqual(['Daniel Hart']);
    expect(rules('The municipal vet, Dr. Kittipong, and his team vaccinated 312 dogs')).toEqual([]);
    expect(rules('My friend Tom and I volunteered at the dog vaccination day at the temple.')).toEqual([]);
    expect(texts('my vet, Dr. Kittipong, lives on Soi 4 and his dogs bark', 'person_name')).toEqual(['Dr. Kittipong']);
  });
  it('holds a weak kinship name glued after ของ and the business (ร้านน้ำชาของบังหมาน), the name ending at หัวสะพาน', () => {
    expect(texts('ร้านน้ำชาของบังหมานหัวสะพานเจ้าฟ้าเปิดถึงตีสอง วัยรุ่นมานั่งเสียงดัง', 'person_name')).toEqual(['บังหมาน']);
  });
  it('holds a fact about a person told by the work they do (คนจุดบั้งไฟ) and a place', () => {
    expect(rules('คนจุดบั้งไฟประจำฐานของคุ้มบ้านโนนทัน เพิ่นเสพยาบ้าทุกมื้อที่มีงาน')).toEqual(['sensitive.health']);
  });
});

describe('round 22, hold-outs 31 and 32: disguises', () => {
  it('holds a look-alike vowel after a prefix (บักเหึ้ย, ไอ้เหื้ย) and อาแชกะ', () => {
    expect(texts('บักเหึ้ยที่ลักท่อพีวีซีของผู้รับเหมาไปขาย', 'insult')).toEqual(['บักเหึ้ย']);
    expect(texts('ไอ้เหื้ยมาอีกแล้ว', 'insult')).toEqual(['ไอ้เหื้ย']);
    expect(texts('อาแชกะที่ลักสายไฟไปขายเมื่อเดือนก่อน', 'insult')).toEqual(['อาแชกะ']);
  });
  it('publishes the same swap alone, and dictionary words among the swaps (มีด)', () => {
    expect(texts('เหึ้ยนะ', 'insult')).toEqual([]);
    expect(texts('ไอ้มีดเล่มนี้ซื้อที่ตลาด', 'insult')).toEqual([]);
  });
  it('reads no insult across a doubled letter of a real word (อาบแดด|กลาง is no แดก), and keeps shouted runs', () => {
    expect(rules('ตัวเงินตัวทองนอนอาบแดดกลางลานจอดรถ')).toEqual([]);
    expect(texts('แจ้งไปก็เงียบ สัสสส555 เบื่อ', 'insult')).toEqual(['สัสสส']);
    expect(texts('ไปแดกข้าวก่อน', 'insult')).toEqual(['แดก']);
  });
});

describe('round 22: the new frames stay linear on hostile runs', () => {
  it('screens long runs of each new frame in linear time', () => {
    expectLinear([
      'แดด'.repeat(3000) + 'ก',
      'ไอ้สั.ส'.repeat(1400),
      'เ-หี้-'.repeat(1600),
      'Pol.Sgt.Maj. '.repeat(760),
      'ร้านน้ำชาของบังหมาน'.repeat(520),
      'ฟาร์มหมูของพ่อใหญ่'.repeat(550),
      'น้องปีหนึ่ง'.repeat(900),
      'เถอะนะเอ็ง'.repeat(1000),
      'เด็กชายเด็กหญิง'.repeat(660),
      'lists 038-652-713 on its page '.repeat(330),
      'เบอร์หน้าร้าน 038-955-420 '.repeat(380),
      'in the name of Daniel Hart '.repeat(370),
      'น้องขวัญอายุ 8 '.repeat(650),
    ]);
  });
});

describe('round 22: what older hold-outs still held wrongly (told sets 13-17)', () => {
  it('reads no LINE handle in a hotline ending its sentence ("the complaint line is 1132.")', () => {
    expect(rules("Tourist police is 1155, and the municipality's complaint line is 1132. Worth saving.")).toEqual([]);
    expect(texts('add my line id: somchai88.', 'line_id')).toEqual(['somchai88']);
  });
  it('reads no name in a question word after a kinship word (ละหมาดน้า ใครจะผ่าน…)', () => {
    expect(rules('ถนนหน้ามัสยิดกลางปิดช่วงละหมาดน้า ใครจะผ่านอ้อมไปทางหลังตลาดนะคะ')).toEqual([]);
    expect(texts('ลุงสมชาย บ้านท้ายซอย เผาขยะทุกวัน', 'person_name')).toEqual(['ลุงสมชาย']);
  });
  it('publishes อี + an animal hunted (ยิงอีเก้ง, the barking deer), and holds the same word said of a person', () => {
    expect(rules('มีคนลักลอบเข้าไปยิงอีเก้งกับกระฮอก ได้ยินเสียงปืนทุกคืน')).toEqual([]);
    expect(texts('อีเก้งที่ร้านเสริมสวยนินทาคนทั้งวัน', 'insult')).toEqual(['อีเก้ง']);
  });
});

describe('round 22: an English shop named after a kinship word', () => {
  it("publishes the shop's name before a dish, and tables on the footpath as the shop's practice (as in Thai)", () => {
    expect(
      rules("The stalls are the highlight of our week: Auntie Daeng's mango sticky rice, the Uncle Tom Coffee cart."),
    ).toEqual([]);
    expect(texts("Lung Toy's noodle stall opposite the temple blocks the footpath with tables all day.", 'person_name')).toEqual(
      [],
    );
  });
  it('still holds the owner named through a shop blamed for a wrong', () => {
    expect(texts("Uncle Somchai's shop dumps oil in the drain every night", 'person_name')).toEqual(['Uncle Somchai']);
  });
});

describe('round 22, hold-outs 34 and 35', () => {
  it('holds a political role someone leads (ซึ่งเป็นแกนนำคนเสื้อแดง), the lead in the span', () => {
    expect(texts('ภารโรงโรงเรียนเทศบาลวัดคีรีวงศ์ซึ่งเป็นแกนนำคนเสื้อแดงในชุมชน เอาธงพรรคมาแขวน', 'sensitive')).toEqual([
      'เป็นแกนนำคนเสื้อแดงในชุมชน',
    ]);
    expect(rules('แกนนำคนเสื้อแดงจัดชุมนุมที่สนามกีฬา')).toEqual([]);
  });
  it('holds a title and full name after รถม้าชื่อ (a horse cart, no animal named)', () => {
    expect(texts('ผมเห็นคนขับรถม้าชื่อนายบุญเลิศ ใจคำ ใช้แส้ตีม้าแรงมาก', 'person_name')).toEqual(['นายบุญเลิศ ใจคำ']);
    expect(rules('หมาชื่อยายขาวหายไปสามวันแล้ว')).toEqual([]);
  });
  it('holds หัวคูย, the Malay bodoh after ai, the Isan สีดอ after บัก, and ส.ถุ.ล dotted after ไอ้', () => {
    expect(texts('บักหัวคูยคนได๋มาลักปั๊มน้ำบาดาล', 'insult')).toEqual(['บักหัวคูย']);
    expect(texts('ai bodoh ที่ขับมอเตอร์ไซค์ไม่ใส่หมวกแล้วชนแม่ค้า', 'insult')).toEqual(['ai bodoh']);
    expect(texts('บักสีดอคนขับรถขนดินมาถมตลาดใหม่', 'insult')).toEqual(['บักสีดอ']);
    expect(texts('มาฉี่ใส่รั้วบ้านคนอื่นเฉย ไอ้ส.ถุ.ลพวกนี้', 'insult')).toEqual(['ไอ้ส.ถุ.ล']);
  });
  it('publishes the tuskless elephant, chat for คุย, and a Malay word named', () => {
    expect(rules('ช้างสีดอตัวใหญ่เดินผ่านหมู่บ้านตอนเช้า')).toEqual([]);
    expect(rules('มาคูยกันหน่อยเรื่องงานวัด')).toEqual([]);
    expect(rules('Bodoh is a Malay word my neighbours use')).toEqual([]);
  });
  it('publishes a landline posted on a public place (เบอร์ที่ติดไว้หน้าบ่อ), not one written on a house', () => {
    expect(rules('โทรไปเบอร์ที่ติดไว้หน้าบ่อ 053-104-728 บ่มีคนรับ')).toEqual([]);
    expect(texts('เบอร์ที่เขียนไว้หน้าบ้าน 053-104-728 ของลุงแดงไม่มีคนรับ', 'phone')).toEqual(['053-104-728']);
  });
  it('reads no name in an office addressed with a title (Dear Mr. Mayor), nor in the Isan เพิ่น after an office', () => {
    expect(rules('Dear Mr. Mayor and the team at Lop Buri municipality, thank you.')).toEqual([]);
    expect(rules('ข่อยอยู่บ้านกุดยม ผู้ใหญ่บ้านเพิ่นกะพร้อมช่วยทุกเรื่อง')).toEqual([]);
    expect(texts('Mr. Somchai Jaidee blocks the road with his truck', 'person_name')).toEqual(['Mr. Somchai Jaidee']);
  });
});

describe('round 22, hold-outs 37 and 38', () => {
  it('holds a fact everyone in a place is said to know (ทุกคนในตลาดรู้ว่า) about a person told by role and place', () => {
    expect(rules('แม่ค้าหมูปิ้งเจ้าที่อยู่ติดประตูโรงเรียน ซึ่งทุกคนในตลาดรู้ว่าติดเชื้อเอชไอวี แต่ยังใช้มือเปล่า')).toEqual(['sensitive.health']);
    expect(rules('ทุกคนรู้ว่าเอดส์รักษาได้ถ้ากินยาสม่ำเสมอ')).toEqual([]);
  });
  it('reads a group after a work verb as what the person works with (คนที่สอนกลุ่มเด็กเล็ก), not as many people', () => {
    expect(rules('ครูฝึกว่ายน้ำผู้ชายคนที่สอนกลุ่มเด็กเล็กรอบบ่าย เป็นเกย์ ผู้ปกครองบางคนเลยไม่สบายใจ')).toEqual(['sensitive.sexual']);
    expect(rules('อยากให้มีห้องละหมาดในอาคารสำนักงานเทศบาลสำหรับพี่น้องมุสลิมที่มาติดต่อราชการ')).toEqual([]);
  });
  it('holds a 9-digit passport written 3-3-3 after its word', () => {
    expect(texts('my British passport number, 132 884 591. The officer took a photo', 'passport')).toEqual(['132 884 591']);
  });
  it("publishes a dog's name after หมาเรา, a hotel reception's number, นางนาค in a parade, a delivery box", () => {
    expect(rules('หมาเราชื่อไอ้ด่าง สีขาวด่างดำ หายไปตั้งแต่วันกีฬาสี')).toEqual([]);
    expect(rules('If you need a witness, the Baan Talay hotel reception is on 032-512-448.')).toEqual([]);
    expect(texts('The shop owner is on 053-441-120 if you want to complain', 'phone')).toEqual(['053-441-120']);
    expect(rules('บั้งไฟพญานาคปีนี้มีขบวนนางฟ้านางนาคม่วนหลาย แต่นายทุนมาตั้งร้านเบียร์ปิดทางเดิน')).toEqual([]);
    expect(rules("The outlet puts its delivery boxes on the ramp, and wheelchair users can't get past.")).toEqual([]);
  });
  it('still holds the poster named after เรา, and a delivery man told by his place', () => {
    expect(texts('เราชื่อแอน อยู่หมู่ 3 บ้านเลขที่ 12', 'person_name')).toEqual(['แอน']);
    expect(rules('the delivery guy at our soi is HIV positive')).toEqual(['sensitive.health']);
  });
});
