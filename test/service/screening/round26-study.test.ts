// Round 26: what the eight hold-outs round 25 left unread (75–82: eight writers) showed the engine missing or holding
// wrongly, taken where the same phenomenon came back in two writers' sets or more (sets read in earlier rounds count as
// writers too), or where it is a fact of the language rather than a writer's habit (marked); each as a rule about the
// phenomenon, with the post that stands for it and its trap.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

describe('round 26: the dialects’ own "I" makes a number the poster’s (a fact of the language; 79 twice, 81)', () => {
  it('holds the poster’s mobile after ข่อย, ข้อย or ฉาน although the municipality is named earlier in the clause', () => {
    expect(texts('ถ้าเทศบาลหรือใครในตำบลมีงาน โทรหาฉานได้ 098 1234 471 ไม่ต้องแพงหรอก', 'phone')).toEqual(['098 1234 471']);
    expect(texts('อยากซื้อน้ำจากรถเทศบาลต้องเฮ็ดจั่งได๋ ติดต่อข่อยได้ทางเบอร์ ๐๘๕-๓๓๑-๗๐๒๔ ขอบคุณหลายๆ', 'phone')).toEqual(['๐๘๕-๓๓๑-๗๐๒๔']);
    expect(texts('ถ้าช่างเทศบาลสิลงมาเบิ่ง โทรหาข้อยก่อนได้เด้อ 09-5337-4128', 'phone')).toEqual(['09-5337-4128']);
  });
  it('still publishes the municipality’s own number named in the clause', () => {
    expect(texts('ถ้าเทศบาลมีงาน โทรหาเทศบาลได้ที่ 045 611 234', 'phone')).toEqual([]);
  });
});

