// "Same problem?" in the form, "me too" and "report this post" in the feed: real Chromium, the real service, axe, the keyboard.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectNoViolations } from './support/axe.js';
import {
  button,
  byLabel,
  createPost,
  deepActiveElement,
  mount,
  serviceUrl,
  type,
  unmountAll,
  view,
  viewReady,
  waitFor,
} from './support/widget.js';

// The service is shared with the other widget tests: every post here carries a word no other test uses.
const marker = () => `ทดสอบ${Math.random().toString(36).slice(2, 8)}`;

async function supportersOf(id: number): Promise<number> {
  const res = await fetch(`${await serviceUrl()}/api/v1/sites/demo/posts/${id}`, { cache: 'no-store' });
  return ((await res.json()) as { supporters: number }).supporters;
}

async function feedItem(feed: ShadowRoot, title: string): Promise<HTMLElement> {
  return waitFor(
    () =>
      Array.from(feed.querySelectorAll<HTMLElement>('[part="feed-item"]')).find(
        (a) => a.querySelector('h3')!.textContent === title,
      ),
    `the post "${title}"`,
  );
}

/** The feed with the post just created: the newest, so on the first page (widget tests run one at a time). */
async function mountFeedWith(title: string, lang = 'th') {
  const box = await mount({ view: 'feed', lang });
  const feed = await viewReady(box, 'feed');
  return { box, feed, item: await feedItem(feed, title) };
}

describe('"me too" and "report this post" in the feed', () => {
  afterEach(() => unmountAll());

  it('says "me too" with a toggle button that announces the new count, and takes it back on a second press', async () => {
    const title = `ไฟทางเดินริมคลองดับ ${marker()}`;
    const post = await createPost({ kind: 'complaint', title, body: 'ไฟทางเดินริมคลองดับหลายดวง กลางคืนมืด' });
    const { box, feed, item } = await mountFeedWith(title);
    const meToo = button(item as unknown as ShadowRoot, 'ฉันก็เจอปัญหานี้');
    expect(meToo.getAttribute('aria-pressed')).to.equal('false');
    const count = feed.getElementById(meToo.getAttribute('aria-describedby')!)!;
    expect(count.textContent).to.equal('ยังไม่มีผู้ร่วมแจ้ง');
    meToo.click();
    await waitFor(() => meToo.getAttribute('aria-pressed') === 'true', 'the pressed button');
    expect(count.textContent).to.equal('มีผู้เจอปัญหานี้ 1 คน');
    expect(feed.querySelector('[role="status"]')!.textContent).to.contain('มีผู้เจอปัญหานี้ 1 คน');
    expect(await supportersOf(post.id)).to.equal(1);
    await expectNoViolations(box, 'feed after "me too"');
    // A reload remembers this browser's "me too"; the service counts the same token once.
    unmountAll();
    const again = await mountFeedWith(title);
    const pressed = button(again.item as unknown as ShadowRoot, 'ฉันก็เจอปัญหานี้');
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    pressed.click();
    await waitFor(() => pressed.getAttribute('aria-pressed') === 'false', 'the released button');
    expect(again.feed.querySelector('[role="status"]')!.textContent).to.contain('ยกเลิกการร่วมแจ้งแล้ว');
    expect(await supportersOf(post.id)).to.equal(0);
  });

  it('reports a post with the keyboard alone: the reasons open in place, focus follows, the thanks is announced', async () => {
    const title = `ร้านค้ารุกล้ำทางเท้า ${marker()}`;
    await createPost({ kind: 'complaint', title, body: 'ร้านค้าวางของบนทางเท้าจนคนเดินไม่ได้' });
    const { box, feed, item } = await mountFeedWith(title);
    const open = button(item as unknown as ShadowRoot, 'แจ้งโพสต์ไม่เหมาะสม');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    const form = await waitFor(() => item.querySelector('form[part="report-form"]'), 'the report form');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(open.getAttribute('aria-controls')).to.equal(form.id);
    expect(form.querySelector('legend')!.textContent).to.equal('เหตุใดผู้ดูแลจึงควรตรวจสอบโพสต์นี้');
    expect(form.querySelectorAll('input[type="radio"]')).to.have.length(5);
    expect(deepActiveElement()).to.equal(form.querySelector('input[type="radio"]'));
    await expectNoViolations(box, 'feed with the report form open');
    await sendKeys({ press: 'ArrowDown' }); // "abusive"
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ด่าคนในภาพ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !item.querySelector('form[part="report-form"]'), 'the form to close');
    expect(item.textContent).to.contain('ขอบคุณ ผู้ดูแลจะตรวจสอบโพสต์นี้');
    expect(feed.querySelector('[role="status"]')!.textContent).to.equal('ขอบคุณ ผู้ดูแลจะตรวจสอบโพสต์นี้');
    expect(deepActiveElement()).to.equal(item.querySelector('h3'));
    await expectNoViolations(box, 'feed after a report');
  });

  it('closes the report form with Cancel and returns focus to the button; English labels; parts for the host page', async () => {
    const title = `Broken bench in the park ${marker()}`;
    await createPost({ kind: 'complaint', title, body: 'The bench near the pond has a broken seat.' });
    const style = document.createElement('style');
    style.textContent = 'complaint-box::part(me-too) { border-top-color: rgb(7, 8, 9); }';
    document.head.append(style);
    const { box, item } = await mountFeedWith(title, 'en');
    const meToo = button(item as unknown as ShadowRoot, 'Me too');
    expect(meToo.getAttribute('aria-pressed')).to.equal('false');
    // The host page can style the new controls through the exported parts.
    expect(getComputedStyle(meToo).borderTopColor).to.equal('rgb(7, 8, 9)');
    style.remove();
    const open = button(item as unknown as ShadowRoot, 'Report this post');
    open.click();
    const form = await waitFor(() => item.querySelector('form[part="report-form"]'), 'the report form');
    expect(form.textContent).to.contain("It shows someone's personal data");
    await expectNoViolations(box, 'English feed with the report form open');
    button(item as unknown as ShadowRoot, 'Cancel').click();
    await waitFor(() => !item.querySelector('form[part="report-form"]'), 'the form to close');
    expect(deepActiveElement()).to.equal(open);
  });
});

