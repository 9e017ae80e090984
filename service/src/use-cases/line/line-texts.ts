// What the LINE bot says, Thai first then English, and its quick-reply buttons. Pure.
import type { messagingApi } from '@line/bot-sdk';
import { lineText, type LineMessage } from '../../notify/channels/line.channel.js';
import { STATUS_LABELS_TH } from '../../notify/thai-templates.js';

export interface Choice {
  code: string;
  th: string;
  en: string;
}

/** LINE cuts quick-reply labels at 20 characters and shows at most 13 buttons. */
const LABEL_MAX = 20;
const clip = (text: string, max: number) =>
  Array.from(text).length > max
    ? `${Array.from(text)
        .slice(0, max - 1)
        .join('')}…`
    : text;

function postback(label: string, data: string, displayText = label): messagingApi.QuickReplyItem {
  return {
    type: 'action',
    action: { type: 'postback', label: clip(label, LABEL_MAX), data, displayText: clip(displayText, 300) },
  };
}

const SKIP = postback('ข้าม / Skip', 'cb=skip', 'ข้าม');
const CANCEL = postback('ยกเลิก / Cancel', 'cb=cancel', 'ยกเลิก');

export const say = {
  welcome: (siteName: string) =>
    `สวัสดีค่ะ ${siteName} รับเรื่องร้องเรียนและคำขอทางแชทนี้\nHello, ${siteName} takes complaints and requests in this chat.`,
  expired: 'เรื่องที่เริ่มไว้หมดเวลาแล้ว เริ่มใหม่ได้เลยค่ะ\nThe report you had started timed out; let us start again.',
  askKind: 'เรื่องที่จะแจ้งเป็นประเภทใด\nWhat kind of request is it?',
  askCategory: 'เกี่ยวกับเรื่องใด (กด "ข้าม" ถ้าไม่แน่ใจ)\nWhat is it about? (Skip if unsure.)',
  askLocation:
    'เกิดที่ไหน กด "ส่งตำแหน่ง" เพื่อส่งตำแหน่งจาก LINE หรือพิมพ์สถานที่ (หรือกด "ข้าม")\nWhere is it? Tap "Send location", type the place, or skip.',
  askDetails: 'เล่ารายละเอียดของเรื่องได้เลยค่ะ\nPlease describe the problem.',
  askContact:
    'เรื่องประเภทนี้ต้องมีเบอร์โทรศัพท์หรืออีเมลสำหรับติดต่อกลับ (เห็นได้เฉพาะเจ้าหน้าที่)\nThis kind of request needs a phone number or email for staff to reach you (never published).',
  badContact: 'เบอร์โทรศัพท์หรืออีเมลไม่ถูกต้อง ลองอีกครั้งค่ะ\nThat is not a phone number or an email address; try again.',
  photosNotYet:
    'ขออภัย ยังรับรูปภาพทางแชทไม่ได้ กรุณาเล่าเป็นข้อความค่ะ\nSorry, photos cannot be received in this chat yet; please describe it in words.',
  unsupported: 'ขออภัย รับได้เฉพาะข้อความและตำแหน่งค่ะ\nSorry, only text and locations can be received.',
  cancelled: 'ยกเลิกเรื่องนี้แล้ว พิมพ์ข้อความใดก็ได้เพื่อเริ่มใหม่\nCancelled. Send any message to start again.',
  nothingToCancel: 'ไม่มีเรื่องที่กำลังแจ้งอยู่\nThere is no report in progress.',
  confirm: (summary: string, privacy: string) =>
    `ตรวจสอบเรื่องของท่าน\nPlease check your report:\n\n${summary}\n\n${privacy}\nกด "ส่ง" เพื่อยืนยันและรับแจ้งความคืบหน้าทาง LINE นี้ หรือพิมพ์เพิ่มเติม\nTap "Send" to file it and get updates in this chat, or add more text.`,
  received: (code: string, held: boolean, link: string | null, accessKey: string) =>
    [
      held
        ? `ได้รับเรื่องแล้ว เลขที่รับแจ้ง ${code}\nเจ้าหน้าที่จะตรวจสอบข้อความก่อนเผยแพร่ เรื่องของท่านยังได้รับการดำเนินการตามปกติ`
        : `ได้รับเรื่องแล้ว เลขที่รับแจ้ง ${code}`,
      `รหัสเข้าถึง: ${accessKey}`,
      ...(link ? [`ติดตามเรื่อง: ${link}`] : []),
      'จะแจ้งความคืบหน้าทาง LINE นี้ พิมพ์ "หยุดแจ้งเตือน" เพื่อหยุด',
      '',
      held
        ? `Received: tracking number ${code}. Staff will check the text before it is published; your case is handled either way.`
        : `Received: tracking number ${code}.`,
      `Access key: ${accessKey}`,
      ...(link ? [`Track it: ${link}`] : []),
      'Updates will come to this chat; send "stop" to stop them.',
    ].join('\n'),
  receivedLate: (code: string, link: string | null) =>
    `ได้รับเรื่องแล้ว เลขที่รับแจ้ง ${code}${link ? `\nติดตามเรื่อง: ${link}` : ''}\nReceived: tracking number ${code}.`,
  messageAdded: (code: string) =>
    `เพิ่มข้อความในเรื่อง ${code} แล้ว เจ้าหน้าที่จะเห็นข้อความนี้\nAdded to case ${code}; the staff handling it will see it.\nพิมพ์ "แจ้งเรื่องใหม่" เพื่อแจ้งเรื่องอื่น / Send "new" to report something else.`,
  notifyOff: 'หยุดแจ้งความคืบหน้าทาง LINE แล้ว พิมพ์ "รับแจ้งเตือน" เพื่อเริ่มอีกครั้ง\nUpdates stopped; send "notify" to resume.',
  notifyOn: 'จะแจ้งความคืบหน้าทาง LINE นี้ค่ะ\nUpdates will come to this chat.',
  statusLine: (code: string, status: string) => `${code}: ${STATUS_LABELS_TH[status] ?? status} (${status})`,
  noOpenCases: 'ไม่มีเรื่องที่กำลังดำเนินการ\nYou have no open cases.',
  groupId: (id: string) =>
    `รหัสของกลุ่มนี้สำหรับรับเรื่องเร่งด่วน:\n${id}\nใส่ในช่อง LINE ID ของผู้ประสานงานในหน้าจัดการหน่วยงาน\nThis group's id for coordinator pushes; enter it as a coordinator's LINE ID.`,
  invalid: (detail: string) => `ส่งเรื่องไม่ได้: ${detail}\nCould not file it: ${detail}`,
};

export function text(message: string, quickReply?: messagingApi.QuickReplyItem[]): LineMessage {
  return lineText(message, quickReply && quickReply.length > 0 ? { items: quickReply.slice(0, 13) } : undefined);
}

export const buttons = {
  kinds: (kinds: readonly Choice[]) => [...kinds.map((k) => postback(k.th, `cb=kind&v=${k.code}`)), CANCEL],
  categories: (categories: readonly Choice[]) => [
    ...categories.slice(0, 11).map((c) => postback(c.th, `cb=category&v=${c.code}`)),
    SKIP,
    CANCEL,
  ],
  location: (): messagingApi.QuickReplyItem[] => [
    { type: 'action', action: { type: 'location', label: 'ส่งตำแหน่ง / Location' } },
    SKIP,
    CANCEL,
  ],
  details: () => [CANCEL],
  confirm: () => [postback('ส่ง / Send', 'cb=send', 'ส่ง'), CANCEL],
  afterCase: () => [postback('แจ้งเรื่องใหม่ / New', 'cb=new', 'แจ้งเรื่องใหม่'), postback('สถานะ / Status', 'cb=status', 'สถานะ')],
};
