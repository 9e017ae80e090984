// The demo municipality เทศบาลตัวอย่าง: realistic departments, coordinators and categories.
import type { Coordinator } from '../../domain/site.js';

export interface DepartmentSeed {
  code: string;
  name: string;
  nameEn: string;
  main: Coordinator;
  urgent: Coordinator;
}

export interface CategorySeed {
  code: string;
  name: string;
  nameEn: string;
  department: string;
  urgent?: boolean;
}

export const DEMO_SITE = {
  slug: 'demo',
  name: 'เทศบาลตัวอย่าง',
  nameEn: 'Example Municipality',
  trackingPrefix: 'DEMO',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
  settings: {
    contactRequiredKinds: ['information_request'],
    moderateEverything: false,
    publicNumbers: ['02-123-4567', '02-123-4568', '1132'],
    holdLinks: true,
    blockedWords: [],
    allowedWords: [],
    holidays: [],
  },
} as const;

export const DEMO_DEPARTMENTS: DepartmentSeed[] = [
  {
    code: 'palad',
    name: 'สำนักปลัดเทศบาล',
    nameEn: 'Office of the Municipal Clerk',
    main: { name: 'นางสาวพิมพ์ใจ ใจดี', position: 'หัวหน้าฝ่ายอำนวยการ', phone: '02-123-4567', email: 'palad@demo.example' },
    urgent: { name: 'นายสมศักดิ์ รักษ์ไทย', position: 'หัวหน้างานป้องกันฯ', phone: '02-123-4599', lineId: 'demo-palad' },
  },
  {
    code: 'engineering',
    name: 'กองช่าง',
    nameEn: 'Engineering Division',
    main: { name: 'นายวิชัย มั่นคง', position: 'ผู้อำนวยการกองช่าง', phone: '02-123-4570', email: 'chang@demo.example' },
    urgent: { name: 'นายประเสริฐ ซ่อมไว', position: 'นายช่างโยธา', phone: '02-123-4571', lineId: 'demo-chang' },
  },
  {
    code: 'finance',
    name: 'กองคลัง',
    nameEn: 'Finance Division',
    main: { name: 'นางมาลี เงินทอง', position: 'ผู้อำนวยการกองคลัง', phone: '02-123-4580', email: 'klang@demo.example' },
    urgent: { name: 'นางมาลี เงินทอง', position: 'ผู้อำนวยการกองคลัง', phone: '02-123-4580' },
  },
  {
    code: 'health',
    name: 'กองสาธารณสุขและสิ่งแวดล้อม',
    nameEn: 'Public Health and Environment Division',
    main: { name: 'นางสาวสุดา สะอาด', position: 'ผู้อำนวยการกองสาธารณสุขฯ', phone: '02-123-4590', email: 'health@demo.example' },
    urgent: { name: 'นายอนันต์ ปลอดภัย', position: 'นักวิชาการสุขาภิบาล', phone: '02-123-4591', lineId: 'demo-health' },
  },
  {
    code: 'education',
    name: 'กองการศึกษา',
    nameEn: 'Education Division',
    main: { name: 'นางกานดา เรียนดี', position: 'ผู้อำนวยการกองการศึกษา', phone: '02-123-4560', email: 'edu@demo.example' },
    urgent: { name: 'นางกานดา เรียนดี', position: 'ผู้อำนวยการกองการศึกษา', phone: '02-123-4560' },
  },
  {
    code: 'welfare',
    name: 'กองสวัสดิการสังคม',
    nameEn: 'Social Welfare Division',
    main: { name: 'นายบุญมี มีสุข', position: 'ผู้อำนวยการกองสวัสดิการสังคม', phone: '02-123-4550', email: 'welfare@demo.example' },
    urgent: { name: 'นายบุญมี มีสุข', position: 'ผู้อำนวยการกองสวัสดิการสังคม', phone: '02-123-4550' },
  },
];

export const DEMO_CATEGORIES: CategorySeed[] = [
  { code: 'roads', name: 'ถนน ทางเท้า สะพาน', nameEn: 'Roads, pavements and bridges', department: 'engineering' },
  { code: 'lighting', name: 'ไฟฟ้าส่องสว่างสาธารณะ', nameEn: 'Street lighting', department: 'engineering' },
  { code: 'drainage', name: 'ท่อระบายน้ำ น้ำท่วมขัง', nameEn: 'Drains and flooding', department: 'engineering' },
  { code: 'waste', name: 'ขยะและความสะอาด', nameEn: 'Waste and cleanliness', department: 'health' },
  { code: 'nuisance', name: 'เหตุเดือดร้อนรำคาญ (เสียง กลิ่น ควัน)', nameEn: 'Nuisance (noise, smell, smoke)', department: 'health' },
  { code: 'animals', name: 'สัตว์จรจัด', nameEn: 'Stray animals', department: 'health' },
  { code: 'trees', name: 'ต้นไม้ สวนสาธารณะ', nameEn: 'Trees and parks', department: 'engineering' },
  { code: 'loudspeaker', name: 'หอกระจายข่าว เสียงตามสาย', nameEn: 'Public-address loudspeakers', department: 'palad' },
  { code: 'tax', name: 'ภาษีและค่าธรรมเนียม', nameEn: 'Taxes and fees', department: 'finance' },
  { code: 'welfare', name: 'เบี้ยยังชีพ สวัสดิการ', nameEn: 'Allowances and welfare', department: 'welfare' },
  { code: 'education', name: 'โรงเรียน ศูนย์พัฒนาเด็กเล็ก', nameEn: 'Schools and childcare centres', department: 'education' },
  { code: 'staff', name: 'การให้บริการของเจ้าหน้าที่', nameEn: 'Service by staff', department: 'palad' },
  {
    code: 'hazard',
    name: 'เหตุเร่งด่วน อันตรายต่อชีวิตและทรัพย์สิน',
    nameEn: 'Urgent danger to life or property',
    department: 'palad',
    urgent: true,
  },
  { code: 'other', name: 'อื่น ๆ', nameEn: 'Other', department: 'palad' },
];
