// Round 29: the false holds of hold-outs 91–105, spent on purpose (read for the first time this round, after fifteen
// writers' sets had stayed never-read through rounds 26–28): each phenomenon they showed is tested here on sentences
// written for this file, with its trap. What the round measures on is hold-outs 106–121, still never read.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

describe('round 29: a monitor lizard the post says it is not cursing, or has already introduced as the animal', () => {
  it('publishes the animal next to "not cursing", even with the expletive tail จริงๆ', () => {
    expect(screenText('ตัวเหี้ยมันขึ้นมากินไข่เป็ดในเล้า ไม่ได้ด่าใครนะคะ ตัวเหี้ยจริงๆ ยาวเกือบเมตร').verdict).toBe('clean');
    expect(screenText('เหี้ยจริงๆ ไม่ได้ด่า ตัวมันนอนอยู่ใต้ถุนบ้านสองวันแล้ว').verdict).toBe('clean');
    expect(screenText('A huge monitor lizard (ตัวเหี้ย, literally) is living under the school canteen.').verdict).toBe('clean');
  });
  it('publishes an insult-tier animal with the expletive tail when the post says it curses no one', () => {
    expect(screenText('ลิงหลุดจากสวนมะพร้าวมาขึ้นหลังคาโรงเรียน ไม่ได้ด่าใครนะ ลิงจริงๆ ขอเจ้าหน้าที่มาจับ').verdict).toBe('clean');
    expect(texts('ไอ้ลิงข้างบ้านมันขโมยของ ไม่ได้ด่านะ พูดจริง', 'insult')).toEqual(['ไอ้ลิง']);
  });
  it('publishes the animal named again after a literal first mention', () => {
    const first = 'มีตัวเหี้ยขึ้นมาจากคลองกินไก่ที่บ้านไปสามตัวแล้ว ผมโทรแจ้งเทศบาลตั้งแต่วันจันทร์ เจ้าหน้าที่บอกว่ารถติดภารกิจอื่น';
    expect(screenText(`${first} วันนี้เช้ามาก็เจอเหี้ยอีกแล้ว`).verdict).toBe('clean');
    expect(screenText(`${first} ตัวเหี้ยนั่นก็ยังอยู่`).verdict).toBe('clean');
  });
  it('still holds a word aimed at someone, whatever the post disclaims or introduced', () => {
    expect(texts('ไอ้เหี้ยนั่นมันด่าผมก่อน ผมไม่ได้ด่าใครเลย', 'insult')).toEqual(['ไอ้เหี้ย']);
    expect(texts('มึงมันเหี้ยจริงๆ ไม่ได้ด่านะ พูดความจริง', 'insult')).toEqual(['มึงมันเหี้ย']);
    expect(texts('ตัวเหี้ยขึ้นมาจากคลองกินไก่ แต่ไอ้เหี้ยข้างบ้านก็ไม่ช่วยจับ', 'insult')).toEqual(['ไอ้เหี้ย']);
    expect(texts('มีตัวเหี้ยขึ้นมาจากคลองกินไก่ ลุงข้างบ้านบอกว่าเหี้ยเอ๊ย', 'insult')).toEqual(['เหี้ยเอ๊ย']);
  });
  it('stays linear on a post full of the word', () => {
    expectLinear([
      'ตัวเหี้ย '.repeat(1200),
      'ตัวเหี้ยขึ้นมาจากคลอง ไม่ได้ด่า '.repeat(300),
      'เหี้ย'.repeat(2000),
      'ไอ้เห*ย ไอ้คว*ย '.repeat(700),
      'ตัวเหี้ย ตัวควาย '.repeat(700),
    ]);
  });
});

