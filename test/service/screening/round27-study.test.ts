// Round 27: what the generated families of round 27 (generators/round27-families.ts: vocabularies written by writers
// who never saw the engine, combined every part with every other) showed the engine missing or holding wrongly. Each
// rule is about the phenomenon, tested here on sentences written for this file (not the vocabularies' own), with its
// trap; the families themselves are floored in generators.test.ts.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';
import { soundVariantWords } from '../../../service/src/screening/lexicon/derive-protected.js';
import { NOT_INSULTS as SOUND_NOT_INSULTS } from '../../../service/src/screening/profanity/sound-variants.js';

describe('round 27: a number given for a service an organisation runs is the organisation’s (one in four published numbers was held)', () => {
  it('publishes a mobile given to book, ask or report at an organisation named in its sentence', () => {
    expect(texts('ใครจะพาลูกไปฉีดวัคซีนที่โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสูง โทรจองคิวก่อนได้ที่ 081-552-7310 นะคะ', 'phone')).toEqual([]);
    expect(texts('สถานีขนส่งปรับเวลารถรอบเช้าแล้ว ใครไม่แน่ใจโทรไปถามช่องขายตั๋วได้เลย 062-118-4409', 'phone')).toEqual([]);
    expect(
      texts('The international desk at Chaiyaphum Hospital answers on 093-441-2087 for appointments in English.', 'phone'),
    ).toEqual([]);
  });
  it('publishes a number whose phone phrase after it names the organisation, and a place name that begins with แม่', () => {
    expect(texts('065-221-9083 คือเบอร์ศูนย์รับแจ้งเหตุของเทศบาลที่ติดอยู่บนรถขยะคันใหม่ โทรไม่ติดเลยค่ะ', 'phone')).toEqual([]);
    expect(
      texts('Is 077 540 118 still the right number for the tourist information office at the municipality?', 'phone'),
    ).toEqual([]);
    expect(texts('ไปหาหมอฟันที่ รพ.สต.แม่ลาน้อย โทรไปจองก่อนเน่อ เบอร์ 084-330-1952', 'phone')).toEqual([]);
  });
  it('still holds the number of a person named or spoken of between the organisation and the number', () => {
    expect(texts('ลืมกระเป๋าไว้ที่สำนักงานเทศบาล ใครเก็บได้โทรหาแม่ผมด้วย 089-207-6631 ขอบคุณครับ', 'phone')).toEqual(['089-207-6631']);
    expect(texts('ป้าแจ่มร้านข้าวแกงหน้าโรงเรียนรับทำกับข้าวงานบุญ จะสั่งโทรหาป้าได้ที่ 086-771-0245', 'phone')).toEqual(['086-771-0245']);
    expect(
      texts(
        'My cousin who lives beside the school burns plastic every night; she gave us 053 237 091 but never answers.',
        'phone',
      ),
    ).toEqual(['053 237 091']);
  });
  it('still holds a number the sentence says is nobody’s published one (a negated receipt or shop number, "he wrote")', () => {
    const fake = 'มีคนแต่งชุดคล้ายพนักงานเทศบาลมาเก็บเงินค่าขยะ ไม่มีใบเสร็จ ทิ้งเบอร์ไว้ 08-1662-4735 บอกว่าไม่จ่ายจะตัดน้ำ';
    expect(texts(fake, 'phone')).toEqual(['08-1662-4735']);
    expect(texts('ร้านยางตั้งยางเก่าเต็มทางเท้า เบอร์ 083-219-6651 ที่ให้ไว้ไม่ใช่เบอร์ร้านนะคะ เป็นมือถือของเจ้าของ', 'phone')).toEqual([
      '083-219-6651',
    ]);
    expect(texts('ติดต่อเจ้าของร้านหลายครั้ง เบอร์ที่เขาเขียนไว้ในใบเสร็จคือ 09-2741-6359 ก็ไม่รับสาย', 'phone')).toEqual(['09-2741-6359']);
  });
  it('stays linear on a post of organisations, services and numbers', () => {
    expectLinear([
      'โรงพยาบาล โทรจองคิว 081-552-7310 '.repeat(300),
      'เบอร์ศูนย์ 065-221-9083 คือเบอร์ศูนย์ '.repeat(260),
      '081 234 5678 '.repeat(800),
    ]);
  });
});

