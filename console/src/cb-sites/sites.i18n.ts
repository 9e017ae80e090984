// The sites screen's strings in Thai and English.

export interface SitesTranslation {
  lang: 'th' | 'en';
  nav: string;
  heading: string;
  intro: string;
  introSiteAdmin: string;
  createHeading: string;
  createHint: string;
  slug: string;
  slugHint: string;
  name: string;
  nameHint: string;
  nameEn: string;
  prefix: string;
  prefixHint: string;
  origins: string;
  originsHint: string;
  hotline: string;
  hotlineHint: string;
  create: string;
  created: (slug: string) => string;
  listHeading: string;
  empty: string;
  loading: string;
  archived: string;
  trackingNumbers: string;
  noOrigins: string;
  embed: string;
  embedHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  edit: string;
  save: string;
  saved: (slug: string) => string;
  archive: string;
  archiveConfirm: (name: string) => string;
  confirmArchive: string;
  cancel: string;
  archivedDone: (slug: string) => string;
  restore: string;
  restored: (slug: string) => string;
  fieldErrors: (count: number) => string;
}

const th: SitesTranslation = {
  lang: 'th',
  nav: 'หน่วยงาน',
  heading: 'หน่วยงานที่ใช้ระบบ',
  intro:
    'แต่ละหน่วยงาน (เทศบาล อบต. สำนักงานเขต) มีแบบฟอร์ม เลขที่รับแจ้ง กอง และหมวดเรื่องของตนเอง หน่วยงานใหม่เริ่มจากโครงสร้างส่วนราชการท้องถิ่นมาตรฐาน แก้ไขได้ในหน้าผู้ดูแลระบบ',
  introSiteAdmin: 'แก้ไขชื่อหน่วยงานและเว็บไซต์ที่ฝังแบบฟอร์มได้ที่นี่ การเปลี่ยนอักษรนำหน้าเลขที่รับแจ้งหรือปิดหน่วยงานทำได้โดยผู้ดูแลแพลตฟอร์ม',
  createHeading: 'เพิ่มหน่วยงาน',
  createHint: 'ช่องที่มีเครื่องหมาย * ต้องกรอก',
  slug: 'ชื่อย่อในระบบ (slug) *',
  slugHint: 'อักษรอังกฤษตัวเล็ก ตัวเลข และขีด เช่น pakkret ใช้ในโค้ดฝังแบบฟอร์ม เปลี่ยนภายหลังไม่ได้',
  name: 'ชื่อหน่วยงาน (ไทย) *',
  nameHint: 'เช่น เทศบาลนครปากเกร็ด',
  nameEn: 'ชื่อหน่วยงาน (อังกฤษ) *',
  prefix: 'อักษรนำหน้าเลขที่รับแจ้ง *',
  prefixHint: 'อักษรอังกฤษ 2–5 ตัว เช่น PKK จะได้เลขที่ PKK-2569-000001',
  origins: 'เว็บไซต์ที่ฝังแบบฟอร์ม',
  originsHint: 'บรรทัดละหนึ่งที่อยู่ เช่น https://www.pakkretcity.go.th (https เท่านั้น ไม่ต้องมี path)',
  hotline: 'เบอร์โทรศัพท์สายตรง',
  hotlineHint: 'เบอร์สาธารณะของหน่วยงาน ระบบจะไม่ถือว่าเป็นข้อมูลส่วนบุคคล',
  create: 'เพิ่มหน่วยงาน',
  created: (slug) => `เพิ่มหน่วยงาน ${slug} แล้ว พร้อมกองและหมวดเรื่องมาตรฐาน`,
  listHeading: 'รายชื่อหน่วยงาน',
  empty: 'ยังไม่มีหน่วยงาน',
  loading: 'กำลังโหลด…',
  archived: 'ปิดรับเรื่องแล้ว',
  trackingNumbers: 'เลขที่รับแจ้ง',
  noOrigins: 'ยังไม่ได้ระบุเว็บไซต์ (แบบฟอร์มใช้ได้เฉพาะบนเว็บไซต์ของระบบ)',
  embed: 'โค้ดฝังแบบฟอร์ม',
  embedHint: 'วางสองบรรทัดนี้ในหน้าเว็บของหน่วยงาน',
  copy: 'คัดลอกโค้ด',
  copied: 'คัดลอกโค้ดแล้ว',
  copyFailed: 'คัดลอกไม่ได้ กรุณาเลือกข้อความแล้วคัดลอกเอง',
  edit: 'แก้ไขชื่อและเว็บไซต์',
  save: 'บันทึก',
  saved: (slug) => `บันทึกหน่วยงาน ${slug} แล้ว`,
  archive: 'ปิดรับเรื่อง',
  archiveConfirm: (name) => `${name} จะไม่รับเรื่องใหม่จากทุกช่องทาง ข้อมูลเดิมยังเปิดดูได้ทั้งหมด ยืนยันหรือไม่`,
  confirmArchive: 'ยืนยันปิดรับเรื่อง',
  cancel: 'ยกเลิก',
  archivedDone: (slug) => `ปิดรับเรื่องของ ${slug} แล้ว ข้อมูลเดิมยังอยู่ครบ`,
  restore: 'เปิดรับเรื่องอีกครั้ง',
  restored: (slug) => `${slug} เปิดรับเรื่องอีกครั้งแล้ว`,
  fieldErrors: (n) => `มีข้อมูลที่ต้องแก้ไข ${n} ช่อง`,
};

