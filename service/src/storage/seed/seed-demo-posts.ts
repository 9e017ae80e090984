// A few realistic posts and official answers so the demo feed is not empty on first start.
import { submitPost, type SubmitPostInput } from '../../use-cases/submit-post.js';
import type { UseCaseDeps } from '../../use-cases/deps.js';
import { appendEvent, updateCase } from '../case.repository.js';
import { findSiteBySlug, listDepartments } from '../site.repository.js';

interface DemoPost {
  input: Omit<SubmitPostInput, 'consent'>;
  answer?: { department: string; body: string; status: 'acknowledged' | 'in_progress' | 'resolved' };
}

const POSTS: DemoPost[] = [
  {
    input: {
      kind: 'complaint',
      category: 'lighting',
      title: 'ไฟถนนดับหลายต้น ซอยเทศบาล 5',
      body: 'ไฟส่องสว่างในซอยเทศบาล 5 ดับติดกันสามต้นมาเกือบสัปดาห์ ตอนกลางคืนมืดมาก เด็กนักเรียนเดินกลับบ้านลำบาก รบกวนช่วยซ่อมด้วยครับ',
      location: { text: 'ซอยเทศบาล 5 ใกล้ศาลาประชาคม' },
    },
    answer: {
      department: 'engineering',
      body: 'กองช่างได้รับเรื่องแล้ว จะเข้าเปลี่ยนหลอดไฟภายในวันพฤหัสบดีนี้ ขอบคุณที่แจ้งครับ',
      status: 'in_progress',
    },
  },
  {
    input: {
      kind: 'question',
      category: 'tax',
      title: 'ชำระภาษีที่ดินออนไลน์ได้หรือไม่',
      body: 'อยากทราบว่าปีนี้สามารถชำระภาษีที่ดินและสิ่งปลูกสร้างผ่านแอปธนาคารได้หรือยังคะ ต้องใช้เอกสารอะไรบ้าง',
    },
    answer: {
      department: 'finance',
      body: 'ชำระผ่านแอปธนาคารได้ทุกธนาคาร โดยสแกน QR Code ในใบแจ้งประเมินภาษี ไม่ต้องใช้เอกสารเพิ่มเติม หากไม่ได้รับใบแจ้งติดต่อกองคลังในวันและเวลาราชการ',
      status: 'resolved',
    },
  },
  {
    input: {
      kind: 'complaint',
      category: 'waste',
      title: 'ขยะไม่ได้เก็บมาสามวัน หมู่ 4',
      body: 'รถเก็บขยะไม่ได้มาเก็บที่หมู่ 4 มาสามวันแล้ว ขยะล้นถังส่งกลิ่นเหม็น สุนัขมาคุ้ยกระจาย',
    },
  },
  {
    input: {
      kind: 'suggestion',
      category: 'trees',
      title: 'เสนอให้ติดตั้งม้านั่งในสวนสาธารณะเพิ่ม',
      body: 'ผู้สูงอายุมาออกกำลังกายตอนเช้าเยอะมาก แต่ม้านั่งมีไม่พอ อยากให้เพิ่มม้านั่งบริเวณลู่วิ่งรอบสระน้ำครับ',
    },
    answer: {
      department: 'engineering',
      body: 'ขอบคุณสำหรับข้อเสนอแนะ เทศบาลบรรจุการติดตั้งม้านั่งเพิ่ม 10 ตัวไว้ในแผนปีงบประมาณ 2570 แล้วครับ',
      status: 'acknowledged',
    },
  },
  {
    input: {
      kind: 'service_request',
      category: 'drainage',
      title: 'ขอให้ลอกท่อระบายน้ำหน้าตลาด',
      body: 'ฝนตกทีไรน้ำท่วมขังหน้าตลาดสดนานหลายชั่วโมง ท่อน่าจะอุดตัน ขอให้เทศบาลมาลอกท่อก่อนหน้าฝนครับ',
      location: { text: 'หน้าตลาดสดเทศบาล' },
    },
  },
];

export async function seedDemoPosts(deps: UseCaseDeps): Promise<void> {
  const db = deps.db.kysely;
  const site = await findSiteBySlug(db, 'demo');
  if (!site) return;
  const departments = new Map((await listDepartments(db, site.id)).map((d) => [d.code, d.id]));
  for (const post of POSTS) {
    const created = await submitPost(deps, site, { ...post.input, consent: true });
    if (!post.answer || created.state !== 'published') continue;
    const at = deps.clock.now().toISOString();
    const departmentId = departments.get(post.answer.department) ?? null;
    await db.transaction().execute(async (trx) => {
      await updateCase(trx, created.id, {
        department_id: departmentId,
        status: post.answer!.status,
        updated_at: at,
        ...(post.answer!.status === 'resolved' ? { resolved_at: at } : {}),
      });
      await trx
        .insertInto('answers')
        .values({
          case_id: created.id,
          department_id: departmentId,
          body: post.answer!.body,
          is_public: 1,
          author_user_id: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await appendEvent(trx, {
        case_id: created.id,
        type: 'status_changed',
        from_status: 'received',
        to_status: post.answer!.status,
        actor_type: 'system',
        actor_user_id: null,
        note: 'ข้อมูลตัวอย่าง',
        visible_to_citizen: 1,
        created_at: at,
      });
    });
  }
}
