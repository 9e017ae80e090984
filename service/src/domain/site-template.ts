// What a new municipality starts from: the usual Thai local-government divisions, the categories routed to them,
// and settings (privacy notice, hotline, office hours) written from what its administrator gave. Pure data.
import type { Coordinator, SiteSettings } from './site.js';

export interface TemplateDepartment {
  code: string;
  name: string;
  nameEn: string;
  main?: Coordinator | null;
  urgent?: Coordinator | null;
}

export interface TemplateCategory {
  code: string;
  name: string;
  nameEn: string;
  /** Code of the department that receives this category's cases. */
  department: string;
  /** Danger to life or property ("BEST"): dispatched at once to the urgent-case coordinator. */
  urgent?: boolean;
}

export interface SiteOrganisation {
  departments: readonly TemplateDepartment[];
  categories: readonly TemplateCategory[];
}

/** Office hours in both languages, as the municipality publishes them. */
export interface OfficeHours {
  th: string;
  en: string;
}

/** The divisions a เทศบาล or อบต. has under the Municipality Act and the Interior Ministry's standard structure. */
export const TEMPLATE_DEPARTMENTS: readonly TemplateDepartment[] = [
  { code: 'palad', name: 'สำนักปลัด', nameEn: 'Office of the Clerk' },
  { code: 'finance', name: 'กองคลัง', nameEn: 'Finance Division' },
  { code: 'engineering', name: 'กองช่าง', nameEn: 'Engineering Division' },
  { code: 'health', name: 'กองสาธารณสุขและสิ่งแวดล้อม', nameEn: 'Public Health and Environment Division' },
  { code: 'education', name: 'กองการศึกษา', nameEn: 'Education Division' },
  { code: 'welfare', name: 'กองสวัสดิการสังคม', nameEn: 'Social Welfare Division' },
  { code: 'strategy', name: 'กองยุทธศาสตร์และงบประมาณ', nameEn: 'Strategy and Budget Division' },
  { code: 'disaster', name: 'งานป้องกันและบรรเทาสาธารณภัย', nameEn: 'Disaster Prevention and Mitigation' },
];

export const TEMPLATE_CATEGORIES: readonly TemplateCategory[] = [
  { code: 'roads', name: 'ถนน ทางเท้า สะพาน', nameEn: 'Roads, pavements and bridges', department: 'engineering' },
  { code: 'lighting', name: 'ไฟฟ้าส่องสว่างสาธารณะ', nameEn: 'Street lighting', department: 'engineering' },
  { code: 'drainage', name: 'ท่อระบายน้ำ น้ำท่วมขัง', nameEn: 'Drains and flooding', department: 'engineering' },
  { code: 'building', name: 'การก่อสร้าง ต่อเติมอาคาร', nameEn: 'Construction and building work', department: 'engineering' },
  { code: 'trees', name: 'ต้นไม้ สวนสาธารณะ', nameEn: 'Trees and parks', department: 'engineering' },
  { code: 'waste', name: 'ขยะและความสะอาด', nameEn: 'Waste and cleanliness', department: 'health' },
  { code: 'animals', name: 'สัตว์จรจัด', nameEn: 'Stray animals', department: 'health' },
  { code: 'nuisance', name: 'เหตุเดือดร้อนรำคาญ (เสียง กลิ่น ควัน)', nameEn: 'Nuisance (noise, smell, smoke)', department: 'health' },
  { code: 'markets', name: 'ตลาด ร้านอาหาร แผงลอย', nameEn: 'Markets, food shops and street stalls', department: 'health' },
  { code: 'disease', name: 'โรคติดต่อ ยุงลาย', nameEn: 'Communicable disease and mosquitoes', department: 'health' },
  {
    code: 'fire',
    name: 'อัคคีภัย สาธารณภัย',
    nameEn: 'Fire and disasters',
    department: 'disaster',
    urgent: true,
  },
  {
    code: 'hazard',
    name: 'เหตุเร่งด่วน อันตรายต่อชีวิตและทรัพย์สิน',
    nameEn: 'Urgent danger to life or property',
    department: 'disaster',
    urgent: true,
  },
  { code: 'tax', name: 'ภาษีและค่าธรรมเนียม', nameEn: 'Taxes and fees', department: 'finance' },
  { code: 'education', name: 'โรงเรียน ศูนย์พัฒนาเด็กเล็ก', nameEn: 'Schools and childcare centres', department: 'education' },
  {
    code: 'welfare',
    name: 'เบี้ยยังชีพผู้สูงอายุ ผู้พิการ สวัสดิการ',
    nameEn: 'Elderly and disability allowances, welfare',
    department: 'welfare',
  },
  { code: 'corruption', name: 'การทุจริตและประพฤติมิชอบ', nameEn: 'Corruption and misconduct', department: 'palad' },
  { code: 'staff', name: 'การให้บริการของเจ้าหน้าที่', nameEn: 'Service by staff', department: 'palad' },
  { code: 'information', name: 'ขอข้อมูลข่าวสารของราชการ', nameEn: 'Official information', department: 'palad' },
  { code: 'budget', name: 'แผนพัฒนาและงบประมาณ', nameEn: 'Development plans and budget', department: 'strategy' },
  { code: 'other', name: 'อื่น ๆ', nameEn: 'Other', department: 'palad' },
];

