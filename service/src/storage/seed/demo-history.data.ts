// The demo's past as data: the staff who worked it, the QR assets, and what citizens sent and what became of it.
// Invented people, numbers and places; times are days before the first start, made exact by demo-history.ts.
import type { StaffChannel, RejectReason } from '../../domain/moderation.js';
import type { SubmitPostInput } from '../../use-cases/submit-post.js';
import type { FlagReason } from '../../use-cases/community/flag-post.js';

/** Staff of the demo: a complaint-centre moderator and one officer per department (passwords random, never shown). */
export const DEMO_STAFF = [
  { username: 'centre', displayName: 'นางสาวอรวรรณ ศูนย์รับเรื่อง', role: 'moderator', department: null },
  { username: 'palad.officer', displayName: 'นายธนากร สำนักปลัด', role: 'officer', department: 'palad' },
  { username: 'chang.officer', displayName: 'นายเอกชัย กองช่าง', role: 'officer', department: 'engineering' },
  { username: 'klang.officer', displayName: 'นางสาวจันทร์เพ็ญ กองคลัง', role: 'officer', department: 'finance' },
  { username: 'health.officer', displayName: 'นางรัตนา กองสาธารณสุข', role: 'officer', department: 'health' },
  { username: 'edu.officer', displayName: 'นางสาวปวีณา กองการศึกษา', role: 'officer', department: 'education' },
  { username: 'welfare.officer', displayName: 'นายกิตติพงษ์ กองสวัสดิการ', role: 'officer', department: 'welfare' },
] as const;

/** Fixed assets with QR codes, put up on the first day of the history. */
export const DEMO_ASSETS = [
  { code: 'LS-01', name: 'หอกระจายข่าว ชุมชนตลาดเก่า', category: 'loudspeaker', locationText: 'ลานหน้าศาลาชุมชนตลาดเก่า' },
  { code: 'BS-03', name: 'ศาลาที่พักผู้โดยสาร หน้าโรงพยาบาล', category: 'roads', locationText: 'ถนนสุขาภิบาล 2 ฝั่งขาเข้าเมือง' },
  { code: 'WC-02', name: 'ห้องน้ำสาธารณะ สวนสาธารณะเทศบาล', category: 'waste', locationText: 'ข้างลานแอโรบิก' },
  { code: 'SL-15', name: 'เสาไฟส่องสว่าง ถนนเลียบคลองส่งน้ำ', category: 'lighting', locationText: 'ช่วงสะพานไม้ถึงประตูน้ำ' },
] as const;

/** What a story's citizen sends; `channel` other than web or qr means staff typed it in. */
export type DemoPost = Omit<SubmitPostInput, 'consent' | 'notice' | 'photos'>;

/** One thing that happens to a case, `in` hours after the step before (defaults per act in demo-history.ts). */
export type DemoStep = { in?: number } & (
  | { act: 'route'; department: string }
  | { act: 'acknowledge'; note?: string }
  | { act: 'progress'; note: string }
  | { act: 'resolve'; note: string }
  | { act: 'refer'; agency: string; note?: string }
  /** The centre turns the case down (not a municipal matter, a duplicate). */
  | { act: 'reject'; note: string }
  | { act: 'close' }
  | { act: 'answer'; body: string; public?: boolean }
  | { act: 'feedback'; satisfied: boolean; rating?: number; comment?: string }
  | { act: 'message'; body: string }
  | { act: 'info'; ask: string; reply: string }
  | { act: 'urgent'; note: string }
  /** A moderator publishes a held post with every finding redacted. */
  | { act: 'approve' }
  /** A moderator rejects a held post. */
  | { act: 'refuse'; reason: RejectReason; note?: string }
  | { act: 'support'; count: number }
  | { act: 'flag'; reason: FlagReason; count: number }
);

export interface DemoStory {
  /** Days before the first start on which the citizen wrote. */
  daysAgo: number;
  channel?: 'web' | 'qr' | StaffChannel;
  /** Staff acted outside office hours too (urgent cases). */
  anyHour?: boolean;
  post: DemoPost;
  steps: DemoStep[];
}

const mail = (name: string) => ({ email: `${name}@example.com`, name: 'ผู้แจ้ง' });

