// The workflow view's strings in Thai and English (English is the fallback), and date formatting in the Buddhist era for Thai.
import type { CaseStatus } from '../../../service/src/contract/staff-api.js';

export interface WorkflowTranslation {
  lang: 'th' | 'en';
  tabs: { cases: string; routing: string; urgent: string; overdue: string; outbox: string };
  heading: { officer: string; centre: string };
  status: Record<CaseStatus, string>;
  deadline: Record<string, string>;
  /** Timeline events that do not change the status. */
  event: Record<string, string>;
  state: { met: string; due: string; overdue: string; late: string };
  actions: {
    acknowledge: string;
    progress: string;
    resolve: string;
    infoRequest: string;
    infoReply: string;
    refer: string;
    route: string;
    reroute: string;
    retry: string;
    open: string;
    flagUrgent: string;
    clearUrgent: string;
    refresh: string;
  };
  labels: {
    note: string;
    noteHint: string;
    agency: string;
    department: string;
    allDepartments: string;
    nextDeadline: string;
    timeline: string;
    deadlines: string;
    notifications: string;
    noDeadline: string;
    urgent: string;
    empty: string;
    loading: string;
    dispatched: string;
    acknowledged: string;
    minutesOpen: (n: number) => string;
    centre: string;
    attempts: string;
    error: string;
    caseList: string;
  };
  done: string;
  settings: {
    tab: string;
    holidays: string;
    national: string;
    siteHolidays: string;
    worksOn: string;
    add: string;
    remove: string;
    channels: string;
    channel: string;
    target: string;
    secretOnce: (s: string) => string;
    nationalWorkedHint: string;
    date: string;
    noneForSite: string;
    sends: string;
    sendsAll: string;
    sendsPrivacy: string;
    privacyOnly: string;
  };
}

const th: WorkflowTranslation = {
  lang: 'th',
  tabs: {
    cases: 'เรื่องของหน่วยงาน',
    routing: 'รอส่งหน่วยงาน',
    urgent: 'เรื่องเร่งด่วน',
    overdue: 'เลยกำหนด',
    outbox: 'การแจ้งเตือนที่ส่งไม่สำเร็จ',
  },
  heading: { officer: 'เรื่องที่หน่วยงานต้องดำเนินการ', centre: 'ติดตามและส่งต่อเรื่อง' },
  status: {
    received: 'รับเรื่องแล้ว',
    forwarded: 'ส่งหน่วยงานแล้ว',
    acknowledged: 'รับเรื่องแล้ว (หน่วยงาน)',
    in_progress: 'กำลังดำเนินการ',
    resolved: 'แล้วเสร็จ',
    closed: 'ปิดเรื่อง',
    reopened: 'เปิดเรื่องอีกครั้ง',
    rejected: 'ไม่รับพิจารณา',
    referred: 'ส่งต่อหน่วยงานภายนอก',
  },
  deadline: { forward: 'ส่งหน่วยงาน', acknowledge: 'ตอบรับเรื่อง', progress: 'รายงานความคืบหน้า', citizen_notice: 'แจ้งผลแก่ผู้ร้อง' },
  event: {
    published: 'เผยแพร่แล้ว',
    held: 'รอตรวจ',
    progress: 'รายงานความคืบหน้า',
    rerouted: 'เปลี่ยนหน่วยงาน',
    urgent_dispatched: 'แจ้งผู้ประสานงานเรื่องเร่งด่วนแล้ว',
    urgent_flagged: 'ทำเครื่องหมายเร่งด่วน',
    urgent_cleared: 'ยกเลิกเร่งด่วน',
    info_requested: 'หน่วยงานขอข้อมูลเพิ่ม',
    info_provided: 'ศูนย์ฯ ให้ข้อมูลเพิ่ม',
    citizen_message: 'ผู้ร้องส่งข้อความ',
    citizen_reopened: 'ผู้ร้องแจ้งว่ายังไม่ได้รับการแก้ไข',
    citizen_confirmed: 'ผู้ร้องยืนยันผล',
  },
  state: { met: 'ทันกำหนด', due: 'ครบกำหนด', overdue: 'เลยกำหนด', late: 'ล่าช้า' },
  actions: {
    acknowledge: 'ตอบรับเรื่อง',
    progress: 'รายงานความคืบหน้า',
    resolve: 'รายงานผล (แล้วเสร็จ)',
    infoRequest: 'ขอข้อมูลเพิ่มจากศูนย์ฯ',
    infoReply: 'ตอบข้อมูลให้หน่วยงาน',
    refer: 'ส่งต่อหน่วยงานภายนอก',
    route: 'ส่งหน่วยงาน',
    reroute: 'เปลี่ยนหน่วยงาน',
    retry: 'ส่งอีกครั้ง',
    open: 'เปิด',
    flagUrgent: 'ทำเครื่องหมายเร่งด่วน',
    clearUrgent: 'ยกเลิกเร่งด่วน',
    refresh: 'โหลดใหม่',
  },
  labels: {
    note: 'บันทึก',
    noteHint: 'ความคืบหน้าและผลจะแสดงให้ผู้ร้องเห็น',
    agency: 'ชื่อหน่วยงานภายนอก',
    department: 'หน่วยงาน',
    allDepartments: 'ทุกหน่วยงาน',
    nextDeadline: 'กำหนดถัดไป',
    timeline: 'ลำดับเหตุการณ์',
    deadlines: 'กำหนดเวลา',
    notifications: 'การแจ้งเตือน',
    noDeadline: 'ไม่มีกำหนด',
    urgent: 'เร่งด่วน',
    empty: 'ไม่มีรายการ',
    loading: 'กำลังโหลด…',
    dispatched: 'แจ้งผู้ประสานงาน',
    acknowledged: 'หน่วยงานรับเรื่อง',
    minutesOpen: (n) => (n < 120 ? `${n} นาที` : `${Math.floor(n / 60)} ชั่วโมง`),
    centre: 'ศูนย์รับเรื่อง',
    attempts: 'ครั้ง',
    error: 'ข้อผิดพลาด',
    caseList: 'รายการเรื่อง',
  },
  done: 'บันทึกแล้ว',
  settings: {
    tab: 'ปฏิทินและช่องทางแจ้งเตือน',
    holidays: 'วันหยุด',
    national: 'วันหยุดราชการ (ชุดข้อมูลที่ติดตั้งมา)',
    siteHolidays: 'วันหยุดเพิ่มของเทศบาล',
    worksOn: 'เปิดทำการ',
    add: 'เพิ่ม',
    remove: 'ลบ',
    channels: 'ช่องทางแจ้งเตือน',
    channel: 'ช่องทาง',
    target: 'อีเมลหรือ URL',
    secretOnce: (s) => `รหัสลับสำหรับตรวจลายเซ็น (แสดงครั้งเดียว): ${s}`,
    nationalWorkedHint: 'เลือก "เปิดทำการ" หากเทศบาลทำงานในวันนั้น',
    date: 'วันที่',
    noneForSite: 'ทั้งเทศบาล (ศูนย์ฯ)',
    sends: 'ส่งเรื่องใด',
    sendsAll: 'ทุกการแจ้งเตือนของหน่วยนี้',
    sendsPrivacy: 'คำขอใช้สิทธิข้อมูลส่วนบุคคลเท่านั้น (สำหรับ DPO)',
    privacyOnly: 'คำขอใช้สิทธิข้อมูลส่วนบุคคล',
  },
};

