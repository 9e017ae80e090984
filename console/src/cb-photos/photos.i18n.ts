// The photo review's strings in Thai and English.

export interface PhotoTranslation {
  lang: 'th' | 'en';
  heading: (count: number) => string;
  intro: string;
  states: Record<'pending' | 'approved' | 'rejected', string>;
  photoLabel: (index: number, width: number, height: number) => string;
  canvasHelp: string;
  rectangles: (count: number) => string;
  rectangle: (x: number, y: number, width: number, height: number) => string;
  removeRectangle: string;
  blur: string;
  cover: string;
  rotate: string;
  alt: string;
  altHint: string;
  approve: string;
  rejectReason: string;
  reject: string;
  rejectedBecause: (reason: string) => string;
  redacted: (count: number) => string;
  unredacted: string;
  done: Record<'blur' | 'cover' | 'rotate' | 'approve' | 'reject', string>;
  drawFirst: string;
  failed: string;
}

const th: PhotoTranslation = {
  lang: 'th',
  heading: (n) => `รูปภาพ (${n})`,
  intro: 'รูปจะไม่เผยแพร่จนกว่าจะอนุมัติทีละรูป แม้ข้อความจะเผยแพร่แล้ว ปิดหรือเบลอใบหน้า ป้ายทะเบียน บ้านเลขที่ และเอกสารก่อนอนุมัติ',
  states: { pending: 'รอตรวจ', approved: 'อนุมัติแล้ว', rejected: 'ไม่อนุมัติ' },
  photoLabel: (i, w, h) => `รูปที่ ${i} (${w} × ${h} พิกเซล)`,
  canvasHelp: 'ลากเมาส์เพื่อวาดกรอบ หรือใช้แป้นพิมพ์: ลูกศรเลื่อนกรอบ Shift+ลูกศรปรับขนาด Enter เพิ่มกรอบ Delete ลบกรอบล่าสุด',
  rectangles: (n) => (n === 0 ? 'ยังไม่มีกรอบ' : `กรอบที่เลือก ${n} กรอบ`),
  rectangle: (x, y, w, h) => `x ${x}, y ${y}, กว้าง ${w}, สูง ${h}`,
  removeRectangle: 'ลบกรอบ',
  blur: 'เบลอกรอบที่เลือก',
  cover: 'ปิดทึบกรอบที่เลือก',
  rotate: 'หมุนตามเข็มนาฬิกา 90°',
  alt: 'คำอธิบายรูป',
  altHint: 'สำหรับผู้ใช้โปรแกรมอ่านหน้าจอ ไม่ใส่ข้อมูลส่วนบุคคล',
  approve: 'อนุมัติรูปนี้',
  rejectReason: 'เหตุผลที่ไม่อนุมัติ',
  reject: 'ไม่อนุมัติรูปนี้',
  rejectedBecause: (r) => `ไม่อนุมัติ: ${r}`,
  redacted: (n) => `ปิด/เบลอแล้ว ${n} กรอบ`,
  unredacted: 'ภาพก่อนปิดบัง (เฉพาะเจ้าหน้าที่)',
  done: {
    blur: 'เบลอแล้ว ภาพเดิมถูกลบ',
    cover: 'ปิดทึบแล้ว ภาพเดิมถูกลบ',
    rotate: 'หมุนแล้ว',
    approve: 'อนุมัติรูปแล้ว',
    reject: 'ไม่อนุมัติรูปแล้ว',
  },
  drawFirst: 'วาดกรอบอย่างน้อยหนึ่งกรอบก่อน',
  failed: 'ทำไม่สำเร็จ',
};

const en: PhotoTranslation = {
  lang: 'en',
  heading: (n) => `Photos (${n})`,
  intro:
    'No photo is published until it is approved, one by one, even when the text is. Cover or blur faces, licence plates, house numbers and documents first.',
  states: { pending: 'To review', approved: 'Approved', rejected: 'Rejected' },
  photoLabel: (i, w, h) => `Photo ${i} (${w} × ${h} pixels)`,
  canvasHelp:
    'Drag to draw a rectangle, or use the keyboard: arrows move the frame, Shift+arrows resize it, Enter adds it, Delete removes the last one.',
  rectangles: (n) => (n === 0 ? 'No rectangles yet' : `${n} rectangle${n === 1 ? '' : 's'} selected`),
  rectangle: (x, y, w, h) => `x ${x}, y ${y}, ${w} wide, ${h} high`,
  removeRectangle: 'Remove rectangle',
  blur: 'Blur the rectangles',
  cover: 'Cover the rectangles',
  rotate: 'Rotate 90° clockwise',
  alt: 'Description',
  altHint: 'For screen-reader users; no personal data.',
  approve: 'Approve this photo',
  rejectReason: 'Why it is rejected',
  reject: 'Reject this photo',
  rejectedBecause: (r) => `Rejected: ${r}`,
  redacted: (n) => `${n} rectangle${n === 1 ? '' : 's'} covered or blurred`,
  unredacted: 'Image before redaction (staff only)',
  done: {
    blur: 'Blurred; the previous image is deleted.',
    cover: 'Covered; the previous image is deleted.',
    rotate: 'Rotated.',
    approve: 'Photo approved.',
    reject: 'Photo rejected.',
  },
  drawFirst: 'Draw at least one rectangle first.',
  failed: 'That did not work',
};

export function photoTranslation(lang: string): PhotoTranslation {
  return lang === 'en' ? en : th;
}
