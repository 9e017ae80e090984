// Thai and English names for the codes a report or open-data file carries.
import { CASE_KINDS, KIND_LABELS } from '../../domain/case.js';
import type { Category, Department } from '../../storage/site.repository.js';

export interface Label {
  th: string;
  en: string;
}

export const STATUS_LABELS: Record<string, Label> = {
  received: { th: 'รับเรื่อง', en: 'Received' },
  forwarded: { th: 'ส่งต่อหน่วยงาน', en: 'Forwarded' },
  acknowledged: { th: 'หน่วยงานรับทราบ', en: 'Acknowledged' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  resolved: { th: 'ดำเนินการแล้ว', en: 'Resolved' },
  closed: { th: 'ปิดเรื่อง', en: 'Closed' },
  reopened: { th: 'เปิดเรื่องอีกครั้ง', en: 'Reopened' },
  rejected: { th: 'ไม่รับเรื่อง', en: 'Rejected' },
  referred: { th: 'ส่งต่อหน่วยงานอื่น', en: 'Referred elsewhere' },
};

export const CHANNEL_LABELS: Record<string, Label> = {
  web: { th: 'เว็บไซต์', en: 'Website' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  walk_in: { th: 'ติดต่อด้วยตนเอง', en: 'Walk-in' },
  letter: { th: 'หนังสือ', en: 'Letter' },
  email: { th: 'อีเมล', en: 'Email' },
  facebook: { th: 'Facebook', en: 'Facebook' },
  line: { th: 'LINE', en: 'LINE' },
  open311: { th: 'Open311 (แอปภายนอก)', en: 'Open311 (civic apps)' },
  qr: { th: 'คิวอาร์โค้ด', en: 'QR code' },
};

export const RULE_LABELS: Record<string, Label> = {
  forward: { th: 'ศูนย์ส่งเรื่องถึงหน่วยงาน (1 วัน)', en: 'Forwarded to a department (1 day)' },
  acknowledge: { th: 'หน่วยงานรับทราบ (1 วันทำการ)', en: 'Acknowledged (1 business day)' },
  progress: {
    th: 'รายงานความคืบหน้า (3 วันทำการ แล้วทุกวันที่ 15 และ 30)',
    en: 'Progress reports (3 business days, then the 15th and 30th)',
  },
  citizen_notice: { th: 'แจ้งผลผู้ร้อง (15 วัน)', en: 'Citizen told of the result (15 days)' },
};

const NONE_LABEL: Label = { th: 'ไม่ระบุ', en: 'Not set' };

export interface ReportLabels {
  kind: Record<string, Label>;
  category: Record<string, Label>;
  department: Record<string, Label>;
  channel: Record<string, Label>;
  status: Record<string, Label>;
  rule: Record<string, Label>;
}

export function reportLabels(categories: readonly Category[], departments: readonly Department[]): ReportLabels {
  return {
    kind: Object.fromEntries(CASE_KINDS.map((k) => [k, KIND_LABELS[k]])),
    category: { none: NONE_LABEL, ...Object.fromEntries(categories.map((c) => [c.code, { th: c.name, en: c.nameEn }])) },
    department: { none: NONE_LABEL, ...Object.fromEntries(departments.map((d) => [d.code, { th: d.name, en: d.nameEn }])) },
    channel: CHANNEL_LABELS,
    status: STATUS_LABELS,
    rule: RULE_LABELS,
  };
}
