// Issue 12, round 3, personal-data side: s.26 facts in dialect and indirect phrasing about one person, the fact's
// whole phrase covered; kinship + nickname names and what is not one; numbers outside the Thai templates. One
// behaviour per test, with hostile and odd input; the fresh posts (round3/pii-fresh.jsonl, tuned on) and the round-3
// generated families held at the level reached, spans covered as well as found.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round3PiiFamilies } from './generators/round3-pii-families.js';
import { loadLabelledPosts, piiCovered, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const findings = (text: string, type?: string) => screenText(text).findings.filter((f) => !type || f.type === type);
const texts = (text: string, type: string) => findings(text, type).map((f) => f.text);
const verdict = (text: string) => screenText(text).verdict;

describe('s.26 facts phrased indirectly or in dialect', () => {
  it('holds euphemisms for prison, HIV, psychiatric care and rehab about a person identified by role and place', () => {
    for (const [text, span] of [
      ['คนเฝ้าประตูโรงงานน้ำแข็ง เพิ่งได้ออกจากเรือนจำกลาง', 'เพิ่งได้ออกจากเรือนจำกลาง'],
      ['แม่ค้าขายกล้วยทอดหน้าอนามัย กินยาต้านไวรัสมาหลายปี', 'กินยาต้านไวรัสมาหลายปี'],
      ['ช่างซ่อมรถอู่ท้ายซอย เคยถูกส่งตัวไปโรงพยาบาลจิตเวช', 'เคยถูกส่งตัวไปโรงพยาบาลจิตเวช'],
      ['คนขับรถตู้ท่ารถหน้าตลาด ผลเลือดออกมาเป็นบวก', 'ผลเลือดออกมาเป็นบวก'],
    ])
      expect(texts(text!, 'sensitive'), text).toEqual([span]);
  });

  it('reads บ่ for ไม่ in every trigger (Isan and Northern)', () => {
    expect(texts('ยามโรงเรียนบ้านโนนเพิ่นสติบ่ค่อยดีเด้อ', 'sensitive')).toEqual(['สติบ่ค่อยดีเด้อ']);
    expect(findings('ยามโรงเรียนบ้านโนนเพิ่นสติบ่ดี', 'sensitive')[0]!.rule).toMatch(/^sensitive\.health\+/);
  });

  it('covers the auxiliaries and light verbs before the trigger, not the person before them', () => {
    expect(texts('คนขับรถขยะของเทศบาล เคยเข้าไปนอนในคุกมาสองปี', 'sensitive')).toEqual(['เคยเข้าไปนอนในคุกมาสองปี']);
    expect(texts('ครูสอนศิลปะโรงเรียนวัดกลาง ไปหาหมอโรคจิตทุกอาทิตย์', 'sensitive')).toEqual(['ไปหาหมอโรคจิตทุกอาทิตย์']);
  });

  it('runs on over a second clause of the same fact, and stops at one about something else', () => {
    expect(texts('ภารโรงโรงเรียนวัดเหนือเป็นโรคจิต ต้องกินยาทุกวัน', 'sensitive')).toEqual(['เป็นโรคจิต ต้องกินยาทุกวัน']);
    expect(texts('ยามหน้าตลาดสดติดยา ไปแจ้งตำรวจแล้ว', 'sensitive')).toEqual(['ติดยา']);
  });

  it('covers an English fact phrase with its leads, numbers and closing noun', () => {
    expect(texts('The night guard at the condo served two years in jail, be careful', 'sensitive')).toEqual([
      'served two years in jail',
    ]);
    expect(texts('The cook at the school canteen is on antiretroviral drugs.', 'sensitive')).toEqual([
      'is on antiretroviral drugs',
    ]);
  });

  it('treats หลายปี as a duration, not many people', () => {
    expect(verdict('คนขายหมูปิ้งหน้าโรงเรียนติดเชื้อเอชไอวีมาหลายปี')).toBe('hold');
    expect(verdict('วัยรุ่นหน้าโรงเรียนติดยาหลายคน')).toBe('clean');
  });

  it('publishes a denied fact even about a role in a place with a locating word', () => {
    expect(verdict('แม่ค้าขายผักหน้าโรงพักไม่เคยติดคุกอย่างที่ลือกัน')).toBe('clean');
  });

  it("publishes the poster's own health and their own relative's, but not their neighbour's", () => {
    expect(verdict('ผมเป็นเบาหวานต้องไปฟอกไต ขอที่จอดรถใกล้ทางเข้าสำนักงานเขต โทร 081-234-5678')).toBe('clean');
    expect(verdict('ยายผมเป็นอัมพาต ขอรถรับส่งไปโรงพยาบาลด้วยค่ะ')).toBe('clean');
    expect(verdict('I have depression myself and the karaoke next door keeps me awake')).toBe('clean');
    expect(verdict('เพื่อนบ้านผมเป็นโรคจิต ตะโกนทั้งคืน')).toBe('hold');
  });

  it('holds a named fact only near its name: a long post signed with a phone far from an anonymous illness', () => {
    const filler = 'ถนนเส้นนี้เป็นหลุมเป็นบ่อมานานมาก รถจักรยานยนต์ล้มบ่อย '.repeat(8);
    expect(findings(`นายสมหมาย ใจดี แจ้งว่า ${filler} ผู้ป่วยติดเตียงในซอยลำบาก`, 'sensitive')).toEqual([]);
    expect(findings('นายสมหมาย ใจดี ติดเชื้อเอชไอวี', 'sensitive')[0]!.rule).toBe('sensitive.health+identified');
  });

  it('leaves ordinary words that begin like a new trigger alone', () => {
    expect(verdict('The new method at the school gate works well, thanks to the guard')).toBe('clean');
    expect(verdict('บอดี้การ์ดหน้าผับ ซอย 5 ยืนขวางทางเดิน')).toBe('clean');
    expect(verdict('บ่อบำบัดน้ำเสียของตลาดส่งกลิ่นเหม็น')).toBe('clean');
  });
});

describe('kinship + nickname', () => {
  it('covers a surname after a nickname, and not a verb or a place', () => {
    expect(texts('น้าหมู สมบุญ ร้านซ่อมรถหน้าตลาดเทน้ำมันลงคลอง', 'person_name')).toEqual(['น้าหมู สมบุญ']);
    expect(texts('ลุงดำ ตะโกนด่าทุกคืน บ้านท้ายซอย', 'person_name')).toEqual(['ลุงดำ']);
    expect(texts('ป้าแต๋ว ร้านข้าวแกงปากซอย', 'person_name')).toEqual(['ป้าแต๋ว']);
  });

  it('covers the relation or honorific written before a strong kinship word', () => {
    expect(texts('ลูกสาวของป้าแดงบ้านท้ายซอยเปิดเพลงดัง', 'person_name')).toEqual(['ลูกสาวของป้าแดง']);
    expect(texts('คุณป้าแต๋ว ร้านข้าวแกงปากซอย', 'person_name')).toEqual(['คุณป้าแต๋ว']);
  });

  it('reads a name ending in a verb syllable before a place (บุญมา, บุญมี)', () => {
    expect(texts('เจ๊บุญมาร้านของชำเอาของวางบนทางเท้า', 'person_name')).toEqual(['เจ๊บุญมา']);
  });

  it('names people by Chinese-Thai, Southern and Northern kinship words with a place', () => {
    expect(texts('อาซิ้มแดงร้านทองเปิดเพลงดัง', 'person_name')).toEqual(['อาซิ้มแดง']);
    expect(verdict('บ่าวนุ้ยร้านน้ำชาหน้าปอเนาะจอดรถขวาง')).toBe('hold');
    expect(verdict('ปี้คำร้านข้าวซอยหน้ากาดเปิดเพลงดัง')).toBe('hold');
  });

  it('publishes kinship words that address the reader or an official', () => {
    for (const text of [
      'พี่แอดมินคะ สอบถามเรื่องจ่ายค่าน้ำออนไลน์',
      'ป้อหลวงเจ้า ถนนเข้าบ้านเป็นหลุม',
      'น้องเจ้าหน้าที่ครับ ไฟทางดับ',
      'ลุงแดงครับ ช่วยบอกเทศบาลด้วย',
    ])
      expect(verdict(text), text).toBe('clean');
  });

  it('publishes generic kinship: plural, unnamed, a verb after the kinship word, a statue named after a person', () => {
    for (const text of [
      'ลุงแถวนี้หลายคนอยากให้มีรถรับส่ง',
      'แม่อุ๊ยหลายคนบ่มีคนดูแล',
      'ป้าเดินมาถามทางไปเทศบาล',
      'ลานย่าโมคนเยอะมาก ขอเพิ่มถังขยะ',
      'ป้ายรถเมล์หน้าโรงเรียนล้ม',
    ])
      expect(verdict(text), text).toBe('clean');
  });
});

describe('numbers and addresses outside the Thai templates', () => {
  it('covers a romanised village after an English moo', () => {
    expect(texts('Khun Malee Srisuk at 12 Moo 5, Ban Pong burns rubbish', 'address')).toEqual(['12 Moo 5, Ban Pong']);
    expect(texts('45 Moo 2, ban the trucks please', 'address')).toEqual(['45 Moo 2']);
  });

  it('ends an address where a phone found before it begins, and reads M.4 as a moo only with its number', () => {
    expect(texts('house 12 moo 4 tambon bang phut 081 234 5678', 'address')).toEqual(['12 moo 4 tambon bang phut']);
    expect(texts('45/2 M.3 Tiwanon Road', 'address')).toEqual(['45/2 M.3 Tiwanon Road']);
    expect(verdict('a 3 m. hole at soi 5 near the market')).toBe('clean');
  });

  it('names a Khun only with a surname', () => {
    expect(texts('Khun Malee Srisuk at 12 Moo 5 burns rubbish', 'person_name')).toEqual(['Khun Malee Srisuk']);
    expect(texts('khun can you fix the light at 12 Moo 5', 'person_name')).toEqual([]);
  });

  it('covers a romanised province after a truck plate', () => {
    expect(texts('A truck 82-4417 Khon Kaen dumped sand on our soi', 'license_plate')).toEqual(['82-4417 Khon Kaen']);
  });

  it('finds passports far after the word in English, or before it, and mixed codes only next to it', () => {
    expect(texts('My passport, renewed at the embassy in Bangkok last spring, has number 123456789', 'passport')).toEqual([
      '123456789',
    ]);
    expect(texts('C01X00T47 is my passport number', 'passport')).toEqual(['C01X00T47']);
    // Four digits among nine (hold-out 17): still a passport's, next to the word; three are a code's.
    expect(texts('The hotel photocopied my passport C7F2K9L4R and left it on the desk', 'passport')).toEqual(['C7F2K9L4R']);
    expect(texts('The hotel photocopied my passport at desk C7FXK9LAR', 'passport')).toEqual([]);
    expect(texts('the visa office at soi 5 closes at 4pm, queue 123456789', 'passport')).toEqual([]);
  });

  it('finds a LINE handle after ชื่อ/มาได้ที่, =, an arrow', () => {
    for (const [text, id] of [
      ['แอดไลน์มาได้ที่ mamuang_2521 นะคะ', 'mamuang_2521'],
      ['ไลน์ชื่อ pimpim88 ค่ะ', 'pimpim88'],
      ['Line👉 ploy.ja', 'ploy.ja'],
      ['ไลน์ = ton_bkk', 'ton_bkk'],
    ])
      expect(texts(text!, 'line_id'), text).toEqual([id]);
    expect(verdict('ต่อแถวไลน์ที่ 2 ของรถเมล์')).toBe('clean');
  });

  it('finds a handle after "on LINE," but no word and no phone there (hold-outs 17 and 18)', () => {
    expect(texts('Anyone who wants to join can add me on LINE, lipe_mike77, and I will send the details', 'line_id')).toEqual([
      'lipe_mike77',
    ]);
    expect(verdict('I asked them on LINE, nobody answered for 3 days')).toBe('clean');
    // The estate office's 24-hour line, with the sentence's full stop after it: a phone's shape, the office's.
    expect(texts('the Industrial Estate office has a 24-hour line, 038-683-100. They came at once', 'line_id')).toEqual([]);
  });
});

describe('hostile and odd input', () => {
  it('reads zero-width characters and Thai digits inside a fact and a name', () => {
    expect(verdict('ยามหน้าตลาด\u200bเพิ่งออกจากเรือน\u200bจำ')).toBe('hold');
    expect(texts('น้าหมู สมบุญ ร้านซ่อมรถหน้าตลาด บ้านเลขที่ ๑๒/๓ หมู่ ๔', 'person_name')).toEqual(['น้าหมู สมบุญ']);
    expect(texts('รถสิบล้อ ๘๒-๔๔๑๗ Khon Kaen', 'license_plate')).toEqual(['๘๒-๔๔๑๗ Khon Kaen']);
  });

  it('keeps huge runs of leads, relations, villages and LINE fillers linear', () => {
    expectLinear([
      'เคยเข้าไปนอนใน'.repeat(700),
      'เคยเข้าไปนอนในคุก ต้องกินยา '.repeat(400),
      'ลูกสาวของป้า'.repeat(800),
      '12 moo 5, ban nong '.repeat(500),
      'ไลน์ของพี่ชื่อ '.repeat(700),
      'passport a1b2c3d4e '.repeat(500),
    ]);
  });
});

describe('round 4: s.26 vocabulary, chat kinship, new handle and number forms', () => {
  it('holds each s.26 category in slang, dialect, euphemism and English about a person identified by role', () => {
    for (const [text, span] of [
      ['ช่างตัดผมร้านข้างวัดหนองแวง ดูดน้ำแข็งทุกคืน', 'ดูดน้ำแข็งทุกคืน'],
      ['ยามกะดึกของโรงเรียนบ้านโคก เป็นบ้าเป็นบอ', 'เป็นบ้าเป็นบอ'],
      ['ครูพละหลังตลาดสดเทศบาล เลิกนับถือพุทธไปเข้าลัทธิ', 'เลิกนับถือพุทธไปเข้าลัทธิ'],
      ['คนเฝ้าลานจอดรถหน้าโรงพัก เพิ่งพ้นคุกออกมา', 'เพิ่งพ้นคุกออกมา'],
      ['The mechanic at the garage behind Big C was locked up for selling meth', 'was locked up for selling meth'],
      ['FYI the guy who sells coffee in front of city hall is HIV positive', 'is HIV positive'],
    ])
      expect(texts(text!, 'sensitive'), text).toEqual([span]);
  });

  it('covers the body part before a disability and an English fact ending in a preposition', () => {
    expect(texts('คนขายล็อตเตอรี่หน้าเซเว่นสาขาตลาดเก่า ขาพิการ', 'sensitive')[0]).toMatch(/^ขาพิการ/);
    expect(texts('The cleaner at the town library got pregnant by a married man', 'sensitive')).toEqual([
      'got pregnant by a married man',
    ]);
  });

  it('reads a kinship name across chat particles, emoji and a laugh before its place', () => {
    expect(texts('เจ๊เล็กนะคะ บ้านหลังสีเขียวซอย 3 ติดยา', 'person_name')).toEqual(['เจ๊เล็ก']);
    expect(texts('ป๋าเล็ก 🙄 บ้านท้ายกำปง ติดยา', 'person_name')).toEqual(['ป๋าเล็ก']);
    // โต๊ะ, a Southern grandparent or a table: with a place only, a person when a fact follows.
    expect(findings('โต๊ะเล็ก 🙄 บ้านท้ายกำปง เมายาบ้าทั้งวัน', 'person_name')[0]!.rule).toBe('person_name.kinship+place+fact');
    expect(verdict('โต๊ะหินอ่อนหน้าบ้านพัง')).toBe('clean');
    expect(texts('พี่แมว 555 บ้านริมคลองหลังวัด เป็นตุ๊ด', 'person_name')).toEqual(['พี่แมว']);
    expect(verdict('ลุงแดงครับ ช่วยบอกเทศบาลด้วย')).toBe('clean');
    expect(verdict('น้องหมา 🐶 ตัวนี้หลงทาง ใครเป็นเจ้าของ')).toBe('clean');
    expect(verdict('น้องหมาบ้านท้ายซอยกัดคน')).toBe('clean');
  });

  it('names people by Latin kinship words with a place', () => {
    expect(texts("P'Noi at the laundry on Soi 9 is on parole", 'person_name')).toEqual(["P'Noi"]);
    expect(texts('Jeh Daeng at the laundry on Soi 9 is gay', 'person_name')).toEqual(['Jeh Daeng']);
    // Romanised kinship words that are also words name someone only with a capital (Lung Dam, not Lung cancer).
    for (const text of [
      'Lung cancer from the factory smoke at Soi 5 is a worry',
      'The PA system at the market is too loud',
      'Yai market at Soi 3 floods every year',
      'Pee wee from the shop',
    ])
      expect(findings(text, 'person_name'), text).toEqual([]);
  });

  it('finds LINE handles after a name and a bracket, with @ after คือ, and with a year after a space', () => {
    for (const [text, id] of [
      ['แอดไลน์พลอย (ploy_ploy55) มาคุยเรื่องห้องเช่า', 'ploy_ploy55'],
      ['ไลน์ผมครับ [tonkla.99] นะ', 'tonkla.99'],
      ['ไอดีไลน์เจ้าของหมา คือ @mali2020 นะ', '@mali2020'],
      ['ใครเจอติดต่อไลน์ nuch 1988 ครับ', 'nuch 1988'],
    ])
      expect(texts(text!, 'line_id'), text).toEqual([id]);
    for (const text of ['ส่งไลน์บอก admin แล้ว', 'พี่ๆ เจ้าหน้าที่คะ ไลน์ของเทศบาลคือ @thesaban_nonthai ใช่ไหมคะ'])
      expect(findings(text, 'line_id'), text).toEqual([]);
    expect(texts('ไลน์ som 081 234 5678', 'phone')).toEqual(['081 234 5678']);
  });

  it('reads +66 with a bracketed zero and brackets around an area code', () => {
    expect(texts('โทรหาเจ้าของรถได้ที่ +66(0)86-428-5039 ครับ', 'phone')).toEqual(['+66(0)86-428-5039']);
    expect(verdict('Please call the city hall hotline 1555 or 02 123 4567 ext 12 for permits')).toBe('clean');
  });

  it('covers room, floor and building before an English address, and a named road before its soi', () => {
    expect(texts('My neighbour in Room 305, 3rd Floor, Baan Suan Condo, 99 Soi Ladprao 15 plays loud music', 'address')).toEqual([
      'Room 305, 3rd Floor, Baan Suan Condo, 99 Soi Ladprao 15',
    ]);
    expect(texts('at Building B, Room 211, Lumpini Place, Rama 9 Road plays music', 'address')).toEqual([
      'Building B, Room 211, Lumpini Place, Rama 9 Road',
    ]);
    expect(texts('the shop at 23 Ratchadamnoen Road, Soi 4 dumps oil', 'address')).toEqual(['23 Ratchadamnoen Road, Soi 4']);
    expect(verdict('The new condo on Soi 15 has 8 floors and 300 rooms but no parking')).toBe('clean');
  });

  it("publishes a fact that is a titled official's programme or topic, and locating words that point at nobody", () => {
    for (const text of [
      'ท่านนายกเทศมนตรีสมศักดิ์ เปิดโครงการตรวจคัดกรองเบาหวานและความดันฟรีที่ศาลาประชาคม ขอบคุณมากครับ',
      'ขอบคุณหมอเก่ง ผอ.รพ.สต. ที่มาให้ความรู้เรื่องโรคเอดส์กับเด็กนักเรียนค่ะ',
      'คลินิกเบาหวานของ รพ.สต. เปิดทุกวันพุธ ยายๆ ในหมู่บ้านมาตรวจกันเยอะ',
      'ห้องน้ำสาธารณะหน้าตลาดสกปรกมาก กลัวติดเชื้อโรค',
      'ยามหน้าหมู่บ้านชอบนั่งในห้องรับแขกของป้อม',
      'ยามหน้าหมู่บ้านคิดสั้นไปหน่อยเรื่องที่จอดรถ',
      'ยามหน้าโรงเรียนเป่านกหวีดเสียงดังทุกเช้า',
      'ช่างประปาเทศบาลเปลี่ยนท่อสามนิ้วหน้าบ้าน',
      "The guard at the school still hasn't fixed the gate",
      'The guard at the school escorted the kids across the road',
      'The guard at the school muted the alarm',
      'The teacher at the special needs school is great',
      'ยามประจำหมู่บ้านมีบ้านเล็กๆ ริมคลองให้เช่า',
      'แม่ค้าร้านน้ำหน้าตลาดบอกว่าตู้เย็นติดน้ำแข็งจนปิดไม่ได้',
    ])
      expect(verdict(text), text).toBe('clean');
    expect(verdict('นายสมหมาย ใจดี ติดเชื้อเอชไอวี')).toBe('hold');
  });

  it('keeps long Thai runs after a LINE word, filler runs, building chains and bracket runs linear', () => {
    expectLinear([
      'ไลน์พลอยพลอยพลอย '.repeat(600),
      'ไลน์ (a) '.repeat(1000),
      'ลุงแดง 🙄😂 555 นะคะ '.repeat(500),
      'Room 1, 2nd Floor, Baan Suan Condo, '.repeat(300),
      '(0)('.repeat(2500),
      'พี่แมว แมว แมว '.repeat(600),
    ]);
  });

  it('reads pregnancy by its months, not a stomach ache; English leads had an, who; a room in a named building', () => {
    expect(texts('แม่ครัวโรงเรียนบ้านห้วยทราย ท้องได้สามเดือนกับครูใหญ่', 'sensitive')).toEqual(['ท้องได้สามเดือนกับครูใหญ่']);
    expect(verdict('อาหารร้านนี้ทำให้ปวดท้องได้ 3 วัน แม่ค้าหน้าตลาดไม่ล้างมือ')).toBe('clean');
    expect(texts('The receptionist at the dental clinic on Soi 11 had an abortion last year', 'sensitive')[0]).toMatch(
      /^had an abortion/,
    );
    expect(texts('My neighbour in Unit 12B, 9th Floor, Supalai Park Tower smokes weed', 'address')).toEqual([
      'Unit 12B, 9th Floor, Supalai Park Tower',
    ]);
    expect(verdict('Unit 5 of the drainage project near Soi 3 is late')).toBe('clean');
    expect(texts('ถ้าเจอแมวส่งมาทางไลน์ไอดีนี้นะคะ -> b.ploy_22', 'line_id')).toEqual(['b.ploy_22']);
  });
});

describe('round-3 fresh posts and generated families (tuned on; floors at the level reached)', () => {
  it.each([
    // file, when it was written, its untuned score (hold-recall / false-hold / PII covered), floors reached
    ['pii-fresh.jsonl', 'before round 3; untuned 0.791 / 0.042 / 0.617', 1, 0, 0.97],
    ['pii-fresh-2.jsonl', 'after round 3; untuned 0.700 / 0.100 / 0.696', 0.95, 0, 0.85],
    ['pii-fresh-3.jsonl', 'before round 4; untuned 0.875 / 0.133 / 0.771', 1, 0, 0.97],
    ['pii-fresh-4.jsonl', 'after round 4; untuned 0.833 / 0.000 / 0.773', 1, 0, 0.97],
  ] as const)('holds %s (written %s)', (file, _written, recall, falseHold, covered) => {
    const posts = loadLabelledPosts(new URL(`./round3/${file}`, import.meta.url).pathname)!;
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(recall);
    expect(score.falseHoldRate).toBeLessThanOrEqual(falseHold);
    expect(piiCovered(score)).toBeGreaterThanOrEqual(covered);
  });
  for (const family of round3PiiFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () => {
      const score = scorePosts(family.posts, (t) => screenText(t, family.settings));
      if (family.expect === 'hold') {
        expect(score.holdRecall).toBe(1);
        expect(piiCovered(score)).toBeGreaterThanOrEqual(0.97);
      } else expect(score.falseHoldRate).toBe(0);
    });
  }
});