describe('round 26: a trigger inside an ordinary word (a fact of the language; 76 twice, 79)', () => {
  it('publishes a well opened by a temple or a mosque, and hand-woven silk', () => {
    const well = 'ขอบคุณโต๊ะอิหม่ามมัสยิดบ้านท่าชะมวงที่เปิดบ่อน้ำของมัสยิดให้ชาวบ้านมาตักได้ทุกเช้า';
    expect(texts(well, 'sensitive')).toEqual([]);
    expect(texts('ลูกสาวอยากสมัคร ต้องนุ่งผ้าไหมทอมือของกลุ่มในตำบลหรือเปล่าคะ', 'sensitive')).toEqual([]);
  });
  it('still holds a gambling den opened by a man placed by his role', () => {
    expect(texts('ผู้ช่วยผู้ใหญ่บ้านหมู่ 3 เปิดบ่อนไก่ชนหลังวัดทุกวันพระ', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: the buffalo itself, drawn out in chat (77; literal ควาย was two never-read false holds in round 25)', () => {
  it('publishes a loose buffalo written with a run of its last letter and ตัวใหญ่ after it', () => {
    expect(texts('ควายใครหลุดมายืนกลางถนนหน้าโรงเรียน ควายยยยตัวใหญ่มากกก🐃 รถติดยาว', 'insult')).toEqual([]);
    expect(texts('มีควายสามตัวเดินกลางถนนหน้าตลาด', 'insult')).toEqual([]);
  });
  it('still holds the word aimed by a prefix, a pronoun or a comparison, and before ตัวเอง (oneself)', () => {
    expect(texts('ไอ้ควายยยยตัวนี้ขับรถชนแล้วหนี', 'insult')).toEqual(['ไอ้ควายยยย']);
    expect(texts('มึงมันควายตัวใหญ่ ขวางทางหมด', 'insult')).toEqual(['มึงมันควาย']);
    expect(texts('ลุงห้องสามศูนย์สองปากเสียยังกับควาย เอาเศษปูนมากองไว้หน้าท่อ', 'insult')).toEqual(['ปากเสียยังกับควาย']);
    expect(texts('เจ้าหน้าที่ควายยยย ตัวเองไม่ทำงาน ปล่อยท่อตัน', 'insult')).toEqual(['ควายยยย']);
    expect(texts('เจ้าหน้าที่เหี้ย ตัวเองไม่ทำงาน ปล่อยท่อตัน', 'insult')).toEqual(['เหี้ย']);
  });
});

describe('round 26: ๋ added to a word without a tone mark, as ๊ was (79, 81: the Northern จั๋ญไร)', () => {
  it('holds ไอ้จั๋ญไร and คว๋าย after a prefix', () => {
    expect(texts('ไอ้จั๋ญไรตี้ลักตัดไม้สักในป่าชุมชน', 'insult')).toEqual(['ไอ้จั๋ญไร']);
    expect(texts('ไอ้คว๋ายขับรถชนแล้วหนี', 'insult')).toEqual(['ไอ้คว๋าย']);
  });
});

describe('round 26: kinship names placed in dialect (77, 81)', () => {
  it('holds an Isan elder placed by the house at the end of her village, after a request particle', () => {
    const post = 'ฝากเบิ่งแนแม่ใหญ่คำปุ่นอยู่เฮือนท้ายบ้านโพนครก เพิ่นถูกตัดขาย้อนเบาหวาน';
    expect(texts(post, 'person_name')).toEqual(['แม่ใหญ่คำปุ่น']);
  });
  it('holds a Northern elder placed by ตี้ขาย… (ที่) and หน้ากาด', () => {
    const post = 'ป้อหลวงแก้ว ตี้ขายลำไยอบแห้งอยู่หน้ากาดลี้ เปิ้นเอาเปลือกลำไยไปกองไว้ริมลำเหมือง';
    expect(texts(post, 'person_name')).toEqual(['ป้อหลวงแก้ว']);
    expect(texts('ป้อหลวงแก้วหน้ากาดลี้ เอาขยะมาทิ้ง', 'person_name')).toEqual(['ป้อหลวงแก้ว']);
  });
  it('still publishes one’s own mother at home and a request to everyone', () => {
    expect(texts('ฝากเบิ่งแนแม่ข่อยอยู่เฮือนคนเดียว', 'person_name')).toEqual([]);
    expect(texts('แม่อยู่บ้านคนเดียว ฝากเทศบาลเบิ่งแน', 'person_name')).toEqual([]);
  });
});

describe('round 26: numbers an office published, and notices that are no missing-person notice (75, 78, 79)', () => {
  it('publishes a hospital’s line in a post about missing planks (the English "missing" of a thing)', () => {
    const post =
      'The footbridge near the junction has two missing planks. I also called the district hospital’s general line, 073 651 034, to ask about rabies shots.';
    expect(texts(post, 'phone')).toEqual([]);
  });
  it('still reads a missing child’s notice as one: the family’s mobile stays held', () => {
    expect(texts('Missing child: Nong Fah, 7, last seen at the market. Please call her mother 081 234 5678.', 'phone')).toEqual([
      '081 234 5678',
    ]);
  });
  it('publishes a section’s number "on your site" and an office that told the poster to "call them at"', () => {
    expect(texts("I tried the welfare section's number on your site, 075-291-447, but it rings out.", 'phone')).toEqual([]);
    expect(texts('The immigration office in Songkhla told me to call them at 074 312 318 but nobody answers.', 'phone')).toEqual(
      [],
    );
  });
  it('still holds the neighbours’ number', () => {
    expect(texts('My neighbours told me to call them at 074 312 318.', 'phone')).toEqual(['074 312 318']);
  });
});

describe('round 26: accounts an office published, and a utility’s customer account (78, 81; 54 and 82)', () => {
  it('publishes a municipality’s donation account written with its fund, bank and branch before the number', () => {
    const post =
      'ตามประกาศของเทศบาล โอนเข้าบัญชีรับบริจาคของเทศบาล ชื่อบัญชีกองทุนช่วยเหลือผู้ประสบภัยหนาว ธนาคารกรุงไทย สาขากันทรลักษ์ เลขที่ 321-6-04478-2';
    expect(texts(post, 'bank_account')).toEqual([]);
    const temple =
      "the temple's donation account is on the big sign at the gate, Krungthai 980-1-23456-7, account name Wat Ban Pon.";
    expect(texts(temple, 'bank_account')).toEqual([]);
  });
  it('publishes an electricity customer account number', () => {
    expect(texts('The PEA account number on it is 020011784453 and the April amount is 4,180 baht', 'bank_account')).toEqual([]);
    expect(texts('ค่าไฟเลขบัญชีแสดงสัญญา 020011784453 ทำไมแพงขึ้น', 'bank_account')).toEqual([]);
  });
  it('still holds a person’s bank account', () => {
    expect(texts('my bank account number is 020011784453', 'bank_account')).toEqual(['020011784453']);
    expect(texts('ลุงให้โอนเข้าบัญชีส่วนตัว ธนาคารกรุงไทย สาขากันทรลักษ์ เลขที่ 321-6-04478-2', 'bank_account')).toEqual(['321-6-04478-2']);
  });
});

describe('round 26: elders and a market master, nobody’s name (75, a fact of the language)', () => {
  it('publishes ญาติผู้ใหญ่ตามบ้าน (elder relatives at their homes) and นายตลาด (the market master)', () => {
    expect(texts('หลังละหมาดก็ออกไปเยี่ยมญาติผู้ใหญ่ตามบ้านต่างๆ ซึ่งเป็นประเพณีที่ดีงาม', 'person_name')).toEqual([]);
    expect(texts('ปีที่แล้วมีการทะเลาะกันจนนายตลาดต้องมาห้าม', 'person_name')).toEqual([]);
  });
  it('still holds a headman named by his office and a titled man at the market', () => {
    expect(texts('ผู้ใหญ่สมบ้านโนนเอาของแจกไปให้แต่พวกตัวเอง', 'person_name')).toEqual(['ผู้ใหญ่สม']);
    expect(texts('นายสมชาย ใจดี ตั้งแผงขวางทางในตลาด', 'person_name')).toEqual(['นายสมชาย ใจดี']);
  });
});

describe('round 26: a Northern saint and folk healers, nobody’s name (75, 77)', () => {
  it('publishes the road named after ครูบาศรีวิชัย and a หมอเมือง teaching massage', () => {
    expect(texts('ถนนเส้นครูบาศรีวิชัยตี้ขึ้นไปวัดพระบาทห้วยต้ม หลุมบ่อหลายขนาดเจ้า', 'person_name')).toEqual([]);
    expect(texts('หมอเมืองที่มาสอนนวดตอกเส้นที่ศาลาเทศบาลเมื่ออาทิตย์ก่อน ดีขนาดเจ้า', 'person_name')).toEqual([]);
  });
  it('still holds a doctor named at his clinic', () => {
    expect(texts('หมอสมชายที่คลินิกหน้าตลาดฉีดยาผิด', 'person_name')[0]).toMatch(/^หมอสมชาย/);
  });
});

describe('round 26: the poster’s own relatives (76, 79)', () => {
  it('publishes ไอ้นุ้ยบ้านฉาน (my kid) and the brother at home who told the poster', () => {
    expect(texts('ไอ้นุ้ยบ้านฉานกลับจากโรงเรียนบอกว่าน้ำในตู้กดน้ำหมด', 'person_name')).toEqual([]);
    expect(texts('อาบังที่บ้านบอกว่าร้านขายถังน้ำหน้าตลาดรัตภูมิมีถังมาลง', 'person_name')).toEqual([]);
  });
  it('still holds a kinship name placed by a clause about the person', () => {
    expect(texts('บังหมานที่บ้านติดร้านน้ำชาเผาขยะทุกคืน', 'person_name')).toEqual(['บังหมาน']);
    expect(texts('ไอ้นุ้ยบ้านท้ายซอยขับรถซิ่งทุกคืน', 'person_name')).toEqual(['ไอ้นุ้ย']);
  });
});

describe('round 26: a list of people thanked goes on after รวมถึง (82)', () => {
  it('publishes a kamnan thanked at the end of a long list of officials', () => {
    const post =
      'ขอขอบคุณนายกเทศมนตรีตำบลขนอม และนายอำเภอขนอม ที่ลงพื้นที่แจกน้ำดื่มและพัดลมให้ผู้สูงอายุในหมู่ 4 เมื่อวันที่ 22 เมษายนที่ผ่านมา รวมถึงกำนันประเสริฐ ตำบลควนทอง ที่ช่วยประสานการไฟฟ้า';
    expect(texts(post, 'person_name')).toEqual([]);
  });
  it('still holds a kamnan after รวมถึง on a line with no thanks', () => {
    expect(texts('ชาวบ้านร้องเรียนหลายคน รวมถึงกำนันประเสริฐ ตำบลควนทอง เรื่องเงินหาย', 'person_name')).toEqual(['กำนันประเสริฐ']);
  });
});

describe('round 26: ร.ร. and รร., the school abbreviated, place a person (75; a fact of the language)', () => {
  it('holds a teacher’s conversion told with the school abbreviated', () => {
    expect(texts('ได้ข่าวว่าครูสอนคณิตฯ ร.ร.บ้านปะลุรู เข้ารีตเป็นคริสต์แล้วจริงป่าวอ่ะ', 'sensitive')).not.toEqual([]);
  });
  it('still publishes a school’s Christmas fair', () => {
    expect(texts('ร.ร.บ้านปะลุรูจัดงานคริสต์มาสให้เด็กๆ สนุกมาก', 'sensitive')).toEqual([]);
  });
});

describe('round 26: "everyone knows that" reports hearsay (81; ทุกคนรู้ว่า was listed, รู้กันทั่วว่า was not)', () => {
  it('holds a vendor placed by her stall whom the village all know to have TB', () => {
    const post = 'ร้องเรียนเรื่องแม่ค้าขายหมูปิ้งหน้าประตูโรงเรียนบ้านตากลาง คนในหมู่บ้านรู้กันทั่วว่าเป็นวัณโรคระยะแพร่เชื้อ แต่ยังยืนไอใส่ถาดหมูปิ้ง';
    expect(texts(post, 'sensitive')).toEqual(['เป็นวัณโรคระยะแพร่เชื้อ']);
  });
  it('still publishes what everyone knows about a disease', () => {
    expect(texts('คนในหมู่บ้านรู้กันทั่วว่าวัณโรครักษาหายได้ถ้ากินยาครบ', 'sensitive')).toEqual([]);
  });
});

describe('round 26: more faiths and peoples, and the mahout (82, 66, 81; facts of the language)', () => {
  it('holds a family placed by its shop said to be Catholic, and a mahout of a village said to be Kui', () => {
    const post = 'มีคนไปพูดว่าครอบครัวตี้เปิดร้านกาแฟหน้าที่ว่าการอำเภอบ่ยอมบริจาคเพราะเปิ้นเป็นคาทอลิก แล้วก็ไปแปะป้ายประจานหน้าร้าน';
    expect(texts(post, 'sensitive')).toEqual(['เป็นคาทอลิก']);
    expect(texts('ควาญช้างบ้านตากลางถูกกรรมการกันออกจากขบวน เพราะเป็นคนกูย', 'sensitive')).not.toEqual([]);
  });
  it('still publishes a Catholic church’s fair and the Kui elephant festival', () => {
    expect(texts('โบสถ์คาทอลิกท่าแร่จัดงานแห่ดาววันคริสต์มาส', 'sensitive')).toEqual([]);
    expect(texts('งานแห่ช้างของชาวกูยบ้านตากลางปีนี้คนมาเยอะมาก', 'sensitive')).toEqual([]);
  });
});

describe('round 26: a municipal truck described in brackets, and a number printed on a product (78, 81)', () => {
  it('publishes the plate in brackets after "the municipal garbage truck"', () => {
    const post =
      'The municipal garbage truck (the green one with the Tha Kham municipality name painted on the door, plate 82-7741 Trang) leaks dirty water';
    expect(texts(post, 'license_plate')).toEqual([]);
  });
  it('still holds the plate in brackets after a neighbour’s truck', () => {
    const post = "My neighbour's truck (the green one with the dent on the door, plate 82-7741 Trang) leaks oil";
    expect(texts(post, 'license_plate')).toEqual(['82-7741 Trang']);
  });
  it('publishes a water shop’s number printed on its bottles (พิมพ์อยู่บน, as พิมพ์ไว้)', () => {
    expect(texts('ร้านน้ำดื่มวารีทิพย์ เบอร์ที่พิมพ์อยู่บนถังน้ำ 0817254490 โทรสั่งตั้งแต่เมื่อวาน', 'phone')).toEqual([]);
  });
});

describe('round 26: a town named แม่… is no mother’s aunt (83: five false holds of แม่อาย read as แม่|อา|ย…)', () => {
  it('publishes the district hospital, post office and market of แม่อาย', () => {
    expect(texts('ให้ไปเอาที่โรงพยาบาลแม่อายแทน ข่อยบ่มีรถ', 'person_name')).toEqual([]);
    expect(texts('ไปรษณีย์แม่อายช่วยเช็คให้หน่อย', 'person_name')).toEqual([]);
    expect(texts('ผมเป็นคนแม่อายโดยกำเนิด ปีนี้อายุหกสิบสองแล้ว', 'person_name')).toEqual([]);
  });
  it('still holds a mother’s aunt named after the relation', () => {
    expect(texts('แม่อาแดงร้านตัดผมหน้าตลาดเผาขยะ', 'person_name')).toEqual(['แม่อาแดง']);
  });
});

describe('round 26: a car plate glued to ทะเบียน with ชม. after it (83)', () => {
  it('holds the plate with its digit glued to the plate word and Chiang Mai abbreviated', () => {
    expect(texts('รถเก๋งดำทะเบียน2ขห 8831 ชม.จอดทับเส้นเหลืองหน้าร้าน', 'license_plate')).toEqual(['2ขห 8831 ชม.']);
  });
  it('still reads ชม. after a bare number as hours', () => {
    expect(texts('รอรถทะเบียนมา 12 ชม. แล้วยังไม่มา', 'license_plate')).toEqual([]);
  });
});

describe('round 26: the Khmer "dog" spelled ชเก (82 and 83: two writers)', () => {
  it('holds อาชเก outright and ชเก after a prefix', () => {
    expect(texts('มีอาชเกคนหนึ่งมาฉวยถุงเงินทอนบนแผง', 'insult')).toEqual(['อาชเก']);
    expect(texts('ไอ้ชเกมาขโมยของหน้าบ้าน', 'insult')).toEqual(['ไอ้ชเก']);
  });
});

describe('round 26: ษ typed for ส, which sounds alike (86)', () => {
  it('holds ไอ้ษัส', () => {
    expect(texts('เด็กยืนอยู่ตรงนั้นเต็มเลยนะ ไอ้ษัส!!! ขับรถแบบนี้ไปอยู่ที่อื่นไป', 'insult')).toEqual(['ไอ้ษัส']);
  });
});

describe('round 26: "these days" and "the children" begin no name after a kinship word (85 twice)', () => {
  it('publishes ระวังกันด้วยน้า|ช่วงนี้… and ตากับยาย| ลูกหลาน…', () => {
    expect(texts('ใครมีผู้สูงอายุที่บ้านระวังกันด้วยน้าช่วงนี้แดดแรงสุดๆ', 'person_name')).toEqual([]);
    expect(texts('อยู่กันแค่ตากับยาย ลูกหลานไปทำงานหาดใหญ่กันหมด', 'person_name')).toEqual([]);
  });
  it('still holds น้าช่วง placed by her shop', () => {
    expect(texts('น้าช่วงร้านข้าวแกงหน้าตลาดเทน้ำมันลงท่อ', 'person_name')).toEqual(['น้าช่วง']);
  });
});

describe('round 26: the harbour master in his office (84)', () => {
  it('publishes "The harbour master, Captain Somsak," and still holds a neighbour captain', () => {
    const post = 'The harbour master, Captain Somsak, told us on Monday that boats under ten metres must stay in port.';
    expect(texts(post, 'person_name')).toEqual([]);
    expect(texts('My neighbour, Captain Somsak, parks his boat on the slipway.', 'person_name')).toEqual(['Captain Somsak']);
  });
});

describe('round 26: romanised Thai in English posts (85, 86)', () => {
  it('holds a romanised insult said to someone ("you’re a kuy")', () => {
    expect(texts("To whoever stole the water pump: you're a kuy, plain and simple.", 'insult')).toEqual(['kuy']);
  });
  it('publishes kuay tiew (noodles) and the Kuy people', () => {
    expect(texts('ร้าน kuay tiew เรือริมโขงกลับมาเปิดแล้วววว', 'insult')).toEqual([]);
    expect(texts('The Kuy people of Surin keep elephants.', 'insult')).toEqual([]);
  });
});

describe('round 26: a comma after an English word is punctuation, not a separator (84)', () => {
  it('publishes "Hi, a question…" and still holds a word spelled out with commas', () => {
    expect(texts('Hi, a question and a suggestion about Loi Krathong in Sop Moei this year.', 'insult')).toEqual([]);
    expect(texts('f, u, c, k you and your truck', 'insult')).toEqual(['f, u, c, k']);
  });
});

describe('round 26: the real buffalo against the iron one (79 and 86: two writers)', () => {
  it('publishes ควายจริงๆ said after ควายเหล็ก (a tractor)', () => {
    const post = 'ช่วงนี้ชาวนาเอาควายเหล็กลงนากันหมดแล้ว แต่ถนนลูกรังเป็นหลุมเป็นบ่อ ขนาดควายจริงๆ ยังเดินลำบาก';
    expect(texts(post, 'insult')).toEqual([]);
  });
  it('still holds ควายจริงๆ said of a person', () => {
    expect(texts('คนขับรถขยะควายจริงๆ ทิ้งขยะลงคลอง', 'insult')).toEqual(['ควาย']);
  });
});

describe('round 26: อีเก้ง, the barking deer’s everyday name (84; round 22 read ยิงอีเก้ง)', () => {
  it('publishes the deer come down to eat the garden and still holds อีเก้ง said of a woman', () => {
    expect(texts('ดินไหลปิดทาง อีเก้งก็ลงมาจากดอยมากินผักในสวนหลายตั๋ว', 'insult')).toEqual([]);
    expect(texts('อีเก้งร้านข้างบ้านด่าลูกค้าทุกวัน', 'insult')).toEqual(['อีเก้ง']);
  });
});

describe('round 26: an institution opened or set up names no one’s visit (86)', () => {
  it('publishes a hospital that opens a TB clinic every Wednesday', () => {
    expect(texts('แจ้งข่าวครับ โรงพยาบาลสายบุรีเปิดคลินิกวัณโรคทุกวันพุธ ใครไอเรื้อรังให้ไปตรวจได้ฟรี', 'sensitive')).toEqual([]);
  });
  it('still holds a neighbour who goes to the TB clinic', () => {
    expect(texts('ลุงแดงข้างบ้านไปคลินิกวัณโรคทุกวันพุธ', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: ไต๋เรือ, the boat’s skipper, is a role (84; round 25 listed ไต้ก๋ง)', () => {
  it('holds a skipper placed by his boat and pier with a drug conviction', () => {
    const post = 'ไต๋เรือลำสีฟ้าที่จอดสุดท่าด้านในเพิ่งพ้นโทษคดียาเสพติดออกมาเมื่อเดือนที่แล้ว';
    expect(texts(post, 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: "call to tell (me)" before a number makes it the poster’s (85)', () => {
  it('holds a lost cat notice’s mobile after an office named as where the cat got out', () => {
    const post = 'ใครเห็นแมวส้มหลุดออกจากบ้านตอนเปิดประตูรับน้ำจากรถเทศบาล แถวหลังโรงเรียนเทพาาา😭 ช่วยโทรบอกหน่อยนะคะ ๐๘๖-๔๑๒-๗๗๕๙';
    expect(texts(post, 'phone')).toEqual(['๐๘๖-๔๑๒-๗๗๕๙']);
  });
  it('still publishes the office told to', () => {
    expect(texts('ถ้าไฟดับให้โทรบอกการไฟฟ้าที่ 044 511 234', 'phone')).toEqual([]);
  });
});

describe('round 26: no phone inside a number printed as a bank account (83)', () => {
  it('publishes a municipality’s BAAC donation account and reads no landline in it', () => {
    const post = 'เทศบาลเปิดรับบริจาค โอนเข้าบัญชี เทศบาลตำบลท่านา (กองทุนช่วยเหลือผู้ประสบภัย) ธ.ก.ส. 020-1-78341-5 ตามประกาศเทศบาลนะคะ';
    expect(screenText(post).findings).toEqual([]);
  });
  it('still holds a person’s account printed the same way', () => {
    expect(texts('โอนเข้าบัญชีผม ธ.ก.ส. 020-1-78341-5', 'bank_account')).toEqual(['020-1-78341-5']);
  });
});

describe('round 26: a Northern market named after her, and อาชกแก (87, 88)', () => {
  it('publishes กาดป้าบัวคำ, a market, and still holds ป้าบัวคำ placed by a clause', () => {
    expect(texts('กาดป้าบัวคำที่อยู่ข้างวัดบ้านหลวง เป็นกาดเช้าเก่าแก่ที่สุดของตำบล', 'person_name')).toEqual([]);
    expect(texts('ป้าบัวคำที่อยู่ข้างวัดบ้านหลวงเผาขยะทุกคืน', 'person_name')).toEqual(['ป้าบัวคำ']);
  });
  it('holds อาชกแก outright (ชกแก alone stays "punched you")', () => {
    expect(texts('อาชกแกคนเฝ้าลานเก็บค่าน้ำค่าไฟคนงานแพงกว่าบ้านอื่น', 'insult')).toEqual(['อาชกแก']);
    expect(texts('มันชกแกตอนเมาใช่ไหม', 'insult')).toEqual([]);
  });
});

describe('round 26: "the Mr. …" is a shop’s or brand’s name (87)', () => {
  it('publishes the Mr. Fix-It shop and still holds Mr. Somchai Dee', () => {
    expect(texts('The Mr. Fix-It shop next to the petrol station is closed until January.', 'person_name')).toEqual([]);
    expect(texts('I told Mr. Somchai Dee about the dogs.', 'person_name')).toEqual(['Mr. Somchai Dee']);
  });
});

describe('round 26: a temple or a village romanised with a kinship word in its name (90)', () => {
  it('publishes the abbot at Wat Ta Khu', () => {
    const post = 'Also thanks to the abbot at Wat Ta Khu who lent the temple truck for the day.';
    expect(texts(post, 'person_name')).toEqual([]);
  });
  it('still holds Khun Lamduan in Ban Ta Khu, named with her title', () => {
    expect(texts('I bought scarves from Khun Lamduan in Ban Ta Khu and never got them.', 'person_name')).toEqual([
      'Khun Lamduan',
    ]);
  });
});

describe('round 26: a faith asked about is nobody’s (87)', () => {
  it('publishes "whichever faith" and still holds a teacher’s faith', () => {
    const post = 'ขอบคุณโต๊ะอิหม่ามมัสยิดบ้านท่าบอนที่เปิดมัสยิดให้คนน้ำท่วมมานอน ไม่แยกว่านับถือศาสนาไหน';
    expect(texts(post, 'sensitive')).toEqual([]);
    expect(texts('ครูที่โรงเรียนบ้านนานับถือศาสนาคริสต์', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: the poster’s relative with her age after "my" (89; a fact of the language)', () => {
  it('publishes ยายผมอายุแปดสิบกว่าแล้ว เป็นหอบหืด and still holds the neighbour’s grandmother', () => {
    expect(texts('ยายผมอายุแปดสิบกว่าแล้ว เป็นหอบหืด อากาศหนาวมาก', 'sensitive')).toEqual([]);
    expect(texts('ยายข้างบ้านอายุแปดสิบกว่าแล้ว เป็นหอบหืด', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: a dog called a bitch is the animal (88)', () => {
  it('publishes "Our dog is a bitch who just had six puppies" and still holds a neighbour called one', () => {
    expect(texts('Our dog is a bitch who just had six puppies under the house.', 'insult')).toEqual([]);
    expect(texts('My neighbour is a bitch who lets her dogs bark all night.', 'insult')).toEqual(['bitch']);
  });
});

describe('round 26: Loei glued to a chat plate (89)', () => {
  it('holds กข5521เลย written with no space and publishes ขอ500เลย', () => {
    expect(texts('รถเก๋งสีแดงกข5521เลยขับปาดซ้ายปาดขวา', 'license_plate')).toEqual(['กข5521เลย']);
    expect(texts('ขอ500เลยได้ไหม', 'license_plate')).toEqual([]);
  });
});

describe('round 26: the Korat เอ็ง ending a sentence after a particle (90, twice)', () => {
  it('publishes ล้มทุกวันแหละเอ็ง and เดินหาไม่ไหวเอ็ง, and still holds ไอ้เอ็ง', () => {
    expect(texts('เด็กมันขี่รถไปโรงเรียนล้มทุกวันแหละเอ็ง ใกล้เลือกตั้งละ', 'insult')).toEqual([]);
    expect(texts('ข้าแก่แล้วเดินหาไม่ไหวเอ็ง', 'insult')).toEqual([]);
    expect(texts('ไอ้เอ็งนี่แหละตัวดี', 'insult')).toEqual(['ไอ้เอ็ง']);
  });
});

describe('round 26: who someone campaigned for is their political view (84, 87)', () => {
  it('holds a stallholder who helped the other side’s campaign and a print-shop owner who organises for a party', () => {
    const stall = 'บ้านของป้าหวาน ร้านขายผักในตลาดสดระโนด ซึ่งทุกคนรู้ว่าเคยช่วยหาเสียงให้ทีมผู้สมัครฝ่ายตรงข้าม';
    expect(texts(stall, 'sensitive')).toEqual(['เคยช่วยหาเสียงให้ทีมผู้สมัครฝ่ายตรงข้าม']);
    const shop = 'the owner of the print shop opposite the district office, who is a well-known organiser for a political party';
    expect(texts(shop, 'sensitive')).not.toEqual([]);
  });
  it('still publishes a band hired to play at a campaign stage', () => {
    expect(texts('หมอลำซิ่งมาเปิดเวทีหาเสียงให้ผู้สมัครนายกฯที่สนามโรงเรียนจนเที่ยงคืน', 'sensitive')).toEqual([]);
  });
});

describe('round 26: "if there is someone …" names nobody (a fact of the language; an older set)', () => {
  it('publishes a question about whoever is bedridden and still holds the neighbour who is', () => {
    expect(texts('แจ้งการไฟฟ้าแล้วบอกให้รอ ถ้ามีคนป่วยติดเตียงต้องโทร 1669 เลยใช่ไหม', 'sensitive')).toEqual([]);
    expect(texts('บ้านไหนมีผู้ป่วยติดเตียงแจ้ง อสม. ได้เลย', 'sensitive')).toEqual([]);
    expect(texts('ลุงแดงข้างบ้านป่วยติดเตียง', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: after a word for the family in general no one relative is named (a fact of the language)', () => {
  it('publishes ลูกหลานกะไปเฮ็ดงาน… and พ่อแม่กะย่าน (the Isan กะ, "also")', () => {
    expect(texts('เดือนกันยาแล้วยังบ่ได้เงินเลย ลูกหลานกะไปเฮ็ดงานอยู่ชลบุรีหมด', 'person_name')).toEqual([]);
    expect(texts('เด็กน้อยบ่กล้าไปหลิ้นน้ำ พ่อแม่กะย่าน ขอเทศบาลมาเบิ่ง', 'person_name')).toEqual([]);
  });
  it('still holds a relative named through one relation', () => {
    expect(texts('หลานชายตาผินบ้านท้ายซอยขับรถซิ่งทุกคืน', 'person_name')).toEqual(['หลานชายตาผิน']);
  });
});

describe('round 26: elders listed before a preposition, and the civil-defence volunteer (81)', () => {
  it('publishes คุณยายคุณตาจากหลายตำบล and น้อง อปพร.', () => {
    expect(texts('ได้เห็นคุณยายคุณตาจากหลายตำบลมาร่วมงาน', 'person_name')).toEqual([]);
    expect(texts('แต่มีน้อง อปพร. ถือไฟฉายคอยโบกตลอดทาง โอเคมากค่ะ', 'person_name')).toEqual([]);
  });
  it('still holds one elder named', () => {
    expect(texts('ยายแดงจากหมู่ 4 เผาขยะทุกเย็น', 'person_name')[0]).toMatch(/^ยายแดง/);
  });
});

describe('round 26: a retired officer’s rank (75; a fact of English)', () => {
  it('holds Lt. Col. (ret.) Wichai Sombat', () => {
    const post = 'My neighbour in Sungai Padi town, Lt. Col. (ret.) Wichai Sombat, lets his three dogs roam loose.';
    expect(texts(post, 'person_name')).toEqual(['Lt. Col. (ret.) Wichai Sombat']);
  });
});

describe('round 26: a motorcycle plate read as printed (75; a fact of Thai plates)', () => {
  it('holds ทะเบียน1กค นราธิวาส 123 and publishes a house registration', () => {
    expect(texts('รถหายยย!! เวฟ110สีแดง ทะเบียน1กค นราธิวาส 123 หายหน้าตลาดนัด', 'license_plate')).toEqual(['1กค นราธิวาส 123']);
    expect(texts('ขอคัดสำเนาทะเบียนบ้าน เชียงใหม่ 12 ฉบับ', 'license_plate')).toEqual([]);
  });
});

describe('round 26: the new frames stay linear on hostile runs', () => {
  it('screens long runs of each new frame in linear time', () => {
    expectLinear([
      'ทะเบียน1กค นราธิวาส 123 ทะเบียน '.repeat(350),
      'ทะเบียน2ขห 8831 ชม. กข5521เลย '.repeat(350),
      'Lt. Col. (ret.) Wichai Sombat, '.repeat(300),
      'ลูกหลานกะมาจาก พ่อแม่กะย่าน '.repeat(400),
      'โรงพยาบาลแม่อายแทน แม่อาแดง '.repeat(400),
      'ควายเหล็ก ควายจริงๆ ควายยยยตัวใหญ่ '.repeat(350),
      'คนนี้ควายจริงๆ '.repeat(700),
      'คือบางตัวเป็นโรคผิวหนัง คลินิกจิตเวช และคลินิกวัณโรค รายใหม่ '.repeat(180),
      'ถ้าเทศบาลจะมาดู โทรหาข้าได้ 089 412 7730 ยายกระผม '.repeat(200),
      'ตรีมอกาเซะผู้ใหญ่สมศักดิ์ ขอบพระคุณผอ.สมศรี '.repeat(250),
      "you're a kuy, kuay tiew Hi, a ".repeat(300),
      'The Mr. Fix-It the Mr. '.repeat(450),
      'ธ.ก.ส. 020-1-78341-5 '.repeat(500),
      'ถ้าเทศบาล โทรหาฉานได้ 098 1234 471 '.repeat(250),
      'ขอขอบคุณนายอำเภอ รวมถึงกำนันประเสริฐ '.repeat(300),
      'The municipal garbage truck (plate 82-7741 Trang) '.repeat(200),
      'the office told me to call them at 074 312 318 '.repeat(200),
      'ชื่อบัญชีกองทุน ธนาคารกรุงไทย สาขากันทรลักษ์ เลขที่ 321-6-04478-2 '.repeat(150),
      'ไอ้จั๋ญไร ไอ้ษัส อาชเก อาชกแก '.repeat(500),
      'คนในหมู่บ้านรู้กันทั่วว่าเป็นวัณโรค ร.ร.บ้าน '.repeat(250),
      'อีเก้งก็ลงมาจากดอยมากินผักในสวน '.repeat(300),
      'Our dog is a bitch who had puppies '.repeat(300),
      'ล้มทุกวันแหละเอ็ง คุณยายคุณตาจาก '.repeat(350),
      'กาดป้าบัวคำที่อยู่ข้างวัด ตี้ขาย หน้ากาด '.repeat(250),
    ]);
  });
});

describe('round 26: who to call is no name when it is a pronoun (person_name.contact was right once in 79 findings)', () => {
  it('marks no name in โทรหาข้อยก่อนได้, โทรหาเปิ้นได้, โทรหาพี่ได้ and โทรหาป้าได้ที่', () => {
    expect(texts('ถ้าช่างเทศบาลสิลงมาเบิ่ง โทรหาข้อยก่อนได้เด้อ 09-5337-4128', 'person_name')).toEqual([]);
    expect(texts('โทรหาเปิ้นได้ 081 234 5678', 'person_name')).toEqual([]);
    expect(texts('โทรหาพี่ได้ 081.234.5678 นะ', 'person_name')).toEqual([]);
    expect(texts('โทรหาป้าได้ที่ 081 234 5678', 'person_name')).toEqual([]);
  });
  it('still marks the name given with the number', () => {
    expect(texts('ติดต่อแอน 081 234 5678', 'person_name')).toEqual(['แอน']);
    expect(texts('โทรหาแก้ว 081 234 5678', 'person_name')).toEqual(['แก้ว']);
  });
});

describe('round 26: the poster’s own "I" in every dialect, across the frames that read it (generated, a fact of the language)', () => {
  const firstPersons = ['ผม', 'ฉัน', 'ดิฉัน', 'หนู', 'กระผม', 'ข้อย', 'ข่อย', 'ฉาน', 'ข้าเจ้า', 'ข้าน้อย', 'ขญม', 'ตัวข่อย'];
  it.each(firstPersons)('reads %s as the poster in a contact, a health fact and a relative', (i) => {
    expect(screenText(`ถ้าเทศบาลจะมาดู โทรหา${i}ได้ 089 412 7730`).verdict).toBe('hold');
    expect(screenText(`${i}เป็นเบาหวาน เดินไปรับยาที่ รพ.สต.บ้านนาไม่ไหว ขอรถรับส่งได้ไหม`).verdict).toBe('clean');
    expect(screenText(`แม่${i}อายุแปดสิบแล้ว เป็นอัมพาตครึ่งซีก ขอเตียงผู้ป่วยจากเทศบาลได้ไหม`).verdict).toBe('clean');
    expect(screenText(`ยาย${i}ป่วยติดเตียง ขอผ้าอ้อมผู้ใหญ่จากเทศบาลได้ไหม`).verdict).toBe('clean');
  });
  it('holds the Northern ข้า and ฮา called after a contact verb', () => {
    expect(screenText('ถ้าเทศบาลจะมาดู โทรหาข้าได้ 089 412 7730').verdict).toBe('hold');
    expect(screenText('ถ้าเทศบาลจะมาดู โทรหาฮาได้ 089 412 7730').verdict).toBe('hold');
  });
});

describe('round 26: clinics listed and new-case statistics name no one (the health+locator rule’s wrong findings)', () => {
  it('publishes a list of clinics and a rise in new TB cases', () => {
    expect(texts('ทั้งคลินิกยาต้าน คลินิกจิตเวช และคลินิกวัณโรค บางคนอาจเลิกมารับยาเพราะกลัวคนรู้', 'sensitive')).toEqual([]);
    expect(texts('ปีนี้ในอำเภอเรามีผู้ป่วยวัณโรครายใหม่เพิ่มขึ้นเกือบสามสิบเปอร์เซ็นต์', 'sensitive')).toEqual([]);
  });
  it('still holds a neighbour’s TB', () => {
    expect(texts('ลุงแดงข้างบ้านเป็นวัณโรค ไอทั้งคืน', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: animals counted in ตัว before a fact (a fact of the language; an older set)', () => {
  it('publishes some of the stray cats having a skin disease and still holds two workers with TB', () => {
    expect(texts('แมวจรหน้าตลาดน่ารักมากกก แต่เริ่มมีปัญหาค่ะ คือบางตัวเป็นโรคผิวหนัง ขนร่วงเป็นหย่อมๆ', 'sensitive')).toEqual([]);
    expect(texts('คนงานร้านข้างบ้านสองคนเป็นวัณโรค', 'sensitive')).not.toEqual([]);
  });
});

describe('round 26: a title that is itself an office, thanked in any word (generated over thanks words; 79 and 87 spelled the Malay thanks ตีมอกาเซ, ตรีมอกาเซะ)', () => {
  const thanks = ['ขอบคุณ', 'ขอบพระคุณ', 'ขอบใจ', 'ขอบใจหลายๆ', 'ออกุน', 'ตรีมอกาซิ', 'ตรีมอกาเซะ', 'ตีมอกาเซ', 'ชื่นชม'];
  const holders = ['กำนันสมศักดิ์', 'ผู้ใหญ่บ้านบุญมี', 'ผู้ใหญ่สมศักดิ์', 'ผอ.สมศรี', 'ครูแอน', 'หมอวิชัย'];
  it.each(thanks)('publishes an office holder thanked with %s', (word) => {
    for (const holder of holders)
      expect(texts(`${word}${holder} ที่มาช่วยขนกระสอบทรายกั้นน้ำหน้าวัดเมื่อคืน`, 'person_name'), holder).toEqual([]);
  });
  it('still holds the same holder blamed', () => {
    expect(texts('หมอวิชัย ที่คลินิกหน้าวัดฉีดยาผิดให้ลูกผม', 'person_name')[0]).toMatch(/^หมอวิชัย/);
  });
});
