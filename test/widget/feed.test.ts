// The public feed: published posts with answers, filters, search, keyset "load more", redaction chips.
import { expect } from 'chai';
import {
  answer,
  button,
  byLabel,
  createPost,
  deepActiveElement,
  mount,
  unmountAll,
  viewReady,
  waitFor,
} from './support/widget.js';

const titles = (feed: ShadowRoot) => Array.from(feed.querySelectorAll('[part="feed-item"] h3')).map((h) => h.textContent);

describe('the feed view', () => {
  afterEach(() => unmountAll());

  it('lists published posts with status badges, Buddhist-era dates and official answers', async () => {
    const post = await createPost({ title: 'ถามเวลาเปิดสระว่ายน้ำเทศบาล', body: 'สระว่ายน้ำเปิดกี่โมงครับ' });
    await answer(post.id, 'เปิดทุกวัน 09:00-19:00 น. ยกเว้นวันจันทร์');
    const box = await mount({ view: 'feed' });
    const feed = await viewReady(box, 'feed');
    await waitFor(() => feed.querySelector('[part="feed-item"]'), 'posts');
    const item = Array.from(feed.querySelectorAll('[part="feed-item"]')).find((a) => a.textContent!.includes('สระว่ายน้ำ'))!;
    expect(item.querySelector('[part="status-badge"]')).to.not.equal(null);
    expect(item.textContent).to.match(/แจ้งเมื่อ .*25\d\d/);
    expect(item.querySelector('[part="answer"]')!.textContent).to.contain('คำตอบจากเทศบาล');
    expect(item.querySelector('[part="answer"]')!.textContent).to.contain('เปิดทุกวัน 09:00-19:00 น.');
  });

  it('never lists a held post', async () => {
    const held = await createPost({ title: 'โทรหาผมที่ 081-234-5678', body: 'เบอร์ผม 081-234-5678 ครับ' });
    expect(held.state).to.equal('held');
    await createPost({ title: 'ถามเรื่องทะเบียนพาณิชย์', body: 'ต้องใช้เอกสารอะไรบ้าง' });
    const box = await mount({ view: 'feed' });
    const feed = await viewReady(box, 'feed');
    await waitFor(() => feed.querySelector('[part="feed-item"]'), 'posts');
    expect(feed.textContent).to.not.contain('081-234-5678');
  });

  it('filters by kind and searches, saying when nothing matches', async () => {
    await createPost({ kind: 'suggestion', title: 'เสนอให้ปลูกต้นไม้ริมคลองเพิ่ม', body: 'ริมคลองร้อนมาก อยากให้ปลูกต้นไม้ให้ร่มเงา' });
    const box = await mount({ view: 'feed' });
    const feed = await viewReady(box, 'feed');
    await waitFor(() => feed.querySelector('[part="feed-item"]'), 'posts');
    const kind = byLabel<HTMLSelectElement>(feed, 'ประเภท');
    kind.value = 'suggestion';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await (box.shadowRoot!.querySelector('complaint-box-feed') as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    await waitFor(() => !feed.querySelector('[aria-busy]') && titles(feed).length, 'filtered posts');
    expect(titles(feed)).to.include('เสนอให้ปลูกต้นไม้ริมคลองเพิ่ม');
    expect(feed.querySelectorAll('[part="feed-item"] .badge.kind')).to.have.length(titles(feed).length);
    for (const badge of Array.from(feed.querySelectorAll('[part="feed-item"] .badge.kind'))) {
      expect(badge.textContent).to.equal('แสดงความคิดเห็น/เสนอแนะ');
    }
    const search = byLabel(feed, 'ค้นหา');
    search.value = 'ไม่มีเรื่องนี้แน่นอน';
    button(feed, 'ค้นหา').click();
    const empty = await waitFor(() => feed.querySelector('[part="empty"]'), 'the empty state');
    expect(empty.textContent).to.equal('ไม่พบเรื่องที่ตรงกับเงื่อนไข');
  });

  it('loads more with the keyset cursor and moves focus to the first new post', async () => {
    for (let i = 0; i < 12; i++) await createPost({ title: `คำถามทดสอบหน้าถัดไป ${i + 1}`, body: 'ขอสอบถามข้อมูลเพิ่มเติม' });
    const box = await mount({ view: 'feed' });
    const feed = await viewReady(box, 'feed');
    await waitFor(() => feed.querySelectorAll('[part="feed-item"]').length === 10, 'the first page');
    button(feed, 'แสดงเพิ่มเติม').click();
    await waitFor(() => feed.querySelectorAll('[part="feed-item"]').length > 10, 'the next page');
    // Other test files share this service and may repeat their own titles; this test's titles are unique.
    const ours = titles(feed).filter((t) => (t ?? '').startsWith('คำถามทดสอบหน้าถัดไป'));
    expect(ours.length).to.be.greaterThan(10);
    expect(new Set(ours).size).to.equal(ours.length);
    expect(deepActiveElement()).to.equal(feed.querySelectorAll('[part="feed-item"] h3')[10]);
  });

  it('styles redaction placeholders so readers see something was removed', async () => {
    const { redactedText } = await import('../../widget/src/render/redacted-text.js');
    const { render, html } = await import('lit');
    const host = document.createElement('p');
    const text = 'ติดต่อ [ข้อมูลส่วนบุคคล] ได้เลย [1] พูดว่า [ถ้อยคำไม่สุภาพ] ลิงก์ [ข้อความถูกตัดออก]';
    render(html`${redactedText(text, 'ข้อความถูกปิดบัง')}`, host);
    const chips = Array.from(host.querySelectorAll('.redacted')).map((chip) => chip.textContent);
    expect(chips).to.deep.equal(['[ข้อมูลส่วนบุคคล]', '[ถ้อยคำไม่สุภาพ]', '[ข้อความถูกตัดออก]']);
    expect(host.textContent).to.equal(text);
  });
});
