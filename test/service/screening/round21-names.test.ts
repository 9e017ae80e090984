// Round 21, from a new writer's titles-and-names set (round21/titles-names.jsonl; odd ids tuned on, even ids scored
// after, then read): titles named as words on a form, an office written after the name of an official who is thanked
// or signs a notice, a foundation and a mountain named after a person; and the same names held where nothing makes
// them public.
import { describe, expect, it } from 'vitest';
import { explainFinding } from '../../../service/src/domain/finding-explanation.js';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLinear } from './linear-time.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);

describe('round 21: titles that name no private person', () => {
  it('publishes titles named as words on a form', () => {
    expect(names('คุณแม่เป็นหม้าย ต้องขีดนางหรือนางสาวคะ')).toEqual([]);
    expect(names('ถ้ามียศต้องเขียนยศแทนคำว่านายไหม หรือไปเขียนในช่องอื่น')).toEqual([]);
    expect(names('กรอกคำนำหน้า นาย/นาง/นางสาว ให้ครบทุกช่อง')).toEqual([]);
    expect(names('Tick Mr./Mrs./Ms. on the form before you sign')).toEqual([]);
  });
  it('publishes an official thanked or signing with the office after the name', () => {
    expect(names('ขอชื่นชม พ.ต.ท.ธนกฤต เพชรรัตน์ สารวัตรจราจร สภ.เมืองตรัง ที่ออกมายืนโบกรถ')).toEqual([]);
    expect(names('ขอบคุณ พ.อ.เกรียงไกร สุวรรณรัตน์ ผู้บังคับการกรมทหารพรานที่ 46 ที่ส่งกำลังพลมาช่วย')).toEqual([]);
    expect(names('ประกาศ ณ วันที่ 5 (ลงชื่อ) นายสุเมธ อินทร์แก้ว นายกเทศมนตรีตำบลบ้านโฮ่ง')).toEqual([]);
    expect(names('จึงเรียนมาเพื่อโปรดทราบ (นางสาวจันทร์เพ็ญ มีสุข) ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม')).toEqual([]);
  });
  it('publishes a foundation, a mountain and an office with no one after it', () => {
    expect(names('ศูนย์ดูแลผู้สูงอายุของมูลนิธิคุณยายบุญเรือน เพื่อผู้สูงอายุ ที่เปิดใหม่ข้างโรงเรียน')).toEqual([]);
    expect(names('Last month we did the Doi Khun Tan hike and saw foam krathongs in the stream')).toEqual([]);
    expect(names('ในเขตเทศบาลไม่มีผู้ใหญ่บ้านแล้ว ให้ประธานชุมชนเซ็นแทนได้ไหม')).toEqual([]);
  });
  it('holds the same names accused, listed as people, or as a relative of the office holder', () => {
    expect(names('นายประเสริฐ ศรีวงศ์ ผู้ใหญ่บ้านหมู่ 4 เอาของแจกไปให้แต่พวกตัวเอง')).toEqual(['นายประเสริฐ ศรีวงศ์']);
    expect(names('นายสมชาย ใจดี หรือนายสมศักดิ์ มั่นคง ขับรถชนรั้วบ้านผม')).toEqual(['นายสมชาย ใจดี', 'นายสมศักดิ์ มั่นคง']);
    expect(names('นายวีระ ทองดี ลูกชายนายกเทศมนตรี ขับรถชนรั้วแล้วหนี')).toEqual(['นายวีระ ทองดี']);
  });
  it('publishes English officials named after their office or thanked with their service, and a drawn-out call (hold-out 23)', () => {
    expect(names('the head of the municipal public health division, Dr. Kittisak, who came to our condo himself')).toEqual([]);
    expect(names('I want to thank Sgt. Prasert of the Hua Hin tourist police, who spent an hour with us')).toEqual([]);
    expect(names('ใครรู้จักฝากบอกด้วยน้าาา ส่วนเทศบาลช่วยเร่งสูบน้ำหน่อย')).toEqual([]);
  });
  it('holds a relative read through a verb glued before it, a nickname glued to a job, and the same English forms accused', () => {
    expect(names('เทศบาลจะรับป้อหนานแก้ว บ้านสันป่าข่อย เข้าเป็น อปพร.')).toEqual(['ป้อหนานแก้ว']);
    expect(names('เรื่องน้องเมย์พนักงานเซเว่นสาขาหน้าวัดโพธิ์ชัย')).toEqual(['น้องเมย์']);
    expect(names('Sgt. Prasert of the Hua Hin tourist police took 500 baht from my friend')).toEqual(['Sgt. Prasert']);
    expect(names('ป้าาาแดง บ้านท้ายซอย เอาขยะมาทิ้งหน้าบ้านผม')).toEqual(['ป้าาาแดง']);
  });
  it('holds a third person named in English after "his name is" or a person called by a full name (sensitive set)', () => {
    expect(names('the driver who waits at the Tha Phae Gate stop, his name is Somchai, has a tiger tattoo')).toEqual(['Somchai']);
    expect(names('The owner, a British man called Gary Preston, has been very aggressive')).toEqual(['Gary Preston']);
    expect(names('we adopted a dog called Max Power and a restaurant called Blue Elephant opened')).toEqual([]);
  });
  it('publishes names given to animals, effigies and deities (named-things set, odd half)', () => {
    expect(names("หมาวัดที่ชาวบ้านเรียกกันว่า 'ยายด่าง' กับลูกๆ อีกห้าตัว ตกใจเสียงพลุหนีออกไปนอกวัด")).toEqual([]);
    expect(names('“ลุงเปี๊ยก” นอนอยู่หน้าแผงทุกเช้า ช่วงนี้ลุงเปี๊ยกเดินขาหลังลากๆ เหมือนโดนรถเฉี่ยว')).toEqual([]);
    expect(names('หุ่นตาสีกับยายสาของหมู่ 2 ได้ที่หนึ่ง ตอนนี้ลมพัดหุ่นยายสาล้มลงไปกลางถนน')).toEqual([]);
    expect(names('ขอบคุณเจ้าพ่อกวนกับเจ้าแม่นางเทียมที่นำขบวนอย่างสงบงาม')).toEqual([]);
    expect(names('ปู่เต่าในสระหน้าวัดตายแล้ว ในสระยังมีย่าเต่า ลุงเต่า หลานเต่า ครบทั้งตระกูล')).toEqual([]);
    expect(names('Thanks to Dr. Nok and the municipal vet team in Lampang for the free rabies shots')).toEqual([]);
    expect(names('คนดีคือน้องนี่ล่ะ เก็บกระเป๋าได้แล้วเอามาคืน')).toEqual([]);
  });
  it('holds the same words for people: a nickname with a place, quoted or not, and after ของ or thanks (thanks set)', () => {
    expect(names('น้าหมูช่างซ่อมรถหน้าโรงเรียนเทศบาล 1 เทน้ำมันเครื่องลงท่อ')).toEqual(['น้าหมู']);
    expect(names('“ลุงดำ” บ้านท้ายซอย เปิดเพลงดังทั้งคืน')).toEqual(['ลุงดำ']);
    expect(names('ลุงช้าง บ้านท้ายซอย ปล่อยหมามาขี้หน้าบ้าน')).toEqual(['ลุงช้าง']);
    expect(names('หมาของพ่อใหญ่ทา บ้านติดฮ้านค้าสหกรณ์หมู่ 9 มันแล่นมากัดขาหลาน')).toEqual(['พ่อใหญ่ทา']);
    expect(names('ขอบใจพ่อใหญ่สี บ้านโนนแดง หลายๆ เด้อ ที่ขับรถมาส่ง')).toEqual(['พ่อใหญ่สี']);
  });
  it('publishes a helper thanked by a nickname only, an animal named after ชื่อ, legendary figures and the romanised ขอบคุณ (even halves)', () => {
    expect(names('ขอบคุณพี่ต้นที่ช่วยเข็นมอไซค์ผมไปร้านปะยางเมื่อวานเย็น')).toEqual([]);
    expect(names('ขอบใจนักๆ หนิ น้องหมิว ที่ลุยน้ำลงไปอุ้มแมวพี่ขึ้นมา')).toEqual([]);
    expect(names('หมาชื่อยายขาว ได้เลขทะเบียนแล้ว แต่วันนี้ไปรับวัคซีน ยายขาวเป็นหมาชุมชนนะคะ')).toEqual([]);
    expect(names('จุดชมวิวเขานางพันธุรัตริมถนนเพชรเกษม นักท่องเที่ยวจอดรถถ่ายรูปนางนอน')).toEqual([]);
    expect(names('ขอบคุณโกเหลียง พี่ผู้ชายคนหนึ่งที่พายเรือคายัคมาช่วย')).toEqual([]);
    expect(names('Been here four years and never felt so welcome. Khop khun maak krap!')).toEqual([]);
    expect(names('A huge thank you to Khun Pim at the front desk of the Hua Hin municipality office')).toEqual([]);
  });
  it('holds a thanked helper placed or reachable, a contractor named after ชื่อ, and Khun at a market', () => {
    expect(names('ขอบคุณพี่ต้น บ้านท้ายซอย ที่ช่วยเข็นรถ')).toEqual(['พี่ต้น']);
    expect(names('ระวังผู้รับเหมาชื่อนายอำนาจ พรหมวงศ์ รับงานแล้วไม่มาทำ')).toEqual(['นายอำนาจ พรหมวงศ์']);
    expect(names('Thanks to Khun Pim at the market, she sold me rotten fish')).toEqual(['Khun Pim']);
  });
  it('holds นาย + a name beginning with ก after ชื่อ, and publishes public figures and officials on the news', () => {
    expect(names('ห้องแถวให้เช่าข้างตลาดนัด ผู้เช่าชื่อนายกฤษดา พูลผล ขนขยะมากองทิ้ง')).toEqual(['นายกฤษดา พูลผล']);
    expect(names('เปิดใหม่ตั้งชื่อป้ายว่า อีหล่าขี้เมา')).toEqual([]);
    expect(names('ขบวนแห่ต้อนรับน้องเทนนิส พาณิภัค นักเทควันโดเหรียญทองโอลิมปิก จะผ่านถนนกี่โมง')).toEqual([]);
    expect(names('On the local news Pol. Col. Sakchai, the Hat Yai police superintendent, said the road will close')).toEqual([]);
    expect(names('Pol. Col. Sakchai, the Hat Yai police superintendent, took money from the stall owners')).toEqual([
      'Pol. Col. Sakchai',
    ]);
  });
  it('holds a full name with no title after ชื่อ where a person is spoken of, and not a shop, a sign or the poster', () => {
    expect(names('แผงผักแผงที่ 42 คนที่ทำสัญญาเช่ากับเทศบาลชื่อ วันเพ็ญ ทองสุข แต่ไม่เคยมาขายเองเลย')).toEqual(['วันเพ็ญ ทองสุข']);
    expect(names('มีคุณตาอายุราวเจ็ดสิบมานอนที่ศาลาหน้าวัด บอกชื่อตัวเองว่า บุญช่วย พรมมา แต่จำบ้านไม่ได้')).toEqual(['บุญช่วย พรมมา']);
    expect(names('ร้านข้าวมันไก่ชื่อไอ้ดำ ใจดีมาก')).toEqual([]);
    expect(names('โครงการชื่อ บ้านมั่นคง ชุมชนริมน้ำ เริ่มปีหน้า')).toEqual([]);
  });
  it('publishes a list of effigies under one figure word and names given to pets, and holds a person listed among them', () => {
    expect(names('ขบวนแห่หุ่นนายแท่น นายอิน นายเมือง นายจันหนวดเขี้ยว กับพระอาจารย์ธรรมโชติ จะเริ่มกี่โมง')).toEqual([]);
    expect(names('หมาสองตัวที่แม่ค้าตั้งชื่อให้ว่า ไอ้ด่าง กับ ยายหมี ตอนนี้ยายหมีขาหลังเจ็บ')).toEqual([]);
    expect(names('หุ่นนายแท่น นายสมชาย ใจดี ข้างบ้านเผาขยะทุกคืน')).toEqual(['นายสมชาย ใจดี']);
  });
  it('ends a nickname before a business glued after it (เมียเสี่ยเปี๊ยกปั๊มหัวสะพาน)', () => {
    expect(names('เมียเสี่ยเปี๊ยกปั๊มหัวสะพาน เอารถมาจอดขายของบนฟุตบาท')).toEqual(['เมียเสี่ยเปี๊ยก']);
  });
  it('holds an untitled full name after a person and คือ, and the unnamed relative of an office holder (people set)', () => {
    expect(names('ควันเข้าบ้านทุกเย็นเลยค่าาา คนเผาคือวันเพ็ญ ศรีสุข บ้านหลังสีฟ้า')).toEqual(['วันเพ็ญ ศรีสุข']);
    expect(names('ให้สำเนาบัตรไว้ ชื่อในบัตรคือ กิตติพงษ์ ศรีวงศ์ษา แต่ไม่เคยจ่าย')).toEqual(['กิตติพงษ์ ศรีวงศ์ษา']);
    expect(names('ทำไมลูกสาวผู้ใหญ่บ้านหมู่ 4 ได้เป็นลูกจ้างกองคลังโดยไม่มีการสอบ')).toEqual(['ลูกสาวผู้ใหญ่บ้านหมู่ 4']);
    expect(names('ปัญหาคือ ถนนพัง ไฟดับ')).toEqual([]);
    expect(names('ผู้ใหญ่บ้านหมู่ 4 มาประชุม พ่อค้ากำนันขายของ')).toEqual([]);
  });
  it('reads English residents: a name on a lost passport, a doctor thanked with the team (English set, odd half)', () => {
    expect(names('It is red Japanese passport, number TR4418273, name is Sato Haruka. If anybody find it')).toEqual([
      'Sato Haruka',
    ]);
    expect(names("I'd like to thank Dr. Wiroj and the physiotherapy team there, who are wonderful")).toEqual([]);
  });
  it('holds Khun with a given name where the sentence describes the person first (English set, even half)', () => {
    expect(names("The owner is Khun Somsak, he feeds them but says they're temple dogs")).toEqual(['Khun Somsak']);
    expect(names('the man who runs the ticket office at Pak Meng pier, Khun Daeng. When I asked')).toEqual(['Khun Daeng']);
    expect(names('khun can you fix the light at the corner')).toEqual([]);
    expect(names("The paediatrician at Dr. Kanya Children's Clinic on Charoen Suk Road is great")).toEqual([]);
    expect(names('มีน้องวัวกับควายหลุดมาเดินกลางถนนเลี่ยงเมือง')).toEqual([]);
  });
  it("explains the round's new name findings to the moderator in Thai and English", () => {
    const named = explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.named' });
    expect(named.th).toContain('ไม่มีคำนำหน้า');
    expect(named.en).toContain('without a title');
    const relative = explainFinding({ kind: 'pii', type: 'person_name', rule: 'person_name.relative+office' });
    expect(relative.th).toContain('ญาติของผู้ดำรงตำแหน่ง');
    expect(relative.en).toContain('relative of an office holder');
  });
  it('stays linear on runs of ชื่อ, quotes and kinship words', () => {
    expectLinear([
      'คนชื่อ '.repeat(1500),
      "'ยาย' ".repeat(1500),
      'หุ่นตาสีกับ'.repeat(900),
      'ขอบคุณพี่'.repeat(1100),
      'Khun '.repeat(2000),
      'คนคือ '.repeat(1500),
      'ลูกสาวผู้ใหญ่บ้าน'.repeat(600),
    ]);
  });
});
