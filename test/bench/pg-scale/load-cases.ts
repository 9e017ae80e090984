// Bulk-loads realistic cases into a PostgreSQL schema with INSERT … SELECT FROM generate_series, in batches:
// a mix of kinds, categories, departments, channels, statuses and visibilities, dates spread over three years,
// varied Thai titles and bodies (so trigram search has work to do), contacts, answers, timelines, deadlines
// and "me too" supports. Everything is derived from the row number by hashing, so a run is repeatable.
// Each batch spans the three years in time order, as a site's own cases do (ids grow with time), so a month's
// cases lie together on disk per batch, as if each batch were one imported history.
import type pg from 'pg';

/** Problems citizens write about, each with the category it belongs to. */
const PROBLEMS: [string, string][] = [
  ['ไฟฟ้าดับทั้งซอย', 'lighting'],
  ['ไฟถนนไม่ติด', 'lighting'],
  ['สายไฟห้อยต่ำ', 'lighting'],
  ['ถนนเป็นหลุมลึก', 'roads'],
  ['ทางเท้าชำรุด', 'roads'],
  ['สะพานไม้ผุ', 'roads'],
  ['ป้ายจราจรหาย', 'roads'],
  ['ท่อระบายน้ำอุดตัน', 'drainage'],
  ['น้ำท่วมขังหลังฝนตก', 'drainage'],
  ['ฝาท่อหาย', 'drainage'],
  ['ขยะไม่ได้เก็บ', 'waste'],
  ['มีคนลักลอบทิ้งขยะ', 'waste'],
  ['เสียงดังรบกวนยามวิกาล', 'nuisance'],
  ['กลิ่นเหม็นจากโรงงาน', 'nuisance'],
  ['ควันไฟเผาขยะ', 'nuisance'],
  ['สุนัขจรจัดดุร้าย', 'animals'],
  ['ต้นไม้ล้มขวางทาง', 'trees'],
  ['กิ่งไม้พาดสายไฟ', 'trees'],
  ['หอกระจายข่าวเสียงดังเกินไป', 'loudspeaker'],
  ['ขอสอบถามภาษีที่ดินและสิ่งปลูกสร้าง', 'tax'],
  ['ขอรับเบี้ยยังชีพผู้สูงอายุ', 'welfare'],
  ['ศูนย์พัฒนาเด็กเล็กหลังคารั่ว', 'education'],
  ['เจ้าหน้าที่บริการล่าช้า', 'staff'],
  ['ยุงชุกชุมในชุมชน', 'other'],
];

const PLACES = [
  'หน้าโรงเรียนเทศบาล 1',
  'ซอยวัดใหม่',
  'ตลาดสดเทศบาล',
  'ชุมชนบ้านหนองบัว',
  'ถนนมิตรภาพ',
  'หลังที่ว่าการอำเภอ',
  'หมู่ 3 บ้านโคก',
  'ซอยประชาร่วมใจ',
  'ริมคลองส่งน้ำ',
  'หน้าวัดศรีสุข',
  'สวนสาธารณะกลางเมือง',
  'ชุมชนตลาดเก่า',
  'ถนนเลียบทางรถไฟ',
  'หน้าโรงพยาบาลส่งเสริมสุขภาพตำบล',
  'ซอย 7 ถนนศรีจันทร์',
  'หมู่บ้านเอื้ออาทร',
  'ชุมชนริมน้ำ',
  'ข้างสถานีตำรวจ',
];

const SINCE = ['มาสามวันแล้ว', 'ตั้งแต่เมื่อวาน', 'ทุกคืน', 'ช่วงเช้าตรู่', 'หลังฝนตกหนัก', 'เป็นเดือนแล้ว', 'สัปดาห์นี้', 'ช่วงเย็น'];

const PLEAS = [
  'ขอให้ช่วยแก้ไขด่วน',
  'ชาวบ้านเดือดร้อนมาก',
  'เด็กนักเรียนเดินผ่านทุกวัน อันตรายมาก',
  'แจ้งไปแล้วแต่ยังไม่มีใครมาดู',
  'ขอบคุณเจ้าหน้าที่ล่วงหน้าครับ',
  'ผู้สูงอายุในชุมชนได้รับผลกระทบ',
  'รบกวนส่งเจ้าหน้าที่มาตรวจสอบด้วยค่ะ',
  'เกรงว่าจะเกิดอุบัติเหตุ',
  'อยากทราบว่าจะดำเนินการเมื่อไร',
  'ร้านค้าแถวนั้นขายของไม่ได้',
];

