// The privacy queue's strings in Thai and English, and dates in the Buddhist era for Thai.

export interface PrivacyTranslation {
  lang: 'th' | 'en';
  nav: string;
  heading: string;
  intro: string;
  show: string;
  statuses: Record<'open' | 'completed' | 'refused' | 'all', string>;
  summary: (open: number, overdue: number) => string;
  empty: string;
  types: Record<'erasure' | 'correction' | 'restriction', string>;
  overdue: string;
  dueBy: (date: string) => string;
  filedOn: (date: string) => string;
  decidedOn: (date: string) => string;
  details: string;
  noDetails: string;
  heldContact: string;
  name: string;
  phone: string;
  email: string;
  correctionHint: string;
  keepPublic: string;
  keepPublicHint: string;
  erasureWarning: string;
  restrictionHint: string;
  complete: Record<'erasure' | 'correction' | 'restriction', string>;
  refuseHeading: string;
  ground: string;
  reason: string;
  reasonHint: string;
  refuse: string;
  completed: (code: string) => string;
  refused: (code: string) => string;
  record: string;
  recordHint: string;
  loading: string;
  caseLink: string;
  /** On an erased case's staff page. */
  erasedCase: (date: string, byRequest: boolean) => string;
}

const th: PrivacyTranslation = {
  lang: 'th',
  nav: 'คำขอข้อมูลส่วนบุคคล',
  heading: 'คำขอใช้สิทธิเกี่ยวกับข้อมูลส่วนบุคคล',
  intro: 'ประชาชนยื่นคำขอด้วยเลขที่รับแจ้งและรหัสติดตาม ต้องตอบภายใน 30 วัน (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 30–34) คำขอที่เกินกำหนดแสดงก่อน',
  show: 'แสดง',
  statuses: { open: 'รอตอบ', completed: 'ดำเนินการแล้ว', refused: 'ปฏิเสธแล้ว', all: 'ทั้งหมด' },
  summary: (open, overdue) => `รอตอบ ${open} คำขอ${overdue ? ` · เกินกำหนด ${overdue}` : ''}`,
  empty: 'ไม่มีคำขอ',
  types: { erasure: 'ขอลบข้อมูล', correction: 'ขอแก้ไขข้อมูล', restriction: 'ขอระงับการใช้ข้อมูล' },
  overdue: 'เกินกำหนด',
  dueBy: (d) => `ตอบภายใน ${d}`,
  filedOn: (d) => `ยื่นเมื่อ ${d}`,
  decidedOn: (d) => `ตอบเมื่อ ${d}`,
  details: 'รายละเอียดจากผู้ยื่น',
  noDetails: 'ไม่ได้ระบุรายละเอียด',
  heldContact: 'ข้อมูลติดต่อที่เก็บไว้ (แก้ไขได้ เว้นว่างเพื่อลบ)',
  name: 'ชื่อ',
  phone: 'โทรศัพท์',
  email: 'อีเมล',
  correctionHint: 'บันทึกเฉพาะช่องที่เปลี่ยน บันทึกการใช้งานจะเก็บเพียงชื่อช่อง ไม่เก็บค่า',
  keepPublic: 'คงข้อความที่เผยแพร่ (ซึ่งปิดบังข้อมูลแล้ว) ไว้ตามที่ผู้ยื่นยินยอม',
  keepPublicHint: 'ผู้ยื่นยินยอมให้ข้อความที่ปิดบังแล้วยังเผยแพร่ต่อได้',
  erasureWarning:
    'การลบจะลบข้อมูลติดต่อ ข้อความต้นฉบับ ข้อความเพิ่มเติม และเหตุผลที่เป็นข้อความอิสระ ถอนเรื่องจากการเผยแพร่ คงไว้เพียงสถิติและกำหนดเวลา ย้อนคืนไม่ได้',
  restrictionHint: 'ข้อมูลยังเก็บไว้ แต่จะไม่ส่งข้อความถึงผู้ร้อง และเรื่องจะไม่แสดงต่อสาธารณะ',
  complete: { erasure: 'ลบข้อมูลของเรื่องนี้', correction: 'บันทึกการแก้ไข', restriction: 'ระงับการใช้ข้อมูล' },
  refuseHeading: 'ปฏิเสธคำขอ',
  ground: 'เหตุตามกฎหมาย',
  reason: 'คำอธิบายถึงผู้ยื่น',
  reasonHint: 'ผู้ยื่นจะเห็นข้อความนี้ในหน้าติดตามเรื่อง',
  refuse: 'ปฏิเสธ',
  completed: (code) => `ดำเนินการคำขอของเรื่อง ${code} แล้ว`,
  refused: (code) => `ปฏิเสธคำขอของเรื่อง ${code} แล้ว`,
  record: 'บันทึกรายการกิจกรรมการประมวลผล (พิมพ์ได้)',
  recordHint: 'สร้างจากการตั้งค่าจริงของหน่วยงาน: วัตถุประสงค์ ประเภทข้อมูล ผู้รับข้อมูล ระยะเวลาเก็บ และมาตรการความปลอดภัย',
  loading: 'กำลังโหลด…',
  caseLink: 'เรื่อง',
  erasedCase: (d, byRequest) =>
    `ข้อมูลส่วนบุคคลของเรื่องนี้ถูกลบเมื่อ ${d} (${byRequest ? 'ตามคำขอของผู้ร้อง' : 'ครบระยะเวลาเก็บรักษา'}) เหลือเพียงข้อเท็จจริงของเรื่องและสถิติ`,
};