describe('round 27: a separator between a letter and its own mark is a disguise (generated: 0.56 of such insults held)', () => {
  it('holds an insult whose prefix or stem has a separator before a tone mark or vowel', () => {
    expect(texts('คนขับรถขยะด่าป้าว่า อ*ีปอบ ต่อหน้าคนทั้งซอย', 'insult')).toEqual(['อ*ีปอบ']);
    expect(texts('ลุงที่ขายปลาตะโกนใส่ผมว่า บ-ักขี้ลัก ต่อหน้าคนทั้งตลาด', 'insult')).toEqual(['บ-ักขี้ลัก']);
    expect(texts('เจ้าของร้านมัน ไอ_้ปัญญาอ่อน จริงๆ', 'insult')).toEqual(['ไอ_้ปัญญาอ่อน']);
    expect(texts('ส--ัตว--์ ที่เอาขยะมาทิ้งหน้าบ้าน', 'insult')).not.toEqual([]);
  });
  it('publishes a mark written alone to explain it, and ordinary punctuation between words', () => {
    expect(texts('ไม้เอก ( ่ ) กับไม้โท ( ้ ) เขียนผิดในป้ายชื่อซอยค่ะ', 'insult')).toEqual([]);
    expect(texts('ถนน-ซอย 5 ไฟดับ, น้ำท่วม', 'insult')).toEqual([]);
  });
  it('stays linear on runs of separated marks', () => {
    expectLinear(['ก-้'.repeat(3000), 'อ *ี '.repeat(2000), 'ไ--อ--้--'.repeat(1200)]);
  });
});

describe('round 27: an insult reported as said at someone is aimed (generated frames: every unaimed-tier insult in them was published)', () => {
  it('holds a word after a scolding verb and ว่า/ใส่, with a short object between', () => {
    expect(texts('เจ้าหน้าที่ยังด่ายายว่า อีเวร ต่อหน้าคนอื่น', 'insult')).toEqual(['อีเวร']);
    expect(texts('พอถามเรื่องใบเสร็จก็ด่าว่า เด็กเปรต', 'insult')).toEqual(['เปรต']);
    expect(texts('The man at the door shouted "moron" at me twice.', 'insult')).toEqual(['moron']);
    expect(texts('The officer told my father "get lost, scumbag" when he asked for a receipt.', 'insult')).toEqual(['scumbag']);
    expect(texts('He called me a moron in front of the queue.', 'insult')).toEqual(['moron']);
  });
  it('publishes the insulting words named (graffiti), a scolding about an animal, a place called by a name, a romanised word in quotes', () => {
    expect(texts('มีคนเขียนคำด่าผู้ใหญ่บ้านว่า ขี้ตั๋ว บนกำแพงศาลา ช่วยทาสีทับด้วย', 'insult')).toEqual([]);
    expect(texts('ป้าข้างบ้านด่าว่าหมาผมเห่าดังทั้งคืน', 'insult')).toEqual([]);
    expect(texts('ชาวบ้านเรียกว่าสะพานควาย เพราะควายเดินข้ามทุกเช้า', 'insult')).toEqual([]);
    expect(texts("My neighbour says it's a 'hia' and nobody should touch it.", 'insult')).toEqual([]);
  });
});

describe('round 27: Khmer-prefixed and Malay insults of the southern and Khmer-speaking provinces (generated vocabulary)', () => {
  it('holds อา + crazy, stupid, blind or thief, and the Malay anak haram (not อาจแก: อาจแกล้ง, อาจแก้ are everyday words)', () => {
    for (const word of ['อาชกวด', 'อาลงง', 'อาขวัก', 'อาโจร', 'อาเนาะฮารัม'])
      expect(texts(`คนขับรถสองแถวด่าแม่ผมว่า ${word} ต่อหน้าคนทั้งตลาด`, 'insult'), word).not.toEqual([]);
  });
  it('publishes อา (aunt, uncle) before an ordinary word and ฮารัม (forbidden) alone', () => {
    expect(texts('อาโจ้ขายข้าวแกงอยู่หน้าโรงเรียน', 'insult')).toEqual([]);
    expect(texts('อาหารร้านนี้ไม่ฮารัมแน่นอน มีตราฮาลาล', 'insult')).toEqual([]);
  });
});

