// Round 24: what the seven hold-outs round 23 left unread (42, 43, 46, 47, 50, 51, 52: seven writers) showed the engine
// missing or holding wrongly, taken where the same phenomenon came back in two writers' sets or more (sets read in
// earlier rounds count as writers too), or where it is a fact of the language rather than a writer's habit (marked);
// each as a rule about the phenomenon, with the post that stands for it and its trap.
import { describe, expect, it } from 'vitest';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

describe('round 24: look-alikes inside a Thai word', () => {
  it('holds an insult with a Latin w typed for ว (two writers) and a Thai ๑ typed for ด', () => {
    expect(texts('มีคนขับรถกระบะพยายามแซง ผมตะโกนไอ้คwาย ไปหนึ่งที', 'insult')).toEqual(['ไอ้คwาย']);
    expect(texts('ไอ้สัตw์ที่ไหนมาทิ้งขยะ', 'insult')).toEqual(['ไอ้สัตw์']);
    expect(texts('ดิฉันเลยหลุดปากไปว่าอี๑อก ซึ่งก็ไม่ควรพูด', 'insult')).toEqual(['อี๑อก']);
  });
  it('publishes w and ๑ where they are a word and a number', () => {
    expect(texts('wow ควาย 1 ตัวเดินบนถนน', 'insult')).toEqual([]);
    expect(texts('บ้านเลขที่ ๑ ดอกไม้บานหน้าบ้าน', 'insult')).toEqual([]);
    expect(texts('ซอย ๑ อกหักมาจากไหน', 'insult')).toEqual([]);
  });
});

describe('round 24: a Malay kinship word glued after a word that takes a person (three writers)', () => {
  it('holds บังหมาน after เรื่อง and บังหมัด after จ้าง when a shop and its place follow the name', () => {
    expect(texts('ก๊ะขอแจ้งเรื่องบังหมาน ร้านโรตีหน้าตลาดใหม่ควนขนุน ตั้งเตาทอดโรตีบนทางเท้า', 'person_name')).toEqual(['บังหมาน']);
    expect(texts('ลูกจ้างเทศบาลไปจ้างบังหมัดร้านปะยางตรงข้ามสถานีรถไฟโก-ลก มาซ่อมยาง', 'person_name')).toEqual(['บังหมัด']);
  });
  it('publishes บัง shading what it shades before a shop', () => {
    expect(texts('ขอแจ้งเรื่องบังแดดร้านค้าหน้าตลาด ขาดหลายแผ่น', 'person_name')).toEqual([]);
    expect(texts('ขอบคุณที่ทำหลังคาและบังฝนร้านค้าหน้าตลาดให้', 'person_name')).toEqual([]);
  });
});

describe('round 24: words that contain กู (two writers)', () => {
  it('publishes the Kuy people and the Muslim cemetery กูโบร์, and still holds กู beside them', () => {
    expect(texts('บ้านเราที่สังขะมีทั้งชาวกูย ชาวเขมร ชาวลาวอยู่ด้วยกัน รำกูยกับกันตรึมบนเวทีเดียวกัน', 'insult')).toEqual([]);
    expect(texts('ออแรในหมู่บ้านอยากให้ซ่อมถนนไปกูโบร์ก่อนฝนมาอีก', 'insult')).toEqual([]);
    expect(texts('กูยอมแล้ว', 'insult')).toEqual(['กู']);
    expect(texts('กูโบ้ไปแล้ว', 'insult')).toEqual(['กู']);
  });
});

describe('round 24: Malay elders joined in a pair', () => {
  it('publishes มะกับเปาะที่บ้าน (mother and father at home), and still holds แบมะ, a man named Mat, at his shop', () => {
    expect(texts('มะกับเปาะที่บ้านอยากรู้ว่าร้านข้าวยำย้ายไปอยู่โซนไหนของตลาดใหม่', 'person_name')).toEqual([]);
    expect(texts('แบมะร้านน้ำชาบ้านน้ำเชี่ยว เผาขยะพลาสติกหลังร้านทุกเช้า', 'person_name')).toEqual(['แบมะ']);
    // มะ and เมาะ are names as well as elders: after a kinship word they stay a nickname (ยายเมาะ).
    expect(texts('ยายเมาะบ้านท้ายซอยเป็นเบาหวาน', 'person_name')).toEqual(['ยายเมาะ']);
  });
});

