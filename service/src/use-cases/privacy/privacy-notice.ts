// The privacy notice a citizen reads: the site's wording plus a retention-and-rights paragraph generated from the retention setting, kept per version.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { SiteSettings } from '../../domain/site.js';
import type { Database } from '../../storage/database.js';
import { insertNoticeIfMissing } from '../../storage/privacy.repository.js';
import type { Site } from '../../storage/site.repository.js';

export const NOTICE_LANGUAGES = ['th', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export const DEFAULT_RETENTION_YEARS = 5;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 20;

/** A statement of how long data is kept ("5 ปี", "5 years"): custom wording must leave it to the setting. */
export const RETENTION_CLAIM = /[0-9๐-๙]+\s*(ปี|years?\b)/i;

export function retentionYearsOf(settings: SiteSettings): number {
  const years = settings.retentionYears;
  return Number.isInteger(years) && years! >= MIN_RETENTION_YEARS && years! <= MAX_RETENTION_YEARS
    ? years!
    : DEFAULT_RETENTION_YEARS;
}

function defaultWording(site: Pick<Site, 'name' | 'nameEn'>): Record<NoticeLanguage, string> {
  return {
    th:
      `${site.name} เก็บข้อมูลที่ท่านส่งเพื่อรับและดำเนินการเรื่องร้องเรียนนี้เท่านั้น (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) ` +
      'ชื่อ เบอร์โทรศัพท์ และอีเมลของท่านจะเห็นได้เฉพาะเจ้าหน้าที่ที่ดูแลเรื่อง ไม่เผยแพร่ต่อสาธารณะ ' +
      'ข้อความที่เผยแพร่จะถูกปิดบังข้อมูลส่วนบุคคล',
    en:
      `${site.nameEn} keeps what you send only to receive and handle this request (Personal Data Protection Act B.E. 2562). ` +
      'Your name, phone number and email are seen only by the staff handling it and are never published. ' +
      'Published text has personal data removed.',
  };
}

/** Generated from the setting, so the notice and the retention job cannot disagree. */
export function retentionParagraph(years: number): Record<NoticeLanguage, string> {
  return {
    th:
      `เก็บรักษาข้อมูลไม่เกิน ${years} ปีนับจากวันที่ปิดเรื่อง แล้วลบข้อมูลที่ระบุตัวท่านออก เหลือไว้เพียงสถิติ ` +
      'ท่านดาวน์โหลดข้อมูลของท่าน ขอแก้ไข ขอลบ หรือขอระงับการใช้ข้อมูลได้เองในหน้าติดตามเรื่องด้วยเลขที่รับแจ้งและรหัสติดตาม ' +
      'หรือที่สำนักงานเทศบาล เจ้าหน้าที่ตอบภายใน 30 วัน',
    en:
      `Data is kept for at most ${years} ${years === 1 ? 'year' : 'years'} after the case is closed; then everything that identifies you is deleted and only statistics remain. ` +
      'You can download your data, or ask for it to be corrected, deleted or its use restricted, yourself on the tracking page with your tracking number and access key, ' +
      'or at the municipal office; staff answer within 30 days.',
  };
}

/** The full notice texts shown now, per language. */
export function noticeTexts(site: Pick<Site, 'name' | 'nameEn' | 'settings'>): Record<NoticeLanguage, string> {
  const base = site.settings.privacyNotice ?? defaultWording(site);
  const tail = retentionParagraph(retentionYearsOf(site.settings));
  return { th: `${base.th.trim()}\n\n${tail.th}`, en: `${base.en.trim()}\n\n${tail.en}` };
}

export function noticeVersion(language: NoticeLanguage, text: string): string {
  return createHash('sha256').update(`${language}\n${text}`).digest('hex');
}

export interface CurrentNotice {
  texts: Record<NoticeLanguage, string>;
  versions: Record<NoticeLanguage, string>;
}

/** The notice of a site read from the repository (deeply frozen, replaced when its settings change), made once. */
const noticeOfSite = new WeakMap<object, CurrentNotice>();

export function currentNotice(site: Pick<Site, 'name' | 'nameEn' | 'settings'>): CurrentNotice {
  const cacheable = Object.isFrozen(site) && Object.isFrozen(site.settings);
  const known = cacheable ? noticeOfSite.get(site) : undefined;
  if (known) return known;
  const texts = noticeTexts(site);
  const notice = { texts, versions: { th: noticeVersion('th', texts.th), en: noticeVersion('en', texts.en) } };
  if (cacheable) noticeOfSite.set(site, notice);
  return notice;
}

type Executor = Kysely<Database> | Transaction<Database>;

/** Versions known to be stored (committed), per root database handle, so a busy form page costs no write per view. */
const storedBy = new WeakMap<object, Set<string>>();

const storedKey = (siteId: number, version: string) => `${siteId}:${version}`;

/**
 * Keeps both wordings of the site's current notice (once per version): consent can always show what was agreed to.
 * Inside a transaction, `root` (the handle it was opened from) lets versions already committed be skipped; what this
 * transaction stores counts only once it has committed (`noticeVersionsCommitted`).
 */
export async function storeNoticeVersions(
  db: Executor,
  site: Pick<Site, 'id' | 'name' | 'nameEn' | 'settings'>,
  at: string,
  root?: Kysely<Database>,
) {
  const notice = currentNotice(site);
  const inTransaction = db.isTransaction;
  const memoOf = inTransaction ? root : db;
  const stored = memoOf ? storedBy.get(memoOf) : undefined;
  for (const language of NOTICE_LANGUAGES) {
    const version = notice.versions[language];
    if (stored?.has(storedKey(site.id, version))) continue;
    await insertNoticeIfMissing(db, { site_id: site.id, version, language, text: notice.texts[language], created_at: at });
    // Inside a transaction that may roll back, the memo waits for its commit.
    if (!inTransaction) remember(db, site.id, version);
  }
  return notice;
}

function remember(root: object, siteId: number, version: string): void {
  let stored = storedBy.get(root);
  if (!stored) storedBy.set(root, (stored = new Set<string>()));
  stored.add(storedKey(siteId, version));
}

/**
 * A transaction opened from `root` that ran `storeNoticeVersions` for `site` has committed: both wordings of its
 * current notice are on disk, and later transactions skip them (two upserts a submission in the profile).
 */
export function noticeVersionsCommitted(root: Kysely<Database>, site: Pick<Site, 'id' | 'name' | 'nameEn' | 'settings'>): void {
  const notice = currentNotice(site);
  for (const language of NOTICE_LANGUAGES) remember(root, site.id, notice.versions[language]);
}
