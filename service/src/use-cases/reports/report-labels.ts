// Thai and English names for the codes a report or open-data file carries.
import { CASE_KINDS, KIND_LABELS } from '../../domain/case.js';
import type { DeadlineRules } from '../../domain/deadlines.js';
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

/** Rule names carry the site's own periods, since a site may change them (settings.deadlineRules). */
export function ruleLabels(rules: DeadlineRules): Record<string, Label> {
  const forwardTh = rules.forwardUnit === 'business' ? 'วันทำการ' : 'วัน';
  const forwardEn = rules.forwardUnit === 'business' ? 'business day(s)' : 'day(s)';
  const days = rules.progressDaysOfMonth.join(', ');
  return {
    forward: {
      th: `ศูนย์ส่งเรื่องถึงหน่วยงาน (${rules.forwardDays} ${forwardTh})`,
      en: `Forwarded to a department (${rules.forwardDays} ${forwardEn})`,
    },
    acknowledge: {
      th: `หน่วยงานรับทราบ (${rules.acknowledgeBusinessDays} วันทำการ)`,
      en: `Acknowledged (${rules.acknowledgeBusinessDays} business day(s))`,
    },
    progress: {
      th: `รายงานความคืบหน้า (${rules.firstProgressBusinessDays} วันทำการ แล้วทุกวันที่ ${days})`,
      en: `Progress reports (${rules.firstProgressBusinessDays} business days, then on days ${days})`,
    },
    citizen_notice: {
      th: `แจ้งผลผู้ร้อง (${rules.citizenNoticeDays} วัน)`,
      en: `Citizen told of the result (${rules.citizenNoticeDays} days)`,
    },
  };
}

const NONE_LABEL: Label = { th: 'ไม่ระบุ', en: 'Not set' };

export interface ReportLabels {
  kind: Record<string, Label>;
  category: Record<string, Label>;
  department: Record<string, Label>;
  channel: Record<string, Label>;
  status: Record<string, Label>;
  rule: Record<string, Label>;
}

export function reportLabels(
  categories: readonly Category[],
  departments: readonly Department[],
  rules: DeadlineRules,
): ReportLabels {
  return {
    kind: Object.fromEntries(CASE_KINDS.map((k) => [k, KIND_LABELS[k]])),
    category: { none: NONE_LABEL, ...Object.fromEntries(categories.map((c) => [c.code, { th: c.name, en: c.nameEn }])) },
    department: { none: NONE_LABEL, ...Object.fromEntries(departments.map((d) => [d.code, { th: d.name, en: d.nameEn }])) },
    channel: CHANNEL_LABELS,
    status: STATUS_LABELS,
    rule: ruleLabels(rules),
  };
}