export const DEMO_STORIES: DemoStory[] = [
  // ── Five months ago: the rainy season ends, the cool season starts.
  {
    daysAgo: 152,
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'น้ำท่วมขังหน้าตลาดสดทุกครั้งที่ฝนตก',
      body: 'ฝนตกไม่ถึงชั่วโมงน้ำก็ท่วมถึงข้อเท้าหน้าตลาดสดเทศบาล แม่ค้าต้องยกของหนี ลูกค้าก็ไม่กล้าเดินเข้ามา อยากให้ลอกท่อระบายน้ำทั้งแนวค่ะ',
      location: { text: 'หน้าตลาดสดเทศบาล', lat: 13.9052, lng: 100.5121 },
      contact: mail('market.vendor'),
      notify: true,
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'support', count: 14 },
      { act: 'progress', note: 'นำรถดูดเลนเข้าลอกท่อช่วงหน้าตลาดแล้ว 40 เมตร จะทำต่อจนถึงปากคลองภายในสัปดาห์หน้า' },
      { act: 'resolve', note: 'ลอกท่อทั้งแนวยาว 120 เมตรเรียบร้อย และเปลี่ยนฝาตะแกรงที่แตก 3 จุด', in: 120 },
      {
        act: 'answer',
        body: 'กองช่างลอกท่อระบายน้ำหน้าตลาดสดทั้งแนวแล้ว หากยังมีน้ำขังเกิน 30 นาทีหลังฝนหยุด แจ้งกลับมาได้ทันทีครับ',
      },
      { act: 'feedback', satisfied: true, rating: 5, comment: 'ฝนตกเมื่อวานน้ำลดเร็วมาก ขอบคุณค่ะ' },
    ],
  },
  {
    daysAgo: 150,
    post: {
      kind: 'question',
      category: 'tax',
      title: 'ภาษีป้ายร้านค้าต้องยื่นภายในเดือนไหน',
      body: 'เพิ่งเปิดร้านกาแฟเล็ก ๆ และติดป้ายชื่อร้านหน้าร้าน อยากทราบว่าต้องยื่นแบบภาษีป้ายเมื่อไร และคิดอัตราอย่างไรครับ',
    },
    steps: [
      { act: 'route', department: 'finance' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ป้ายที่ติดตั้งใหม่ให้ยื่นแบบ ภ.ป.1 ภายใน 15 วันนับจากวันติดตั้ง อัตราขึ้นกับขนาดและชนิดของป้าย นำรูปถ่ายป้ายและขนาดมาที่กองคลัง ชั้น 1 เจ้าหน้าที่คำนวณให้ทันทีครับ',
        in: 4,
      },
      { act: 'resolve', note: 'ตอบคำถามทางระบบแล้ว' },
    ],
  },
  {
    daysAgo: 147,
    channel: 'phone',
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'รถขยะไม่เข้าเก็บในซอยวัดกลาง',
      body: 'ผู้แจ้งโทรมาแจ้งว่ารถเก็บขยะไม่เข้าซอยวัดกลางมาหนึ่งสัปดาห์ เพราะมีรถยนต์จอดขวางปากซอย ขยะเริ่มส่งกลิ่น',
      location: { text: 'ซอยวัดกลาง' },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ประสานชุมชนให้เว้นที่จอดปากซอยในวันจันทร์และพฤหัสบดี รถขยะเข้าเก็บได้ตามปกติแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 145,
    post: {
      kind: 'suggestion',
      category: 'trees',
      title: 'ขอเพิ่มม้านั่งรอบสระน้ำในสวนสาธารณะ',
      body: 'ตอนเช้ามีผู้สูงอายุมาเดินออกกำลังกายเยอะมาก แต่ม้านั่งมีแค่สองตัว อยากให้เพิ่มม้านั่งใต้ร่มไม้ตามลู่วิ่งรอบสระครับ',
      location: { text: 'สวนสาธารณะเทศบาล', lat: 13.9031, lng: 100.5174 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'support', count: 9 },
      {
        act: 'answer',
        body: 'ขอบคุณสำหรับข้อเสนอ เทศบาลบรรจุการติดตั้งม้านั่งเพิ่ม 10 ตัวไว้ในแผนปีงบประมาณหน้าแล้วครับ',
      },
      { act: 'resolve', note: 'บรรจุในแผนพัฒนาแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 143,
    channel: 'qr',
    post: {
      kind: 'complaint',
      asset: 'LS-01',
      title: 'หอกระจายข่าวเสียงแตก ฟังประกาศไม่รู้เรื่อง',
      body: 'ลำโพงตัวบนสุดเสียงแตกมาก ตอนประกาศเรื่องฉีดวัคซีนสุนัขฟังไม่ออกเลยว่าวันไหน',
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'เปลี่ยนลำโพงฮอร์นตัวบนแล้ว ทดสอบเสียงชัดเจน' },
      { act: 'feedback', satisfied: true, rating: 4 },
    ],
  },
  {
    daysAgo: 140,
    post: {
      kind: 'complaint',
      category: 'lighting',
      title: 'ไฟถนนดับสามต้นติดกัน ซอยเทศบาล 5',
      body: 'ไฟส่องสว่างในซอยเทศบาล 5 ดับติดกันสามต้นเกือบสัปดาห์แล้ว กลางคืนมืดมาก เด็กนักเรียนเดินกลับจากเรียนพิเศษลำบาก',
      location: { text: 'ซอยเทศบาล 5 ใกล้ศาลาประชาคม', lat: 13.9068, lng: 100.5089 },
      contact: { phone: '0812345678' },
      notify: true,
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'support', count: 6 },
      { act: 'resolve', note: 'เปลี่ยนหลอด LED 3 ดวงและสายไฟที่ชำรุดแล้ว' },
      { act: 'answer', body: 'กองช่างเปลี่ยนหลอดไฟทั้งสามต้นแล้ว ขอบคุณที่แจ้งครับ' },
      { act: 'feedback', satisfied: true, rating: 5 },
    ],
  },
  {
    daysAgo: 138,
    anyHour: true,
    post: {
      kind: 'complaint',
      category: 'hazard',
      title: 'ต้นไม้ใหญ่ล้มขวางถนน สายไฟพาดลงมา',
      body: 'ต้นจามจุรีริมถนนเลียบคลองล้มขวางถนนทั้งสองเลน มีสายไฟพาดอยู่ใต้กิ่ง รถผ่านไม่ได้ ช่วยส่งคนมาด่วน',
      location: { text: 'ถนนเลียบคลองส่งน้ำ ใกล้สะพานไม้', lat: 13.9012, lng: 100.5203 },
    },
    steps: [
      { act: 'acknowledge', in: 0.3 },
      { act: 'progress', note: 'ชุดป้องกันฯ ปิดถนนชั่วคราวและประสานการไฟฟ้าตัดกระแสแล้ว กำลังตัดต้นไม้', in: 1 },
      { act: 'resolve', note: 'ตัดและเคลื่อนย้ายต้นไม้ออกแล้ว การไฟฟ้าซ่อมสายเสร็จ เปิดการจราจรได้ตามปกติ', in: 5 },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 135,
    post: {
      kind: 'information_request',
      category: 'other',
      title: 'ขอสำเนาผลการจัดซื้อจัดจ้างโครงการถนนคอนกรีตหมู่ 7',
      body: 'ขอข้อมูลผลการพิจารณาจัดซื้อจัดจ้างและสัญญาโครงการก่อสร้างถนนคอนกรีตเสริมเหล็กหมู่ 7 ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ',
      contact: mail('info.request'),
      notify: true,
    },
    steps: [
      { act: 'route', department: 'finance' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'รวบรวมเอกสารประกาศผลและสำเนาสัญญาแล้ว อยู่ระหว่างรับรองสำเนา' },
      { act: 'resolve', note: 'ส่งสำเนาเอกสารทางอีเมลที่ให้ไว้แล้ว ผู้ขอไม่ต้องชำระค่าธรรมเนียม' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 133,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'รถกระบะจอดขวางทางเข้าซอยทุกเช้า',
      body: 'รถกระบะทะเบียน กข 1234 นนทบุรี จอดคร่อมทางเท้าและขวางทางเข้าซอยร่มเย็นทุกเช้า รถพยาบาลเคยเข้าไม่ได้แล้วครั้งหนึ่ง',
      location: { text: 'ปากซอยร่มเย็น' },
    },
    steps: [
      { act: 'approve' },
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'เทศกิจตักเตือนเจ้าของรถและติดป้ายห้ามจอดปากซอยแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 130,
    channel: 'walk_in',
    post: {
      kind: 'service_request',
      category: 'welfare',
      title: 'ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุให้มารดา',
      body: 'บุตรสาวมาติดต่อที่สำนักงานแทนมารดาที่จะอายุครบ 60 ปีในปีงบประมาณหน้า สอบถามเอกสารและวันลงทะเบียน',
      contact: { phone: '0898765432' },
    },
    steps: [
      { act: 'route', department: 'welfare' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ลงทะเบียนเรียบร้อย เริ่มรับเบี้ยยังชีพเดือนตุลาคม' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 128,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'กลิ่นเหม็นจากบ่อหมักของโรงงานแปรรูปอาหาร',
      body: 'ช่วงค่ำลมพัดกลิ่นเหม็นเปรี้ยวจากบ่อน้ำเสียของโรงงานเข้ามาในหมู่บ้านร่มเย็นแทบทุกวัน เด็กเล็กกับคนแก่เวียนหัว',
      location: { text: 'หมู่บ้านร่มเย็น ด้านติดโรงงาน', lat: 13.9101, lng: 100.5152 },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge', in: 60 },
      { act: 'support', count: 11 },
      { act: 'progress', note: 'ตรวจวัดคุณภาพอากาศและออกคำแนะนำให้โรงงานปรับปรุงระบบบำบัดภายใน 30 วัน' },
      { act: 'progress', note: 'โรงงานเติมจุลินทรีย์และคลุมบ่อหมักแล้ว จะตรวจซ้ำปลายเดือน', in: 240 },
      { act: 'resolve', note: 'ตรวจซ้ำไม่พบกลิ่นเกินเกณฑ์ โรงงานทำตามคำแนะนำครบ', in: 200 },
      {
        act: 'answer',
        body: 'กองสาธารณสุขฯ ตรวจสอบและให้โรงงานปรับปรุงระบบบำบัดน้ำเสียแล้ว หากยังได้กลิ่นรบกวนโปรดแจ้งวันและเวลาที่พบ',
      },
      { act: 'feedback', satisfied: false, rating: 2, comment: 'สองสามวันนี้กลับมาเหม็นอีกแล้วตอนหัวค่ำ' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'สั่งให้โรงงานหยุดเปิดบ่อช่วงเย็นและติดตั้งม่านน้ำดักกลิ่น ตรวจซ้ำสามวันไม่พบกลิ่น', in: 150 },
      { act: 'feedback', satisfied: true, rating: 4, comment: 'ดีขึ้นมากครับ' },
    ],
  },
  {
    daysAgo: 125,
    post: {
      kind: 'question',
      category: 'education',
      title: 'ศูนย์พัฒนาเด็กเล็กรับเด็กอายุเท่าไร',
      body: 'ลูกจะอายุ 2 ขวบครึ่งเดือนพฤษภาคม อยากทราบว่าศูนย์พัฒนาเด็กเล็กของเทศบาลรับสมัครเมื่อไร ต้องมีทะเบียนบ้านในเขตเทศบาลไหมคะ',
    },
    steps: [
      { act: 'route', department: 'education' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ศูนย์ฯ รับเด็กอายุ 2 ปีเต็มถึง 3 ปี เปิดรับสมัครช่วงเดือนมีนาคม ไม่จำเป็นต้องมีทะเบียนบ้านในเขต แต่ผู้มีทะเบียนในเขตได้รับพิจารณาก่อนค่ะ',
      },
      { act: 'resolve', note: 'ตอบคำถามแล้ว' },
    ],
  },
  {
    daysAgo: 122,
    post: {
      kind: 'complaint',
      category: 'animals',
      title: 'สุนัขจรจัดรวมฝูงหน้าโรงเรียน',
      body: 'มีสุนัขจรจัดประมาณ 8 ตัวนอนอยู่หน้าประตูโรงเรียนเทศบาล 1 ตอนเช้าเห่าไล่เด็ก ผู้ปกครองกังวลเรื่องโรคพิษสุนัขบ้า',
      location: { text: 'หน้าโรงเรียนเทศบาล 1', lat: 13.9077, lng: 100.5133 },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'ฉีดวัคซีนและทำหมันสุนัขไปแล้ว 5 ตัว ประสานมูลนิธิรับเลี้ยงอีก 3 ตัว' },
      { act: 'resolve', note: 'ดำเนินการครบทั้งฝูง ติดป้ายงดให้อาหารหน้าประตูโรงเรียน' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 120,
    channel: 'letter',
    post: {
      kind: 'corruption_tip',
      category: 'staff',
      title: 'เรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง',
      body: 'ผู้ร้องส่งจดหมายแจ้งว่ามีผู้อ้างเป็นเจ้าหน้าที่เรียกเงินเพื่อให้ใบอนุญาตก่อสร้างออกเร็วขึ้น พร้อมสำเนาข้อความสนทนา',
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      {
        act: 'refer',
        agency: 'สำนักงาน ป.ป.ช. ประจำจังหวัด',
        note: 'ส่งเรื่องและหลักฐานทั้งหมดเป็นเอกสารลับ และตั้งกรรมการสอบข้อเท็จจริงภายในคู่ขนาน',
      },
    ],
  },
  {
    daysAgo: 118,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'หลุมบ่อกลางถนนสุขาภิบาล 2',
      body: 'ถนนสุขาภิบาล 2 ช่วงหน้าร้านวัสดุก่อสร้างเป็นหลุมลึก กลางคืนมองไม่เห็น รถจักรยานยนต์ล้มไปแล้วสองคัน',
      location: { text: 'ถนนสุขาภิบาล 2 หน้าร้านวัสดุก่อสร้าง', lat: 13.9044, lng: 100.5098 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'support', count: 8 },
      { act: 'resolve', note: 'ปะซ่อมผิวถนนด้วยแอสฟัลต์ 3 จุดแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 115,
    post: {
      kind: 'complaint',
      category: 'lighting',
      title: 'Street lights out along the canal road',
      body: 'Most of the street lights on the canal road between the wooden bridge and the water gate have been off for a week. It is very dark for people walking home from the bus stop.',
      location: { text: 'Canal road, wooden bridge to the water gate' },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'เปลี่ยนอุปกรณ์ตั้งเวลาของตู้ควบคุมไฟแล้ว ไฟติดครบทุกต้น' },
      {
        act: 'answer',
        body: 'The timer of the lighting cabinet was replaced; all lights on the canal road are working again. Thank you!',
      },
      { act: 'feedback', satisfied: true, rating: 5, comment: 'Great, thank you.' },
    ],
  },
  {
    daysAgo: 112,
    post: {
      kind: 'service_request',
      category: 'trees',
      title: 'ขอให้ตัดแต่งกิ่งไม้ที่บังป้ายจราจร',
      body: 'กิ่งต้นมะขามหน้าวัดกลางยื่นลงมาบังป้ายหยุดตรงทางแยก รถที่มาจากซอยมองไม่เห็นป้าย เกือบชนกันบ่อย',
      location: { text: 'ทางแยกหน้าวัดกลาง' },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge', in: 50 },
      { act: 'resolve', note: 'ตัดแต่งกิ่งเรียบร้อย มองเห็นป้ายได้ชัดในระยะ 50 เมตร' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 110,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'ข้างบ้านเปิดเพลงเสียงดังทุกคืน',
      body: 'บ้านหลังมุมซอยจัดปาร์ตี้เปิดเพลงเสียงดังถึงตีสองแทบทุกคืน ไปขอให้เบาเสียงก็ไม่ฟัง',
      location: { text: 'ซอยเทศบาล 3' },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      {
        act: 'refer',
        agency: 'สถานีตำรวจภูธรเมือง',
        note: 'เสียงดังยามวิกาลเป็นความผิดตามกฎหมายอาญา ส่งให้สายตรวจเข้าระงับเหตุ',
      },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 108,
    channel: 'facebook',
    post: {
      kind: 'question',
      category: 'waste',
      title: 'ทิ้งที่นอนเก่าได้ที่ไหน',
      body: 'ทางเพจได้รับข้อความถามว่าจะทิ้งที่นอนและโซฟาเก่าได้อย่างไร รถขยะปกติไม่รับ',
    },
    steps: [
      { act: 'route', department: 'health' },
      {
        act: 'answer',
        body: 'ขยะชิ้นใหญ่ เช่น ที่นอน โซฟา ตู้ แจ้งนัดรถเก็บได้ทุกวันพุธแรกของเดือน ที่กองสาธารณสุขฯ โทร 02-123-4590 ไม่มีค่าใช้จ่ายสำหรับบ้านพักอาศัย',
      },
      { act: 'resolve', note: 'ตอบผ่านระบบแล้ว' },
    ],
  },
  {
    daysAgo: 105,
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'ฝาท่อระบายน้ำหายหน้าร้านก๋วยเตี๋ยว',
      body: 'ฝาท่อเหล็กหน้าร้านก๋วยเตี๋ยวเรือถนนสุขาภิบาล 2 หายไป เหลือเป็นหลุมเปิด มีคนเอากรวยมาวางไว้ชั่วคราว',
      location: { text: 'ถนนสุขาภิบาล 2 หน้าร้านก๋วยเตี๋ยวเรือ', lat: 13.9047, lng: 100.5107 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ติดตั้งฝาท่อคอนกรีตเสริมเหล็กแทนฝาเหล็กเพื่อป้องกันการขโมย' },
      { act: 'feedback', satisfied: true, rating: 4 },
    ],
  },
  {
    daysAgo: 102,
    post: {
      kind: 'suggestion',
      category: 'other',
      title: 'อยากให้มีจุดรับขยะอันตรายในชุมชน',
      body: 'ถ่านไฟฉาย หลอดไฟ กระป๋องสเปรย์ ทุกวันนี้ทิ้งรวมกับขยะทั่วไปหมด อยากให้มีถังแยกขยะอันตรายตามศาลาชุมชนครับ',
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'support', count: 5 },
      {
        act: 'answer',
        body: 'ขอบคุณสำหรับข้อเสนอ กองสาธารณสุขฯ จะวางถังรับขยะอันตรายที่ศาลาชุมชนทั้ง 8 ชุมชน เริ่มเดือนหน้า',
      },
      { act: 'resolve', note: 'จัดหาถังแล้ว 8 ใบ' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 100,
    channel: 'qr',
    post: {
      kind: 'complaint',
      asset: 'BS-03',
      title: 'หลังคาศาลาที่พักผู้โดยสารรั่ว',
      body: 'ฝนตกแล้วน้ำหยดลงกลางม้านั่ง คนรอรถต้องยืนตากฝน แผ่นหลังคาน่าจะแตกสองแผ่น',
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'เปลี่ยนแผ่นหลังคาโพลีคาร์บอเนต 2 แผ่นแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 97,
    post: {
      kind: 'complaint',
      category: 'staff',
      title: 'รอคิวชำระภาษีนานเกินไป',
      body: 'ไปชำระภาษีที่ดินช่วงเช้ารอคิวเกือบสองชั่วโมง เปิดช่องบริการแค่ช่องเดียว ทั้งที่มีเจ้าหน้าที่นั่งอยู่หลายคน',
    },
    steps: [
      { act: 'route', department: 'finance' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'กองคลังขออภัยในความไม่สะดวก ตั้งแต่สัปดาห์นี้เปิดช่องบริการ 3 ช่องในช่วงเร่งด่วน และรับชำระผ่านแอปธนาคารด้วย QR Code ในใบแจ้งประเมิน',
      },
      { act: 'resolve', note: 'ปรับจำนวนช่องบริการแล้ว' },
      { act: 'feedback', satisfied: true, rating: 3, comment: 'ดีขึ้นบ้าง แต่ที่จอดรถยังไม่พอ' },
    ],
  },
  {
    daysAgo: 95,
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'เผาขยะในที่ดินว่างทุกเย็น',
      body: 'มีคนเผากิ่งไม้และถุงพลาสติกในที่ดินว่างท้ายชุมชนริมคลองแทบทุกเย็น ควันเข้าบ้าน เด็กไอทั้งคืน',
      location: { text: 'ที่ดินว่างท้ายชุมชนริมคลอง', lat: 13.8998, lng: 100.5161 },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ออกหนังสือแจ้งเตือนเจ้าของที่ดินและติดป้ายห้ามเผา เจ้าหน้าที่ตรวจซ้ำ 3 วันไม่พบการเผา' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 92,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'ร้านค้าวางของล้ำทางเท้าจนต้องเดินบนถนน',
      body: 'ทางเท้าถนนตลาดเก่าช่วงเย็นมีแผงลอยวางของเต็ม คนเข็นรถเข็นเด็กต้องลงไปเดินบนถนนที่รถวิ่ง อันตรายมาก',
      location: { text: 'ถนนตลาดเก่า' },
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'เทศกิจตีเส้นแนวตั้งวางสินค้าและแจ้งผู้ค้าทุกราย' },
      { act: 'resolve', note: 'ผู้ค้าถอยแนวแผงตามเส้นแล้ว ทางเท้ากว้าง 1.5 เมตร' },
      { act: 'flag', reason: 'spam', count: 1 },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 90,
    channel: 'line',
    post: {
      kind: 'service_request',
      category: 'drainage',
      title: 'ขอรถดูดส้วมสำหรับบ้านพักอาศัย',
      body: 'ผู้แจ้งทักมาทางไลน์ทางการของเทศบาล ขอใช้บริการรถสูบสิ่งปฏิกูล บ่อเกรอะเต็มใช้ห้องน้ำไม่ได้',
      contact: { phone: '0861112222' },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ให้บริการสูบสิ่งปฏิกูลแล้ว ชำระค่าธรรมเนียมตามเทศบัญญัติ' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 88,
    post: {
      kind: 'question',
      category: 'welfare',
      title: 'คนพิการย้ายทะเบียนบ้านมาใหม่ต้องทำอย่างไร',
      body: 'ถ้าคนพิการย้ายทะเบียนบ้านมาอยู่ในเขตเทศบาล เบี้ยความพิการจะโอนตามมาเองไหม หรือต้องไปลงทะเบียนใหม่ เอกสารที่ต้องใช้มีอะไรบ้าง',
    },
    steps: [
      { act: 'route', department: 'welfare' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ต้องลงทะเบียนใหม่ที่กองสวัสดิการสังคมภายในเดือนที่ย้ายเข้า พร้อมบัตรประจำตัวคนพิการ ทะเบียนบ้าน และสมุดบัญชีธนาคาร เบี้ยจะเริ่มจ่ายเดือนถัดไป ส่วนที่เดิมจะหยุดจ่ายเองครับ',
      },
      { act: 'resolve', note: 'ตอบคำถามแล้ว' },
    ],
  },
  {
    daysAgo: 85,
    post: {
      kind: 'complaint',
      category: 'lighting',
      title: 'ไฟสนามเด็กเล่นติดตลอดทั้งวัน',
      body: 'ไฟสปอตไลต์ที่สนามเด็กเล่นชุมชนตลาดเก่าเปิดค้างทั้งกลางวันมาหลายวันแล้ว เปลืองไฟครับ',
      location: { text: 'สนามเด็กเล่นชุมชนตลาดเก่า' },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'เปลี่ยนสวิตช์แสงแดดที่เสียแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 83,
    post: {
      kind: 'complaint',
      category: 'education',
      title: 'หลังคาโรงอาหารโรงเรียนเทศบาล 2 รั่ว',
      body: 'ฝนตกแล้วน้ำหยดลงโต๊ะกินข้าวเด็ก ครูต้องเอากะละมังมารอง อยากให้รีบซ่อมก่อนเปิดเทอม',
    },
    steps: [
      { act: 'route', department: 'education' },
      { act: 'acknowledge' },
      { act: 'info', ask: 'ขอทราบว่าแจ้งจากผู้ปกครองหรือครู และจุดที่รั่วอยู่ฝั่งใดของโรงอาหาร', reply: 'ผู้ปกครองแจ้ง จุดรั่วอยู่ฝั่งติดห้องครัว' },
      { act: 'progress', note: 'กองช่างสำรวจแล้ว ต้องเปลี่ยนแผ่นหลังคา 12 แผ่น อยู่ระหว่างจัดซื้อ' },
      { act: 'resolve', note: 'เปลี่ยนแผ่นหลังคาและรางน้ำเรียบร้อยก่อนเปิดภาคเรียน', in: 200 },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 80,
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'ถังขยะริมถนนล้นจนขยะปลิวลงคลอง',
      body: 'ถังขยะสองใบที่ปากซอยริมคลองเต็มล้นทุกวันหยุด ลมพัดถุงพลาสติกลงคลองเต็มไปหมด อยากให้เพิ่มรอบเก็บวันเสาร์',
      location: { text: 'ปากซอยชุมชนริมคลอง', lat: 13.9003, lng: 100.5142 },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge', in: 75 },
      { act: 'support', count: 4 },
      { act: 'resolve', note: 'เพิ่มรอบเก็บขยะวันเสาร์และเพิ่มถังอีกหนึ่งใบ' },
      { act: 'feedback', satisfied: true, rating: 5 },
    ],
  },
  {
    daysAgo: 77,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'มีคนโพสต์ด่าเจ้าหน้าที่ด้วยคำหยาบ',
      body: 'ไอ้พวกเจ้าหน้าที่เหี้ย ทำงานไม่เป็น แจ้งไปกี่รอบก็ไม่มาสักที',
    },
    steps: [{ act: 'refuse', reason: 'profanity', note: 'ถ้อยคำหยาบคายทั้งข้อความ ไม่มีรายละเอียดเรื่องที่แจ้ง' }],
  },
  {
    daysAgo: 75,
    channel: 'qr',
    post: {
      kind: 'complaint',
      asset: 'WC-02',
      title: 'ห้องน้ำสาธารณะในสวนไม่มีน้ำ',
      body: 'ก๊อกน้ำในห้องน้ำหญิงไม่มีน้ำไหลทั้งสามห้อง ส้วมกดไม่ลง ส่งกลิ่นไปถึงลานแอโรบิก',
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ซ่อมปั๊มน้ำและล้างทำความสะอาดห้องน้ำแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 73,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'สะพานข้ามคลองหลังวัดราวกันตกผุ',
      body: 'ราวกันตกไม้ของสะพานข้ามคลองหลังวัดกลางผุหักไปสองช่วง เด็กนักเรียนเดินข้ามทุกวัน กลัวจะพลัดตกน้ำ',
      location: { text: 'สะพานข้ามคลองหลังวัดกลาง', lat: 13.9058, lng: 100.5188 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'urgent', note: 'อันตรายต่อเด็กนักเรียน ขอให้กั้นพื้นที่ทันที', in: 1 },
      { act: 'acknowledge', in: 1 },
      { act: 'progress', note: 'กั้นเทปและติดป้ายเตือนแล้ว กำลังทำราวเหล็กใหม่', in: 6 },
      { act: 'resolve', note: 'ติดตั้งราวกันตกเหล็กกัลวาไนซ์ตลอดแนวสะพานแล้ว', in: 96 },
      { act: 'feedback', satisfied: true, rating: 5, comment: 'เร็วมาก ขอบคุณครับ' },
    ],
  },
  {
    daysAgo: 70,
    post: {
      kind: 'information_request',
      category: 'other',
      title: 'ขอแผนการดำเนินงานด้านงบประมาณประจำปี',
      body: 'ขอแผนการดำเนินงานประจำปีและงบประมาณรายจ่ายของเทศบาล เพื่อใช้ประกอบการทำรายงานของนักศึกษา',
      contact: mail('student.report'),
      notify: true,
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ส่งลิงก์เอกสารที่เผยแพร่บนเว็บไซต์เทศบาลและไฟล์ PDF ทางอีเมลแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 68,
    post: {
      kind: 'complaint',
      category: 'animals',
      title: 'งูเห่าเข้าบ้านในหมู่บ้านร่มเย็น',
      body: 'ช่วงนี้เจองูเห่าในสวนหลังบ้านสองครั้งแล้ว มีเด็กเล็กในบ้าน อยากให้เจ้าหน้าที่มาช่วยดูและแนะนำวิธีป้องกัน',
      location: { text: 'หมู่บ้านร่มเย็น' },
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'งานป้องกันฯ จับงูได้ 1 ตัว ปล่อยคืนธรรมชาติ และแนะนำการตัดหญ้าปิดช่องโหว่' },
      { act: 'feedback', satisfied: true, rating: 5 },
    ],
  },
  {
    daysAgo: 66,
    post: {
      kind: 'complaint',
      category: 'loudspeaker',
      title: 'เสียงตามสายเปิดเช้าเกินไป',
      body: 'เสียงตามสายเริ่มประกาศตั้งแต่ตีห้าครึ่งทุกวัน คนทำงานกะดึกเพิ่งได้นอน อยากให้เลื่อนเป็นหลังเจ็ดโมง',
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ปรับเวลาเริ่มออกอากาศเสียงตามสายเป็น 07.00 น. และลดเสียงลำโพงในเขตที่พักอาศัยหนาแน่นแล้ว ขอบคุณที่แจ้งค่ะ',
      },
      { act: 'resolve', note: 'ปรับผังรายการแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 64,
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'คลองส่งน้ำมีผักตบชวาแน่นจนน้ำไม่ไหล',
      body: 'ผักตบชวาขึ้นเต็มคลองส่งน้ำช่วงหลังชุมชนริมคลอง น้ำเน่า ยุงเยอะ และถ้าฝนตกหนักน้ำจะเอ่อเข้าบ้าน',
      location: { text: 'คลองส่งน้ำหลังชุมชนริมคลอง', lat: 13.8991, lng: 100.5139 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'support', count: 7 },
      { act: 'progress', note: 'ประสานกรมชลประทานนำเรือกำจัดวัชพืชเข้าพื้นที่ คาดว่าเข้าได้ภายใน 2 สัปดาห์' },
      { act: 'resolve', note: 'เก็บผักตบชวาออกแล้วประมาณ 30 ตัน ติดตั้งแนวทุ่นกันที่ปากคลอง', in: 240 },
      { act: 'feedback', satisfied: true, rating: 4 },
    ],
  },
  {
    daysAgo: 62,
    channel: 'email',
    post: {
      kind: 'suggestion',
      category: 'other',
      title: 'ขอให้เปิดบริการรับชำระค่าธรรมเนียมวันเสาร์',
      body: 'ผู้ส่งอีเมลเสนอให้เปิดจุดบริการรับชำระภาษีและค่าธรรมเนียมเดือนละหนึ่งวันเสาร์ สำหรับคนทำงานที่ลางานไม่ได้',
    },
    steps: [
      { act: 'route', department: 'finance' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'กองคลังจะทดลองเปิดบริการวันเสาร์แรกของเดือนในช่วงเดือนมีนาคมถึงเมษายน ซึ่งเป็นช่วงชำระภาษีที่ดินและสิ่งปลูกสร้าง',
      },
      { act: 'resolve', note: 'อนุมัติทดลองเปิดบริการวันเสาร์' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 60,
    post: {
      kind: 'complaint',
      category: 'lighting',
      title: 'เสาไฟเอียงหลังรถชน',
      body: 'เสาไฟกิ่งริมถนนเลียบคลองโดนรถชนเมื่อคืน ตอนนี้เอียงไปทางถนน ไฟยังติดอยู่แต่ดูไม่มั่นคง',
      location: { text: 'ถนนเลียบคลองส่งน้ำ ใกล้ประตูน้ำ' },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'refer', agency: 'การไฟฟ้าส่วนภูมิภาค สาขาเมือง', note: 'เสาต้นนี้เป็นของการไฟฟ้า ส่งเรื่องให้ดำเนินการเปลี่ยนเสา' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 58,
    post: {
      kind: 'complaint',
      category: 'other',
      title: 'เพื่อนบ้านต่อเติมรั้วรุกที่ดิน',
      body: 'บ้านติดกันสร้างรั้วใหม่เลยแนวเขตเข้ามาในที่ดินเราประมาณครึ่งเมตร คุยกันแล้วไม่ยอมรื้อ',
    },
    steps: [
      {
        act: 'reject',
        note: 'เป็นข้อพิพาทแนวเขตที่ดินระหว่างเอกชน แนะนำให้ยื่นคำขอรังวัดที่สำนักงานที่ดิน หรือไกล่เกลี่ยที่ศูนย์ดำรงธรรม',
      },
    ],
  },
  {
    daysAgo: 56,
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'ขยะไม่ได้เก็บมาสามวัน หมู่ 4',
      body: 'รถเก็บขยะไม่ได้มาเก็บที่หมู่ 4 มาสามวันแล้ว ขยะล้นถัง ส่งกลิ่นเหม็น สุนัขมาคุ้ยกระจาย',
      location: { text: 'หมู่ 4 บ้านหนองบัว' },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge', in: 40 },
      { act: 'resolve', note: 'รถเก็บขยะคันที่ 3 ซ่อมเสร็จแล้ว เก็บขยะค้างครบทุกจุด' },
      { act: 'feedback', satisfied: true, rating: 3, comment: 'เก็บแล้วแต่ช้าไปหน่อย' },
    ],
  },
  {
    daysAgo: 54,
    post: {
      kind: 'question',
      category: 'roads',
      title: 'ขออนุญาตตั้งเต็นท์งานบวชบนถนนในซอยต้องทำอย่างไร',
      body: 'จะจัดงานบวชลูกชายที่บ้าน ต้องตั้งเต็นท์กินพื้นที่ถนนในซอยครึ่งหนึ่งสองวัน ต้องขออนุญาตที่ไหนครับ',
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ยื่นคำร้องขอใช้พื้นที่สาธารณะที่สำนักปลัดล่วงหน้าอย่างน้อย 7 วัน แนบแผนผังการตั้งเต็นท์ ต้องเว้นทางให้รถฉุกเฉินผ่านได้อย่างน้อย 3 เมตร ไม่มีค่าธรรมเนียมครับ',
      },
      { act: 'resolve', note: 'ตอบคำถามแล้ว' },
    ],
  },
  {
    daysAgo: 52,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'ร้านซ่อมรถปล่อยน้ำมันลงท่อระบายน้ำ',
      body: 'อู่ซ่อมรถปากซอยเทศบาล 7 ล้างอะไหล่แล้วปล่อยน้ำมันเครื่องลงท่อ คราบน้ำมันลอยเต็มคลองหลังชุมชน',
      location: { text: 'ปากซอยเทศบาล 7' },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'ตรวจพบจริง ออกคำสั่งให้ติดตั้งบ่อดักไขมันและน้ำมันภายใน 15 วัน' },
      { act: 'resolve', note: 'อู่ติดตั้งบ่อดักน้ำมันแล้ว ตรวจซ้ำไม่พบการปล่อยน้ำมัน', in: 180 },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 50,
    channel: 'qr',
    post: {
      kind: 'complaint',
      asset: 'SL-15',
      title: 'ไฟดับทั้งแนว ตั้งแต่สะพานไม้',
      body: 'ไฟดับหมดทั้งแนวอีกแล้ว มืดสนิท เมื่อคืนมีคนถูกกระชากกระเป๋าตรงนี้',
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge', in: 2 },
      { act: 'resolve', note: 'สายเมนใต้ดินขาด ตัดต่อสายใหม่และเพิ่มเบรกเกอร์กันไฟรั่ว ไฟติดครบแล้ว' },
      { act: 'feedback', satisfied: true, rating: 4 },
    ],
  },
  {
    daysAgo: 48,
    post: {
      kind: 'service_request',
      category: 'welfare',
      title: 'ขอความช่วยเหลือซ่อมบ้านผู้สูงอายุอยู่ลำพัง',
      body: 'ยายข้างบ้านอายุ 82 ปี อยู่คนเดียว หลังคาบ้านรั่วหลายจุด ฝาบ้านผุ ไม่มีรายได้นอกจากเบี้ยยังชีพ อยากให้เทศบาลช่วยดูครับ',
      location: { text: 'ชุมชนริมคลอง' },
    },
    steps: [
      { act: 'route', department: 'welfare' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'ลงเยี่ยมบ้านแล้ว เข้าเกณฑ์โครงการปรับปรุงที่อยู่อาศัยผู้สูงอายุ เสนอของบประมาณ' },
      { act: 'progress', note: 'อนุมัติงบซ่อมแล้ว กองช่างจะเข้าซ่อมหลังคาสัปดาห์หน้า', in: 260 },
      { act: 'resolve', note: 'ซ่อมหลังคาและผนังเรียบร้อย ติดราวจับในห้องน้ำเพิ่ม', in: 170 },
      { act: 'feedback', satisfied: true, rating: 5, comment: 'ยายฝากขอบคุณมากครับ' },
    ],
  },
  {
    daysAgo: 46,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'Broken pavement tiles in front of the hospital',
      body: 'Several pavement tiles in front of the hospital bus stop are loose and tilted. An elderly lady tripped there yesterday.',
      location: { text: 'Sukhaphiban 2 Road, hospital bus stop', lat: 13.9039, lng: 100.5112 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ปูกระเบื้องทางเท้าใหม่ 14 แผ่นแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 44,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'เพื่อนบ้านเลี้ยงไก่ชนส่งเสียงและกลิ่น',
      body: 'นายสมปอง ข้างบ้านเลี้ยงไก่ชนเกือบสามสิบตัว ขันตั้งแต่ตีสาม มูลไก่เหม็นมาก เคยคุยแล้วไม่ยอมแก้ ติดต่อผมได้ที่ 081-234-5678',
      location: { text: 'ซอยเทศบาล 3' },
    },
    steps: [
      { act: 'approve' },
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'ตรวจสอบแล้ว ให้ย้ายเล้าไก่ห่างจากแนวเขตบ้านข้างเคียงและทำความสะอาดมูลทุกวัน' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 42,
    channel: 'phone',
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'น้ำประปาไหลอ่อนทั้งซอย',
      body: 'ผู้แจ้งโทรแจ้งว่าน้ำประปาในซอยร่มเย็นไหลอ่อนมากมาสามวัน ชั้นสองไม่มีน้ำเลย',
      location: { text: 'ซอยร่มเย็น' },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'refer', agency: 'การประปาส่วนภูมิภาค สาขาเมือง', note: 'ระบบประปาในเขตนี้เป็นของการประปาส่วนภูมิภาค' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 40,
    post: {
      kind: 'complaint',
      category: 'trees',
      title: 'กิ่งไม้พาดสายไฟหน้าศูนย์พัฒนาเด็กเล็ก',
      body: 'กิ่งต้นมะม่วงใหญ่ยื่นไปพาดสายไฟหน้าศูนย์พัฒนาเด็กเล็กบ้านหนองบัว เวลาลมแรงมีประกายไฟ',
      location: { text: 'หน้าศูนย์พัฒนาเด็กเล็กบ้านหนองบัว', lat: 13.9121, lng: 100.5069 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge', in: 30 },
      { act: 'resolve', note: 'ตัดกิ่งไม้ร่วมกับการไฟฟ้าแล้ว' },
      { act: 'close' },
    ],
  },
  {
    daysAgo: 38,
    post: {
      kind: 'question',
      category: 'tax',
      title: 'ชำระภาษีที่ดินผ่านแอปธนาคารได้หรือไม่',
      body: 'อยากทราบว่าปีนี้ชำระภาษีที่ดินและสิ่งปลูกสร้างผ่านแอปธนาคารได้หรือยังคะ ต้องใช้เอกสารอะไรบ้าง',
    },
    steps: [
      { act: 'route', department: 'finance' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ชำระผ่านแอปธนาคารได้ทุกธนาคาร โดยสแกน QR Code ในใบแจ้งประเมินภาษี ไม่ต้องใช้เอกสารเพิ่มเติม หากไม่ได้รับใบแจ้งติดต่อกองคลังในวันและเวลาราชการ',
      },
      { act: 'resolve', note: 'ตอบคำถามแล้ว' },
      { act: 'support', count: 3 },
    ],
  },
  {
    daysAgo: 36,
    post: {
      kind: 'complaint',
      category: 'education',
      title: 'ครูพี่เลี้ยงศูนย์เด็กเล็กไม่พอ',
      body: 'ห้องเด็กสองขวบมีเด็ก 25 คนแต่มีครูพี่เลี้ยงแค่คนเดียว ลูกกลับบ้านมามีรอยข่วนบ่อย ๆ อยากให้เพิ่มผู้ดูแล',
    },
    steps: [
      { act: 'route', department: 'education' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'จัดครูผู้ช่วยจากห้องอื่นมาเสริมชั่วคราว และขออนุมัติจ้างผู้ดูแลเด็กเพิ่ม 1 อัตรา' },
      { act: 'resolve', note: 'จ้างผู้ดูแลเด็กเพิ่มแล้ว อัตราส่วนครูต่อเด็กเป็น 1:12', in: 220 },
      { act: 'feedback', satisfied: true, rating: 4 },
    ],
  },
  // ── The last month.
  {
    daysAgo: 33,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'ลูกระนาดสูงเกินไปหน้าวัดกลาง',
      body: 'ลูกระนาดที่ทำใหม่หน้าวัดกลางสูงมาก รถเก๋งท้องครูดทุกคัน รถจักรยานยนต์ซ้อนท้ายก็เกือบล้ม',
      location: { text: 'ถนนหน้าวัดกลาง', lat: 13.9063, lng: 100.5177 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'วัดความสูงแล้ว 12 ซม. เกินมาตรฐาน จะปรับให้เหลือ 7 ซม. และทาสีเตือน' },
      { act: 'resolve', note: 'ปรับระดับลูกระนาดและทาสีสะท้อนแสงแล้ว' },
      { act: 'feedback', satisfied: false, rating: 2, comment: 'ปรับแล้วแต่ฝั่งขาออกยังสูงเหมือนเดิม' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'จะปรับฝั่งขาออกพร้อมงานซ่อมผิวถนนสัปดาห์หน้า' },
    ],
  },
  {
    daysAgo: 31,
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'ท่อระบายน้ำอุดตัน น้ำเอ่อหน้าบ้าน',
      body: 'ท่อระบายน้ำหน้าบ้านในหมู่บ้านร่มเย็นซอย 2 อุดตัน น้ำเสียเอ่อขึ้นมาบนถนนมีกลิ่นเหม็นมาก ลูกน้ำยุงเต็ม',
      location: { text: 'หมู่บ้านร่มเย็น ซอย 2', lat: 13.9097, lng: 100.5146 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'ลงสำรวจแล้ว ท่อแตกใต้ถนน ต้องขุดเปลี่ยนท่อช่วงยาว 6 เมตร รอจัดซื้อวัสดุ' },
    ],
  },
  {
    daysAgo: 29,
    post: {
      kind: 'suggestion',
      category: 'loudspeaker',
      title: 'อยากให้มีประกาศเสียงตามสายเป็นภาษาอังกฤษด้วย',
      body: 'ในชุมชนมีแรงงานต่างชาติและชาวต่างชาติเช่าบ้านอยู่หลายครอบครัว ประกาศเรื่องสำคัญอย่างตัดน้ำตัดไฟอยากให้มีภาษาอังกฤษสั้น ๆ ต่อท้าย',
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge', in: 70 },
      { act: 'support', count: 2 },
    ],
  },
  {
    daysAgo: 27,
    anyHour: true,
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'น้ำท่วมสูง ผู้ป่วยติดเตียงออกจากบ้านไม่ได้',
      body: 'ฝนตกหนักทั้งคืน น้ำท่วมในซอยสูงเกือบเข่า บ้านที่มีผู้ป่วยติดเตียงต้องไปฟอกไตพรุ่งนี้เช้าแต่รถเข้าไม่ได้',
      location: { text: 'ชุมชนริมคลอง', lat: 13.8995, lng: 100.515 },
    },
    steps: [
      { act: 'urgent', note: 'มีผู้ป่วยติดเตียงต้องเดินทางไปฟอกไต ส่งเรือและรถยกสูงด่วน', in: 0.5 },
      { act: 'acknowledge', in: 0.5 },
      { act: 'progress', note: 'ส่งรถยกสูงรับผู้ป่วยไปโรงพยาบาลแล้ว เครื่องสูบน้ำ 2 เครื่องกำลังระบายน้ำ', in: 4 },
      { act: 'progress', note: 'น้ำลดแล้ว จะวางแนวกระสอบทรายถาวรและเพิ่มเครื่องสูบน้ำประจำจุด', in: 80 },
    ],
  },
  {
    daysAgo: 25,
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'ร้านอาหารริมทางทิ้งน้ำมันใช้แล้วลงถังขยะ',
      body: 'ร้านอาหารตามสั่งหน้าตลาดเทน้ำมันทอดซ้ำลงถังขยะรวมทุกคืน ถังเยิ้มไปหมด หนูกับแมลงสาบเยอะ',
      location: { text: 'หน้าตลาดสดเทศบาล' },
    },
    steps: [{ act: 'route', department: 'health' }, { act: 'acknowledge' }, { act: 'flag', reason: 'wrong', count: 3 }],
  },
  {
    daysAgo: 24,
    post: {
      kind: 'complaint',
      category: 'animals',
      title: 'ลิงลงมากินของในบ้านหลายหลัง',
      body: 'ฝูงลิงประมาณยี่สิบตัวจากวัดลงมาเปิดตู้กับข้าว รื้อถังขยะในหมู่บ้านทุกเช้า เด็กกลัวไม่กล้าออกมาเล่น',
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge', in: 36 },
      {
        act: 'refer',
        agency: 'สำนักงานอนุรักษ์สัตว์ป่า (กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช)',
        note: 'ลิงแสมเป็นสัตว์ป่าคุ้มครอง ส่งเรื่องให้หน่วยงานที่มีอำนาจจับย้ายและทำหมัน',
      },
    ],
  },
  {
    daysAgo: 22,
    post: {
      kind: 'complaint',
      category: 'lighting',
      title: 'ไฟกะพริบทางม้าลายหน้าโรงเรียนไม่ทำงาน',
      body: 'ไฟกะพริบเตือนทางม้าลายหน้าโรงเรียนเทศบาล 1 ดับทั้งสองฝั่ง รถไม่ชะลอเลย ตอนเด็กข้ามถนนน่ากลัวมาก',
      location: { text: 'หน้าโรงเรียนเทศบาล 1', lat: 13.9079, lng: 100.5131 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'support', count: 5 },
      { act: 'resolve', note: 'เปลี่ยนแผงโซลาร์เซลล์และแบตเตอรี่ของไฟกะพริบทั้งสองฝั่ง' },
      { act: 'answer', body: 'กองช่างเปลี่ยนแผงโซลาร์และแบตเตอรี่ ไฟกะพริบทำงานแล้วทั้งสองฝั่งครับ' },
    ],
  },
  {
    daysAgo: 21,
    post: {
      kind: 'question',
      category: 'welfare',
      title: 'เงินอุดหนุนเด็กแรกเกิดยื่นที่เทศบาลได้ไหม',
      body: 'คลอดลูกเมื่อเดือนที่แล้ว อยากยื่นขอเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด ต้องไปยื่นที่ไหน ใช้เอกสารอะไรบ้างคะ',
    },
    steps: [
      { act: 'route', department: 'welfare' },
      { act: 'acknowledge' },
      {
        act: 'answer',
        body: 'ยื่นได้ที่กองสวัสดิการสังคม ชั้น 2 ในวันและเวลาราชการ ใช้สูติบัตรเด็ก บัตรประชาชนและทะเบียนบ้านของมารดา และสมุดบัญชีธนาคาร ยื่นได้ภายใน 180 วันหลังคลอดค่ะ',
      },
      { act: 'resolve', note: 'ตอบคำถามแล้ว' },
    ],
  },
  {
    daysAgo: 19,
    channel: 'walk_in',
    post: {
      kind: 'complaint',
      category: 'staff',
      title: 'เจ้าหน้าที่พูดจาไม่สุภาพตอนติดต่อขออนุญาต',
      body: 'ผู้ร้องมาติดต่อด้วยตนเอง แจ้งว่าเจ้าหน้าที่ช่องบริการขออนุญาตก่อสร้างพูดจาไม่สุภาพและไม่อธิบายเอกสารที่ขาด',
      contact: { phone: '0823456789' },
    },
    steps: [
      { act: 'route', department: 'palad' },
      { act: 'acknowledge', in: 60 },
      { act: 'progress', note: 'ตั้งกรรมการสอบข้อเท็จจริงแล้ว จะแจ้งผลผู้ร้องภายใน 30 วัน' },
    ],
  },
  {
    daysAgo: 17,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'ถนนลูกรังในซอยเป็นฝุ่นมาก',
      body: 'ถนนลูกรังซอยบ้านหนองบัว 4 รถบรรทุกดินวิ่งทั้งวัน ฝุ่นแดงเข้าบ้าน ผ้าที่ตากไว้เลอะหมด ขอให้ราดน้ำหรือลาดยาง',
      location: { text: 'ซอยบ้านหนองบัว 4', lat: 13.9133, lng: 100.5055 },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'จัดรถน้ำราดถนนวันละ 2 รอบชั่วคราว ส่วนการลาดยางบรรจุในแผนปีหน้า' },
      { act: 'resolve', note: 'ราดน้ำทุกวันระหว่างที่มีรถบรรทุก และให้ผู้รับเหมาคลุมผ้าใบกระบะ' },
    ],
  },
  {
    daysAgo: 15,
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'จุดทิ้งขยะข้างศาลเจ้าสกปรกมาก',
      body: 'มีคนเอาขยะมาทิ้งกองข้างศาลเจ้าทุกวัน ทั้งเศษอาหารและเศษวัสดุก่อสร้าง ส่งกลิ่นเหม็นไปทั้งซอย',
      location: { text: 'ข้างศาลเจ้าชุมชนตลาดเก่า' },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'resolve', note: 'เก็บขยะตกค้างแล้ว ติดตั้งกล้องและป้ายห้ามทิ้ง' },
      { act: 'feedback', satisfied: false, rating: 1, comment: 'สองวันต่อมาก็กลับมากองเหมือนเดิม' },
    ],
  },
  {
    daysAgo: 13,
    channel: 'letter',
    post: {
      kind: 'service_request',
      category: 'education',
      title: 'ขอใช้สนามกีฬาโรงเรียนจัดแข่งฟุตบอลเยาวชน',
      body: 'ประธานชุมชนส่งหนังสือขอใช้สนามฟุตบอลโรงเรียนเทศบาล 2 จัดแข่งขันฟุตบอลเยาวชนต้านยาเสพติดช่วงปิดภาคเรียน',
    },
    steps: [{ act: 'route', department: 'education' }],
  },
  {
    daysAgo: 12,
    post: {
      kind: 'corruption_tip',
      category: 'other',
      title: 'ผู้รับเหมาเทคอนกรีตถนนบางกว่าแบบ',
      body: 'ถนนคอนกรีตที่เพิ่งสร้างเสร็จในหมู่ 7 หนาแค่ประมาณ 10 เซนติเมตร ทั้งที่ป้ายโครงการเขียนว่า 15 เซนติเมตร และเริ่มแตกแล้ว',
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'progress', note: 'ตั้งคณะกรรมการตรวจรับพัสดุเจาะเก็บตัวอย่างคอนกรีต 5 จุด ระงับการเบิกจ่ายงวดสุดท้ายไว้ก่อน' },
    ],
  },
  {
    daysAgo: 11,
    post: {
      kind: 'complaint',
      category: 'animals',
      title: 'Stray dogs chasing cyclists at night',
      body: 'A pack of stray dogs near the park entrance chases cyclists every evening. My son was nearly bitten last night.',
      location: { text: 'Municipal park, north entrance', lat: 13.9036, lng: 100.5168 },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge', in: 90 },
    ],
  },
  {
    daysAgo: 9,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'ท่อประปาแตกน้ำพุ่งกลางถนน',
      body: 'ท่อประปาใต้ถนนสุขาภิบาล 2 แตก น้ำพุ่งขึ้นมาตลอด ถนนเริ่มยุบเป็นแอ่ง',
      location: { text: 'ถนนสุขาภิบาล 2 ใกล้ทางแยกตลาด' },
    },
    steps: [
      { act: 'route', department: 'engineering' },
      { act: 'acknowledge' },
      { act: 'refer', agency: 'การประปาส่วนภูมิภาค สาขาเมือง', note: 'แจ้งการประปาซ่อมท่อ กองช่างจะซ่อมผิวถนนเมื่อซ่อมท่อเสร็จ' },
    ],
  },
  {
    daysAgo: 8,
    post: {
      kind: 'complaint',
      category: 'lighting',
      title: 'ไฟส่องสว่างลานจอดรถตลาดดับครึ่งลาน',
      body: 'ไฟลานจอดรถหลังตลาดสดดับไปครึ่งลาน ช่วงค่ำแม่ค้าเก็บร้านออกมามืดมาก มีรถถูกงัดไปแล้วหนึ่งคัน',
      location: { text: 'ลานจอดรถหลังตลาดสดเทศบาล' },
    },
    steps: [{ act: 'route', department: 'engineering' }],
  },
  {
    daysAgo: 7,
    post: {
      kind: 'complaint',
      category: 'drainage',
      title: 'ขอให้ลอกท่อระบายน้ำก่อนหน้าฝน',
      body: 'ท่อระบายน้ำตลอดถนนตลาดเก่ามีเศษดินเศษใบไม้อุดเกือบเต็ม ปีที่แล้วน้ำท่วมขังสามวัน อยากให้ลอกก่อนฝนมา',
      location: { text: 'ถนนตลาดเก่า', lat: 13.9071, lng: 100.5115 },
    },
    steps: [{ act: 'route', department: 'engineering' }, { act: 'acknowledge' }, { act: 'support', count: 4 }],
  },
  {
    daysAgo: 6,
    channel: 'qr',
    post: {
      kind: 'suggestion',
      asset: 'BS-03',
      title: 'อยากให้มีป้ายบอกเวลารถโดยสาร',
      body: 'ศาลารอรถหน้าโรงพยาบาลไม่มีป้ายบอกสายรถและเวลา คนไข้สูงอายุต้องยืนถามคนอื่นตลอด',
    },
    steps: [{ act: 'route', department: 'engineering' }],
  },
  {
    daysAgo: 5,
    post: {
      kind: 'complaint',
      category: 'waste',
      title: 'ถังขยะในสวนสาธารณะไม่มีฝาปิด',
      body: 'ถังขยะรอบสวนสาธารณะไม่มีฝาปิดสักใบ อีกาคุ้ยขยะกระจายเต็มสนามหญ้าทุกเช้า',
      location: { text: 'สวนสาธารณะเทศบาล', lat: 13.9029, lng: 100.5171 },
    },
    steps: [
      { act: 'route', department: 'health' },
      { act: 'acknowledge' },
      { act: 'message', body: 'เช้านี้ก็ยังเหมือนเดิมนะคะ ฝากเร่งด้วยค่ะ' },
    ],
  },
  {
    daysAgo: 4,
    channel: 'walk_in',
    post: {
      kind: 'complaint',
      category: 'welfare',
      title: 'เบี้ยยังชีพเดือนนี้ยังไม่เข้าบัญชี',
      body: 'ผู้สูงอายุมาติดต่อที่สำนักงาน แจ้งว่าเบี้ยยังชีพเดือนนี้ยังไม่โอนเข้าบัญชี ทั้งที่เพื่อนบ้านได้แล้ว',
      contact: { phone: '0834567890' },
    },
    steps: [],
  },
  {
    daysAgo: 3,
    anyHour: true,
    post: {
      kind: 'complaint',
      category: 'hazard',
      title: 'ป้ายโฆษณาขนาดใหญ่เอียงจะล้มทับทางเท้า',
      body: 'ป้ายโฆษณาบนเสาเหล็กหน้าปั๊มน้ำมันเอียงมากหลังพายุเมื่อวาน มีเสียงเหล็กลั่น คนเดินผ่านตลอด',
      location: { text: 'ถนนสุขาภิบาล 2 หน้าปั๊มน้ำมัน', lat: 13.9041, lng: 100.5083 },
    },
    steps: [
      { act: 'acknowledge', in: 0.4 },
      { act: 'progress', note: 'กั้นพื้นที่ทางเท้าแล้ว แจ้งเจ้าของป้ายให้รื้อถอนภายใน 24 ชั่วโมง', in: 2 },
    ],
  },
  {
    daysAgo: 2,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'มีคลิปคนขับรถขยะทิ้งขยะลงคลอง',
      body: 'เห็นรถเก็บขยะจอดแล้วพนักงานเทขยะลงคลองหลังชุมชน ถ่ายคลิปไว้ ดูได้ที่ https://example.com/clip-canal',
      location: { text: 'คลองหลังชุมชนริมคลอง' },
    },
    steps: [],
  },
  {
    daysAgo: 1,
    post: {
      kind: 'complaint',
      category: 'nuisance',
      title: 'ร้านคาราโอเกะเปิดเสียงดังเกินเวลา',
      body: 'ร้านคาราโอเกะปากซอยเปิดถึงตีสามทุกคืน เจ้าของร้านชื่อนางมาลัย บอกแล้วก็ไม่สนใจ เบอร์ร้าน 089-876-5432',
      location: { text: 'ปากซอยเทศบาล 7' },
    },
    steps: [],
  },
  {
    daysAgo: 1,
    post: {
      kind: 'complaint',
      category: 'roads',
      title: 'ฝาท่อทรุดเป็นหลุมหน้าโรงเรียนเทศบาล 2',
      body: 'ฝาท่อระบายน้ำหน้าประตูโรงเรียนเทศบาล 2 ทรุดลงไปเป็นหลุมลึก รถจักรยานยนต์ที่มาส่งเด็กตกหลุมบ่อย',
      location: { text: 'หน้าประตูโรงเรียนเทศบาล 2', lat: 13.9088, lng: 100.5102 },
    },
    steps: [{ act: 'support', count: 2 }],
  },
  {
    daysAgo: 0,
    post: {
      kind: 'question',
      category: 'tax',
      title: 'ใบเสร็จค่าธรรมเนียมขยะขอย้อนหลังได้ไหม',
      body: 'ทำใบเสร็จค่าธรรมเนียมเก็บขยะปีที่แล้วหาย ต้องใช้ประกอบการขายบ้าน ขอออกใบแทนได้ไหมครับ',
    },
    steps: [],
  },
  {
    daysAgo: 0,
    post: {
      kind: 'service_request',
      category: 'trees',
      title: 'ขอให้ตัดหญ้าริมทางเดินในสวนสาธารณะ',
      body: 'หญ้าริมทางเดินรอบสระสูงเกือบเข่า ตอนเช้ามืดมองไม่เห็นทาง กลัวงู',
      location: { text: 'สวนสาธารณะเทศบาล' },
    },
    steps: [],
  },
];