const en: PrivacyTranslation = {
  lang: 'en',
  nav: 'Privacy requests',
  heading: "Citizens' privacy requests",
  intro:
    'Citizens file these with their tracking number and access key. Each must be answered within 30 days (PDPA sections 30–34); overdue ones come first.',
  show: 'Show',
  statuses: { open: 'Open', completed: 'Completed', refused: 'Refused', all: 'All' },
  summary: (open, overdue) => `${open} open${overdue ? ` · ${overdue} overdue` : ''}`,
  empty: 'No requests.',
  types: { erasure: 'Erasure', correction: 'Correction', restriction: 'Restriction' },
  overdue: 'Overdue',
  dueBy: (d) => `answer by ${d}`,
  filedOn: (d) => `filed ${d}`,
  decidedOn: (d) => `answered ${d}`,
  details: "The citizen's details",
  noDetails: 'No details given.',
  heldContact: 'Contact details held (edit; leave empty to remove)',
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  correctionHint: 'Only changed fields are saved; the audit log records which fields, never the values.',
  keepPublic: 'Keep the published text (already redacted), as the citizen agreed',
  keepPublicHint: 'The citizen agreed that the redacted public text may stay published.',
  erasureWarning:
    'Erasure deletes the contact details, original texts, messages and free-text reasons and withdraws the post; statistics and deadlines remain. It cannot be undone.',
  restrictionHint: 'The data is kept, but the citizen gets no more messages and the post is no longer public.',
  complete: { erasure: 'Erase this case', correction: 'Save the correction', restriction: 'Restrict the use' },
  refuseHeading: 'Refuse the request',
  ground: 'Legal ground',
  reason: 'Explanation for the citizen',
  reasonHint: 'The citizen sees this on the tracking page.',
  refuse: 'Refuse',
  completed: (code) => `The request on ${code} is completed.`,
  refused: (code) => `The request on ${code} is refused.`,
  record: 'Record of processing activities (printable)',
  recordHint:
    "Generated from the site's real settings: purposes, categories of data, recipients, retention and security measures.",
  loading: 'Loading…',
  caseLink: 'Case',
  erasedCase: (d, byRequest) =>
    `This case's personal data was erased on ${d} (${byRequest ? "at the citizen's request" : 'the retention period ended'}); only its facts and statistics remain.`,
};

export function privacyTranslation(lang: string): PrivacyTranslation {
  return lang === 'en' ? en : th;
}

/** Dates in Bangkok time; Thai shows the Buddhist era (2569). */
export function formatDate(t: PrivacyTranslation, iso: string): string {
  return new Intl.DateTimeFormat(t.lang === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' }).format(
    new Date(iso),
  );
}
