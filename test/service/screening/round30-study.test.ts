// Round 30: the false holds and misses of hold-outs 106–113, spent on purpose (read for the first time this round, after
// rounds 28–29 had kept them never-read): each phenomenon they showed is tested here on sentences written for this
// file, with its trap. What the round measures on is hold-outs 114–129, still never read.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

describe('round 30: a number said to be on a page, a sign or a notice board, after a copula or a second medium', () => {
  it('publishes a new number on a dorm’s page, a booking number on a page and a sign, a station’s board number', () => {
    expect(screenText('ร้านกาแฟย้ายมาอยู่ตรงข้ามตลาดแล้ว เบอร์ใหม่ที่ลงในเพจร้านคือ 038-221-947 จองโต๊ะได้').verdict).toBe('clean');
    expect(
      screenText(
        'The guesthouse near the pier has rooms. Their booking number is on their Facebook page and on the board by the road, 081 442 7719.',
      ).verdict,
    ).toBe('clean');
    expect(screenText("The fire station's own number on the notice board is 045-611-320, they answer at night.").verdict).toBe(
      'clean',
    );
  });
  it('still holds a person’s number on a page or a board, and a number on a sign offering a room', () => {
    expect(texts("The driver's own number on their notice board is 089-310-2275, call him.", 'phone')).toEqual(['089-310-2275']);
    expect(texts('My number is on my Facebook page and on the sign at the gate, 089 557 2046', 'phone')).toEqual([
      '089 557 2046',
    ]);
    expect(texts('เบอร์ใหม่ของผมที่ลงในเพจคือ 081-234-5678 ทักมาได้', 'phone')).toEqual(['081-234-5678']);
    expect(texts('The number on the for rent sign at the gate is 089 557 2046', 'phone')).toEqual(['089 557 2046']);
  });
});

describe('round 30: a monitor lizard glossed after the word, or named anywhere in an English post', () => {
  it('publishes เหี้ย glossed “(water monitor)” and hia named a monitor lizard earlier in the post', () => {
    expect(
      screenText('Heads-up for joggers: a big เหี้ย (water monitor) sleeps on the path by the reservoir every noon.').verdict,
    ).toBe('clean');
    expect(
      screenText(
        'A monitor lizard has moved into the shed behind the clinic since the floods went down last week. The nurses call it a hia and will not open the door.',
      ).verdict,
    ).toBe('clean');
    expect(screenText('There is a hia - a water monitor - sleeping in the gutter by the school gate.').verdict).toBe('clean');
    expect(screenText('A kwai wandered onto the bypass at dawn and the buses stopped.').verdict).toBe('clean');
  });
  it('publishes "a tua hia" (ตัวเหี้ย romanised: tua is its classifier) named as the animal, and still holds "you tua hia"', () => {
    expect(screenText('A big monitor lizard lives under the bridge; the kids call it a tua hia and feed it fish.').verdict).toBe(
      'clean',
    );
    expect(screenText('you tua hia, stop parking in front of my gate').verdict).toBe('hold');
    expect(screenText('my neighbour is a tua and never pays the water bill').verdict).toBe('hold');
  });
  it('still holds the word aimed at a person, and a spaced word run on', () => {
    expect(texts('ไอ้เหี้ย (water monitor) ข้างบ้านมันขโมยไก่', 'insult')).toEqual(['ไอ้เหี้ย']);
    expect(
      texts('A monitor lizard lives in the canal behind our street. My neighbour is a hia and never helps anyone.', 'insult'),
    ).toEqual(['hia']);
    expect(screenText('f u c k k k this council').verdict).toBe('hold');
    expect(screenText('ai hia - a guard at the gate').verdict).toBe('hold');
  });
  it('stays linear on a post full of the word and its gloss', () => {
    expectLinear(['a hia '.repeat(1600), 'a hia - a '.repeat(900), 'เหี้ย (water monitor '.repeat(400)]);
  });
});