const en: WorkflowTranslation = {
  lang: 'en',
  tabs: {
    cases: "Department's cases",
    routing: 'To route',
    urgent: 'Urgent',
    overdue: 'Overdue',
    outbox: 'Failed notifications',
  },
  heading: { officer: 'Cases for your department', centre: 'Follow-up and routing' },
  status: {
    received: 'Received',
    forwarded: 'Forwarded',
    acknowledged: 'Acknowledged',
    in_progress: 'In progress',
    resolved: 'Resolved',
    closed: 'Closed',
    reopened: 'Reopened',
    rejected: 'Rejected',
    referred: 'Referred elsewhere',
  },
  deadline: { forward: 'Forward', acknowledge: 'Acknowledge', progress: 'Progress report', citizen_notice: 'Notice to citizen' },
  event: {
    published: 'Published',
    held: 'Held for review',
    progress: 'Progress report',
    rerouted: 'Re-routed',
    urgent_dispatched: 'Urgent coordinator told',
    urgent_flagged: 'Marked urgent',
    urgent_cleared: 'Urgent cleared',
    info_requested: 'Department asked for information',
    info_provided: 'Centre gave information',
    citizen_message: 'Message from the citizen',
    citizen_reopened: 'Citizen says not fixed',
    citizen_confirmed: 'Citizen confirmed the result',
  },
  state: { met: 'Met', due: 'Due', overdue: 'Overdue', late: 'late' },
  actions: {
    acknowledge: 'Acknowledge',
    progress: 'Report progress',
    resolve: 'Report result (resolved)',
    infoRequest: 'Ask the centre for information',
    infoReply: 'Send information to the department',
    refer: 'Refer to another agency',
    route: 'Route',
    reroute: 'Re-route',
    retry: 'Retry',
    open: 'Open',
    flagUrgent: 'Mark urgent',
    clearUrgent: 'Clear urgent',
    refresh: 'Refresh',
  },
  labels: {
    note: 'Note',
    noteHint: 'Progress and results are shown to the citizen',
    agency: 'Agency name',
    department: 'Department',
    allDepartments: 'All departments',
    nextDeadline: 'Next deadline',
    timeline: 'Timeline',
    deadlines: 'Deadlines',
    notifications: 'Notifications',
    noDeadline: 'No deadline',
    urgent: 'Urgent',
    empty: 'Nothing here',
    loading: 'Loading…',
    dispatched: 'Coordinator told',
    acknowledged: 'Acknowledged',
    minutesOpen: (n) => (n < 120 ? `${n} min` : `${Math.floor(n / 60)} h`),
    centre: 'Complaint centre',
    attempts: 'attempts',
    error: 'Error',
    caseList: 'Cases',
  },
  done: 'Saved',
  settings: {
    tab: 'Calendar and channels',
    holidays: 'Holidays',
    national: 'Government holidays (shipped data)',
    siteHolidays: "The municipality's own closed days",
    worksOn: 'Open',
    add: 'Add',
    remove: 'Remove',
    channels: 'Notification channels',
    channel: 'Channel',
    target: 'Email or URL',
    secretOnce: (s) => `Signing secret (shown once): ${s}`,
    nationalWorkedHint: 'Choose "Open" if the municipality works that day',
    date: 'Date',
    noneForSite: 'Whole site (the centre)',
    sends: 'What it gets',
    sendsAll: 'Every notice for this unit',
    sendsPrivacy: 'Personal-data requests only (for the DPO)',
    privacyOnly: 'personal-data requests',
  },
};

export function workflowTranslation(lang: string | null | undefined): WorkflowTranslation {
  return lang === 'th' ? th : en;
}

/** Dates in Bangkok time; Thai shows the Buddhist era (2569). */
export function formatDate(t: WorkflowTranslation, iso: string, withTime = false): string {
  const value = iso.length === 10 ? `${iso}T12:00:00+07:00` : iso;
  return new Intl.DateTimeFormat(t.lang === 'th' ? 'th-TH' : 'en-GB', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Asia/Bangkok',
  }).format(new Date(value));
}
