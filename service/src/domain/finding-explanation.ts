// Why a finding held a post, in plain Thai and English, for the moderator reading the queue. Pure.

export interface Explanation {
  th: string;
  en: string;
}

const BY_TYPE: Record<string, Explanation> = {
  insult: { th: 'คำหยาบหรือคำดูหมิ่น ห้ามเผยแพร่ตามนโยบายของเว็บไซต์', en: 'Profanity or an insult; the site does not publish it.' },
  national_id: {
    th: 'เลขประจำตัวประชาชน 13 หลัก (ตรวจเลขหลักสุดท้ายแล้วถูกต้อง) เป็นข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล',
    en: 'A Thai citizen ID number (its check digit is valid): personal data under the PDPA.',
  },
  phone: {
    th: 'หมายเลขโทรศัพท์ของบุคคล ไม่ใช่หมายเลขสาธารณะของหน่วยงาน',
    en: "A person's phone number, not one of the municipality's public numbers.",
  },
  email: { th: 'ที่อยู่อีเมลของบุคคล', en: "A person's email address." },
  bank_account: { th: 'เลขบัญชีธนาคารหรือพร้อมเพย์', en: 'A bank account or PromptPay number.' },
  license_plate: { th: 'ทะเบียนรถ ระบุตัวเจ้าของรถได้', en: 'A vehicle licence plate, which identifies its owner.' },
  address: { th: 'บ้านเลขที่หรือที่อยู่ที่ระบุตัวบุคคลได้', en: 'A house number or address that identifies a household.' },
  person_name: {
    th: 'ชื่อบุคคลทั่วไปที่มีคำนำหน้า (นาย นาง นางสาว ฯลฯ) ในบริบทที่ระบุตัวได้',
    en: 'A private person named with a title (Mr, Mrs, Miss…) in an identifying context.',
  },
  passport: { th: 'เลขหนังสือเดินทาง', en: 'A passport number.' },
  line_id: { th: 'ไอดีไลน์ของบุคคล', en: "A person's LINE ID." },
  sensitive: {
    th: 'ข้อมูลอ่อนไหวตามมาตรา 26 (สุขภาพ ศาสนา ความคิดเห็นทางการเมือง ประวัติอาชญากรรม ฯลฯ) เกี่ยวกับบุคคลที่ระบุตัวได้',
    en: 'Sensitive data under PDPA section 26 (health, religion, politics, criminal record…) about an identifiable person.',
  },
  url: {
    th: 'มีลิงก์ (เว็บไซต์นี้ตั้งให้ตรวจลิงก์ก่อนเผยแพร่ เพื่อกันสแปม)',
    en: 'Contains a link (this site holds links for review, against spam).',
  },
  private_conversation: {
    th: 'ข้อความเป็นการคุยกันระหว่างบุคคล (ทักทาย ตอบโต้ นัดหมาย) ไม่ใช่เรื่องของหน่วยงาน เว็บไซต์นี้ตั้งให้ตรวจก่อนเผยแพร่',
    en: 'Reads as a conversation between private persons (a greeting, a reply, an arrangement), not a matter for the municipality; this site holds such posts.',
  },
  screening_incomplete: {
    th: 'ระบบตรวจข้อความอัตโนมัติตรวจข้อความนี้ไม่ครบ (ข้อความยาวหรือซับซ้อนผิดปกติ) โปรดอ่านทั้งข้อความก่อนเผยแพร่ ระบบเสนอให้ซ่อนทั้งข้อความไว้ก่อน',
    en: 'Automatic screening could not finish this text (unusually long or convoluted); read all of it before publishing. The suggested redaction hides the whole text.',
  },
};

const BY_KIND: Record<string, Explanation> = {
  profanity: BY_TYPE.insult!,
  pii: { th: 'ข้อมูลส่วนบุคคล', en: 'Personal data.' },
  link: BY_TYPE.url!,
  review: BY_TYPE.screening_incomplete!,
  conversation: BY_TYPE.private_conversation!,
};

const SITE_BLOCKED: Explanation = { th: 'คำที่เว็บไซต์นี้กำหนดให้ตรวจก่อนเผยแพร่', en: "A word on this site's own blocked list." };

export function explainFinding(finding: { kind: string; type: string; rule: string }): Explanation {
  if (finding.rule === 'site.blocked') return SITE_BLOCKED;
  const base = BY_TYPE[finding.type] ?? BY_KIND[finding.kind] ?? { th: 'พบข้อความที่ต้องตรวจ', en: 'Text that needs a look.' };
  if (finding.kind === 'profanity' && /\+/.test(finding.rule)) {
    return {
      th: `${base.th} (เขียนเลี่ยง เช่น เว้นวรรค สะกดแปลง)`,
      en: `${base.en} (disguised: spacing, look-alike letters or spelling)`,
    };
  }
  return base;
}
