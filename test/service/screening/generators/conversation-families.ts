// Posts that are a conversation between private persons (SPEC section 3, "other holds"): held only where a site
// switches that on, next to ordinary complaints that address officials, say thank you or mention e-mail.
import { family, type Family } from './hold-families.js';
import { Random } from './random.js';

const OPENERS = [
  '@bee_23',
  '@นุ่น',
  '@Mike99',
  'ถึงแฟนเก่า',
  'ถึงเพื่อนรัก',
  'ถึงเธอคนนั้น',
  'ตอบคุณข้างบน',
  'ตอบความเห็นที่ 3',
  'คนที่โพสต์เมื่อวาน',
  'Hey Jane,',
  'Replying to the post above:',
  'Dear Tom,',
  'นี่แก',
  'สวัสดีเพื่อนๆ ห้อง 3/2',
];

const BODIES = [
  'เมื่อวานเจอกันที่ตลาด ลืมเอาร่มคืนนะ',
  'ขอโทษนะที่ทำให้เสียใจ คิดถึงเสมอ',
  'เธอจะกลับบ้านกี่โมง แม่ถามหา',
  'คุณเข้าใจผิดแล้ว ผมไม่ได้พูดแบบนั้นเลย',
  'อยู่ไหนเนี่ย โทรไม่ติดเลย ทักไลน์มาด่วน',
  'รักนะตัวเอง เจอกันเย็นนี้',
  'สุขสันต์วันเกิดนะ ขอให้มีความสุขมากๆ',
  'นัดเลี้ยงรุ่นวันเสาร์นี้ที่ร้านกาแฟเดิมนะ',
  'ยืมเงินไปห้าร้อยยังไม่คืนเลยนะแก',
  'see you at the market tomorrow, bring my bag back!',
  'you still owe me 500 baht, pay me back',
  'you are wrong, I never said that about your sister',
];

const COMPLAINTS = [
  'ถึงเจ้าหน้าที่กองช่าง ขอให้ซ่อมไฟทางในซอย 5 ด้วยครับ',
  'เรียนท่านนายก ถนนหน้าโรงเรียนเป็นหลุมลึกมาก',
  'ขอบคุณเจ้าหน้าที่ที่มาเก็บขยะรวดเร็วค่ะ',
  'ฝากบอกเจ้าหน้าที่ด้วยว่าท่อระบายน้ำอุดตันอีกแล้ว',
  'Dear council, the street lights on Soi 7 have been off for a week.',
  'Hi, who do I contact about the broken water pipe near the market?',
  'คุณครูที่โรงเรียนฝากถามว่าจะมาพ่นยากันยุงวันไหน',
  'ส่งเอกสารทางอีเมล info@pakkret.go.th ได้ไหมคะ',
  'เธอบอกว่าจะมาซ่อมแต่สามวันแล้วยังไม่มีใครมา',
  'สอบถามค่ะ ต้องเตรียมเอกสารอะไรบ้างสำหรับขอใบอนุญาตก่อสร้าง',
  'ผมเห็นด้วยกับเรื่องที่มีคนแจ้งไว้ ถนนเส้นนี้อันตรายจริงๆ',
  'ขอเชิญชวนเพื่อนบ้านร่วมกันทำความสะอาดคลองวันอาทิตย์นี้',
  'ตอบกลับเรื่องเลขที่ DEMO-2569-000042 ยังไม่มีใครมาดูเลยครับ',
  'พี่ๆ เจ้าหน้าที่ใจดีมาก ช่วยยกของให้ยายตอนน้ำท่วม',
];

export function conversationFamilies(seed: number): Family[] {
  const random = new Random(seed + 2);
  const talks: [string, never[]][] = [];
  for (let k = 0; k < 40; k++) {
    const body = BODIES[k % BODIES.length]!;
    talks.push([`${random.pick(OPENERS)} ${body}`, []]);
  }
  const on = { holdConversations: true };
  // Labelled without spans: the hold is about the whole post, and its finding's span is only the strongest cue.
  const held = { ...family('conversation.private', talks), settings: on };
  const complaints = {
    ...family(
      'clean.conversation-like',
      COMPLAINTS.map((t) => [t, []]),
      'publish',
    ),
    settings: on,
  };
  const off = family(
    'clean.conversation-when-off',
    talks.slice(0, 12).map(([t]) => [t, []]),
    'publish',
  );
  return [held, complaints, off];
}