describe('round 24: whose address (institutions named near it)', () => {
  it('holds the poster’s own address in a letter to the municipality, sent back by post', () => {
    expect(
      texts(
        'เรียนกองคลังเทศบาลตำบลท่ายาง เจ้าหน้าที่แจ้งว่าจะส่งเช็คคืนเงินทางไปรษณีย์ จึงขอแจ้งที่อยู่สำหรับจัดส่งค่ะ 19/4 ซอยเพชรเกษม 12 ต.ท่ายาง อ.ท่ายาง จ.เพชรบุรี',
        'address',
      ),
    ).toEqual(['19/4 ซอยเพชรเกษม 12 ต.ท่ายาง อ.ท่ายาง จ.เพชรบุรี']);
    expect(texts('เรียนกองคลังเทศบาลตำบลท่ายาง ขอแจ้งที่อยู่สำหรับจัดส่งค่ะ 19/4 ซอยเพชรเกษม 12 ต.ท่ายาง', 'address')).toEqual([
      '19/4 ซอยเพชรเกษม 12 ต.ท่ายาง',
    ]);
  });
  it('publishes an office’s and a post office’s own address, and one after villagers (ชาวบ้าน) are named', () => {
    expect(texts('ส่งใบสมัครได้ที่เทศบาลตำบลท่ายาง เลขที่ 9 ถนนเพชรเกษม ต.ท่ายาง', 'address')).toEqual([]);
    expect(texts('ส่งทางไปรษณีย์ถึงที่ทำการไปรษณีย์ท่ายาง เลขที่ 5 ถนนเพชรเกษม', 'address')).toEqual([]);
    expect(texts('ใครจะบริจาคผ้าห่มให้ชาวบ้านบนดอย นำไปส่งได้ที่ที่ว่าการอำเภอแม่สะเรียง เลขที่ 250 ถนนเวียงใหม่', 'address')).toEqual([]);
  });
});

describe('round 24: s.26 facts the lexicon had no words for', () => {
  it('holds a teacher led into a named political group, sex work and yaa baa said in English of one person', () => {
    expect(texts('ครูประจำชั้น ป.5 โรงเรียนเทศบาลวัดหลวง พนัสนิคม เป็นแกนนำกลุ่มการเมืองเสื้อแดงในอำเภอ', 'sensitive')).toEqual([
      'เป็นแกนนำกลุ่มการเมืองเสื้อแดงในอำเภอ',
    ]);
    expect(
      texts('The woman who runs the massage place next to the Tha Yang bus stop does sex work on the side.', 'sensitive'),
    ).toEqual(['does sex work on the side']);
    expect(
      texts('their younger son, who the whole street knows has been using yaa baa since he came back', 'sensitive'),
    ).toHaveLength(1);
  });
  it('publishes the same words with no one they are said of', () => {
    expect(texts('The campaign for sex work rights meets at the library', 'sensitive')).toEqual([]);
    expect(texts('We need a talk on yaa baa for the school', 'sensitive')).toEqual([]);
    expect(texts('ครูประจำชั้น ป.5 โรงเรียนเทศบาลวัดหลวง พนัสนิคม เป็นแกนนำกลุ่มการเมืองในอำเภอ', 'sensitive')).toEqual([]);
  });
  it('reads the many who saw a seizure (ต่อหน้าผู้ปกครองหลายคน) as witnesses, not as whom it is about', () => {
    expect(
      texts('คนขับรถตู้สายหนองเหียงคนปัจจุบันเป็นโรคลมชัก เคยชักในร้านกาแฟหน้าตลาดต่อหน้าผู้ปกครองหลายคนเมื่อเดือนธันวาคม', 'sensitive'),
    ).toHaveLength(1);
    expect(texts('คนขับรถตู้หลายคนเป็นโรคลมชัก', 'sensitive')).toEqual([]);
  });
});