describe('round 27: a vowel no word writes twice is chat’s drawn-out spelling (ป้าา: kinship names were missed)', () => {
  it('reads ป้าา, ลุงง… as the kinship word and holds the name it places', () => {
    expect(texts('ป้าาอุ่น ร้านซ่อมมอเตอร์ไซค์ตรงข้ามปั๊มน้ำมัน ตั้งของล้นทางเท้าทุกวัน', 'person_name')).toEqual(['ป้าาอุ่น']);
  });
  it('publishes a drawn-out clean post', () => {
    expect(screenText('ขอบคุณค่าา ไฟถนนซ่อมเสร็จแล้วว สว่างมากกก').verdict).toBe('clean');
  });
});

describe('round 27: a finder’s request (ใครเจอ, ใครเก็บได้, if found) makes the number the poster’s, as a missing-person notice does', () => {
  it('holds the owner’s mobile although a municipal place is named in the sentence', () => {
    const cat = 'ใครเจอแมวสีส้มหางกุดแถวตลาดเทศบาลบอกหน่อยค่าา หายไปสามวันแล้ว โทร ๐๘๖-๑๒๓-๔๕๖๗ หรือทักมาก็ได้';
    expect(texts(cat, 'phone')).toEqual(['๐๘๖-๑๒๓-๔๕๖๗']);
    expect(texts('Lost a blue wallet near the town hall. If found, please call 081 444 2190.', 'phone')).toEqual([
      '081 444 2190',
    ]);
  });
  it('still publishes an office named in the number’s own phrase', () => {
    expect(texts('ใครเจอสุนัขจรจัดดุร้าย แจ้งศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลโทร 044-611-200', 'phone')).toEqual([]);
  });
});

describe('round 27: s.26 words the generated facts used that the lexicon lacked (sexual 0.59, politics 0.60, religion 0.77 held)', () => {
  it('holds them said of a person placed by role', () => {
    expect(texts('ยามหน้าตลาดสดเทศบาลชอบไปเที่ยวซ่องตอนเลิกงาน', 'sensitive')).not.toEqual([]);
    expect(texts('คนขับรถขยะสายตลาดเช้ารักเพศเดียวกัน ชาวบ้านนินทากันทั้งซอย', 'sensitive')).not.toEqual([]);
    expect(texts('The night guard at the bus terminal pays for sex at the karaoke bars.', 'sensitive')).not.toEqual([]);
    expect(texts('แม่ค้าขายหมูเจ้าที่สองในตลาดสดบ่เชื่อเรื่องศาสนาอีหยังเลย', 'sensitive')).not.toEqual([]);
    expect(texts('ช่างตัดผมร้านหน้าวัดเป็นด้อมส้มตัวจริง', 'sensitive')).not.toEqual([]);
  });
  it('publishes them said of nobody, and separatists as the attackers in the news', () => {
    expect(texts('กฎหมายสมรสเพศเดียวกันผ่านแล้ว เทศบาลจะจัดงานให้ความรู้ไหมคะ', 'sensitive')).toEqual([]);
    expect(texts('ครูโรงเรียนบ้านบาเจาะถูกขบวนการแบ่งแยกดินแดนยิงเมื่อวาน ขอเพิ่มเวรยาม', 'sensitive')).toEqual([]);
    expect(texts('ทำไมวินมอไซค์ไม่ต้องตรวจฉี่หาสารเสพติดเหมือนคนขับรถตู้', 'sensitive')).toEqual([]);
  });
});