const ANSWERS = [
  'กองช่างได้ส่งเจ้าหน้าที่ไปตรวจสอบและซ่อมแซมเรียบร้อยแล้ว ขอบคุณที่แจ้งเข้ามา',
  'เทศบาลรับเรื่องไว้แล้ว และจะดำเนินการภายในสัปดาห์นี้',
  'ได้ประสานการไฟฟ้าส่วนภูมิภาคเพื่อแก้ไขแล้ว',
  'เจ้าหน้าที่กองสาธารณสุขได้ลงพื้นที่และเก็บขยะเรียบร้อย',
  'ขอบคุณสำหรับข้อเสนอแนะ จะนำเข้าที่ประชุมพิจารณาต่อไป',
  'รายละเอียดการชำระภาษีอยู่ที่กองคลัง ชั้น 1 ในวันและเวลาราชการ',
];

const KINDS = ['complaint', 'service_request', 'question', 'information_request', 'suggestion', 'corruption_tip'];
/** Percent thresholds: complaints dominate, tips are rare. */
const KIND_CUTS = [55, 78, 88, 93, 99, 100];
const CHANNELS = ['web', 'web', 'web', 'web', 'web', 'web', 'line', 'line', 'phone', 'qr', 'walk_in', 'email'];

export const SPAN_SECONDS = 3 * 365 * 86400;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const array = (items: string[]) => `ARRAY[${items.map(lit).join(',')}]::text[]`;

export interface LoadContext {
  siteId: number;
  trackingPrefix: string;
  /** category code → [category id, default department id]. */
  categories: Map<string, [number, number | null]>;
  /** The instant the data ends ("now" of the bench's clock). */
  now: Date;
}