describe('round 24: a number the post says is posted or printed by a business or office', () => {
  it('publishes the landline posted on a shop front and the one printed on an office’s letter', () => {
    expect(texts('ร้านวัสดุก่อสร้างแถวสี่แยกแกลงลดราคาสังกะสี โทรสั่งตามเบอร์ที่ติดหน้าร้าน 038-671-245 ได้ค่ะ', 'phone')).toEqual([]);
    expect(
      texts(
        'Received letter no. 118/2567 from the U Thong municipality. The number printed for questions, 035-551-020, always rings out.',
        'phone',
      ),
    ).toEqual([]);
  });
  it('reads no person in a town whose name begins with a person word (แก in แกลง), and still in แก alone', () => {
    expect(texts('ร้านวัสดุก่อสร้างแถวสี่แยกแกลงลดราคาสังกะสี โทรสั่งได้ที่ 038-671-245', 'phone')).toEqual([]);
    expect(texts('แกโทรมาที่ 038-671-245 ทุกคืน', 'phone')).toEqual(['038-671-245']);
  });
  it('still holds the number someone posted on their own shop door', () => {
    expect(texts('ป้าศรีที่ติดเบอร์ไว้หน้าร้าน 038-671-245', 'phone')).toEqual(['038-671-245']);
  });
});

describe('round 24: a title that names no one (two writers)', () => {
  it('publishes any one of a rank (สักนาย), officers counted (ตำรวจ 2 นาย, หลายนาย) and a name the poster did not catch', () => {
    expect(texts('อยากให้มีจ่าหรือดาบตำรวจสักนายมายืนตรงทางม้าลายช่วงเจ็ดโมง', 'person_name')).toEqual([]);
    expect(texts('มีตำรวจ 2 นายมาตรวจที่ร้าน', 'person_name')).toEqual([]);
    expect(texts('ทหารหลายนายมาช่วยขนของ', 'person_name')).toEqual([]);
    expect(
      texts(
        'Thanks to the lady at the front desk of the Sangkha municipal office, Khun something, sorry I didn’t catch her name',
        'person_name',
      ),
    ).toEqual([]);
  });
  it('still holds a name after a date or a room number', () => {
    expect(texts('วันที่ 2 นายสมชาย ใจดี มาที่บ้าน', 'person_name')).toEqual(['นายสมชาย ใจดี']);
    expect(texts('Khun Somsri at the front desk lent me money', 'person_name')).toEqual(['Khun Somsri']);
  });
});

describe('round 24: doctors in English (two writers)', () => {
  it('publishes a clinic named after its doctor and a hospital director explaining figures in his role', () => {
    expect(texts('The footpath in front of Dr. Somchai Dental Clinic has a missing drain cover.', 'person_name')).toEqual([]);
    expect(
      texts(
        'Good to see Dr. Wanchai, the director of Kosum Phisai Hospital, on the municipal page explaining the smoke figures',
        'person_name',
      ),
    ).toEqual([]);
  });
  it('still holds the clinic blamed, the doctor met privately and the director accused', () => {
    expect(texts('Dr. Somchai Clinic dumps its waste in the canal', 'person_name')).toEqual(['Dr. Somchai Clinic']);
    expect(texts('Dr. Somchai told me about the drain', 'person_name')).toEqual(['Dr. Somchai']);
    expect(texts('Dr. Wanchai, the director of Kosum Phisai Hospital, is cheating on his wife', 'person_name')).toEqual([
      'Dr. Wanchai',
    ]);
  });
});

describe('round 24: kinship and title words that name no one (one writer each, words of the language)', () => {
  it('publishes the Northern ปี้ชาย (a brother), a pageant’s นางสาว and the romanised Phu Yai Ban', () => {
    expect(texts('ควายของปี้ชายข้างบ้านตื่นฟ้าร้องบ่ยอมเข้าคอกเลยเจ้า', 'person_name')).toEqual([]);
    expect(texts('มีประกวดนางสาวชาวนาด้วย แม่งานใจดีมาก', 'person_name')).toEqual([]);
    expect(texts('The Phu Yai Ban in our village and the Nayok came up twice with the water truck', 'person_name')).toEqual([]);
  });
  it('still holds ปี้ with a nickname, a contestant’s full name and a Yai named with her home', () => {
    expect(texts('ปี้แก้วบ้านท้ายซอยเมาเหล้าทุกคืน', 'person_name')).toEqual(['ปี้แก้ว']);
    expect(texts('ประกวด นางสาวสมศรี ใจดี ชนะ', 'person_name')).toEqual(['นางสาวสมศรี ใจดี']);
    expect(texts('Yai Ban lives by the temple and drinks every night', 'person_name')).toEqual(['Yai Ban']);
  });
});