describe('round 30: a title inside a field’s or a dish’s name; an official thanked after a long office name', () => {
  it('publishes ทุ่ง and ดอน before a title, a title before a priced unit, and a role with its unit’s long name', () => {
    expect(screenText('นักเรียนโรงเรียนบ้านดอนนายพันช่วยกันปลูกป่าชายเลน น่ารักมาก').verdict).toBe('clean');
    expect(screenText('งานวัดปีนี้น้ำท่วมทุ่งนางเหลือง รถเข้าไม่ได้ ขอเทศบาลทำทางชั่วคราว').verdict).toBe('clean');
    expect(screenText('ร้านริมหาดขายขนมชั้นนางถ้วยละ 25 อร่อยมาก แต่ถังขยะเต็ม').verdict).toBe('clean');
    expect(screenText('ขอบคุณหัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ นางพรทิพย์ แก้วมณี ที่จัดรถเก็บขยะเพิ่มช่วงงานกาชาด').verdict).toBe('clean');
    expect(
      screenText("Thanks to Mr. Somsak Rakdee, the municipality's sanitation officer, who came out at night to clear the drain.")
        .verdict,
    ).toBe('clean');
  });
  it('still holds a titled person with a price elsewhere, and an office holder nobody thanks', () => {
    expect(texts('นางสมศรี ใจดี ขายข้าวแกงจานละ 40 แต่เทน้ำมันลงท่อ', 'person_name')).toEqual(['นางสมศรี ใจดี']);
    expect(texts('เมื่อวานหัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ นางพรทิพย์ แก้วมณี ยืมเงินชาวบ้านแล้วไม่คืน', 'person_name')).toEqual([
      'นางพรทิพย์ แก้วมณี',
    ]);
    expect(texts("Mr. Somsak Rakdee, the sanitation officer's nephew, dumps rubbish in the canal.", 'person_name')).toEqual([
      'Mr. Somsak Rakdee',
    ]);
  });
});

describe('round 30: "our headman", online shopping, parcels and a utility’s customer account', () => {
  it('publishes an office followed by "our", a parcel number after ออนไลน์, and a customer account on a bill', () => {
    expect(screenText('กำนันเราประกาศเสียงตามสายทุกเช้าว่าน้ำจะเข้านาโซนไหน ดีมาก').verdict).toBe('clean');
    expect(screenText('สั่งเสื้อกีฬาสีทางออนไลน์ เลขพัสดุ RB402918365TH ผ่านมาสิบวันยังไม่ได้ของ').verdict).toBe('clean');
    expect(screenText('I ordered online, tracking EE123456785TH, and it is stuck at the sorting centre.').verdict).toBe('clean');
    expect(screenText('The water bill shows customer account 0200118877 but the meter reading is wrong.').verdict).toBe('clean');
  });
  it('still holds a named headman, a LINE id after ไลน์, and a bank account', () => {
    expect(texts('กำนันสมปอง ทองดี เอาของแจกไปให้แต่ญาติตัวเอง', 'person_name')).toEqual(['กำนันสมปอง ทองดี']);
    expect(texts('แอดไลน์ผม somchai_88 มาคุยกันได้', 'line_id')).toEqual(['somchai_88']);
    expect(texts('Please transfer the deposit to my bank account 0200183455 today', 'bank_account')).toEqual(['0200183455']);
  });
});

describe('round 30: the role a post is written to, and a hospital’s address a clause after a person word', () => {
  it('publishes a fact after a role greeted at the post’s opening, and a hospital’s address', () => {
    expect(screenText('อัสลามูอาลัยกุม เจ้าหน้าที่ ช่วงนี้พี่น้องมุสลิมบ้านเรามีงานละศีลอดที่มัสยิด รถจอดเต็มถนน').verdict).toBe('clean');
    expect(screenText('ยาป้องกันไข้เลือดออกสำหรับคนงานสวนยาง ต้องไปรับที่โรงพยาบาลควนกาหลง เลขที่ 9 หมู่ 3 ต.ควนกาหลง ใช่ไหมคะ').verdict).toBe(
      'clean',
    );
  });
  it('still holds a role the fact is said of, and a person’s home before an institution in the same run', () => {
    expect(screenText('ภารโรงโรงเรียนบ้านนา ติดยาบ้าทุกวัน').verdict).toBe('hold');
    expect(texts('บ้านลุงแดงติดโรงเรียน เลขที่ 14 หมู่ 5 น้ำท่วมทุกปี', 'address').length).toBe(1);
  });
});

