// The citizen's personal-data rights in the track view: download, requests and their progress, erasure's 410, consent sent by the form.
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoViolations } from './support/axe.js';
import {
  button,
  byLabel,
  check,
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

async function openCase(receipt: { trackingCode: string; accessKey: string }, lang: 'th' | 'en') {
  location.hash = `cb-track=${receipt.trackingCode}&cb-key=${encodeURIComponent(receipt.accessKey)}`;
  const box = await mount({ view: 'track', lang });
  const track = await viewReady(box, 'track');
  await waitFor(() => track.querySelector('#case-heading') ?? track.querySelector('#track-error'), 'the case');
  return track;
}

async function decide(id: number, action: 'complete' | 'refuse', query = ''): Promise<void> {
  const response = await fetch(`/__service/privacy-requests/${id}/${action}${query}`);
  const result = (await response.json()) as { status: number; body: string };
  if (result.status !== 200) throw new Error(`${action} failed: ${result.status} ${result.body}`);
}

describe('personal data in the track view', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('downloads everything held about the citizen as a JSON file', async () => {
    const receipt = await createPost({ contact: { email: 'download.me@example.com' } });
    const track = await openCase(receipt, 'en');
    expect(track.querySelector('#retention')!.textContent).to.contain('erased 5 years after the case is closed');
    const saved: Blob[] = [];
    const original = URL.createObjectURL;
    const clicked: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => (saved.push(blob as Blob), original.call(URL, blob));
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button(track, 'Download my data (JSON)').click();
      await waitFor(() => track.querySelector('#case-notice')!.textContent!.includes('downloaded'), 'the notice');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked[0]!.download).to.equal(`${receipt.trackingCode}-data.json`);
    const data = JSON.parse(await saved[0]!.text());
    expect(data.contact.email).to.equal('download.me@example.com');
    expect(data.consent.channel).to.equal('web');
    expect(data.trackingCode).to.equal(receipt.trackingCode);
  });

  it('files a correction with the keyboard alone, shows its due date, then the refusal and its ground (Thai)', async () => {
    const receipt = await createPost();
    const track = await openCase(receipt, 'th');
    const radio = byLabel(track, 'แก้ไขข้อมูลของฉัน');
    expect(radio.checked).to.equal(true);
    radio.focus();
    await sendKeys({ press: 'ArrowDown' }); // "restrict"
    expect(deepActiveElement()).to.equal(byLabel(track, 'ระงับการใช้ข้อมูลของฉันไว้ก่อน'));
    expect(track.querySelector('#privacy-hint')!.textContent).to.contain('ข้อมูลยังเก็บไว้แต่จะไม่ถูกใช้');
    await sendKeys({ press: 'ArrowUp' }); // back to "correct"
    expect(track.querySelector('#privacy-hint')!.textContent).to.contain('เบอร์โทรศัพท์ใหม่');
    byLabel<HTMLTextAreaElement>(track, 'รายละเอียด').focus();
    await sendKeys({ type: 'เบอร์ใหม่ 0812223333' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('ส่งคำขอ');
    await sendKeys({ press: 'Enter' });
    const notice = await waitFor(
      () =>
        track.querySelector('#case-notice')!.textContent!.includes('ได้รับคำขอของท่านแล้ว') && track.querySelector('#case-notice'),
      'the acknowledgement',
    );
    expect(notice.textContent).to.match(/25\d\d/); // the due date, in the Buddhist era
    expect(deepActiveElement()).to.equal(notice);
    const list = track.querySelector('.privacy-requests')!;
    expect(list.textContent).to.contain('แก้ไขข้อมูลของฉัน');
    expect(list.textContent).to.contain('รอการตอบ');
    expect(list.textContent).to.contain('ตอบภายใน');
    // A second correction waits for the first: the option is disabled.
    expect(byLabel(track, 'แก้ไขข้อมูลของฉัน').disabled).to.equal(true);
    await expectNoViolations(track.host, 'the track view with its privacy section');

    const data = await (
      await fetch(`${await serviceUrl()}/api/v1/track/${receipt.trackingCode}/data`, {
        headers: { Authorization: `Bearer ${receipt.accessKey}` },
      })
    ).json();
    await decide(data.privacyRequests[0].id, 'refuse', '?ground=already_accurate&reason=' + encodeURIComponent('เบอร์เดิมถูกต้อง'));
    unmountAll();
    const again = await openCase(receipt, 'th');
    const item = again.querySelector('.privacy-requests li')!;
    expect(item.textContent).to.contain('ปฏิเสธ');
    expect(item.textContent).to.contain('ข้อมูลถูกต้องอยู่แล้ว');
    expect(item.textContent).to.contain('เบอร์เดิมถูกต้อง');
  });

  it('asks for erasure; once done, the case answers with the erasure explained (English)', async () => {
    const receipt = await createPost({ contact: { email: 'erase.me@example.com' } });
    const track = await openCase(receipt, 'en');
    check(byLabel(track, 'Delete my data'));
    await waitFor(() => track.querySelector('#privacy-hint')!.textContent!.includes('cannot be undone'), 'the warning');
    expect(byLabel(track, 'may stay published')).to.be.instanceOf(HTMLInputElement);
    button(track, 'Send request').click();
    await waitFor(() => track.querySelector('#case-notice')!.textContent!.includes('will answer by'), 'the acknowledgement');
    expect(track.querySelector('[part="timeline"]')!.textContent).to.contain('You asked for your data to be deleted');
    const data = await (
      await fetch(`${await serviceUrl()}/api/v1/track/${receipt.trackingCode}/data`, {
        headers: { Authorization: `Bearer ${receipt.accessKey}` },
      })
    ).json();
    await decide(data.privacyRequests[0].id, 'complete');
    unmountAll();
    const gone = await openCase(receipt, 'en');
    const error = gone.querySelector('#track-error')!;
    expect(error.textContent).to.contain('has been erased');
    expect(error.getAttribute('role')).to.equal('alert');
  });

  it('sends the version and language of the privacy notice the citizen read with the post', async () => {
    const config = await (await fetch(`${await serviceUrl()}/api/v1/sites/demo`)).json();
    const box = await mount({ lang: 'en' });
    const form = view(box, 'form');
    await waitFor(() => form.querySelector('[part="privacy-notice"]'), 'the form');
    expect(form.querySelector('[part="privacy-notice"]')!.textContent).to.contain('at most 5 years after the case is closed');
    check(form.querySelector<HTMLInputElement>('input[name="kind"][value="question"]')!);
    type(byLabel(form, 'Title'), 'Opening hours of the office');
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), 'When is the municipal office open on Saturdays?');
    check(byLabel(form, 'consent'));
    button(form, 'Submit').click();
    const code = await waitFor(() => form.querySelector('[part="tracking-code"]'), 'the receipt');
    const key = form.querySelector('[part="access-key"]')!.textContent!;
    const data = await (
      await fetch(`${await serviceUrl()}/api/v1/track/${code.textContent}/data`, { headers: { Authorization: `Bearer ${key}` } })
    ).json();
    expect(data.consent.language).to.equal('en');
    expect(data.consent.noticeVersion).to.equal(config.privacyNoticeVersion.en);
    expect(data.consent.noticeText).to.equal(config.privacyNotice.en);
  });
});
