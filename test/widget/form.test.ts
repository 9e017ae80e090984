// Submitting through the form: validation tied to fields, the screening preview, the receipt, retries.
import { expect } from 'chai';
import { ApiError, createApiClient, type ApiClient } from '../../widget/src/api/api-client.js';
import { SubmissionController } from '../../widget/src/controllers/submission.controller.js';
import {
  byLabel,
  button,
  check,
  deepActiveElement,
  mount,
  serviceUrl,
  type,
  unmountAll,
  view,
  waitFor,
} from './support/widget.js';

describe('the submission form', () => {
  afterEach(() => unmountAll());

  it('refuses to send an empty form, marking each field and moving focus to the first', async () => {
    const box = await mount();
    const form = view(box, 'form');
    button(form, 'ส่งเรื่อง').click();
    await waitFor(() => form.querySelector('#title-error'), 'field errors');
    const title = byLabel(form, 'หัวข้อ');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.contain('title-error');
    expect(form.querySelector('#title-error')!.textContent).to.equal('กรุณากรอกช่องนี้');
    expect(form.querySelector('#consent-error')!.textContent).to.contain('ยินยอม');
    expect(form.querySelector('.summary')!.textContent).to.contain('3');
    expect(deepActiveElement()).to.equal(title);
  });

  it('clears an error as soon as the field is fixed', async () => {
    const box = await mount();
    const form = view(box, 'form');
    button(form, 'ส่งเรื่อง').click();
    await waitFor(() => form.querySelector('#title-error'), 'field errors');
    type(byLabel(form, 'หัวข้อ'), 'ไฟดับ');
    await waitFor(() => !form.querySelector('#title-error'), 'the error to clear');
  });

  it('asks for a phone or e-mail when the citizen wants progress reports', async () => {
    const box = await mount();
    const form = view(box, 'form');
    type(byLabel(form, 'หัวข้อ'), 'ถนนชำรุด');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'ถนนหน้าบ้านเป็นหลุมใหญ่');
    check(byLabel(form, 'แจ้งความคืบหน้า'));
    check(byLabel(form, 'ยินยอม'));
    button(form, 'ส่งเรื่อง').click();
    const error = await waitFor(() => form.querySelector('#email-error'), 'the contact error');
    expect(error.textContent).to.contain('อีเมลหรือเบอร์โทรศัพท์');
  });

  it('previews what screening would hold, with the phone number marked, while the citizen types', async () => {
    const box = await mount();
    const form = view(box, 'form');
    byLabel(form, 'หัวข้อ').focus();
    type(byLabel(form, 'หัวข้อ'), 'ไฟถนนดับ');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'ไฟดับสามคืนแล้ว โทรหาผมได้ที่ 081-234-5678 ครับ');
    const mark = await waitFor(() => form.querySelector('[part="screening"] mark'), 'the marked span');
    expect(mark.textContent).to.contain('081-234-5678');
    expect(form.querySelector('[part="screening"]')!.textContent).to.contain('หมายเลขโทรศัพท์');
    // The citizen's line breaks are kept in the body alone: white space kept on the whole paragraph showed the
    // template's indentation before the label.
    const preview = mark.closest('p')!;
    expect(getComputedStyle(preview).whiteSpace).to.equal('normal');
    expect(getComputedStyle(mark.parentElement!).whiteSpace).to.equal('pre-wrap');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'ไฟดับสามคืนแล้วครับ');
    await waitFor(() => form.querySelector('.screening-status.clean'), 'the clean verdict');
  });

  it('names a LINE ID in the preview by its own label, not as text to check', async () => {
    const box = await mount();
    const form = view(box, 'form');
    type(byLabel(form, 'หัวข้อ'), 'น้ำไม่ไหล');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'น้ำไม่ไหลสามวันแล้ว แอดไลน์ข่อยเด้อ line id: tong_nakhon88');
    const mark = await waitFor(() => form.querySelector('[part="screening"] mark'), 'the marked span');
    expect(mark.textContent).to.contain('tong_nakhon88');
    const preview = form.querySelector('[part="screening"]')!.textContent!;
    expect(preview).to.contain('ไอดีไลน์');
    expect(preview).not.to.contain('ข้อความที่ต้องให้เจ้าหน้าที่ตรวจ');
  });

  it('sends a Thai complaint and shows the tracking number, key, link and honest next step', async () => {
    const box = await mount();
    const form = view(box, 'form');
    const submitted: CustomEvent[] = [];
    document.addEventListener('complaint-submitted', (e) => submitted.push(e), { once: true });
    check(form.querySelector<HTMLInputElement>('input[name="kind"][value="service_request"]')!);
    byLabel<HTMLSelectElement>(form, 'หมวดหมู่').value = 'lighting';
    type(byLabel(form, 'หัวข้อ'), 'ไฟถนนดับหน้าตลาดสด');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'ไฟถนนหน้าตลาดสดดับมาสามคืนแล้ว ขอให้มาซ่อมด้วยครับ');
    check(byLabel(form, 'ยินยอม'));
    button(form, 'ส่งเรื่อง').click();
    const code = await waitFor(() => form.querySelector('[part="tracking-code"]'), 'the receipt');
    expect(code.textContent).to.match(/^DEMO-\d{4}-\d{6}$/);
    const key = form.querySelector('[part="access-key"]')!.textContent!;
    expect(key.length).to.be.greaterThan(10);
    expect(form.querySelector('[data-state]')!.textContent).to.contain('เผยแพร่บนกระดานถาม-ตอบแล้ว');
    const link = byLabel(form, 'ลิงก์ติดตามเรื่อง').value;
    expect(link).to.contain(`#cb-track=${code.textContent}&cb-key=${encodeURIComponent(key)}`);
    expect(deepActiveElement()).to.equal(form.querySelector('#receipt-heading'));
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.bubbles && submitted[0]!.composed).to.equal(true);
    expect(submitted[0]!.detail).to.deep.equal({ trackingCode: code.textContent, kind: 'service_request', state: 'published' });
    expect(JSON.stringify(submitted[0]!.detail)).to.not.contain(key);
  });

  it('says a post with personal data waits for a moderator', async () => {
    const box = await mount({ lang: 'en' });
    const form = view(box, 'form');
    type(byLabel(form, 'Title'), 'Broken street light');
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), 'The light is out, call me on 081-234-5678');
    check(byLabel(form, /consent/));
    button(form, 'Submit').click();
    const state = await waitFor(() => form.querySelector('[data-state]'), 'the receipt');
    expect(state.getAttribute('data-state')).to.equal('held');
    expect(state.textContent).to.contain('moderator');
  });

  it('starts another request on a clean form, without the previous screening preview', async () => {
    const box = await mount({ lang: 'en' });
    const form = view(box, 'form');
    byLabel(form, 'Title').focus();
    type(byLabel(form, 'Title'), 'Noise at night');
    type(byLabel<HTMLTextAreaElement>(form, 'Details'), 'Loud music every night, my number is 081-234-5678');
    await waitFor(() => form.querySelector('[part="screening"] mark'), 'the preview');
    check(byLabel(form, /consent/));
    button(form, 'Submit').click();
    await waitFor(() => form.querySelector('[part="tracking-code"]'), 'the receipt');
    button(form, 'Send another request').click();
    await waitFor(
      () => form.querySelector<HTMLInputElement>('#title')?.value === '' && form.querySelector('h2')!.matches(':focus'),
      'the fresh form',
    );
    expect(form.querySelector('[part="screening-preview"]')!.textContent!.trim()).to.equal('');
  });

  it('follows the case just sent in the track view', async () => {
    const box = await mount();
    const form = view(box, 'form');
    type(byLabel(form, 'หัวข้อ'), 'ขอสอบถามเวลาเก็บขยะ');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'รถเก็บขยะมาเก็บวันไหนบ้างครับ');
    check(byLabel(form, 'ยินยอม'));
    button(form, 'ส่งเรื่อง').click();
    await waitFor(() => form.querySelector('[part="tracking-code"]'), 'the receipt');
    button(form, 'ติดตามเรื่องนี้').click();
    const heading = await waitFor(
      () => box.shadowRoot!.querySelector('complaint-box-track')?.shadowRoot?.querySelector('#case-heading'),
      'the case',
    );
    expect(heading.textContent).to.equal('ขอสอบถามเวลาเก็บขยะ');
    expect(deepActiveElement()).to.equal(heading);
  });
});

