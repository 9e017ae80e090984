// An axe-core scan (WCAG 2.2 AA rules) of every view of the widget, in Thai and English, light and dark, wide and narrow.
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectNoViolations, scan } from './support/axe.js';
import {
  answer,
  button,
  byLabel,
  check,
  createPost,
  deepActiveElement,
  mount,
  setStatus,
  type,
  unmountAll,
  view,
  viewReady,
  waitFor,
} from './support/widget.js';

const LANGS = [
  { lang: 'th', submit: 'ส่งเรื่อง', title: 'หัวข้อ', details: 'รายละเอียด', consent: 'ยินยอม', trackButton: 'ดูสถานะ' },
  { lang: 'en', submit: 'Submit', title: 'Title', details: 'Details', consent: /consent/, trackButton: 'Show status' },
] as const;

type Lang = (typeof LANGS)[number];

// The service is shared with the other widget tests, whose feed checks tell posts apart by title.
let seeded = 0;
const unique = (title: string) => `${title} (${++seeded})`;

/** A case worth looking at: answered publicly and privately, resolved so the feedback form shows. */
async function answeredResolvedCase() {
  const post = await createPost({
    kind: 'complaint',
    category: 'roads',
    title: unique('ถนนหน้าวัดเป็นหลุม'),
    body: 'หลุมลึกกลางถนนหน้าวัด รถจักรยานยนต์ล้มบ่อย',
    location: { text: 'ถนนเทศบาล 3 หน้าวัด' },
  });
  await answer(post.id, 'กองช่างรับเรื่องและจะซ่อมภายในสัปดาห์นี้');
  await answer(post.id, 'เจ้าหน้าที่จะโทรนัดหมายก่อนเข้าพื้นที่', false);
  await setStatus(post.trackingCode, 'resolved');
  return post;
}