export const SITE_TEMPLATE: SiteOrganisation = { departments: TEMPLATE_DEPARTMENTS, categories: TEMPLATE_CATEGORIES };

/** Thai government office hours, unless the municipality gives its own. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  th: 'วันจันทร์–วันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ',
  en: 'Monday to Friday, 08:30–16:30, except public holidays',
};

export interface TemplateFacts {
  name: string;
  nameEn: string;
  /** The municipality's published complaint number (not personal data). */
  hotline?: string | undefined;
  officeHours?: OfficeHours | undefined;
}

/**
 * The privacy notice's own wording, without the retention paragraph (generated from the retention setting, see
 * use-cases/privacy/privacy-notice.ts), so it must not state a period itself.
 */
export function templatePrivacyNotice(facts: TemplateFacts): { th: string; en: string } {
  const hours = facts.officeHours ?? DEFAULT_OFFICE_HOURS;
  const th = facts.hotline ? `สำนักปลัด${facts.name} โทร ${facts.hotline} ${hours.th}` : `สำนักปลัด${facts.name} ${hours.th}`;
  const en = facts.hotline
    ? `the Office of the Clerk of ${facts.nameEn}, telephone ${facts.hotline}, ${lowerFirst(hours.en)}`
    : `the Office of the Clerk of ${facts.nameEn}, ${lowerFirst(hours.en)}`;
  return {
    th:
      `${facts.name} เก็บข้อมูลที่ท่านส่งเพื่อรับและดำเนินการเรื่องร้องเรียนนี้เท่านั้น (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) ` +
      'ชื่อ เบอร์โทรศัพท์ และอีเมลของท่านจะเห็นได้เฉพาะเจ้าหน้าที่ที่ดูแลเรื่อง ไม่เผยแพร่ต่อสาธารณะ ' +
      `ข้อความที่เผยแพร่จะถูกปิดบังข้อมูลส่วนบุคคล สอบถามเรื่องข้อมูลส่วนบุคคลได้ที่${th}`,
    en:
      `${facts.nameEn} keeps what you send only to receive and handle this request (Personal Data Protection Act B.E. 2562). ` +
      'Your name, phone number and email are seen only by the staff handling it and are never published. ' +
      `Published text has personal data removed. Questions about your personal data: ${en}.`,
  };
}

/** A new site's settings: the defaults, information requests need a way to answer, the hotline is public. */
export function templateSettings(facts: TemplateFacts, defaults: SiteSettings): SiteSettings {
  return {
    ...defaults,
    contactRequiredKinds: ['information_request'],
    publicNumbers: facts.hotline ? [facts.hotline] : [],
    hotline: facts.hotline,
    officeHours: facts.officeHours ?? DEFAULT_OFFICE_HOURS,
    privacyNotice: templatePrivacyNotice(facts),
  };
}

function lowerFirst(text: string): string {
  return text.length > 0 && /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