describe('round 24: a kinship word before how something is, or calling the reader', () => {
  it('publishes บ้านยาย|มืดมาก (very dark), ถามหน่อยพี่| (the reader called พี่) and มารับน้องด่วน (urgently)', () => {
    expect(texts('ตรงข้ามร้านกาแฟบ้านยาย มืดมาก หน้าหนาวหกโมงเช้ายังไม่สว่าง', 'person_name')).toEqual([]);
    expect(texts('ตรงข้ามร้านกาแฟบ้านยายมืดมากๆ', 'person_name')).toEqual([]);
    expect(texts('ถามหน่อยพี่ ใบอนุญาตขายของในที่สาธารณะ เลขที่ 12/2568 หมดอายุ', 'person_name')).toEqual([]);
    expect(texts('ใครเป็นเจ้าของมารับน้องด่วนนน', 'person_name')).toEqual([]);
  });
  it('still holds a nickname before มากวาด (came to sweep) and a name after ช่วยด้วย glued', () => {
    expect(texts('ป้าแดงมากวาดลานวัดทุกเช้า เมาทุกวัน', 'person_name')).toEqual(['ป้าแดง']);
    expect(texts('ช่วยด้วยลุงแดงบ้านท้ายซอยเมาทุกคืน', 'person_name')).toEqual(['ลุงแดง']);
  });
});

describe('round 24: "of our village" places no one', () => {
  it('publishes อี่หล้าบ้านเฮา (the kids of our village), and holds one placed at a house', () => {
    expect(texts('ปี้น้องบ้านเฮาต้องจ้างรถไปเจ้า อี่หล้าบ้านเฮาก็ไปโฮงเฮียนบ่ทันย้อนรถติด', 'person_name')).toEqual([]);
    expect(texts('อี่หล้าบ้านท้ายซอยไปโฮงเฮียนบ่ทัน', 'person_name')).toEqual(['อี่หล้า']);
  });
});

describe('round 24: plates and literal animals in chat', () => {
  it('holds a plate glued to the words around it, with its province', () => {
    expect(texts('รถเก๋งขาวขก4527สระแก้ว จอดคร่อมทางลาดรถเข็นหน้าตลาดสด', 'license_plate')).toEqual(['ขก4527สระแก้ว']);
  });
  it('publishes a soi or road number glued to a province, and a monitor lizard named as the topic one wants to raise', () => {
    expect(texts('ไปซอย123สระบุรีมา', 'license_plate')).toEqual([]);
    expect(texts('เรื่องที่อยากฝากคือ ตัวเหี้ยตัวใหญ่ๆ หนีน้ำขึ้นมาอยู่ตามบ้านเยอะ กินไก่กินไข่หมด', 'insult')).toEqual([]);
    expect(texts('เรื่องที่อยากฝากคือตัวเหี้ยที่นั่งโต๊ะกองคลังไม่ทำงาน', 'insult')).toEqual(['ตัวเหี้ย']);
  });
});

describe('round 24: a passport number introduced in Thai, further from its word', () => {
  it('holds เลขที่ MC418207 in a lost-and-found post about a passport, and not a queue ticket in one', () => {
    expect(
      texts(
        'เก็บหนังสือเดินทางได้ที่ศาลารอรถหน้าตลาดแม่มาลัย ตอนหลบฝนพายุเมื่อบ่ายวันพฤหัส ปกสีแดงเลือดหมู เลขที่ MC418207 ตอนนี้ฝากไว้ที่สำนักงานเทศบาลแล้ว',
        'passport',
      ),
    ).toEqual(['MC418207']);
    expect(texts('ไปต่อหนังสือเดินทางที่ศูนย์ราชการ คิวยาวมาก ได้บัตรคิวเลขที่ A0123', 'passport')).toEqual([]);
  });
});

describe('round 24: an insult-tier word spaced between its syllables, its prefix glued', () => {
  it('holds อีกะ หรี่ as a strong word is held (round 23), and publishes a crow and a child called after a prefix', () => {
    expect(texts('อีกะ หรี่ห้องข้างๆ เปิดเพลงดังทั้งคืนนน', 'insult')).toEqual(['อีกะ หรี่']);
    expect(texts('อีกา ลีบปีกอยู่ข้างทาง', 'insult')).toEqual([]);
    expect(texts('ไอ้หนู ไปไหนมา', 'insult')).toEqual([]);
  });
});

