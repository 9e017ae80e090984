// Thai message templates for each notification kind: subject and plain text, with Buddhist-era dates. Pure.
import type { MessageKind } from './message-kinds.js';

export interface CaseFacts {
  trackingCode: string;
  title: string;
  body: string;
  location: string | null;
  kindLabel: string;
  categoryLabel: string | null;
  receivedAt: string;
  urgent: boolean;
}

export interface OverdueLine {
  trackingCode: string;
  title: string;
  deadline: string;
  dueDate: string;
  departmentName?: string;
}

export interface TemplateInput {
  siteName: string;
  departmentName: string | null;
  coordinatorName?: string | null;
  case?: CaseFacts;
  note?: string | null;
  /** The next deadline the message asks for (ISO instant). */
  dueAt?: string | null;
  statusLabel?: string;
  reopened?: boolean;
  agency?: string | null;
  overdue?: OverdueLine[];
  consoleUrl?: string | null;
  trackUrl?: string | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

const longDate = new Intl.DateTimeFormat('th-TH', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Bangkok',
});
const dateTime = new Intl.DateTimeFormat('th-TH', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Bangkok' });

/** "วันอังคารที่ 8 ธันวาคม 2569" for an instant or an ISO date. */
export function thaiDate(value: string): string {
  return longDate.format(new Date(value.length === 10 ? `${value}T12:00:00+07:00` : value));
}

export const DEADLINE_LABELS_TH: Record<string, string> = {
  forward: 'ส่งเรื่องให้หน่วยงาน',
  acknowledge: 'ตอบรับเรื่อง',
  progress: 'รายงานความคืบหน้า',
  citizen_notice: 'แจ้งผลเบื้องต้นแก่ผู้ร้อง',
};

export const STATUS_LABELS_TH: Record<string, string> = {
  received: 'รับเรื่องแล้ว',
  forwarded: 'ส่งหน่วยงานแล้ว',
  acknowledged: 'หน่วยงานรับเรื่องแล้ว',
  in_progress: 'อยู่ระหว่างดำเนินการ',
  resolved: 'ดำเนินการแล้วเสร็จ',
  closed: 'ปิดเรื่อง',
  reopened: 'เปิดเรื่องอีกครั้ง',
  rejected: 'ไม่รับพิจารณา',
  referred: 'ส่งต่อหน่วยงานภายนอก',
};

function caseBlock(c: CaseFacts): string[] {
  return [
    `เลขที่รับแจ้ง: ${c.trackingCode}`,
    `ประเภท: ${c.kindLabel}${c.categoryLabel ? ` / ${c.categoryLabel}` : ''}`,
    `เรื่อง: ${c.title}`,
    `รายละเอียด: ${c.body}`,
    ...(c.location ? [`สถานที่: ${c.location}`] : []),
    `วันที่รับเรื่อง: ${dateTime.format(new Date(c.receivedAt))}`,
  ];
}

const link = (label: string, url: string | null | undefined) => (url ? [`${label}: ${url}`] : []);
const sign = (site: string) => ['', `ศูนย์รับเรื่องร้องเรียน ${site}`];

function render(kind: MessageKind, i: TemplateInput): RenderedMessage {
  const c = i.case;
  const code = c?.trackingCode ?? '';
  const dept = i.departmentName ?? 'หน่วยงาน';
  switch (kind) {
    case 'case_dispatch':
      return {
        subject: `[${i.siteName}] ${i.reopened ? 'ส่งเรื่องกลับให้ดำเนินการอีกครั้ง' : 'ส่งเรื่องให้ดำเนินการ'} เลขที่ ${code}`,
        text: [
          `เรียน ${dept}`,
          '',
          i.reopened
            ? 'ผู้ร้องแจ้งว่าเรื่องนี้ยังไม่ได้รับการแก้ไข ศูนย์ฯ จึงขอส่งเรื่องกลับให้ดำเนินการอีกครั้ง'
            : 'ศูนย์รับเรื่องร้องเรียนขอส่งเรื่องต่อไปนี้ให้หน่วยงานของท่านพิจารณาดำเนินการ',
          '',
          ...(c ? caseBlock(c) : []),
          ...(i.note ? [`หมายเหตุจากศูนย์ฯ: ${i.note}`] : []),
          '',
          ...(i.dueAt
            ? [
                `กรุณาตอบรับเรื่องภายใน${thaiDate(i.dueAt)} และรายงานความคืบหน้าภายใน 3 วันทำการหลังตอบรับ จากนั้นทุกวันที่ 15 และวันที่ 30 ของเดือนจนกว่าจะแล้วเสร็จ`,
              ]
            : []),
          ...link('ดูและตอบรับเรื่อง', i.consoleUrl),
          ...sign(i.siteName),
        ].join('\n'),
      };
    case 'urgent_dispatch':
      return {
        subject: `[ด่วนที่สุด] เหตุเร่งด่วนเลขที่ ${code} – ${c?.title ?? ''}`,
        text: [
          `เรียน ${i.coordinatorName ? `${i.coordinatorName} ผู้ประสานงานเรื่องเร่งด่วน ` : 'ผู้ประสานงานเรื่องเร่งด่วน '}${dept}`,
          '',
          'ศูนย์ฯ ได้รับแจ้งเหตุที่อาจเป็นอันตรายต่อชีวิตหรือทรัพย์สิน ขอให้ออกตรวจสอบและแก้ไขโดยทันที แล้วรายงานผลกลับศูนย์ฯ',
          '',
          ...(c ? caseBlock(c) : []),
          ...(i.note ? [`หมายเหตุจากศูนย์ฯ: ${i.note}`] : []),
          ...link('ดูและรายงานผล', i.consoleUrl),
          ...sign(i.siteName),
        ].join('\n'),
      };
    case 'progress_follow_up':
      return {
        subject: `[${i.siteName}] ติดตามเรื่องที่เลยกำหนด ${i.overdue?.length ?? 0} เรื่อง – ${dept}`,
        text: [
          `เรียน ${dept}`,
          '',
          `ศูนย์ฯ ขอติดตามเรื่องร้องเรียนที่เลยกำหนดเวลาแล้ว จำนวน ${i.overdue?.length ?? 0} เรื่อง ดังนี้`,
          '',
          ...(i.overdue ?? []).map(
            (o, n) =>
              `${n + 1}. ${o.trackingCode} ${o.title} – ${DEADLINE_LABELS_TH[o.deadline] ?? o.deadline} ครบกำหนด${thaiDate(o.dueDate)}`,
          ),
          '',
          'กรุณาดำเนินการและรายงานความคืบหน้าในระบบโดยเร็ว',
          ...link('รายการเรื่องของหน่วยงาน', i.consoleUrl),
          ...sign(i.siteName),
        ].join('\n'),
      };
    case 'info_request':
      return {
        subject: `[${i.siteName}] ${dept} ขอข้อมูลเพิ่มเติม เรื่องเลขที่ ${code}`,
        text: [
          'เรียน ศูนย์รับเรื่องร้องเรียน',
          '',
          `${dept} ขอข้อมูลเพิ่มเติมเพื่อดำเนินการเรื่องเลขที่ ${code} (${c?.title ?? ''})`,
          `สิ่งที่ต้องการทราบ: ${i.note ?? ''}`,
          ...link('ตอบกลับ', i.consoleUrl),
        ].join('\n'),
      };
    case 'info_reply':
      return {
        subject: `[${i.siteName}] ข้อมูลเพิ่มเติม เรื่องเลขที่ ${code}`,
        text: [
          `เรียน ${dept}`,
          '',
          `ศูนย์ฯ ขอแจ้งข้อมูลเพิ่มเติมสำหรับเรื่องเลขที่ ${code} (${c?.title ?? ''})`,
          i.note ?? '',
          ...link('ดูเรื่อง', i.consoleUrl),
          ...sign(i.siteName),
        ].join('\n'),
      };
    case 'result_report':
      return {
        subject: `[${i.siteName}] รายงานผล เรื่องเลขที่ ${code}: ${i.statusLabel ?? ''}`,
        text: [
          'เรียน ศูนย์รับเรื่องร้องเรียน',
          '',
          `${dept} รายงานผลการดำเนินการเรื่องเลขที่ ${code} (${c?.title ?? ''})`,
          `สถานะ: ${i.statusLabel ?? ''}${c?.urgent ? ' (เรื่องเร่งด่วน)' : ''}`,
          ...(i.agency ? [`ส่งต่อหน่วยงาน: ${i.agency}`] : []),
          `ผลการดำเนินการ: ${i.note ?? '-'}`,
          ...link('ดูเรื่อง', i.consoleUrl),
        ].join('\n'),
      };
    case 'citizen_notice':
      return {
        subject: `${i.siteName}: ความคืบหน้าเรื่องเลขที่ ${code}`,
        text: [
          'เรียน ผู้แจ้งเรื่อง',
          '',
          `${i.siteName} ขอแจ้งความคืบหน้าเรื่องเลขที่ ${code} (${c?.title ?? ''})`,
          `สถานะปัจจุบัน: ${i.statusLabel ?? ''}`,
          ...(i.agency ? [`เรื่องของท่านอยู่ในอำนาจของ ${i.agency} ศูนย์ฯ ได้ส่งต่อเรื่องให้แล้ว`] : []),
          ...(i.note ? [`รายละเอียด: ${i.note}`] : []),
          '',
          'ท่านติดตามเรื่องและแจ้งว่าพอใจหรือยังไม่ได้รับการแก้ไขได้ด้วยเลขที่รับแจ้งและรหัสเข้าถึงที่ได้รับตอนแจ้งเรื่อง',
          ...link('ติดตามเรื่อง', i.trackUrl),
          ...sign(i.siteName),
          '(อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ)',
        ].join('\n'),
      };
    case 'overdue_digest':
      return {
        subject: `[${i.siteName}] สรุปเรื่องที่เลยกำหนดประจำวัน ${i.overdue?.length ?? 0} รายการ`,
        text: [
          'เรียน ศูนย์รับเรื่องร้องเรียน',
          '',
          `เรื่องที่เลยกำหนดเวลา ณ ${thaiDate(i.dueAt ?? new Date().toISOString())} จำนวน ${i.overdue?.length ?? 0} รายการ`,
          '',
          ...(i.overdue ?? []).map(
            (o, n) =>
              `${n + 1}. [${o.departmentName ?? 'ศูนย์ฯ'}] ${o.trackingCode} ${o.title} – ${DEADLINE_LABELS_TH[o.deadline] ?? o.deadline} ครบกำหนด${thaiDate(o.dueDate)}`,
          ),
          ...link('ดูรายการ', i.consoleUrl),
        ].join('\n'),
      };
    case 'privacy_request':
      // Only what the officer needs to find the request: never its details or the citizen's contact.
      return {
        subject: `[${i.siteName}] คำขอใช้สิทธิเกี่ยวกับข้อมูลส่วนบุคคล (${i.note ?? ''}) เรื่องเลขที่ ${code}`,
        text: [
          'เรียน เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล',
          '',
          `ผู้แจ้งเรื่องเลขที่ ${code} ยื่นคำขอ${i.note ?? ''}ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562`,
          `กรุณาพิจารณาและตอบภายใน${thaiDate(i.dueAt ?? new Date().toISOString())}`,
          ...link('ดูคำขอ', i.consoleUrl),
        ].join('\n'),
      };
  }
}

export function renderMessage(kind: MessageKind, input: TemplateInput): RenderedMessage {
  return render(kind, input);
}