describe('round 27: facts of nobody a reader could point at (generated subjects that identify nobody: 0.12 held)', () => {
  it('publishes a fact of a person the post says it does not know', () => {
    expect(texts('ผู้ชายคนหนึ่งที่ผมไม่รู้จัก เป็นลมชักล้มอยู่หน้าห้องน้ำ ขอให้มีเจ้าหน้าที่ประจำ', 'sensitive')).toEqual([]);
    expect(
      texts("Some guy I'd never seen before had a seizure by the bus shelter; please put a first-aid kit there.", 'sensitive'),
    ).toEqual([]);
  });
  it('publishes the poster’s own child named by birth order or with เอง', () => {
    expect(texts('ลูกสาวคนเล็กของผม เป็นออทิสติก อยากทราบว่ามีศูนย์ฝึกในอำเภอไหม', 'sensitive')).toEqual([]);
    expect(texts('ลูกชายข่อยเอง ติดยาบ้า อยากพาไปบำบัด ต้องติดต่อไผ', 'sensitive')).toEqual([]);
  });
  it('still holds a stranger placed at their work, a role whose name the poster does not know, another’s eldest son', () => {
    expect(texts('ยามหน้าตลาดสดที่ผมไม่รู้จักชื่อ ติดยาบ้า', 'sensitive')).not.toEqual([]);
    expect(texts('ลูกชายคนโตของป้าแดงร้านข้าวแกงหน้าตลาด ติดยาบ้า', 'sensitive')).not.toEqual([]);
  });
});

describe('round 27: royal-descendant and Hajj titles, and น.ส. written spaced (generated named persons)', () => {
  it('holds the title with the name', () => {
    expect(texts('ม.ร.ว.ทิพยวดี ศรีธวัช ปลูกกอไผ่ล้ำแนวเขตออกมาทางเดินริมน้ำ', 'person_name')).toEqual(['ม.ร.ว.ทิพยวดี ศรีธวัช']);
    expect(texts('หะยีมะรอนิง สาและ เลี้ยงแพะปล่อยเดินบนถนนหน้ามัสยิด', 'person_name')).toEqual(['หะยีมะรอนิง สาและ']);
    expect(texts('น. ส. จิราพร คำแสน ขนดินมาถมที่จนดินไหลลงคูน้ำ', 'person_name')).toEqual(['น. ส. จิราพร คำแสน']);
  });
});

describe('round 27: a kinship name, one space, then the clause of where the person works (generated: 0.85 held)', () => {
  it('holds the name when ที่, ผู้ที่ or คนที่ opens the clause after a space', () => {
    expect(texts('บังอาลี ที่ขายประฮกหน้าวัดบ้านจารพัต เอาขี้ไก่มาทิ้งข้างทาง', 'person_name')).toEqual(['บังอาลี']);
    expect(texts('โต๊ะคำ ผู้ที่เลี้ยงควายอยู่ท่งนาหลังโฮงเฮียน ปล่อยควายเดินบนถนน', 'person_name')).toEqual(['โต๊ะคำ']);
  });
  it('publishes many people, a young man by his trade, and ๆ before the clause', () => {
    expect(texts('บังๆ ก๊ะๆ ที่ขายของละศีลอดในตลาดใหม่ ขอเปิดแผงถึงหนึ่งทุ่ม', 'person_name')).toEqual([]);
    expect(texts('ไอ้บ่าวที่ขับรถเก็บขยะเทศบาลสายตลาดเช้า ขยันมาก ขอชม', 'person_name')).toEqual([]);
    expect(texts('พ่อใหญ่หลายบ้านที่ทำนาอยู่ทุ่งหลังวัด ขอให้ขุดลอกคลอง', 'person_name')).toEqual([]);
  });
});

describe('round 27: an English kinship name placed by a trade or a bar, a gym, a pharmacy (generated English kinship places)', () => {
  it('holds the name', () => {
    expect(texts('Uncle Maew who has the little bar on the riverside road puts concrete blocks out.', 'person_name')).toEqual([
      'Uncle Maew',
    ]);
    expect(texts('Pee Tom, the trainer at the little gym in Kham Khuean Kaeo, plays music all night.', 'person_name')).toEqual([
      'Pee Tom',
    ]);
  });
  it('publishes a kinship word with "the other day"', () => {
    expect(texts('Uncle Sam, the other day at the market, said hello to everyone.', 'person_name')).toEqual([]);
  });
});