describe('"same problem?" in the form', () => {
  afterEach(() => unmountAll());

  it('lists an open case like the one being written above the submit button, and "me too" joins it instead of sending', async () => {
    const word = marker();
    const existing = await createPost({
      kind: 'complaint',
      category: 'lighting',
      title: `สัญญาณไฟจราจรแยก${word}กะพริบตลอด`,
      body: `สัญญาณไฟจราจรที่แยก${word}กะพริบเหลืองตลอดทั้งวัน รถติดและเกือบชนกัน`,
    });
    expect(existing.state).to.equal('published');
    const box = await mount();
    const form = view(box, 'form');
    byLabel(form, 'หัวข้อ').focus();
    type(byLabel(form, 'หัวข้อ'), `ไฟจราจรแยก${word}เสีย`);
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), `สัญญาณไฟจราจรแยก${word}กะพริบ ไม่เปลี่ยนเป็นไฟแดง`);
    const section = await waitFor(() => form.querySelector('[part="similar"]'), 'the similar cases', 10_000);
    expect(section.querySelector('h3')!.textContent).to.equal('เป็นปัญหาเดียวกันหรือไม่');
    const entry = Array.from(section.querySelectorAll('li')).find((li) => li.textContent!.includes(existing.trackingCode))!;
    expect(entry).to.not.equal(undefined);
    // The submit button is still there, right after the list: sending is always possible.
    const submit = form.querySelector('button[type="submit"]')!;
    expect(section.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(form.querySelector('#similar-status')!.textContent).to.match(/พบเรื่องที่คล้ายกัน \d เรื่อง/);
    await expectNoViolations(box, 'form with similar cases');
    const meToo = entry.querySelector('button')!;
    expect(meToo.getAttribute('aria-describedby')).to.equal(entry.querySelector('.similar-title')!.id);
    meToo.click();
    const heading = await waitFor(() => form.querySelector('#followed-heading'), 'the confirmation');
    expect(heading.textContent).to.contain(existing.trackingCode);
    expect(deepActiveElement()).to.equal(heading);
    expect(await supportersOf(existing.id)).to.equal(1);
    await expectNoViolations(box, 'form after "me too"');
    button(form, 'แจ้งเรื่องใหม่').click();
    await waitFor(() => form.querySelector('form'), 'a fresh form');
  });

  it('shows the list in English, and shows nothing for a text unlike any open case', async () => {
    const word = Math.random().toString(36).slice(2, 8);
    await createPost({
      kind: 'complaint',
      title: `Overflowing bins at ${word} square`,
      body: `The bins at ${word} square overflow every weekend.`,
    });
    const box = await mount({ lang: 'en' });
    const form = view(box, 'form');
    byLabel(form, 'Title').focus();
    type(byLabel(form, 'Title'), `Bins overflowing at ${word} square`);
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), `Bins at ${word} square overflow on weekends.`);
    const section = await waitFor(() => form.querySelector('[part="similar"]'), 'the similar cases', 10_000);
    expect(section.querySelector('h3')!.textContent).to.equal('Same problem?');
    expect(button(form, 'Me too: this is my problem')).to.not.equal(null);
    await expectNoViolations(box, 'English form with similar cases');
    type(byLabel(form, 'Title'), 'zzqx wvvk');
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), 'qqzx kkvw jjxq');
    await waitFor(() => !form.querySelector('[part="similar"]'), 'the list to go', 10_000);
  });
});