describe('round 29: titles a space apart, each standing alone, are the choices of a form', () => {
  it('publishes a list of titles whatever word follows it', () => {
    expect(screenText('ช่องคำนำหน้ามีให้เลือกแค่ นาย นาง นางสาว ไม่มี ด.ช. ด.ญ. ถ้าจะยื่นให้หลานต้องทำอย่างไร').verdict).toBe('clean');
    expect(screenText('ในเว็บเลือกได้แค่ นาย นาง นางสาว แม่ดิฉันมียศ จะกรอกอะไรดีคะ').verdict).toBe('clean');
    expect(screenText('แบบฟอร์มแจ้งเกิดไม่มี ด.ช. กับ ด.ญ. ทั้งที่เป็นของเด็ก').verdict).toBe('clean');
    expect(screenText('Last year the Mr. and Mrs. Farmer quiz clashed with the concert.').verdict).toBe('clean');
  });
  it('still holds a name after a title, or a titled name after a word like คุณ', () => {
    expect(texts('คุณ นายสมชาย ใจดี ขายของหน้าบ้านเลขที่ 5 หมู่ 2 ไม่ยอมเก็บของ', 'person_name')).toEqual(['คุณ นายสมชาย ใจดี']);
    expect(texts('ร้องเรียน นางสมศรี ทองดี เปิดเพลงเสียงดังทุกคืน', 'person_name')).toEqual(['นางสมศรี ทองดี']);
    expect(texts('นายสมชาย ใจดี กับนางสมศรี ใจดี บ้านเลขที่ 4 เปิดเพลงดัง', 'person_name')).toEqual(['นายสมชาย ใจดี', 'นางสมศรี ใจดี']);
  });
});

describe('round 29: after a kinship word and a space, only a known nickname, or a placed word, is a name', () => {
  it('publishes the next clause after a spaced kinship word', () => {
    expect(screenText('ถนนหน้าร้านข้าวซอยบ้านคุณยาย ทางลงน้ำตกเป็นหลุมลึกมาก รถล้มทุกวัน').verdict).toBe('clean');
    expect(screenText('ใครจับงูได้บ้างพี่ ฝนตกทีไรมันเข้ามาในครัวทุกที').verdict).toBe('clean');
  });
  it('still holds a spaced nickname from the list, and any spaced name with a place or a phone', () => {
    expect(texts('ป้า แดง ร้านข้าวแกงหน้าตลาดเทน้ำมันลงท่อทุกวัน', 'person_name')).not.toEqual([]);
    expect(texts('ลุง ทองใบ บ้านท้ายซอย 5 เผาขยะทุกเย็น', 'person_name')).not.toEqual([]);
  });
});

describe('round 29: a Thai word glued after digits or Latin letters is segmented from its own first letter', () => {
  it('publishes a dictionary word that begins with a kinship word right after a phone number', () => {
    expect(screenText('ร้านน้ำแข็งหลอดตรงสามแยก โทร073-299-481ตามป้ายหน้าร้าน ส่งถึงบ้าน').verdict).toBe('clean');
  });
  it('still reads a kinship name glued after digits when the segmenter says it is one', () => {
    expect(texts('ซอย5ตาดำร้านข้าวแกงหน้าตลาดเทน้ำเสียลงท่อทุกวัน', 'person_name')).not.toEqual([]);
  });
});

describe('round 29: a kinship word before a job is the worker; elders of the North listed after ป้อ are everyone', () => {
  it('publishes a librarian, a cook or a cashier called by a kinship word', () => {
    expect(screenText('แมวส้มหน้าห้องสมุดหายไป พี่บรรณารักษ์ก็ตามหาอยู่ ใครเห็นบอกด้วย').verdict).toBe('clean');
    expect(screenText('ป้าแม่ครัวโรงเรียนบอกว่าน้ำประปาไม่ไหลสามวันแล้ว ทำกับข้าวไม่ได้').verdict).toBe('clean');
  });
  it('publishes ป้อหนานแม่อุ๊ย, the old men and women of a Northern market', () => {
    expect(screenText('กาดวันอาทิตย์ ป้อหนานแม่อุ๊ยมาเดินกันเต็ม แต่บ่มีห้องน้ำสักหลังเจ้า').verdict).toBe('clean');
  });
  it('still holds a Northern ex-monk named after ป้อ with his place', () => {
    expect(texts('ป้อหนานแก้ว บ้านท้ายซอยเผาขยะทุกเย็น ควันเข้าบ้านคนอื่น', 'person_name')).not.toEqual([]);
  });
});

describe('round 29: an abstract noun and a preposition are no identity word and no name', () => {
  it('publishes darkness before a dog, and a list named after ชื่อ', () => {
    expect(screenText('เด็กต้องเดินกลับบ้านในความมืด หมาก็เยอะ ช่วยซ่อมไฟถนนด้วย').verdict).toBe('clean');
    expect(screenText('แม่ค้าบอกไม่มีชื่อในบัญชี พรือกันแน่ ขอเทศบาลช่วยตรวจสอบ').verdict).toBe('clean');
  });
  it('still holds the slur glued to its noun, and a full name after ชื่อ', () => {
    expect(texts('ไอ้มืดหมา บ้านท้ายซอยมันขโมยของ', 'insult')).toEqual(['ไอ้มืดหมา']);
    expect(texts('คนที่เช่าแผงกับเทศบาลชื่อ วันเพ็ญ ทองสุข ไม่จ่ายค่าเช่า', 'person_name')).toEqual(['วันเพ็ญ ทองสุข']);
  });
});