describe('round 27: a kinship name and a clause of where the person raises animals, farms or sells (generated)', () => {
  it('holds the name and the fact about the person', () => {
    const elephant = 'ตาเพ็ชร ที่เลี้ยงช้างอยู่บ้านตากลาง ท่าตูม ติดยาบ้า ช่วยมาดูด้วย';
    expect(texts(elephant, 'person_name')).toEqual(['ตาเพ็ชร']);
    expect(texts(elephant, 'sensitive')).not.toEqual([]);
    expect(texts('แม่ใหญ่คำปุ่น ผู้ขายข้าวจี่อยู่ปากทางเข้าวัดป่า ปล่อยน้ำเสียลงคลอง', 'person_name')).toEqual(['แม่ใหญ่คำปุ่น']);
  });
  it('publishes a shop named after him that stands there, and a crocodile at a farm', () => {
    expect(texts('คิวยาวไปถึงหน้าร้านข้าวมันไก่ลุงเอกที่อยู่ปากทางเข้า', 'person_name')).toEqual([]);
    expect(texts('ไอ้เข้ที่ฟาร์มจระเข้หลุดลงคลองจริงป่าว เด็กๆ ไปเล่นน้ำกันเยอะ', 'person_name')).toEqual([]);
  });
});

describe('round 27: an elder spoken of by what they sell and where, and the Isan cattle raiser (generated s.26 subjects)', () => {
  it('holds the fact about them', () => {
    expect(texts('แม่เฒ่าที่ขายขนมจีนอยู่หน้าโรงเรียนระโนดวิทยา เป็นวัณโรคระยะแพร่เชื้อ', 'sensitive')).not.toEqual([]);
    expect(texts('คนเลี้ยงงัวอยู่ท้ายบ้านโคกกลาง ติดยาบ้าหนักมาก', 'sensitive')).not.toEqual([]);
  });
  it('publishes the same elder with a fact about no one', () => {
    expect(texts('แม่เฒ่าที่ขายขนมจีนอยู่หน้าโรงเรียนบอกว่าปีนี้มีคนเป็นไข้เลือดออกหลายคน', 'sensitive')).toEqual([]);
  });
});

describe('round 27: the municipality’s area and an English owner are no office (generated private numbers)', () => {
  it('holds the number of a poster who lives in the municipal area, and the owner’s number after the municipality', () => {
    expect(texts('ใครจะขายจักรยานมือสอง ผมอยู่ในเขตเทศบาลนี่แหละ โทร/ไลน์ 08-5357-5985 ครับ', 'phone')).toEqual(['08-5357-5985']);
    const rooster = "Just a word from the municipality, please; the owner's number is 06-8989-8268.";
    expect(texts(rooster, 'phone')).toEqual(['06-8989-8268']);
  });
  it('still publishes the municipality’s own line', () => {
    expect(texts('ติดต่อสำนักงานเทศบาลได้ที่ 045-611-234 ในเวลาราชการ', 'phone')).toEqual([]);
  });
});

describe('round 27: an insult respelled as it sounds, after a prefix (generated, disguised by hand: 0.77 held)', () => {
  it('holds the final written by its sound, ำ as ัม, a cluster’s ร dropped, a tone moved', () => {
    expect(texts('คนขับรถด่าผมว่า ไอ้ระยัม ต่อหน้าคนทั้งตลาด', 'insult')).toEqual(['ไอ้ระยัม']);
    expect(texts('เจ้าหน้าที่มัน ไอ้จันไร จริงๆ', 'insult')).toEqual(['ไอ้จันไร']);
    expect(texts('พอบอกดีๆ ก็ด่ากลับว่า ไอ้เปด', 'insult')).toEqual(['ไอ้เปด']);
  });
  it('publishes the same sounds with no prefix, and a shop called อีเปรี้ยว', () => {
    expect(texts('เทศบาลช่วยจัดระเบียบทางเท้าหน้าร้าน "อีเปรี้ยว" ด้วยค่ะ', 'insult')).toEqual([]);
    expect(texts('อีเว้นท์ปีนี้จัดที่ลานวัด มีเวทีดนตรี', 'insult')).toEqual([]);
  });
  it('keeps out of the sound spellings every dictionary word', () => {
    expect([...SOUND_NOT_INSULTS]).toEqual(soundVariantWords());
  });
});

