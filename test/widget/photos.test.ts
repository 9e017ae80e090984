// Photos in the widget, in Chromium against the real service: the form's picker shrinks a large photo before it
// leaves the browser, shows its progress, retries a dropped connection, removes, and sends the ids with the post;
// once a moderator approved it the feed shows a lazy thumbnail that opens a larger view by keyboard.
import { expect } from 'chai';
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
  viewReady,
  waitFor,
} from './support/widget.js';

/** A 3,000 × 2,000 JPEG full of noise: several megabytes, like a phone's photo. */
async function largePhoto(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 3000;
  canvas.height = 2000;
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(3000, 2000);
  for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : (Math.random() * 256) | 0;
  ctx.putImageData(image, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.95));
  return new File([blob], 'IMG_2041.jpg', { type: 'image/jpeg' });
}

function choose(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

interface Sent {
  size: number;
  type: string;
}

/** Records what each upload sends; `dropFirst` makes the first attempt fail as a dropped connection would. */
function watchUploads(dropFirst = 0): { sent: Sent[]; restore(): void } {
  const original = XMLHttpRequest.prototype.send;
  const sent: Sent[] = [];
  let drops = dropFirst;
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const file = body instanceof FormData ? (body.get('file') as File | null) : null;
    if (file) sent.push({ size: file.size, type: file.type });
    if (file && drops > 0) {
      drops -= 1;
      setTimeout(() => this.onerror?.(new ProgressEvent('error')), 50);
      return;
    }
    original.call(this, body);
  } as typeof XMLHttpRequest.prototype.send;
  return { sent, restore: () => (XMLHttpRequest.prototype.send = original) };
}

async function picker(form: ShadowRoot): Promise<ShadowRoot> {
  byLabel(form, 'หัวข้อ').focus(); // the first focus loads the form's lazy chunk, photos included
  return waitFor(
    () =>
      (form.querySelector('cb-photo-picker') as HTMLElement | null)?.shadowRoot?.querySelector('fieldset') &&
      form.querySelector('cb-photo-picker')!.shadowRoot!,
    'the photo picker',
  );
}

