// Following a case: look-up, timeline, answers, adding information, confirming or reopening.
import { expect } from 'chai';
import {
  button,
  byLabel,
  check,
  createPost,
  deepActiveElement,
  mount,
  setStatus,
  type,
  unmountAll,
  viewReady,
  waitFor,
} from './support/widget.js';

describe('the track view', () => {
  afterEach(() => unmountAll());

  it('opens a case with its tracking number and key, showing status, timeline and deadlines', async () => {
    const receipt = await createPost({ kind: 'complaint', title: 'ท่อระบายน้ำอุดตัน', body: 'น้ำท่วมขังหน้าบ้านทุกครั้งที่ฝนตก' });
    const box = await mount({ view: 'track' });
    const track = await viewReady(box, 'track');
    type(byLabel(track, 'เลขที่รับแจ้ง'), receipt.trackingCode.toLowerCase());
    type(byLabel(track, 'รหัสติดตามเรื่อง'), receipt.accessKey);
    button(track, 'ดูสถานะ').click();
    const heading = await waitFor(() => track.querySelector('#case-heading'), 'the case');
    expect(heading.textContent).to.equal('ท่อระบายน้ำอุดตัน');
    expect(deepActiveElement()).to.equal(heading);
    expect(track.querySelector('[part="status-badge"]')!.textContent).to.equal('รับเรื่องแล้ว');
    expect(track.querySelector('[part="timeline"]')!.textContent).to.contain('เผยแพร่บนกระดานถาม-ตอบแล้ว');
    expect(track.textContent).to.contain('ส่งเรื่องถึงหน่วยงาน');
    expect(track.querySelector('.meta')!.textContent).to.match(/25\d\d/); // Buddhist-era year
  });

  it('says so when the key is wrong, and focuses the message', async () => {
    const receipt = await createPost();
    const box = await mount({ view: 'track', lang: 'en' });
    const track = await viewReady(box, 'track');
    type(byLabel(track, 'Tracking number'), receipt.trackingCode);
    type(byLabel(track, 'Access key'), 'not-the-key');
    button(track, 'Show status').click();
    const error = await waitFor(() => track.querySelector('#track-error'), 'the refusal');
    expect(error.textContent).to.contain('No case found');
    expect(deepActiveElement()).to.equal(error);
  });

  it('adds information the citizen sends to the timeline', async () => {
    const receipt = await createPost();
    location.hash = `cb-track=${receipt.trackingCode}&cb-key=${receipt.accessKey}`;
    try {
      const box = await mount({ view: 'track' });
      const track = await viewReady(box, 'track');
      await waitFor(() => track.querySelector('#case-heading'), 'the case');
      type(byLabel<HTMLTextAreaElement>(track, 'ข้อมูลที่ต้องการเพิ่มเติม'), 'ขอแจ้งเพิ่มว่าเป็นช่วงเช้าวันเสาร์');
      button(track, 'ส่งข้อมูลเพิ่มเติม').click();
      await waitFor(() => track.querySelector('#case-notice')!.textContent!.includes('ส่งข้อมูลเพิ่มเติมแล้ว'), 'the notice');
      expect(track.querySelector('[part="timeline"]')!.textContent).to.contain('ขอแจ้งเพิ่มว่าเป็นช่วงเช้าวันเสาร์');
      expect(track.querySelector('[part="timeline"]')!.textContent).to.contain('ข้อมูลเพิ่มเติมจากคุณ');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('lets the citizen say a resolved case is not fixed, which reopens it, with a rating', async () => {
    const receipt = await createPost();
    await setStatus(receipt.trackingCode, 'resolved');
    const box = await mount({ view: 'track', lang: 'en' });
    const track = await viewReady(box, 'track');
    type(byLabel(track, 'Tracking number'), receipt.trackingCode);
    type(byLabel(track, 'Access key'), receipt.accessKey);
    button(track, 'Show status').click();
    await waitFor(() => track.querySelector('[part="feedback"]'), 'the feedback question');
    check(byLabel(track, '2 – Dissatisfied'));
    type(byLabel<HTMLTextAreaElement>(track, 'Comment'), 'Still dark at night');
    button(track, 'Not fixed').click();
    await waitFor(() => track.querySelector('#case-notice')!.textContent!.includes('reopened'), 'the reopened notice');
    expect(track.querySelector('.meta [part="status-badge"]')!.textContent).to.equal('Reopened');
    expect(track.querySelector('[part="feedback"]')).to.equal(null);
    expect(track.querySelector('[part="timeline"]')!.textContent).to.contain('You said it is not fixed');
  });

  it('closes the case when the citizen confirms it is fixed', async () => {
    const receipt = await createPost();
    await setStatus(receipt.trackingCode, 'resolved');
    const box = await mount({ view: 'track', lang: 'en' });
    const track = await viewReady(box, 'track');
    type(byLabel(track, 'Tracking number'), receipt.trackingCode);
    type(byLabel(track, 'Access key'), receipt.accessKey);
    button(track, 'Show status').click();
    await waitFor(() => track.querySelector('[part="feedback"]'), 'the feedback question');
    check(byLabel(track, '5 – Very satisfied'));
    button(track, 'Yes, it is fixed').click();
    await waitFor(() => track.querySelector('#case-notice')!.textContent!.includes('Thank you'), 'the thanks');
    expect(track.querySelector('.meta [part="status-badge"]')!.textContent).to.equal('Closed');
  });
});