const en: SitesTranslation = {
  lang: 'en',
  nav: 'Sites',
  heading: 'Sites on this service',
  intro:
    'Each site (a municipality, subdistrict administration or district office) has its own form, tracking numbers, departments and categories. A new site starts from the standard structure of Thai local government; edit it under Administration.',
  introSiteAdmin:
    "Edit your site's names and the websites that embed its form here. Changing the tracking prefix or archiving the site is for the platform administrator.",
  createHeading: 'Add a site',
  createHint: 'Fields marked * are required.',
  slug: 'Short name (slug) *',
  slugHint: 'Lower-case Latin letters, digits and dashes, e.g. pakkret; used in the embed code and never changes.',
  name: 'Name (Thai) *',
  nameHint: 'e.g. เทศบาลนครปากเกร็ด',
  nameEn: 'Name (English) *',
  prefix: 'Tracking number prefix *',
  prefixHint: '2 to 5 Latin letters, e.g. PKK gives PKK-2569-000001.',
  origins: 'Websites that embed the form',
  originsHint: 'One per line, e.g. https://www.pakkretcity.go.th (https only, no path).',
  hotline: 'Hotline',
  hotlineHint: "The site's public number; screening never treats it as personal data.",
  create: 'Add the site',
  created: (slug) => `Added ${slug}, with the standard departments and categories.`,
  listHeading: 'Sites',
  empty: 'No site yet.',
  loading: 'Loading…',
  archived: 'Archived',
  trackingNumbers: 'Tracking numbers',
  noOrigins: 'No website yet (the form works only on this service’s own pages).',
  embed: 'Embed code',
  embedHint: "Paste these two lines into the site's web page.",
  copy: 'Copy the code',
  copied: 'Code copied.',
  copyFailed: 'Could not copy; select the text and copy it yourself.',
  edit: 'Edit names and websites',
  save: 'Save',
  saved: (slug) => `Saved ${slug}.`,
  archive: 'Archive',
  archiveConfirm: (name) => `${name} will take no new posts from any channel; everything it has stays readable. Archive it?`,
  confirmArchive: 'Yes, archive',
  cancel: 'Cancel',
  archivedDone: (slug) => `Archived ${slug}; its records are kept.`,
  restore: 'Take posts again',
  restored: (slug) => `${slug} takes posts again.`,
  fieldErrors: (n) => `${n} ${n === 1 ? 'field needs' : 'fields need'} correcting.`,
};

export function sitesTranslation(lang: string): SitesTranslation {
  return lang === 'en' ? en : th;
}
