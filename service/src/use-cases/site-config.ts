// What the widget needs to draw a site's form: names, kinds, categories, the public org chart, limits.
import { CASE_KINDS, KIND_LABELS } from '../domain/case.js';
import { listCategories, listDepartments, type Site } from '../storage/site.repository.js';
import type { UseCaseDeps } from './deps.js';

export const LIMITS = {
  titleMax: 200,
  bodyMax: 5000,
  locationMax: 300,
  nameMax: 100,
  messageMax: 3000,
  commentMax: 1000,
  screenTextMax: 10_000,
  feedPageMax: 50,
} as const;

const DEFAULT_PRIVACY_NOTICE = (site: Site) => ({
  th:
    `${site.name} เก็บข้อมูลที่ท่านส่งเพื่อรับและดำเนินการเรื่องร้องเรียนนี้เท่านั้น (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) ` +
    'ชื่อ เบอร์โทรศัพท์ และอีเมลของท่านจะเห็นได้เฉพาะเจ้าหน้าที่ที่ดูแลเรื่อง ไม่เผยแพร่ต่อสาธารณะ ' +
    'ข้อความที่เผยแพร่จะถูกปิดบังข้อมูลส่วนบุคคล เก็บรักษาข้อมูลไม่เกิน 5 ปีนับจากวันที่ปิดเรื่อง ' +
    'ท่านขอเข้าถึง แก้ไข หรือลบข้อมูลได้ที่สำนักงานเทศบาล',
  en:
    `${site.nameEn} keeps what you send only to receive and handle this request (Personal Data Protection Act B.E. 2562). ` +
    'Your name, phone number and email are seen only by the staff handling it and are never published. ' +
    'Published text has personal data removed. Data is kept for at most 5 years after the case is closed. ' +
    'You may ask the municipal office to see, correct or delete it.',
});

export async function readSiteConfig(deps: UseCaseDeps, site: Site) {
  const db = deps.db.kysely;
  const [categories, departments] = await Promise.all([listCategories(db, site.id), listDepartments(db, site.id)]);
  return {
    slug: site.slug,
    name: site.name,
    nameEn: site.nameEn,
    locale: 'th',
    locales: ['th', 'en'],
    trackingPrefix: site.trackingPrefix,
    kinds: CASE_KINDS.map((code) => ({
      code,
      name: KIND_LABELS[code].th,
      nameEn: KIND_LABELS[code].en,
      contactRequired: site.settings.contactRequiredKinds.includes(code),
      publicFeed: code !== 'corruption_tip',
    })),
    categories: categories
      .filter((c) => c.active)
      .map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, urgent: c.urgent })),
    departments: departments.filter((d) => d.active).map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn })),
    publicNumbers: site.settings.publicNumbers,
    privacyNotice: site.settings.privacyNotice ?? DEFAULT_PRIVACY_NOTICE(site),
    limits: LIMITS,
  };
}