describe('retrying a submission', () => {
  it('reuses the Idempotency-Key after a network failure, and the service answers with the same case', async () => {
    const real = createApiClient({ endpoint: await serviceUrl(), site: 'demo', retryDelays: [] });
    const keys: string[] = [];
    let failNext = true;
    const flaky = {
      ...real,
      async submitPost(post, key) {
        keys.push(key);
        const receipt = await real.submitPost(post, key);
        if (failNext) {
          failNext = false; // the request reached the service, but the answer was lost on the way back
          throw new ApiError(0, null);
        }
        return receipt;
      },
    } as ApiClient;
    const host = { addController() {}, requestUpdate() {}, removeController() {}, updateComplete: Promise.resolve(true) };
    const submission = new SubmissionController(host);
    const post = { kind: 'question', title: 'ถามเวลาทำการ', body: 'สำนักงานเปิดวันเสาร์ไหมครับ', consent: true } as const;
    expect((await submission.submit(flaky, post)).status).to.equal('failed');
    const second = await submission.submit(flaky, post);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(second.status).to.equal('sent');
    const again = await real.submitPost(post, keys[0]!);
    expect(again.trackingCode).to.equal((second as { receipt: { trackingCode: string } }).receipt.trackingCode);
  });

  it('uses a fresh key for the next post once one has been sent', async () => {
    const keys: string[] = [];
    const url = await serviceUrl();
    const client = createApiClient({ endpoint: url, site: 'demo', retryDelays: [] });
    const host = { addController() {}, requestUpdate() {}, removeController() {}, updateComplete: Promise.resolve(true) };
    const submission = new SubmissionController(host);
    const post = { kind: 'question', title: 'ถามอีกเรื่อง', body: 'ขอแบบฟอร์มคำร้องทั่วไปได้ที่ไหน', consent: true } as const;
    await submission.submit({ ...client, submitPost: (p, k) => (keys.push(k), client.submitPost(p, k)) } as ApiClient, post);
    await submission.submit({ ...client, submitPost: (p, k) => (keys.push(k), client.submitPost(p, k)) } as ApiClient, post);
    expect(keys[0]).to.not.equal(keys[1]);
  });
});