describe('round 29: English staff thanked at their counter, or named with their office after the name', () => {
  it('publishes a clerk thanked at the counter, an officer or director named with the office', () => {
    expect(
      screenText('I want to say thank you to the lady at the registration counter, Khun Malee, who helped me with the forms.')
        .verdict,
    ).toBe('clean');
    expect(screenText('Thanks to Dr. Suda, the district health officer, for the talk on haze at the market.').verdict).toBe(
      'clean',
    );
    expect(screenText('Thank you to Ms. Orawan at the front desk of the town hall, who phoned immigration for me.').verdict).toBe(
      'clean',
    );
    expect(
      screenText('Dr. Somkiat, the director of the district hospital, went on local radio to explain the haze.').verdict,
    ).toBe('clean');
  });
  it('still holds a private person described before the name, and a named person blamed', () => {
    expect(
      texts('The man who runs the noodle stall at the pier, Khun Daeng, dumps his oil in the canal.', 'person_name'),
    ).toEqual(['Khun Daeng']);
    expect(texts('Thanks for nothing. Mr. Anan Chaiyo at 12 Moo 3 keeps burning plastic.', 'person_name')).not.toEqual([]);
  });
});

describe('round 29: a number the post says is on a page, a stage, a box or a sign is published, mobile or not', () => {
  it('publishes the number on a business page, an event stage, a sign or a box', () => {
    expect(screenText('อยากนั่งเรือชมหิ่งห้อยลองติดต่อเรือบ้านท่าแร่ดูค่ะ เบอร์ในเพจเขา 081-233-4590 คนละ 80 บาท').verdict).toBe('clean');
    expect(screenText('ส้วมเต็มเลยโทรหาร้านดูดส้วมตามเบอร์ที่เขาลงในเพจ 089-441-2207 มาเร็วมาก').verdict).toBe('clean');
    expect(screenText('ของหายแจ้งเต็นท์ข้างเวทีได้ เบอร์ที่เค้าประกาศบนเวทีคือ053-475-229 โทรได้ถึงเที่ยงคืน').verdict).toBe('clean');
    expect(
      screenText('The noodle place by the bridge is great, and the number on their sign is 086-211-4470 for orders.').verdict,
    ).toBe('clean');
  });
  it('still holds a room-for-rent sign, a home number and a private person named as owner', () => {
    expect(texts('ป้ายห้องให้เช่าหน้าปากซอย เบอร์บนป้าย 081-233-4590 โทรไปไม่มีคนรับ', 'phone')).toEqual(['081-233-4590']);
    expect(texts('เบอร์บ้านผมบนป้ายหน้าบ้าน 081-233-4590 มีคนโทรมาก่อกวนทั้งคืน', 'phone')).toEqual(['081-233-4590']);
    expect(texts('ลุงสมชายเอาเบอร์ส่วนตัวลงในเพจ 089-441-2207 ขายของเถื่อน', 'phone')).toEqual(['089-441-2207']);
  });
  it('stays linear on runs of medium words before numbers', () => {
    expectLinear(['เบอร์ในเพจเขา 081-233-4590 '.repeat(400), 'the number on their sign is '.repeat(300), 'เบอร์ในเพจ'.repeat(900)]);
  });
});

describe('round 29: a public health centre or library owns the address after it, whatever abbreviation ends before it', () => {
  it('publishes a health centre’s address after รพ.สต. with its closing dot, or after "health centre"', () => {
    expect(screenText('พาลูกไปฉีดวัคซีนได้ที่ รพ.สต. เลขที่ 5 หมู่ 3 ต.ตุยง ตั้งแต่สองโมงครึ่ง').verdict).toBe('clean');
    expect(
      screenText('The vaccination clinic is at the Ban Mai health centre, 12 Moo 1, Tambon Ban Mai, every morning.').verdict,
    ).toBe('clean');
  });
  it('still holds a house next to the health centre, and a home named before it', () => {
    expect(texts('บ้านหลังที่เผาขยะอยู่ข้าง รพ.สต. เลขที่ 7 หมู่ 3 ต.ตุยง ควันเข้าห้องคนไข้', 'address')).not.toEqual([]);
    // The abbreviation's dot further back still ends its sentence.
    expect(texts('เรื่องนี้แจ้ง อบต. ไปแล้วสองครั้ง สวนลำไยของผมเลขที่ 12 หมู่ 3 ต.บ้านใหม่ โดนรถไถทับรั้ว', 'address')).not.toEqual([]);
    expect(
      texts('My neighbour by the health centre, 14 Moo 1, Tambon Ban Mai, burns rubbish every night.', 'address'),
    ).not.toEqual([]);
  });
});