describe('round 24: an English given name that is also a strong word', () => {
  it('publishes "my friend Dick" and still holds dick in lower case or said to someone', () => {
    expect(texts('My friend Dick is visiting from Perth for the New Year and wants to see buffalo racing', 'insult')).toEqual([]);
    expect(texts('my friend dick is a pain', 'insult')).toEqual(['dick']);
    expect(texts('you are a dick', 'insult')).toHaveLength(1);
  });
});

describe('round 24: how a disease spreads is about the disease', () => {
  it('publishes "HIV isn’t spread by selling food" near vendors, and holds a vendor said to have it', () => {
    expect(
      texts(
        'I read nasty comments about vendors’ health after the market move. Please put up the facts: HIV isn’t spread by selling or buying food.',
        'sensitive',
      ),
    ).toEqual([]);
    expect(texts('The vendor at the corner stall has HIV, everyone knows', 'sensitive')).toEqual(['has HIV']);
  });
});

describe('round 24: hold-outs 53, 54 and 56, read after their untuned score', () => {
  it('holds a citizen ID written as the card prints it after an order number', () => {
    expect(texts('พ่อดิฉันก็อยู่ในนั้น ลำดับที่ 214 เลข 3-7701-00234-56-7 ตรงกับบัตรทุกตัว', 'national_id')).toEqual(['3-7701-00234-56-7']);
    expect(texts('ลำดับที่ 214 เลข 3770100234567', 'national_id')).toEqual([]);
  });
});

describe('round 24: Malay and Southern insults (two writers each)', () => {
  it('holds bodoh as Thai script writes it (บอดอห์, บอเดาะ) after ไอ้ or ออแฆ (orang), and the Southern หัวขวย', () => {
    expect(texts('ไปเตือนก็หัวเราะใส่ ออแฆบอดอห์ ขอโรงเรียนเปลี่ยนคนขับเถอะ', 'insult')).toEqual(['บอดอห์']);
    expect(texts('ไอ้บอเดาะที่ขับกระบะลุยน้ำเข้ามาในกำปงเร็วๆ เมื่อคืน', 'insult')).toEqual(['ไอ้บอเดาะ']);
    expect(texts('ไอ้หัวขวยที่ไหนมาลักท่อน้ำพีวีซีหน้าสวนยาง', 'insult')).toEqual(['ไอ้หัวขวย']);
  });
  it('publishes ออแร (people) alone and ขวยเขิน (shy)', () => {
    expect(texts('ออแรในหมู่บ้านต้องไปขอน้ำบ่อ', 'insult')).toEqual([]);
    expect(texts('เด็กๆ ขวยเขินตอนขึ้นเวที', 'insult')).toEqual([]);
  });
});

describe('round 24: the old ones are elders in a list (two writers)', () => {
  it('publishes พ่อเฒ่าแม่เฒ่า and ยายตาเฒ่าๆ, and holds an old man named with his home', () => {
    expect(texts('พ่อเฒ่าแม่เฒ่าที่อยู่ผู้เดียวให้ไปนอนศาลากลางบ้านก่อน', 'person_name')).toEqual([]);
    expect(texts('ยายตาเฒ่าๆ หลายคนต้องไปตักน้ำหนองมาใช้', 'person_name')).toEqual([]);
    expect(texts('พ่อเฒ่าสอนบ้านท้ายหมู่เมาทุกคืน', 'person_name')).toEqual(['พ่อเฒ่าสอน']);
  });
});

describe('round 24: the addressee’s line and an office’s direct line in English (two writers)', () => {
  it('publishes "your own night line" in a post thanking the municipality, and "the direct line" it gave', () => {
    expect(
      texts(
        'Thanks to the Tha Wang Pha municipality disaster team. I called 1784 at 2am when the river came over the road, and your own night line 054-799-130 picked up within a minute.',
        'phone',
      ),
    ).toEqual([]);
    expect(
      texts(
        'The number listed for the disaster unit rings the front office instead, and they had to give me the direct line 073-410-268.',
        'phone',
      ),
    ).toEqual([]);
  });
  it('still holds "your number" said to a private person, and one’s own line', () => {
    expect(texts('Somchai, your number 054-799-130 is on the flyer', 'phone')).toEqual(['054-799-130']);
    expect(texts('I gave him my own line 054-799-130', 'phone')).toEqual(['054-799-130']);
  });
});