describe('round 30: misses of 106–113 — a relative visited, a nickname glued to a dorm, chat plates, young workers', () => {
  it('holds a leadable kinship word after a verb of visiting, and a nickname glued to where the person lives', () => {
    expect(texts('รบกวนไปเยี่ยมแม่เฒ่าจันทร์บ้านท้ายซอยหลังอนามัยด้วยค่ะ นอนติดเตียงคนเดียว', 'person_name')).toEqual(['แม่เฒ่าจันทร์']);
    expect(texts('น้องเฟิร์นหอพักสีฟ้าหลังมอ เปิดลำโพงถึงตีสามทุกคืน', 'person_name')).toEqual(['น้องเฟิร์น']);
  });
  it('still publishes a legend’s name that runs through a verb, and a generic visit', () => {
    expect(screenText('ละครเด็กเรื่องปู่โสมเฝ้าทรัพย์สนุกมาก ขอบคุณครูทุกท่าน').verdict).toBe('clean');
    expect(screenText('ช่วงปีใหม่คนกลับไปเยี่ยมแม่ที่บ้านกันเยอะ ถนนเข้าหมู่บ้านรถติดมาก').verdict).toBe('clean');
  });
  it('reads bipolar as health, not as bisexual', () => {
    const r = screenText('ลุงแดงบ้านท้ายซอยเป็นไบโพลาร์ ตะโกนทั้งคืน');
    expect(r.findings.filter((f) => f.type === 'sensitive').map((f) => f.rule.split('+')[0])).toEqual(['sensitive.health']);
    expect(screenText('ลุงแดงบ้านท้ายซอยเป็นไบ ชอบผู้ชาย').findings.some((f) => f.rule.startsWith('sensitive.sexual'))).toBe(true);
  });
  it('holds a chat plate glued to a colour with a short province after it', () => {
    expect(texts('กระบะดำกพ882สุพรรณ มาจอดขวางประตูโรงเรียนทุกเช้า', 'license_plate')).toEqual(['กพ882สุพรรณ']);
    expect(screenText('รถสองแถวสายประจวบ 12 คัน วิ่งไม่ตรงเวลา').verdict).toBe('clean');
  });
  it('holds an English address the municipality is asked about, and a young boatman’s orientation', () => {
    expect(texts('Can the council look at the pipe outside 23 Moo 4, Nong Ya Sai? My landlady lives there.', 'address')).toEqual([
      '23 Moo 4, Nong Ya Sai',
    ]);
    expect(screenText('The council office is at 23 Moo 4, Nong Ya Sai, open from 8:30.').verdict).toBe('clean');
    expect(screenText('หนุ่มขับเรือหางยาวลำสีแดง เป็นเกย์ แซวลูกทัวร์ทุกวัน').verdict).toBe('hold');
    expect(screenText('หนุ่มสาวที่มาเที่ยวงานลอยกระทงส่วนใหญ่เมาแล้วขับ อันตรายมาก').verdict).toBe('clean');
  });
});

