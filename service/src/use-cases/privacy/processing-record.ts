// The site's record of processing activities (PDPA s. 39), generated from its real settings, channels and departments.
import type { Config } from '../../config.js';
import { KIND_LABELS, type CaseKind } from '../../domain/case.js';
import type { SessionUser } from '../../domain/staff.js';
import { listChannels } from '../../storage/channel.repository.js';
import { findLineChannelStatus } from '../../storage/line.repository.js';
import { listNotices } from '../../storage/privacy.repository.js';
import { listDepartments } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { loadSiteFor } from '../moderation/staff-scope.js';
import { currentNotice, retentionYearsOf } from './privacy-notice.js';
import { ANSWER_DAYS, REFUSAL_GROUNDS } from './privacy-requests.js';

type Bilingual = { th: string; en: string };

/** The host of a URL only: the record names recipients, it does not hand out their endpoints. */
function hostOf(target: string): string {
  try {
    return new URL(target).host;
  } catch {
    return target.includes('@') ? target.slice(target.indexOf('@') + 1) : 'configured';
  }
}

export async function processingRecord(deps: UseCaseDeps & { config: Config }, user: SessionUser, slug: string) {
  const db = deps.db.kysely;
  const site = await loadSiteFor(deps, user, slug);
  const [departments, channels, line, notices] = await Promise.all([
    listDepartments(db, site.id),
    listChannels(db, site.id),
    findLineChannelStatus(db, site.id),
    listNotices(db, site.id),
  ]);
  const years = retentionYearsOf(site.settings);
  const notice = currentNotice(site);
  const activeChannels = channels.filter((c) => c.active === 1);
  const webhookHosts = [...new Set(activeChannels.filter((c) => c.channel === 'webhook').map((c) => hostOf(c.target)))];
  const emailTargets = activeChannels.filter((c) => c.channel === 'email').length;
  const smtp = deps.config.notify.smtpUrl ? hostOf(deps.config.notify.smtpUrl) : null;
  const contactRequired = site.settings.contactRequiredKinds.map((k) => KIND_LABELS[k as CaseKind] ?? { th: k, en: k });

  const categories: { data: Bilingual; source: Bilingual; required: boolean }[] = [
    {
      data: { th: 'ชื่อ เบอร์โทรศัพท์ อีเมล', en: 'Name, phone number, email address' },
      source: { th: 'ผู้ร้องเรียนกรอกเอง (ไม่บังคับ)', en: 'Given by the citizen (optional)' },
      required: contactRequired.length > 0,
    },
    {
      data: { th: 'เรื่องร้องเรียน รายละเอียด สถานที่ และพิกัด', en: 'Complaint title, details, place and coordinates' },
      source: { th: 'ผู้ร้องเรียน', en: 'The citizen' },
      required: true,
    },
    {
      data: {
        th: 'ภาพถ่ายประกอบเรื่อง (เข้ารหัสใหม่ ลบข้อมูลแฝง เช่น พิกัด GPS ก่อนจัดเก็บ)',
        en: 'Photos of the problem (re-encoded, with metadata such as GPS removed before storage)',
      },
      source: { th: 'ผู้ร้องเรียน (ไม่บังคับ)', en: 'The citizen (optional)' },
      required: false,
    },
    {
      data: { th: 'ข้อความเพิ่มเติมและความเห็นต่อผลการแก้ไข', en: 'Further messages and feedback on the result' },
      source: { th: 'ผู้ร้องเรียน ผ่านหน้าติดตามเรื่อง', en: 'The citizen, on the tracking page' },
      required: false,
    },
    {
      data: { th: 'ข้อมูลติดต่อของผู้ที่กด "ฉันก็เจอ"', en: 'Contact details of citizens who said "me too"' },
      source: { th: 'ผู้สนับสนุนเรื่อง (ไม่บังคับ)', en: 'Supporters (optional)' },
      required: false,
    },
    {
      data: {
        th: 'ค่าแฮชของโทเคนเบราว์เซอร์และที่อยู่ IP (นับครั้งเดียว/จำกัดอัตรา)',
        en: 'Hashes of browser token and IP address (counting once, rate limits)',
      },
      source: { th: 'เบราว์เซอร์', en: 'The browser' },
      required: true,
    },
    ...(line.enabled
      ? [
          {
            data: { th: 'LINE user ID และข้อความสนทนาที่ใช้แจ้งเรื่อง', en: 'LINE user ID and the chat that files the case' },
            source: { th: 'LINE Official Account ของหน่วยงาน', en: "The municipality's LINE Official Account" },
            required: true,
          },
        ]
      : []),
  ];

  const recipients: { who: Bilingual; what: Bilingual }[] = [
    {
      who: {
        th: `เจ้าหน้าที่ของ${site.name} (${departments.filter((d) => d.active).length} หน่วยงาน)`,
        en: `Staff of ${site.nameEn} (${departments.filter((d) => d.active).length} departments)`,
      },
      what: { th: 'เรื่องและข้อมูลติดต่อ เฉพาะผู้ที่ดูแลเรื่อง', en: 'Cases and contact details, only those handling them' },
    },
    {
      who: { th: 'สาธารณชน (หน้าเว็บ ข้อมูลเปิด Open311)', en: 'The public (web page, open data, Open311)' },
      what: { th: 'ข้อความที่ปิดบังข้อมูลส่วนบุคคลแล้วเท่านั้น ไม่มีข้อมูลติดต่อ', en: 'Redacted text only, never contact details' },
    },
    ...(deps.config.photos?.store === 's3' && deps.config.photos.s3
      ? [
          {
            who: {
              th: `ที่เก็บภาพถ่าย (${hostOf(deps.config.photos.s3.endpoint)})`,
              en: `Photo storage (${hostOf(deps.config.photos.s3.endpoint)})`,
            },
            what: { th: 'ภาพถ่ายที่เข้ารหัสใหม่แล้ว', en: 'Re-encoded photos' },
          },
        ]
      : []),
    ...(smtp
      ? [
          {
            who: { th: `ผู้ให้บริการอีเมล (${smtp})`, en: `Email provider (${smtp})` },
            what: { th: 'การแจ้งเตือนทางอีเมล', en: 'Email notifications' },
          },
        ]
      : []),
    ...(emailTargets
      ? [
          {
            who: { th: `ที่อยู่อีเมลของหน่วยงาน (${emailTargets})`, en: `Departments' email addresses (${emailTargets})` },
            what: { th: 'การแจ้งเรื่องใหม่และเรื่องเกินกำหนด', en: 'New and overdue case notices' },
          },
        ]
      : []),
    ...webhookHosts.map((host) => ({
      who: { th: `ระบบรับแจ้งเตือน (webhook) ${host}`, en: `Notification receiver (webhook) ${host}` },
      what: { th: 'ข้อเท็จจริงของเรื่อง ไม่มีข้อมูลติดต่อผู้ร้องเรียน', en: "Case facts, never the citizen's contact details" },
    })),
    ...(deps.config.notify.webhookUrl
      ? [
          {
            who: {
              th: `ระบบรับแจ้งเตือนกลาง ${hostOf(deps.config.notify.webhookUrl)}`,
              en: `System-wide webhook ${hostOf(deps.config.notify.webhookUrl)}`,
            },
            what: { th: 'ข้อเท็จจริงของเรื่อง ไม่มีข้อมูลติดต่อผู้ร้องเรียน', en: "Case facts, never the citizen's contact details" },
          },
        ]
      : []),
    ...(line.enabled
      ? [
          {
            who: { th: 'LY Corporation (LINE Messaging API)', en: 'LY Corporation (LINE Messaging API)' },
            what: { th: 'ข้อความแจ้งความคืบหน้าถึงผู้ร้องเรียนทาง LINE', en: 'Progress messages to citizens on LINE' },
          },
        ]
      : []),
  ];

  return {
    generatedAt: deps.clock.now().toISOString(),
    controller: { site: site.slug, name: site.name, nameEn: site.nameEn },
    purposes: [
      {
        th: 'รับ ตรวจสอบ ส่งต่อ และแก้ไขเรื่องร้องเรียนและคำขอรับบริการ',
        en: 'Receiving, screening, routing and resolving complaints and service requests',
      },
      { th: 'แจ้งความคืบหน้าแก่ผู้ร้องเรียนที่ขอรับแจ้ง', en: 'Telling citizens who asked about progress' },
      { th: 'เผยแพร่เรื่องที่ปิดบังข้อมูลส่วนบุคคลแล้วเพื่อความโปร่งใส', en: 'Publishing redacted cases for transparency' },
      { th: 'สถิติและรายงานผลการดำเนินงาน', en: 'Statistics and performance reports' },
    ],
    legalBasis: [
      { th: 'ความยินยอมต่อประกาศความเป็นส่วนตัว (มาตรา 19)', en: 'Consent to the privacy notice (s. 19)' },
      { th: 'การปฏิบัติหน้าที่เพื่อประโยชน์สาธารณะหรือใช้อำนาจรัฐ (มาตรา 24(4))', en: 'Public task or official authority (s. 24(4))' },
    ],
    categories,
    contactRequiredFor: contactRequired,
    recipients,
    transfersAbroad: line.enabled
      ? {
          th: 'LINE อาจประมวลผลข้อมูลนอกประเทศไทยตามเงื่อนไขของผู้ให้บริการ',
          en: "LINE may process data outside Thailand under its provider's terms",
        }
      : { th: 'ไม่มี', en: 'None' },
    retention: {
      years,
      rule: {
        th: `ไม่เกิน ${years} ปีนับจากวันที่ปิดเรื่อง แล้วลบข้อมูลที่ระบุตัวบุคคลอัตโนมัติทุกวัน เหลือเพียงสถิติ`,
        en: `At most ${years} years after a case is closed; a daily job then erases everything that identifies the citizen, keeping statistics`,
      },
      sentNotifications: {
        th: 'ข้อความแจ้งเตือนที่ส่งแล้วลบหลัง 1 ปี หรือเมื่อลบเรื่อง',
        en: 'Sent notifications are deleted after 1 year, or when the case is erased',
      },
    },
    rights: {
      answerDays: ANSWER_DAYS,
      channels: {
        th: 'หน้าติดตามเรื่อง (เลขที่รับแจ้งและรหัสติดตาม) หรือสำนักงาน',
        en: 'The tracking page (tracking number and access key), or the office',
      },
      refusalGrounds: Object.entries(REFUSAL_GROUNDS).map(([code, label]) => ({ code, ...label })),
    },
    securityMeasures: [
      {
        th: 'รหัสติดตามเก็บเฉพาะค่าแฮช SHA-256 และเปรียบเทียบแบบเวลาคงที่',
        en: 'Access keys stored only as SHA-256 hashes, compared in constant time',
      },
      {
        th: 'รหัสผ่านเจ้าหน้าที่เข้ารหัสด้วย scrypt จำกัดการเดารหัสผ่าน',
        en: 'Staff passwords hashed with scrypt; sign-in attempts limited',
      },
      {
        th: 'สิทธิ์ตามบทบาทและหน่วยงาน เซสชันมีวันหมดอายุ ป้องกัน CSRF',
        en: 'Role- and department-based access; expiring sessions; CSRF protection',
      },
      { th: 'ตรวจหาและปิดบังข้อมูลส่วนบุคคลก่อนเผยแพร่', en: 'Personal data detected and redacted before publication' },
      { th: 'บันทึกการใช้งานแบบเพิ่มได้อย่างเดียว ไม่เก็บค่าที่ถูกลบ', en: 'Append-only audit log that keeps no removed value' },
      { th: 'ไม่บันทึกข้อมูลติดต่อใน log; จำกัดอัตราการเรียกใช้', en: 'No contact data in logs; rate limits' },
      { th: 'สำรองข้อมูลด้วย npm run backup', en: 'Backups with npm run backup' },
      ...(site.settings.moderateEverything
        ? [{ th: 'ทุกเรื่องผ่านการตรวจของผู้ดูแลก่อนเผยแพร่', en: 'Every post is read by a moderator before publication' }]
        : []),
    ],
    privacyNotice: { versions: notice.versions, texts: notice.texts, versionsKept: notices.length },
  };
}