/** Every view the citizen can reach, each scanned once it has settled. */
function scanEveryView(l: Lang, attributes: Record<string, string> = {}) {
  const label = `${l.lang}${attributes.theme ? `, ${attributes.theme} theme` : ''}`;

  it(`has no violations in the empty form (${label})`, async () => {
    const box = await mount({ lang: l.lang, ...attributes });
    await expectNoViolations(box, 'empty form');
  });

  it(`has no violations in the form showing validation errors after a failed submit (${label})`, async () => {
    const box = await mount({ lang: l.lang, ...attributes });
    const form = view(box, 'form');
    check(byLabel(form, /แจ้งความคืบหน้า|progress/)); // adds the contact error to the required-field ones
    button(form, l.submit).click();
    await waitFor(() => form.querySelector('#title-error') && form.querySelector('#email-error'), 'field errors');
    await expectNoViolations(box, 'form with errors');
  });

  it(`has no violations in the screening preview holding a phone number (${label})`, async () => {
    const box = await mount({ lang: l.lang, ...attributes });
    const form = view(box, 'form');
    byLabel(form, l.title).focus();
    type(byLabel(form, l.title), 'โทร 089-765-4321');
    type(byLabel<HTMLTextAreaElement>(form, l.details), 'ไฟดับสามคืนแล้ว โทรหาผมได้ที่ 081-234-5678 ครับ');
    await waitFor(() => form.querySelectorAll('[part="screening"] mark').length === 2, 'marked spans in title and details');
    await expectNoViolations(box, 'screening preview');
  });

  it(`has no violations in the receipt after a successful submit (${label})`, async () => {
    const box = await mount({ lang: l.lang, ...attributes });
    const form = view(box, 'form');
    type(byLabel(form, l.title), unique('ไฟถนนดับหน้าตลาดสด'));
    type(byLabel<HTMLTextAreaElement>(form, l.details), 'ไฟถนนหน้าตลาดสดดับมาสามคืนแล้ว ขอให้มาซ่อมด้วยครับ');
    check(byLabel(form, l.consent));
    button(form, l.submit).click();
    await waitFor(() => form.querySelector('[part="tracking-code"]'), 'the receipt');
    await expectNoViolations(box, 'receipt');
  });

  it(`has no violations in the track look-up, its refusal, and a resolved case with answers (${label})`, async () => {
    const post = await answeredResolvedCase();
    const box = await mount({ lang: l.lang, view: 'track', ...attributes });
    const track = await viewReady(box, 'track');
    await expectNoViolations(box, 'track look-up form');
    type(byLabel(track, /เลขที่รับแจ้ง|Tracking number/), post.trackingCode);
    type(byLabel(track, /รหัสติดตามเรื่อง|Access key/), 'not-the-key');
    button(track, l.trackButton).click();
    await waitFor(() => track.querySelector('#track-error'), 'the refusal');
    await expectNoViolations(box, 'track refusal');
    type(byLabel(track, /รหัสติดตามเรื่อง|Access key/), post.accessKey);
    button(track, l.trackButton).click();
    await waitFor(
      () => track.querySelector('[part="feedback"]') && track.querySelectorAll('[part="answer"]').length === 2,
      'the case',
    );
    await expectNoViolations(box, 'track case');
    button(track, /ส่งข้อมูลเพิ่มเติม|Send information/).click();
    await waitFor(() => track.querySelector('#action-error'), 'the empty-message error');
    await expectNoViolations(box, 'track case with an error');
    type(byLabel<HTMLTextAreaElement>(track, /ข้อมูลที่ต้องการเพิ่มเติม|Information to add/), 'ยังมีหลุมอีกจุดหน้าร้านค้า');
    button(track, /ส่งข้อมูลเพิ่มเติม|Send information/).click();
    await waitFor(() => track.querySelector('#case-notice')!.textContent, 'the notice');
    await expectNoViolations(box, 'track case with a notice');
  });

  it(`has no violations as a single form, preset the way a QR landing page does (${label})`, async () => {
    const box = await mount({ lang: l.lang, view: 'form', category: 'loudspeaker', location: 'หอกระจายข่าว หมู่ 3', ...attributes });
    await expectNoViolations(box, 'single form');
  });

  it(`has no violations in the feed with answered posts and redaction chips, and with nothing found (${label})`, async () => {
    const post = await createPost({
      title: unique('ถามเวลาเปิดห้องสมุดเทศบาล'),
      body: 'ห้องสมุดเปิดวันอาทิตย์ไหม [ข้อมูลส่วนบุคคล]',
    });
    await answer(post.id, 'เปิดทุกวัน 08:30-18:00 น.');
    const box = await mount({ lang: l.lang, view: 'feed', ...attributes });
    const feed = await viewReady(box, 'feed');
    await waitFor(
      () => feed.querySelector('[part="feed-item"] [part="answer"]') && feed.querySelector('[part="redaction"]'),
      'posts',
    );
    await expectNoViolations(box, 'feed');
    const search = byLabel(feed, /ค้นหา|Search/);
    search.value = 'ไม่มีเรื่องนี้แน่นอน';
    button(feed, /^\s*(ค้นหา|Search)\s*$/).click();
    await waitFor(() => feed.querySelector('[part="empty"]'), 'the empty state');
    await expectNoViolations(box, 'empty feed');
  });

  it(`has no violations with all three tabs, on each tab (${label})`, async () => {
    const box = await mount({ lang: l.lang, ...attributes });
    for (const tab of ['track', 'feed'] as const) {
      box.shadowRoot!.querySelector<HTMLElement>(`#tab-${tab}`)!.click();
      await viewReady(box, tab);
      await waitFor(() => !view(box, tab).querySelector('[aria-busy]'), `${tab} settled`);
      await expectNoViolations(box, `${tab} tab`);
    }
  });
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  afterEach(() => unmountAll());

  for (const l of LANGS) {
    describe(`in ${l.lang}`, () => scanEveryView(l));
  }

  describe('in the dark theme', () => {
    for (const l of LANGS) scanEveryView(l, { theme: 'dark' });
  });

  describe('following a dark colour scheme (theme="auto")', () => {
    before(() => emulateMedia({ colorScheme: 'dark' }));
    after(() => emulateMedia({ colorScheme: 'light' }));
    scanEveryView(LANGS[0], { theme: 'auto' });
  });

  describe('on a 360 px wide screen', () => {
    before(() => setViewport({ width: 360, height: 740 }));
    after(() => setViewport({ width: 800, height: 600 }));
    for (const l of LANGS) scanEveryView(l);
  });

  it('announces an empty search result in the feed, not only shows it', async () => {
    const box = await mount({ view: 'feed', lang: 'en' });
    const feed = await viewReady(box, 'feed');
    await waitFor(() => !feed.querySelector('[aria-busy]'), 'the first page');
    byLabel(feed, 'Search').value = 'nothing like this anywhere';
    button(feed, /^\s*Search\s*$/).click();
    await waitFor(() => feed.querySelector('[part="empty"]'), 'the empty state');
    await waitFor(
      () => feed.querySelector('[role="status"]')!.textContent === 'No posts match these filters.',
      'the announcement',
    );
    expect(feed.querySelector('[part="empty"]')!.getAttribute('aria-hidden'), 'said once, not twice').to.equal('true');
  });

  it('announces the screening verdict once, in one sentence, not the whole preview at every pause in typing', async () => {
    const box = await mount({ lang: 'en' });
    const form = view(box, 'form');
    const spoken = () => form.querySelector('p.visually-hidden[role="status"]')!.textContent!;
    expect(form.querySelector('[part="screening-preview"]')!.hasAttribute('aria-live')).to.equal(false);
    byLabel(form, 'Title').focus();
    type(byLabel(form, 'Title'), 'Street light out');
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), 'Dark for three nights, call me on 081-234-5678');
    await waitFor(() => spoken().includes('a phone number'), 'the verdict announced');
    expect(spoken()).to.not.contain('081-234-5678');
    const verdict = spoken();
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(spoken()));
    observer.observe(form.querySelector('p.visually-hidden[role="status"]')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), 'Dark for three nights now, call me on 081-234-5678');
    await waitFor(() => form.querySelector('[part="screening"]')?.textContent!.includes('nights now'), 'the next verdict');
    observer.disconnect();
    expect(changes, 'the live region did not change: nothing re-announced').to.deep.equal([]);
    expect(spoken()).to.equal(verdict);
  });

  it('marks what people wrote with its language, so Thai posts are read in Thai inside an English widget', async () => {
    const thai = await createPost({ title: unique('ถามเรื่องตลาดนัดวันพุธ'), body: 'ตลาดนัดย้ายไปที่ไหนครับ' });
    const english = await createPost({ title: unique('Where is the Wednesday market'), body: 'Has the market moved?' });
    await answer(thai.id, 'ย้ายไปลานจอดรถเทศบาลค่ะ');
    const box = await mount({ view: 'feed', lang: 'en' });
    const feed = await viewReady(box, 'feed');
    const item = (code: string) =>
      waitFor(
        () => Array.from(feed.querySelectorAll('[part="feed-item"]')).find((a) => a.textContent!.includes(code)),
        `post ${code}`,
      );
    const thaiItem = await item(thai.trackingCode);
    expect(thaiItem.querySelector('h3')!.lang).to.equal('th');
    expect(thaiItem.querySelector('.pre')!.getAttribute('lang')).to.equal('th');
    expect(thaiItem.querySelector('[part="answer"] .pre')!.getAttribute('lang')).to.equal('th');
    expect((await item(english.trackingCode)).querySelector('h3')!.lang).to.equal('en');
    // The badge is a pill to the eye; to a screen reader it is named as the status.
    expect(thaiItem.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ')).to.match(/Status: \S/);
    expect(feed.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
  });

  it('marks empty tracking fields invalid and ties them to the message', async () => {
    const box = await mount({ view: 'track', lang: 'en' });
    const track = await viewReady(box, 'track');
    type(byLabel(track, 'Tracking number'), 'DEMO-2569-000001');
    button(track, 'Show status').click();
    const key = byLabel(track, 'Access key');
    await waitFor(() => key.getAttribute('aria-invalid') === 'true', 'the key marked invalid');
    expect(key.getAttribute('aria-describedby')).to.equal('track-error');
    expect(track.getElementById('track-error')!.textContent).to.equal('Please fill in this field.');
    expect(byLabel(track, 'Tracking number').getAttribute('aria-invalid')).to.equal('false');
    expect(deepActiveElement()).to.equal(key);
  });

  it('keeps focus on the location button when coordinates arrive and when they are removed', async () => {
    const geolocation = navigator.geolocation as Geolocation & { getCurrentPosition: Geolocation['getCurrentPosition'] };
    geolocation.getCurrentPosition = (success) =>
      void setTimeout(() => success({ coords: { latitude: 13.756331, longitude: 100.501762 } } as GeolocationPosition), 50);
    try {
      const box = await mount({ lang: 'en' });
      const form = view(box, 'form');
      button(form, 'Use my current location').focus();
      button(form, 'Use my current location').click();
      const status = await waitFor(
        () => Array.from(form.querySelectorAll('[role="status"]')).find((s) => s.textContent!.includes('13.75633')),
        'the coordinates announced',
      );
      await waitFor(() => deepActiveElement()?.textContent!.trim() === 'Remove coordinates', 'focus on the remove button');
      button(form, 'Remove coordinates').click();
      await waitFor(() => deepActiveElement()?.textContent!.trim() === 'Use my current location', 'focus back on the use button');
      expect(status.isConnected, 'the same live region is reused').to.equal(true);
    } finally {
      delete (geolocation as Partial<Geolocation>).getCurrentPosition;
    }
  });

  it('reaches into the views inside the widget (a planted unlabelled field is reported)', async () => {
    const box = await mount();
    const planted = document.createElement('input');
    view(box, 'form').querySelector('form')!.append(planted);
    const { violations } = await scan(box);
    planted.remove();
    expect(violations.map((v) => [v.id, v.nodes.map((n) => n.target)])).to.deep.equal([
      ['label', [[['complaint-box', 'complaint-box-form', 'form > input']]]],
    ]);
  });

  it('has no violations when the site cannot be loaded', async () => {
    const box = document.createElement('complaint-box');
    box.setAttribute('site', 'demo');
    box.setAttribute('endpoint', 'http://127.0.0.1:9'); // nothing listens on the discard port
    document.body.append(box);
    try {
      await waitFor(() => box.shadowRoot?.querySelector('[part="error"]'), 'the load error');
      await expectNoViolations(box, 'load error');
    } finally {
      box.remove();
    }
  });
});