describe('round 29: a sentence’s full stop is no LINE handle’s mark; a working vehicle of the municipality is public', () => {
  it('publishes "LINE groups." and a municipal water truck’s plate', () => {
    expect(screenText('Please do not trust the donation accounts going around in LINE groups.').verdict).toBe('clean');
    expect(screenText('รถน้ำเทศบาลทะเบียน81-2204นครพนม จะมาแจกน้ำที่ศาลาหมู่บ้านบ่ายสองนะจ้า').verdict).toBe('clean');
  });
  it('still holds a handle with its own mark, and a private pickup near the town hall', () => {
    expect(texts('add me on LINE: somchai99.', 'line_id')).toEqual(['somchai99']);
    expect(texts('รถกระบะชนเด็กหน้าเทศบาล ทะเบียน 81-2204 นครพนม แล้วหนีไปเลย', 'license_plate')).not.toEqual([]);
  });
});

describe('round 29: titles inside islands’ names, doubled words, mosque officers and surnames are no new person', () => {
  it('publishes an island named with นาง, little girls called อี่นางน้อยๆ, an imam listed after the kamnan', () => {
    expect(screenText('เรือมาจากเกาะหมาก เกาะนางคำ ฝาละมี มาแข่งกันเต็มทะเลสาบ').verdict).toBe('clean');
    expect(screenText('อี่นางน้อยๆ ในบ้านจะไปฟ้อนงานปี๋ใหม่ แต่น้ำบ่มีอาบมาสองวันแล้วเจ้า').verdict).toBe('clean');
    expect(screenText('ขอให้มีกำนัน โต๊ะอิหม่าม กับเจ้าอาวาสมานั่งประชุมเรื่องเสียงตามสาย').verdict).toBe('clean');
  });
  it('publishes a village headman thanked by name, whose surname begins with a kinship word', () => {
    expect(screenText('ขอบคุณผู้ใหญ่บ้านหมู่ 6 นายประเสริฐ ตาคำ ที่พาชาวบ้านลอกร่องน้ำข้างถนนเมื่อวันอาทิตย์').verdict).toBe('clean');
  });
  it('still holds a private titled name with that surname, and a kinship nickname doubled with its place', () => {
    expect(texts('นายประเสริฐ ตาคำ บ้านเลขที่ 4 หมู่ 2 เผาขยะทุกวัน', 'person_name')).toEqual(['นายประเสริฐ ตาคำ']);
    expect(texts('ป้าแดงๆ ร้านข้าวแกงหน้าตลาดเทน้ำมันลงท่อทุกวัน', 'person_name')).not.toEqual([]);
  });
});

describe('round 29: an English business called by a titled name, and an office holder’s doubled word', () => {
  it('publishes a shop called Mr. …, and ผู้ใหญ่บ้านจุ๊บๆ (the headman kissing the children)', () => {
    expect(screenText('The shop called Mr. Scooter on the main road rents bikes with proper insurance.').verdict).toBe('clean');
    expect(screenText('ผู้ใหญ่บ้านจุ๊บๆ ลูกหลานแล้วก็รีบไปประชุมเรื่องน้ำ ขอบใจเจ้า').verdict).toBe('clean');
  });
  it('still holds a man called by his titled name with his address', () => {
    expect(texts('A man called Mr. Anan Chaiyo at 12 Moo 3 burns plastic every night.', 'person_name')).toEqual([
      'Mr. Anan Chaiyo',
    ]);
  });
});