describe('round 24: hold-outs 53, 54 and 56: months, animals and elders', () => {
  it('publishes เดือนมีนา|ยอด (March’s total), a Northern ตั๋ว (ตัว) monitor lizard eating chickens', () => {
    expect(texts('บิลค่าน้ำเลขที่ 0045123 ของเดือนมีนายอดขึ้นมา 780 บาท', 'person_name')).toEqual([]);
    expect(texts('ปีนี้น้ำยมขึ้นเร็ว เหี้ยตั๋วใหญ่ขึ้นมาจากน้ำ มากินไก่ในเล้าไปสามตั๋วแล้วเจ้า', 'insult')).toEqual([]);
  });
  it('still holds มี|นาย before a name and ไอ้ตั๋วเหี้ย said of a man', () => {
    expect(texts('มีนายสมชาย ใจดี มาที่บ้าน', 'person_name')).toEqual(['นายสมชาย ใจดี']);
    expect(texts('ไอ้ตั๋วเหี้ยนั่นโกงเงิน', 'insult')).toHaveLength(1);
  });
});

describe('round 24: คุณครู and คุณหมอ before a full name', () => {
  it('holds a neighbour named คุณครู + given name + surname, and publishes the teacher in the role', () => {
    expect(texts('ร้องเรียนเพื่อนบ้านค่ะ คุณครูวาสนา แก้วประเสริฐ บ้านติดกับดิฉันในซอยหลังโรงเรียน เผาใบไม้', 'person_name')).toEqual([
      'คุณครูวาสนา แก้วประเสริฐ',
    ]);
    expect(texts('คุณครูประจำชั้นใจดีมาก', 'person_name')).toEqual([]);
    expect(texts('คุณหมอบอกว่าไม่เป็นไร', 'person_name')).toEqual([]);
  });
});

describe('round 24: hold-outs 58 and 61, read after their untuned score', () => {
  it('holds an English-order address someone from an office is asked to come to (two writers)', () => {
    expect(
      texts(
        'If anyone from the livestock office can come and tag them as vaccinated, we’re at 45/12 Moo 2, Tambon Khao Din, Amphoe Khao Phanom, the yellow house.',
        'address',
      ),
    ).toEqual(['45/12 Moo 2, Tambon Khao Din, Amphoe Khao Phanom']);
    expect(
      texts(
        'For anyone from the office who wants to look, the address is 112 Moo 3, Ban Song Khon, Tambon Song Khon.',
        'address',
      ),
    ).toEqual(['112 Moo 3, Ban Song Khon, Tambon Song Khon']);
  });
  it('publishes the office’s own address, and one forms come from', () => {
    expect(texts('Applications go to the district office, 99 Moo 1, Tambon Khao Din', 'address')).toEqual([]);
    expect(texts('Forms from the district office, 99 Moo 1, Tambon Khao Din', 'address')).toEqual([]);
  });
});

describe('round 24: Isan and Northern elders with a nickname and a place (two writers, four posts)', () => {
  it('holds พ่อใหญ่หวัน after ย้อน (because), แม่ใหญ่บัว อยู่เฮือนหลัง…, อุ๊ยคำ แม่ค้า…หน้าวัด after ฝาก', () => {
    expect(texts('ย้อนพ่อใหญ่หวันเฮือนติดหนองแวง เอาเครื่องสูบน้ำไปสูบใส่บ่อปลาตัวเองทุกมื้อ', 'person_name')).toEqual(['พ่อใหญ่หวัน']);
    expect(texts('แม่ใหญ่บัว อยู่เฮือนหลังโรงสีบ้านกำแมด อยู่ผู้เดียว', 'person_name')).toEqual(['แม่ใหญ่บัว']);
    expect(texts('แต่มีคนบอกว่าเงินที่ฝากอุ๊ยคำ แม่ค้าข้าวแคบหน้าวัด ไปถวาย บ่ถึงวัดสักบาท', 'person_name')).toEqual(['อุ๊ยคำ']);
  });
  it('publishes ย้อน|ตาแดง (pink eye) and ฝาก|ตา (asking grandpa) with no nickname and place', () => {
    expect(texts('ย้อนตาแดงหลายมื้อแล้ว', 'person_name')).toEqual([]);
    expect(texts('ฝากตาดูบ้านให้หน่อย', 'person_name')).toEqual([]);
  });
});

