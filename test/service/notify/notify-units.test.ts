import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../service/src/notify/backoff.js';
import { MESSAGE_KINDS } from '../../../service/src/notify/message-kinds.js';
import { recipientsFor } from '../../../service/src/notify/recipients.js';
import { signatureHeader, signBody, verifySignature } from '../../../service/src/notify/signature.js';
import { renderMessage, thaiDate } from '../../../service/src/notify/thai-templates.js';

describe('webhook signatures', () => {
  const now = new Date('2026-12-04T03:00:00Z');
  it('signs the timestamp and the body together, as the README shows', () => {
    const header = signatureHeader('s3cret-s3cret-s3cret', '{"a":1}', now);
    expect(header).toBe(`t=1796353200,v1=${signBody('s3cret-s3cret-s3cret', 1796353200, '{"a":1}')}`);
    expect(verifySignature('s3cret-s3cret-s3cret', header, '{"a":1}', now)).toEqual({ ok: true });
  });
  it('refuses a changed body, a replay after five minutes, and garbage', () => {
    const header = signatureHeader('s3cret-s3cret-s3cret', '{"a":1}', now);
    expect(verifySignature('s3cret-s3cret-s3cret', header, '{"a":2}', now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature('s3cret-s3cret-s3cret', header, '{"a":1}', new Date(now.getTime() + 301_000))).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(verifySignature('s3cret-s3cret-s3cret', 'nonsense', '{"a":1}', now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignature('s3cret-s3cret-s3cret', undefined, '{"a":1}', now)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });
});

describe('recipients', () => {
  const department = {
    id: 2,
    code: 'engineering',
    mainCoordinator: { name: 'ก', email: 'chang@demo.example' },
    urgentCoordinator: { name: 'ข', email: 'urgent@demo.example' },
  };
  const channels = [
    { id: 1, departmentId: 2, channel: 'webhook', target: 'https://x', kinds: ['urgent_dispatch'], active: true },
    { id: 2, departmentId: null, channel: 'email', target: 'centre@demo.example', kinds: [], active: true },
    { id: 3, departmentId: null, channel: 'email', target: 'off@demo.example', kinds: [], active: false },
  ];
  it('sends a dispatch to the main coordinator, an urgent one to the urgent coordinator, its subscribed channel and the centre', () => {
    expect(
      recipientsFor('case_dispatch', { department, channels, globalWebhook: false, citizenEmail: false }).map((r) => r.label),
    ).toEqual(['engineering: main coordinator']);
    expect(
      recipientsFor('urgent_dispatch', { department, channels, globalWebhook: true, citizenEmail: false }).map(
        (r) => r.recipient,
      ),
    ).toEqual(['urgent@demo.example', 'channel:1', 'centre@demo.example', 'global']);
  });
  it('sends centre messages to the centre, and the citizen notice only to a citizen who left an email', () => {
    expect(
      recipientsFor('info_request', { department, channels, globalWebhook: false, citizenEmail: true }).map((r) => r.recipient),
    ).toEqual(['centre@demo.example']);
    expect(recipientsFor('citizen_notice', { department, channels, globalWebhook: true, citizenEmail: true })).toEqual([
      { channel: 'email', recipient: 'citizen', label: 'citizen' },
    ]);
    expect(recipientsFor('citizen_notice', { department, channels, globalWebhook: true, citizenEmail: false })).toEqual([]);
  });
});

describe('Thai templates', () => {
  const facts = {
    trackingCode: 'DEMO-2569-000042',
    title: 'ไฟถนนดับ',
    body: 'ไฟดับทั้งซอย',
    location: 'ซอย 5',
    kindLabel: 'ร้องเรียน/ร้องทุกข์',
    categoryLabel: 'ไฟฟ้าส่องสว่างสาธารณะ',
    receivedAt: '2026-12-04T03:00:00Z',
    urgent: false,
  };
  it('writes dates in the Buddhist era', () => {
    expect(thaiDate('2026-12-08')).toBe('วันอังคารที่ 8 ธันวาคม 2569');
  });
  it.each(MESSAGE_KINDS)('renders %s with a subject and the tracking number where there is a case', (kind) => {
    const message = renderMessage(kind, {
      siteName: 'เทศบาลตัวอย่าง',
      departmentName: 'กองช่าง',
      case: facts,
      note: 'หมายเหตุ',
      dueAt: '2026-12-08T16:59:59.999Z',
      statusLabel: 'ดำเนินการแล้วเสร็จ',
      overdue: [{ trackingCode: 'DEMO-2569-000001', title: 'เรื่องเก่า', deadline: 'acknowledge', dueDate: '2026-12-08' }],
    });
    expect(message.subject.length).toBeGreaterThan(10);
    expect(message.text).toMatch(/DEMO-2569-0000(42|01)/);
  });
  it('a dispatch carries the details and the acknowledgement date', () => {
    const message = renderMessage('case_dispatch', {
      siteName: 'เทศบาลตัวอย่าง',
      departmentName: 'กองช่าง',
      case: facts,
      dueAt: '2026-12-08T16:59:59.999Z',
    });
    expect(message.text).toContain('เลขที่รับแจ้ง: DEMO-2569-000042');
    expect(message.text).toContain('สถานที่: ซอย 5');
    expect(message.text).toContain('ภายในวันอังคารที่ 8 ธันวาคม 2569');
  });
});