export type ProcessingRecord = Awaited<ReturnType<typeof processingRecord>>;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** A printable page (Thai first, English below each line): no script, no outside resource. */
export function processingRecordHtml(record: ProcessingRecord): string {
  const both = (b: Bilingual) => `${escape(b.th)}<br><span lang="en">${escape(b.en)}</span>`;
  const list = (items: Bilingual[]) => `<ul>${items.map((i) => `<li>${both(i)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>บันทึกรายการกิจกรรมการประมวลผล · Record of processing — ${escape(record.controller.name)}</title>
<style>body{font:15px/1.5 system-ui,"Noto Sans Thai",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
[lang=en]{color:#333}@media print{body{margin:0}}</style></head>
<body>
<h1>บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล (มาตรา 39)<br><span lang="en">Record of processing activities (PDPA s. 39)</span></h1>
<p>${escape(record.controller.name)} · <span lang="en">${escape(record.controller.nameEn)}</span> · ${escape(record.generatedAt.slice(0, 10))}</p>
<h2>วัตถุประสงค์ · <span lang="en">Purposes</span></h2>${list(record.purposes)}
<h2>ฐานทางกฎหมาย · <span lang="en">Legal basis</span></h2>${list(record.legalBasis)}
<h2>ประเภทข้อมูล · <span lang="en">Categories of data</span></h2>
<table><thead><tr><th>ข้อมูล · <span lang="en">Data</span></th><th>แหล่งที่มา · <span lang="en">Source</span></th></tr></thead><tbody>
${record.categories.map((c) => `<tr><td>${both(c.data)}</td><td>${both(c.source)}</td></tr>`).join('\n')}
</tbody></table>
<h2>ผู้รับข้อมูล · <span lang="en">Recipients</span></h2>
<table><tbody>${record.recipients.map((r) => `<tr><td>${both(r.who)}</td><td>${both(r.what)}</td></tr>`).join('\n')}</tbody></table>
<p>การส่งข้อมูลไปต่างประเทศ · <span lang="en">Transfers abroad</span>: ${both(record.transfersAbroad)}</p>
<h2>ระยะเวลาการเก็บรักษา · <span lang="en">Retention</span></h2>${list([record.retention.rule, record.retention.sentNotifications])}
<h2>สิทธิของเจ้าของข้อมูล · <span lang="en">Data subjects' rights</span></h2>
<p>${both(record.rights.channels)} — ${record.rights.answerDays} วัน · <span lang="en">days</span></p>
<p>เหตุปฏิเสธคำขอ · <span lang="en">Grounds for refusal</span>:</p>${list(record.rights.refusalGrounds)}
<h2>มาตรการรักษาความมั่นคงปลอดภัย · <span lang="en">Security measures</span></h2>${list(record.securityMeasures)}
<h2>ประกาศความเป็นส่วนตัวปัจจุบัน · <span lang="en">Current privacy notice</span></h2>
<p style="white-space:pre-wrap">${escape(record.privacyNotice.texts.th)}</p>
<p lang="en" style="white-space:pre-wrap">${escape(record.privacyNotice.texts.en)}</p>
</body></html>`;
}