describe('round 27: a kinship word that begins a dictionary word is no name, whatever clause follows (ตาม|เบอร์ที่อยู่ป้าย…)', () => {
  it('publishes the clinic’s number read after ตาม', () => {
    expect(screenText('โทรไปถาม รพ.สต. ตามเบอร์ที่อยู่ป้ายหน้าอนามัย 045-812-334 แล้ว').verdict).toBe('clean');
  });
  it('still holds ตาแดง with the clause of where he sells', () => {
    expect(texts('ตาแดงที่ขายของอยู่หน้าวัด ปล่อยน้ำเสียลงคลอง', 'person_name')).toEqual(['ตาแดง']);
  });
});

describe('round 27: a number a person left or gave is theirs, whatever organisation the sentence names', () => {
  it('holds the landlord’s number left with a shop', () => {
    const left = 'เจ้าของห้องเช่าฝากเบอร์ไว้กับร้านค้าว่า ๐๘๑ ๕๕๗ ๓๐๒๖ ถ้าเทศบาลจะเข้าไปตรวจก็โทรนัดเขาก่อนได้';
    expect(texts(left, 'phone')).toEqual(['๐๘๑ ๕๕๗ ๓๐๒๖']);
  });
});

describe('round 27: contacts written the odd ways people write them (generated: 0.86 held)', () => {
  it('holds a phone of digits and digit words mixed, and one with O and l for 0 and 1', () => {
    expect(texts('ถ้าช่างจะมา โทรหาหนูได้ 09 สอง 4 เจ็ด 1 ศูนย์ 38 หก นะคะ', 'phone')).toEqual(['09 สอง 4 เจ็ด 1 ศูนย์ 38 หก']);
    expect(texts('Call me back on O8l 224 9O37 after six.', 'phone')).toEqual(['O8l 224 9O37']);
  });
  it('holds an e-mail with แอด for at', () => {
    expect(texts('ส่งแบบฟอร์มมาที่ jeab_krabi แอด hotmail จุด com ได้เลย', 'email')).toEqual(['jeab_krabi แอด hotmail จุด com']);
  });
  it('publishes days and hours said in words, room numbers with O, and แอด as admin or add', () => {
    expect(screenText('ไปสองสามวันแล้ว หกโมงเย็น 5 คน ยังไม่มีใครมาดู').verdict).toBe('clean');
    expect(screenText('Room 1O1 and room 2O2 are free; flight TG 1O2 at 08:30').verdict).toBe('clean');
    expect(screenText('แอดไลน์ร้านได้เลย แอดมินตอบไว').verdict).toBe('clean');
  });
  it('stays linear on runs of digits, letters and digit words', () => {
    expectLinear(['0 '.repeat(5000), '0o'.repeat(5000), '0 l '.repeat(2500), 'ศูนย์ 1 '.repeat(1250)]);
  });
});

describe('round 27: the Hajj title is a sign title (as ครู, หมอ): a person with a second sign', () => {
  it('publishes pilgrims in general and an elder thanked by the title alone', () => {
    expect(texts('ปีนี้หะยีหลายคนจากกำปงเดินทางไปมักกะฮ์แล้ว ขอให้เทศบาลดูแลบ้านที่ว่าง', 'person_name')).toEqual([]);
    expect(texts('ขอบคุณหะยีอาแว ที่ช่วยจัดงานเมาลิดให้ชุมชน', 'person_name')).toEqual([]);
  });
});