describe('photos in the widget', () => {
  let uploads: ReturnType<typeof watchUploads> | undefined;
  afterEach(() => {
    uploads?.restore();
    uploads = undefined;
    unmountAll();
  });

  it('offers the camera and the gallery, and says photos are checked before they are shown', async () => {
    const form = view(await mount(), 'form');
    const photos = await picker(form);
    const camera = byLabel(photos, 'ถ่ายรูป');
    expect(camera.getAttribute('capture')).to.equal('environment');
    expect(camera.accept).to.equal('image/*');
    expect(byLabel(photos, 'เลือกรูป').multiple).to.equal(true);
    expect(photos.querySelector('#photo-hint')!.textContent).to.contain('ตรวจทุกรูปก่อนเผยแพร่');
  });

  it('shrinks a large photo in the browser, retries a dropped upload, and sends the id with the post', async () => {
    const original = await largePhoto();
    expect(original.size).to.be.greaterThan(1_500_000);
    uploads = watchUploads(1);
    const box = await mount();
    const form = view(box, 'form');
    const photos = await picker(form);
    choose(byLabel(photos, 'เลือกรูป'), [original]);
    await waitFor(() => photos.querySelector('progress'), 'upload progress');
    const done = await waitFor(() => photos.querySelector('li[data-status=done]'), 'the upload to finish', 15000);
    expect(done.textContent).to.contain('ส่งแล้ว รอตรวจ');
    // Two attempts (the first dropped), each a JPEG of at most 2,048 px and a fraction of the original's bytes.
    expect(uploads.sent).to.have.length(2);
    for (const s of uploads.sent) {
      expect(s.type).to.equal('image/jpeg');
      expect(s.size).to.be.lessThan(original.size / 2);
    }

    type(byLabel(form, 'หัวข้อ'), 'ขยะกองหน้าตลาด');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'มีขยะกองใหญ่หน้าตลาดสดมาสามวันแล้ว ส่งกลิ่นเหม็น');
    check(byLabel(form, 'ยินยอม'));
    button(form, 'ส่งเรื่อง').click();
    await waitFor(() => form.querySelector('#receipt-heading'), 'the receipt', 15000);
    expect(form.querySelector('[part="tracking-code"]')!.textContent).to.match(/DEMO-\d{4}-\d{6}/);
    const code = form.textContent!.match(/DEMO-\d{4}-\d{6}/)![0];

    // A moderator approves it: the feed shows a lazy thumbnail that opens the larger image, and Escape closes it.
    const base = await serviceUrl();
    const feedPage = (await (await fetch(`${base}/api/v1/sites/demo/posts?limit=50`)).json()) as {
      items: { id: number; trackingCode: string; photos: unknown[] }[];
    };
    const post = feedPage.items.find((i) => i.trackingCode === code)!;
    expect(post.photos).to.deep.equal([]);
    const staff = (await (await fetch(`${base}/api/v1/sites/demo/posts/${post.id}`)).json()) as { photos: unknown[] };
    expect(staff.photos).to.deep.equal([]);
    const ids = await idsOfCase(post.id);
    for (const id of ids) await fetch(`/__service/photos/${id}/approve`);

    const feedBox = await mount({ view: 'feed' });
    const feed = await viewReady(feedBox, 'feed');
    const thumb = await waitFor(
      () => feed.querySelector<HTMLButtonElement>(`article[data-id="${post.id}"] .thumb`),
      'the thumbnail',
      10000,
    );
    expect(thumb.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    expect(thumb.getAttribute('aria-label')).to.contain('ดูรูปที่ 1');
    thumb.focus();
    thumb.click();
    const dialog = feed.querySelector(`article[data-id="${post.id}"] dialog`) as HTMLDialogElement;
    await waitFor(() => dialog.open, 'the larger view');
    const large = dialog.querySelector('img')!;
    await waitFor(() => large.complete && large.naturalWidth > 0, 'the larger image');
    expect(large.naturalWidth).to.equal(1280);
    expect(deepActiveElement()?.textContent).to.contain('ปิด');
    dialog.close();
    await waitFor(() => deepActiveElement() === thumb, 'focus back on the thumbnail');
  });

  it('removes a photo, and refuses to send while a refused upload is still listed', async () => {
    const form = view(await mount(), 'form');
    const photos = await picker(form);
    const text = new File([new TextEncoder().encode('not an image at all')], 'photo.jpg', { type: 'image/jpeg' });
    choose(byLabel(photos, 'เลือกรูป'), [text]);
    const failed = await waitFor(() => photos.querySelector('li[data-status=failed]'), 'the refusal');
    expect(failed.textContent).to.contain('not a JPEG, PNG or WebP');
    expect(failed.textContent).not.to.contain('ส่งรูปที่ 1 อีกครั้ง');
    type(byLabel(form, 'หัวข้อ'), 'ไฟถนนดับ');
    type(byLabel<HTMLTextAreaElement>(form, 'รายละเอียด'), 'ไฟถนนดับทั้งซอยมาสองคืนแล้ว');
    check(byLabel(form, 'ยินยอม'));
    button(form, 'ส่งเรื่อง').click();
    await waitFor(() => photos.querySelector('[role=status]')!.textContent!.includes('ส่งอีกครั้งหรือลบออก'), 'the photo message');
    expect(form.querySelector('#receipt-heading')).to.equal(null);
    button(photos, 'ลบรูปที่ 1').click();
    await waitFor(() => !photos.querySelector('li'), 'the photo to go');
    button(form, 'ส่งเรื่อง').click();
    await waitFor(() => form.querySelector('#receipt-heading'), 'the receipt', 15000);
  });
});

/** The photo ids of a case, read through the test runner's moderator hook (staff view). */
async function idsOfCase(caseId: number): Promise<string[]> {
  const response = await fetch(`/__service/posts/${caseId}/photos`);
  return ((await response.json()) as { ids: string[] }).ids;
}