describe('round 30: false holds of 114–121 — elders with no name, businesses and boys, one of the dogs, a sign with a number', () => {
  it('publishes a grandpa next door after คุณ, a café named after grandma, parents joined by กับ, a boy doing something', () => {
    expect(screenText('เมื่อคืนมีงานศพคุณยายข้างบ้าน ขบวนรถติดยาวถึงปากซอย ขอเทศกิจช่วยโบกรถด้วย').verdict).toBe('clean');
    expect(screenText('ร้านป้าคาเฟ่ริมคลองวิวสวยมาก แต่ที่จอดรถไม่พอเลย').verdict).toBe('clean');
    expect(screenText('บังกับก๊ะที่บ้านฝากถามว่าปีนี้มีตลาดนัดหลังละหมาดวันศุกร์ไหม').verdict).toBe('clean');
    expect(screenText('เมื่อเช้าเห็นเด็กหญิงเดินร้องไห้อยู่หน้าตลาดคนเดียว ผมพาไปส่งป้อมตำรวจแล้ว').verdict).toBe('clean');
  });
  it('still holds a named elder, a named child, and a joined Malay name', () => {
    expect(texts('คุณยายบุญมีข้างบ้านเผาขยะทุกเย็น', 'person_name').length).toBe(1);
    expect(texts('เด็กชายธนกร ใจกล้า ขี่รถชนกระจกร้าน', 'person_name')).toEqual(['เด็กชายธนกร ใจกล้า']);
    expect(texts('บังกับมะยูโซ๊ะที่ขายโรตีหน้ามัสยิดทิ้งขยะลงคลอง', 'person_name').length).toBe(1);
  });
  it('publishes one of the strays called a bitch with her puppies, a sign with the shop’s number, my wife by her nickname', () => {
    expect(
      screenText('Two stray dogs live behind the school canteen. One of them is a pregnant bitch and the kids feed her scraps.')
        .verdict,
    ).toBe('clean');
    expect(screenText('The bakery by the bridge has a sign with their number, 044-512-390, for cake orders.').verdict).toBe(
      'clean',
    );
    expect(screenText('My husband Lek asks whether the bulky waste truck comes on Saturday this month.').verdict).toBe('clean');
  });
  it('still holds a neighbour called a bitch, a neighbour by name, and a person’s mobile on a sign offering a room', () => {
    expect(texts('My neighbours are awful. One of them is a bitch who screams at my kids.', 'insult')).toEqual(['bitch']);
    expect(texts('My neighbour Somsak burns plastic every evening.', 'person_name')).toEqual(['Somsak']);
    expect(screenText('The house for rent at the gate has a sign with their number, 081-442-7719.').verdict).toBe('hold');
  });
});

describe('round 30: titles-a (a topic set of titles that name no one) — titles talked about, legends, a word after a vowel', () => {
  it('publishes a title named as a word in a form question, in Thai and in an English sentence', () => {
    expect(screenText('บัตรประชาชนลูกยังเป็น ด.ช. อยู่เลย อายุครบสิบห้าแล้วต้องไปเปลี่ยนที่ไหนคะ').verdict).toBe('clean');
    expect(screenText('หย่าแล้วยังใช้นางอยู่ อยากกลับไปใช้นางสาว ต้องยื่นอะไรบ้าง').verdict).toBe('clean');
    expect(screenText('The form says นาย or นาง and my partner wanted นางสาว instead, which box is right?').verdict).toBe(
      'clean',
    );
  });
  it('publishes the heroine of an Isan tale, and ends a nickname where a leading vowel opens the next word', () => {
    expect(screenText('อยากให้มีป้ายเล่าตำนานนางเลือดขาวที่วัดเขียนบางแก้ว นักท่องเที่ยวถามกันเยอะ').verdict).toBe('clean');
    expect(texts('น้าแจ๋วแนะนำให้ไปแจ้งกองช่าง แต่ร้านน้าแจ๋วเองก็ตั้งแผงขวางทางเท้าหน้าตลาด', 'person_name')[0]).toBe('น้าแจ๋ว');
  });
  it('still holds a titled name, a name glued after a place word, and an English uncle who owns a place', () => {
    expect(texts('นายสมชาย ใจดี ไปเทขยะที่ลำห้วยทุกคืน', 'person_name')).toEqual(['นายสมชาย ใจดี']);
    expect(texts('Uncle Sak, who owns the bungalows next door, burns plastic every night.', 'person_name')).toEqual([
      'Uncle Sak',
    ]);
  });
});