/** ISO text as the service writes it (UTC, milliseconds, Z). */
const iso = (expr: string) => `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Inserts cases numbered [from, to) and everything that hangs off them. Row n gets the same values in every run;
 * case ids come from the sequence, so cases created through the API meanwhile are never overwritten.
 */
export async function loadCaseBatch(client: pg.Client, ctx: LoadContext, from: number, to: number): Promise<void> {
  const categoryIds = PROBLEMS.map(([, code]) => ctx.categories.get(code)?.[0] ?? null);
  const departmentIds = PROBLEMS.map(([, code]) => ctx.categories.get(code)?.[1] ?? null);
  const kindCase = KIND_CUTS.map((cut, i) => `WHEN h4 % 100 < ${cut} THEN ${lit(KINDS[i]!)}`).join(' ');
  const now = `${lit(ctx.now.toISOString())}::timestamptz`;
  await client.query('BEGIN');
  // Stage 1: the cases themselves, with derived facts kept in a temporary table for the rows that hang off them.
  await client.query(`
    CREATE TEMP TABLE IF NOT EXISTS batch (n int, id int, created timestamptz, done timestamptz, status text,
      published boolean, public boolean, has_contact boolean, h int) ON COMMIT DELETE ROWS`);
  await client.query(`
    WITH src AS (
      SELECT n,
        abs(hashtext('a' || n)) AS h1, abs(hashtext('b' || n)) AS h2, abs(hashtext('c' || n)) AS h3,
        abs(hashtext('d' || n)) AS h4, abs(hashtext('e' || n)) AS h5
      FROM generate_series(${from}, ${to - 1}) AS n
    ), facts AS (
      SELECT src.*,
        ${now} - make_interval(secs => ${SPAN_SECONDS}::float8 * (${to - 1} - n) / ${Math.max(1, to - from)} + h1 % 3600) AS created,
        1 + h2 % ${PROBLEMS.length} AS problem,
        CASE WHEN h3 % 100 < 88 THEN 'published' WHEN h3 % 100 < 95 THEN 'held' ELSE 'rejected' END AS moderation,
        CASE WHEN h5 % 100 < 85 THEN 'public' WHEN h5 % 100 < 97 THEN 'private' ELSE 'confidential' END AS visibility
      FROM src
    ), staged AS (
      SELECT facts.*,
        CASE
          WHEN moderation = 'rejected' THEN 'rejected'
          WHEN moderation = 'held' AND ${now} - created < interval '3 days' THEN 'received'
          WHEN ${now} - created < interval '21 days' THEN
            (ARRAY['received','forwarded','acknowledged','in_progress'])[1 + h4 % 4]
          WHEN h5 % 97 < 50 THEN 'closed'
          WHEN h5 % 97 < 75 THEN 'resolved'
          WHEN h5 % 97 < 81 THEN 'in_progress'
          WHEN h5 % 97 < 85 THEN 'reopened'
          WHEN h5 % 97 < 90 THEN 'referred'
          WHEN h5 % 97 < 93 THEN 'rejected'
          ELSE 'acknowledged'
        END AS status,
        make_interval(secs => 3600 + h4 % (25 * 86400)) AS took
      FROM facts
    ), ins AS (
      INSERT INTO cases (site_id, tracking_code, tracking_year, tracking_seq, access_key_hash, kind, category_id,
        department_id, title, body, location_text, location_lat, location_lng, public_title, public_body,
        public_location_text, channel, visibility, moderation_state, status, urgent, notify, satisfaction_rating,
        created_at, updated_at, published_at, resolved_at)
      SELECT ${ctx.siteId},
        ${lit(ctx.trackingPrefix)} || '-' || (extract(year FROM created AT TIME ZONE 'Asia/Bangkok')::int + 543) || '-' || lpad((1000000 + n)::text, 7, '0'),
        extract(year FROM created AT TIME ZONE 'Asia/Bangkok')::int + 543,
        1000000 + n,
        md5('key' || n) || md5('hash' || n),
        CASE ${kindCase} END,
        CASE WHEN h1 % 50 = 0 THEN NULL ELSE (${`ARRAY[${categoryIds.map((v) => v ?? 'NULL').join(',')}]::int[]`})[problem] END,
        CASE WHEN status = 'received' THEN NULL ELSE (${`ARRAY[${departmentIds.map((v) => v ?? 'NULL').join(',')}]::int[]`})[problem] END,
        title, body, place, lat, lng,
        CASE WHEN moderation = 'published' THEN title END,
        CASE WHEN moderation = 'published' THEN body END,
        CASE WHEN moderation = 'published' THEN place END,
        (${array(CHANNELS)})[1 + h3 % ${CHANNELS.length}],
        visibility, moderation, status,
        (h2 % 100 < 4)::int, (h1 % 3 = 0)::int,
        CASE WHEN status = 'closed' AND h3 % 3 = 0 THEN 1 + h4 % 5 END,
        ${iso('created')},
        ${iso("created + CASE WHEN status IN ('resolved', 'closed') THEN took ELSE took / 3 END")},
        CASE WHEN moderation = 'published' THEN ${iso('created + make_interval(secs => 30 + h2 % 7200)')} END,
        CASE WHEN status IN ('resolved', 'closed') THEN ${iso('created + took')} END
      FROM (
        SELECT staged.*,
          (${array(PROBLEMS.map(([p]) => p))})[problem] || (${array(PLACES)})[1 + h4 % ${PLACES.length}] AS title,
          (${array(PROBLEMS.map(([p]) => p))})[problem] || ' บริเวณ' || (${array(PLACES)})[1 + h4 % ${PLACES.length}]
            || ' บ้านเลขที่ ' || (1 + h5 % 400) || '/' || (1 + h1 % 30) || ' '
            || (${array(SINCE)})[1 + h3 % ${SINCE.length}] || ' ' || (${array(PLEAS)})[1 + h1 % ${PLEAS.length}]
            || CASE WHEN h2 % 3 = 0 THEN ' ' || (${array(PLEAS)})[1 + h5 % ${PLEAS.length}] ELSE '' END AS body,
          CASE WHEN h5 % 4 = 0 THEN NULL ELSE (${array(PLACES)})[1 + h4 % ${PLACES.length}] END AS place,
          CASE WHEN h5 % 4 = 0 THEN NULL ELSE 14.97 + (h1 % 1000) / 20000.0 END AS lat,
          CASE WHEN h5 % 4 = 0 THEN NULL ELSE 102.10 + (h2 % 1000) / 20000.0 END AS lng
        FROM staged
      ) AS texts
      RETURNING id, tracking_seq
    )
    INSERT INTO batch (n, id, created, done, status, published, public, has_contact, h)
    SELECT staged.n, ins.id, staged.created, least(staged.created + staged.took, ${now}), staged.status,
      staged.moderation = 'published', staged.visibility = 'public', staged.h2 % 5 < 2, staged.h4
    FROM ins JOIN staged ON staged.n = ins.tracking_seq - 1000000`);

  // Stage 2: timelines. received (+ published), then the steps up to the case's status, spread until it was done.
  await client.query(`
    INSERT INTO case_events (case_id, type, from_status, to_status, actor_type, actor_user_id, note, visible_to_citizen, created_at)
    SELECT b.id, s.type, NULL::text, s.to_status, s.actor, NULL::int, NULL::text, 1,
      ${iso('b.created + (b.done - b.created) * (s.step - 1) / 7.0')}
    FROM batch b
    JOIN (VALUES
      (1, 'received', 'received', 'citizen', 'received'),
      (2, 'published', NULL, 'system', 'received'),
      (3, 'forwarded', 'forwarded', 'system', 'forwarded'),
      (4, 'acknowledged', 'acknowledged', 'user', 'acknowledged'),
      (5, 'progress', 'in_progress', 'user', 'in_progress'),
      (6, 'resolved', 'resolved', 'user', 'resolved'),
      (7, 'closed', 'closed', 'user', 'closed')
    ) AS s(step, type, to_status, actor, reached) ON s.step <= CASE b.status
      WHEN 'received' THEN 2 WHEN 'forwarded' THEN 3 WHEN 'acknowledged' THEN 4 WHEN 'in_progress' THEN 5
      WHEN 'resolved' THEN 6 WHEN 'closed' THEN 7 WHEN 'reopened' THEN 6 ELSE 2 END
      AND (s.step <> 2 OR b.published)
    UNION ALL
    SELECT b.id, b.status, NULL, b.status, 'user', NULL, NULL, 1, ${iso('b.done')}
    FROM batch b WHERE b.status IN ('reopened', 'referred', 'rejected')`);

  // Deadlines the workflow keeps: acknowledgement and progress, met for cases past them, open for the rest.
  await client.query(`
    INSERT INTO case_deadlines (case_id, site_id, department_id, kind, due_date, due_at, met_at, superseded_at, created_at)
    SELECT b.id, ${ctx.siteId}, c.department_id, k.kind,
      to_char((b.created + k.days * interval '1 day') AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD'),
      ${iso("b.created + k.days * interval '1 day'")},
      CASE WHEN b.status IN ('resolved', 'closed', 'in_progress') OR (k.kind = 'acknowledge' AND b.status = 'acknowledged')
        THEN ${iso('b.created + (b.done - b.created) * k.days / 20.0')} END,
      CASE WHEN b.status IN ('referred', 'rejected') THEN ${iso('b.done')} END,
      ${iso('b.created')}
    FROM batch b JOIN cases c ON c.id = b.id
    CROSS JOIN (VALUES ('acknowledge', 3), ('progress', 15)) AS k(kind, days)
    WHERE b.status <> 'received'`);

  await client.query(`
    INSERT INTO answers (case_id, department_id, body, is_public, author_user_id, created_at, updated_at)
    SELECT b.id, c.department_id, (${array(ANSWERS)})[1 + b.h % ${ANSWERS.length}], (b.h % 10 < 9)::int, NULL,
      ${iso("b.done - interval '1 hour'")}, ${iso("b.done - interval '1 hour'")}
    FROM batch b JOIN cases c ON c.id = b.id
    WHERE b.status IN ('in_progress', 'resolved', 'closed', 'reopened')`);

  await client.query(`
    INSERT INTO contacts (case_id, name, phone, email, created_at)
    SELECT b.id, 'ผู้แจ้ง ' || b.n, CASE WHEN b.h % 2 = 0 THEN '08' || lpad((b.n % 100000000)::text, 8, '0') END,
      CASE WHEN b.h % 2 = 1 THEN 'citizen' || b.n || '@example.org' END, ${iso('b.created')}
    FROM batch b WHERE b.has_contact`);

  await client.query(`
    INSERT INTO case_supports (site_id, case_id, client_key, created_at)
    SELECT ${ctx.siteId}, b.id, md5('supporter' || b.n || '-' || s), ${iso("b.created + s * interval '1 hour'")}
    FROM batch b CROSS JOIN generate_series(1, 1 + b.h % 4) AS s
    WHERE b.published AND b.public AND b.h % 10 = 0`);
  await client.query('COMMIT');
}
