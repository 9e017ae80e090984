// Round 27: what the generated families of round 27 (generators/round27-families.ts: vocabularies written by writers
// who never saw the engine, combined every part with every other) showed the engine missing or holding wrongly. Each
// rule is about the phenomenon, tested here on sentences written for this file (not the vocabularies' own), with its
// trap; the families themselves are floored in generators.test.ts.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLinear } from './linear-time.js';

const texts = (text: string, kind: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === kind || f.type === kind)
    .map((f) => f.text);

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