describe('round 30: numbers-e (a topic set of numbers no private person owns) — a number said to be printed on a thing', () => {
  it('publishes a business’s mobile written on its banner, van, delivery box, flyer or page, and the second of two', () => {
    expect(screenText('แผงผลไม้ริมถนนติดป้ายไวนิลเขียนเบอร์ 081-552-7710 และ 089-320-1146 รับสั่งทุเรียน จอดรถขวางทาง').verdict).toBe(
      'clean',
    );
    expect(screenText('รถรับส่งของรีสอร์ตขับเร็วมาก ข้างรถพ่นเบอร์ไว้ 086-221-4930 โทรไปแล้วไม่มีใครรับ').verdict).toBe('clean');
    expect(screenText('เบอร์ร้านที่แปะอยู่บนกล่องพิซซ่า 095-118-2207 โทรไปบอกให้เก็บขยะหน้าร้านแล้ว').verdict).toBe('clean');
    expect(
      screenText('The tour boats leave rubbish on the beach. The mobile on their flyer is 089 611 4420, nobody answers.').verdict,
    ).toBe('clean');
    expect(screenText('เบอร์ที่เพิ่นลงไว้ในเพจร้าน 065-771-2093 โทรไปเว้าแล้วบ่ฟัง').verdict).toBe('clean');
  });
  it('still holds a householder’s sign, a number written by hand, a person who wrote it, and the poster’s own', () => {
    expect(screenText('เจ้าของบ้านหลังสุดซอยติดป้ายกระดาษว่า รับฝากรถโทร 091-338-4410 เก็บคันละร้อย').verdict).toBe('hold');
    expect(screenText('ใบเสร็จไม่มีชื่อร้าน มีแต่เบอร์ที่เขาเขียนด้วยลายมือไว้ในใบเสร็จคือ 092-741-6358').verdict).toBe('hold');
    expect(screenText('ติดต่อป้าศรีที่เขียนเบอร์ไว้ในใบปลิว 064-932-3446 แกรับซ่อมปั๊มน้ำ').verdict).toBe('hold');
    expect(screenText('ผมติดป้ายไว้หน้าร้านแล้ว ถ้าเจ้าหน้าที่สะดวกโทรกลับหาผมที่เบอร์ 081 334 7729').verdict).toBe('hold');
    expect(screenText('A man came collecting fees and left a card with +66 87 442 9015 on it. Is this real?').verdict).toBe(
      'hold',
    );
  });
  it('publishes a sticker’s number on a machine, and a shop’s number after a licence that expired in ธ.ค.', () => {
    expect(screenText('ที่ตัวเครื่องซักผ้ามีสติ๊กเกอร์ เครื่องเสียโทร 09-7261-8843 โทรไปก็ไม่มาซ่อม').verdict).toBe('clean');
    expect(screenText('ใบอนุญาตหมดอายุ 31 ธ.ค. 2566 แล้ว เบอร์ร้านที่ลงไว้ในเพจ 080-337-6194 โทรไปไม่รับ').verdict).toBe('clean');
    expect(texts('โอนเข้า ธ.กรุงไทย เมื่อ 31 ธ.ค. เลขบัญชี 0803376194 ของผมเอง', 'bank_account')).toEqual(['0803376194']);
    expect(screenText('เครื่องซักผ้าไม่มีสติ๊กเกอร์ ไม่มีป้าย เจ้าของร้านให้เบอร์ส่วนตัวมา 09-7261-8843').verdict).toBe('hold');
  });
  it('stays linear on a post full of signs and numbers', () => {
    expectLinear(['ป้ายไวนิลเขียนเบอร์ 081-552-7710 '.repeat(300), 'the number on their flyer is 089 611 4420. '.repeat(250)]);
  });
});

describe('round 30: titles-c — a title set off by spaces after a naming word, a pet called Mr., a named officer on his shift', () => {
  it('publishes titles named in a question about forms, a pet’s name, and an officer thanked on his shift', () => {
    expect(screenText('ใบขับขี่ยังพิมพ์คำนำหน้าว่า นาย ทั้งที่ดิฉันเป็นผู้หญิง ต้องแก้ที่ไหนคะ').verdict).toBe('clean');
    expect(screenText('อยากเปลี่ยนจาก นาง กลับเป็น นางสาว หลังหย่า ใช้เอกสารอะไรบ้าง').verdict).toBe('clean');
    expect(
      screenText('Our dog is a brown mix with one white ear and he is called Mr. Noodle. He ran off near the market.').verdict,
    ).toBe('clean');
    expect(
      screenText(
        'Thank you to the rescue volunteers, especially Khun Wichai on the night shift, who helped carry my mother down.',
      ).verdict,
    ).toBe('clean');
  });
  it('still holds a titled name after ว่า, a man called Mr. in a complaint, and a worker named at his job', () => {
    expect(texts('ผมได้ยินว่า นายสมปอง ใจดี ลักลอบทิ้งขยะที่ลำห้วยทุกคืน', 'person_name')).toEqual(['นายสมปอง ใจดี']);
    expect(texts('The man next door is called Mr. Somchai Jaidee and he burns plastic every night.', 'person_name')).toEqual([
      'Mr. Somchai Jaidee',
    ]);
  });
});