describe('round 24: hold-outs 58 and 61: a rating, a romanised slur', () => {
  it('publishes a rating before เลย (10/10 เลย, at all), and holds an address in Loei', () => {
    expect(texts('ที่จอดรถก็เยอะ 10/10 เลยตระการ👍', 'address')).toEqual([]);
    expect(texts('ส่งของไปที่ 45/2 จ.เลย', 'address')).toEqual(['45/2 จ.เลย']);
  });
  it('holds the romanised ขี้ยา spelled khi ya after a romanised prefix', () => {
    expect(texts('Every night the same ai khi ya sits by the temple gate in Makham asking people for money', 'insult')).toEqual([
      'ai khi ya',
    ]);
  });
});

describe('round 24: hold-outs 58 and 61: the office asked to act, a chairman, laughter', () => {
  it('holds a car wash’s address the municipality is asked to inspect, and a committee chairman’s party work', () => {
    expect(
      texts('ขอให้เทศบาลเมืองตะพานหินตรวจสอบร้านล้างรถเลขที่ 15/3 ถ.ตะพานหิน-ทับคล้อ ต.ตะพานหิน ปล่อยน้ำทิ้งลงท่อสาธารณะ', 'address'),
    ).toEqual(['เลขที่ 15/3 ถ.ตะพานหิน-ทับคล้อ ต.ตะพานหิน']);
    expect(texts('ประธานกรรมการประปาหมู่บ้านนาโส่ เพิ่นเป็นหัวคะแนนพรรคสีแดง เปิดน้ำให้แต่บ้านที่เลือกพรรคเพิ่น', 'sensitive')).toEqual([
      'เป็นหัวคะแนนพรรคสีแดง',
    ]);
  });
  it('publishes the office’s own address sent to, and 555 laughing glued to a word', () => {
    expect(texts('ขอให้ส่งเอกสารไปที่เทศบาลเมืองตะพานหิน เลขที่ 9 ถ.ตะพานหิน', 'address')).toEqual([]);
    expect(texts('ขอให้เทศบาลอย่าตัดพุ่มไม้ริมทางวิ่งเหี้ยนหมดนะ นกจะไม่มีที่อยู่555', 'address')).toEqual([]);
    expect(texts('บ้านเลขที่555 หมู่ 3', 'address')).toEqual(['บ้านเลขที่555 หมู่ 3']);
  });
});

describe('round 24: hold-outs 53, 54 and 56: an office holder thanked, a town named "two siblings"', () => {
  it('publishes a headman thanked after his office and village, and holds him named with his home', () => {
    expect(texts('ขอบคุณผู้ใหญ่บ้านหมู่ 7 บ้านนิคม ผู้ใหญ่ทองมา ที่ไปประสานรถน้ำเทศบาลมาให้ตอนน้ำบ่อแห้ง', 'person_name')).toEqual([]);
    expect(texts('ผู้ใหญ่ทองมา บ้านนิคม เมาทุกคืน', 'person_name')).toEqual(['ผู้ใหญ่ทองมา']);
  });
  it('holds a worker’s drug use at a pump in Song Phi Nong (สองพี่น้อง is a town, not two siblings)', () => {
    expect(texts('พนักงานกะดึกคนผอมๆ ของปั๊มน้ำมันตรงข้ามเทศบาลสองพี่น้อง เสพยาบ้าในห้องน้ำปั๊มแทบทุกคืน', 'sensitive')).toEqual([
      'เสพยาบ้าในห้องน้ำปั๊มแทบทุกคืน',
    ]);
    expect(texts('พี่น้องในชุมชนเป็นเบาหวานกันเยอะ', 'sensitive')).toEqual([]);
  });
});