describe('round 29: a person word inside another word marks no home before an institution; a request reaches its office', () => {
  it('publishes a health centre thanked through its staff (น้า inside เจ้าหน้าที่ is no aunt)', () => {
    expect(screenText('ขอขอบคุณเจ้าหน้าที่ รพ.สต.บ้านหนองบัว เลขที่ 99 หมู่ 4 ต.หนองบัว ที่มาฉีดวัคซีนให้ผู้สูงอายุ').verdict).toBe('clean');
  });
  it('still holds a workshop the office is asked to inspect, and a house next to the health centre', () => {
    expect(texts('ขอให้เจ้าหน้าที่สาธารณสุขของเทศบาลไปตรวจสอบที่อู่ เลขที่ 112/4 ถ.ระโนด ต.ระโนด ด้วยค่ะ กลิ่นสีแรงมาก', 'address')).not.toEqual(
      [],
    );
    expect(texts('ป้าข้างบ้าน รพ.สต.บ้านหนองบัว เลขที่ 99 หมู่ 4 ต.หนองบัว เผาขยะทุกวัน', 'address')).not.toEqual([]);
  });
});

describe('round 29: romanised insults written i-…, and vv for w', () => {
  it('holds i-sus and ai kvvai', () => {
    expect(texts('The man who rents the karaoke room is a total i-sus, he points his speakers at us.', 'insult')).toEqual([
      'i-sus',
    ]);
    expect(texts('คนขับรถน้ำไม่ยอมลงมาต่อสาย ai kvvai จริงงง', 'insult')).toEqual(['ai kvvai']);
  });
  it('publishes English that only looks like them', () => {
    expect(screenText('The e-sat exam results are out; I sat it last week.').verdict).toBe('clean');
    expect(screenText('He is savvy with the navvy crew and revved the old engine.').verdict).toBe('clean');
    expect(screenText('The workers dug a hole in the yard for the new drain.').verdict).toBe('clean');
  });
  it('stays linear on runs of v', () => {
    expectLinear(['v'.repeat(10000), 'kvv'.repeat(3300), 'ai kvvai '.repeat(1100), 'i-sus '.repeat(1600)]);
  });
});

describe('round 29: the poster’s own illness told with the formal or a Northern “I”', () => {
  it('publishes ข้าพเจ้า and ฮา telling their own asthma', () => {
    expect(screenText('ข้าพเจ้าเป็นโรคหอบหืด ขอให้เทศบาลห้ามเผาขยะใกล้ชุมชนด้วย').verdict).toBe('clean');
    expect(screenText('ฮาเป็นโรคหอบหืดมาตั้งแต่ละอ่อน ช่วงนี้ควันไฟป่าหนาขนาด อยากได้หน้ากากเจ้า').verdict).toBe('clean');
  });
  it('still holds a neighbour’s illness (ข้าง, beside, is no ข้า)', () => {
    expect(texts('ลุงข้างบ้านเป็นอัลไซเมอร์ เดินออกมากลางถนนตอนตีสองอีกแล้ว', 'sensitive')).not.toEqual([]);
  });
});

describe('round 29: "I have a …" is the poster telling their own condition', () => {
  it('publishes the poster’s own heart condition next to a hospital', () => {
    expect(
      screenText('I have a heart condition and use an oxygen concentrator at night, so I slept in the hospital waiting room.')
        .verdict,
    ).toBe('clean');
  });
  it('still holds a guard and his wife said to have HIV', () => {
    expect(texts('The guard at the school gate, he and his wife have HIV.', 'sensitive')).not.toEqual([]);
  });
});

describe('round 29: a truck’s helper by his job and place, and a political group by name, are s.26 facts', () => {
  it('holds a criminal record of a truck helper at a pier, and a teacher leading an opposition group', () => {
    expect(texts('เด็กท้ายรถกระบะรับจ้างที่ท่ารถคลองท่อม เพิ่งออกจากคุกคดีข่มขืน ตอนนี้มารับส่งนักเรียน', 'sensitive')).not.toEqual([]);
    expect(texts('ครูสอนสังคมโรงเรียนเทศบาล 2 เป็นแกนนำกลุ่มการเมืองฝ่ายค้านในอำเภอ', 'sensitive')).not.toEqual([]);
    expect(
      texts('The owner of the print shop opposite the district office is a well-known red-shirt organiser.', 'sensitive'),
    ).not.toEqual([]);
  });
  it('publishes the council’s opposition as a body', () => {
    expect(screenText('ฝ่ายค้านในสภาเทศบาลขอให้เปิดประชุมสภาสมัยวิสามัญเรื่องน้ำท่วม').verdict).toBe('clean');
  });
});