describe('round 24: hold-outs 59 and 62, read after their untuned score', () => {
  it('holds a rice mill owner named a party’s canvasser for many terms (หลายสมัย is times, not many people)', () => {
    expect(texts('ประธานจัดงานปีนี้คือเจ้าของโรงสีข้าวหน้าวัดหนองบอน ซึ่งเป็นหัวคะแนนของพรรคหนึ่งมาหลายสมัย ทุกคนในตำบลรู้', 'sensitive')).toEqual([
      'เป็นหัวคะแนนของพรรคหนึ่งมาหลายสมัย',
    ]);
  });
  it('publishes a traffic inspector thanked after his office, a doctor praised at his hospital, a big monitor lizard', () => {
    expect(texts('ขอขอบคุณสารวัตรจราจร สภ.ตาคลี พ.ต.ต.ชยพล สิงห์คำ และทีมงาน ที่มายืนโบกรถหน้าโรงเรียนทุกเช้า', 'person_name')).toEqual([]);
    expect(
      texts(
        'Dr. Anan and the nurses at the elderly clinic of Ban Dung hospital were wonderful with my father-in-law last week.',
        'person_name',
      ),
    ).toEqual([]);
    expect(texts('เหี้ยโตเท่าขาขึ้นมาจากหนองข้างตลาดสดบ้านดุงตอนเซ้า ไล่กินไก่ชาวบ้านหมดเล้าแล้ว', 'insult')).toEqual([]);
  });
  it('still holds the doctor accused and ไอ้เหี้ย with โต after it', () => {
    expect(texts('Dr. Anan at the Ban Dung hospital was rude and drunk', 'person_name')).toEqual(['Dr. Anan']);
    expect(texts('ไอ้เหี้ยโตแล้วยังโง่', 'insult')).toHaveLength(1);
  });
});

describe('round 24: Khmer kinship words (two writers)', () => {
  it('holds มีง (aunt) with a nickname at her shop, and publishes มีงบ… (has a budget) and มีงาน', () => {
    expect(texts('มีงซกร้านขายถ่านหน้าด่านชุมพล เผาถ่านในเตาหลังร้านทุกคืน', 'person_name')).toEqual(['มีงซก']);
    expect(texts('เทศบาลมีงบซ่อมถนนหน้าวัดไหม', 'person_name')).toEqual([]);
    expect(texts('มีงานบุญหน้าวัด', 'person_name')).toEqual([]);
  });
});

describe('round 24: the new frames stay linear on hostile runs', () => {
  it('screens long runs of each new frame in linear time', () => {
    expectLinear([
      'ไอ้คwาย'.repeat(1500),
      'คwคwคw'.repeat(1500),
      'อี๑อก'.repeat(2000),
      '๑๑๑๑'.repeat(2500),
      'มีงบ มีงาน มีงซกร้าน '.repeat(600),
      'เทศบาลสองพี่น้อง พี่น้อง เสพยาบ้า '.repeat(400),
      'ที่อยู่555 '.repeat(1000),
      'ย้อนพ่อใหญ่หวันเฮือนติด อยู่เฮือนหลัง ฝากอุ๊ยคำ แม่ค้า'.repeat(250),
      'ยายแดง ลุงดำ '.repeat(900),
      'เดือนมีนายอด เหี้ยตั๋วใหญ่ '.repeat(500),
      'your own night line 054-799-130 '.repeat(350),
      'the municipality team. your line 054-799-130 '.repeat(220),
      'my friend Dick '.repeat(700),
      'อีกะ หรี่'.repeat(1200),
      'หนังสือเดินทาง เลขที่ MC418207 '.repeat(450),
      'ขาวขก4527สระแก้ว ซอย123สระบุรี '.repeat(400),
      'บ้านยายมืดมาก ถามหน่อยพี่ ใบ '.repeat(500),
      'ปี้ชายข้างบ้าน ประกวดนางสาว '.repeat(500),
      'Phu Yai Ban '.repeat(800),
      'Dr. Somchai Dental Clinic '.repeat(550),
      'Dr. Wanchai, the director of the hospital, explaining '.repeat(250),
      'ตำรวจ 2 นายมา ดาบตำรวจสักนาย '.repeat(400),
      'Khun something '.repeat(600),
      'โทรสั่งตามเบอร์ที่ติดหน้าร้าน 038-671-245 '.repeat(350),
      'เคยชักต่อหน้าผู้ปกครองหลายคน '.repeat(500),
      'เรียนกองคลังเทศบาล ชาวบ้านส่งทางไปรษณีย์ เลขที่ 9 ถนนเพชรเกษม '.repeat(200),
      'มะกับเปาะที่บ้าน'.repeat(800),
      'ขอแจ้งเรื่องบังหมาน ร้านโรตีหน้าตลาด'.repeat(450),
    ]);
  });
});
