// <cb-photo-picker>: "Add photos" in the form, loaded with the form's lazy chunk. Opens the camera on phones,
// shows previews with remove buttons, shrinks large images in the browser (canvas: 2,048 px, JPEG, which also drops
// the phone's EXIF and GPS before anything leaves it), uploads with progress, retries a dropped connection, and
// says that photos are checked before anyone sees them.
import { css, html, LitElement, nothing } from 'lit';
import type { ApiClient } from '../../api/api-client.js';

type Status = 'preparing' | 'uploading' | 'done' | 'failed';

interface Item {
  key: number;
  preview: string;
  status: Status;
  progress: number;
  id?: string;
  error?: string;
  /** A connection problem may be retried; a refusal (wrong type, too large) may not. */
  retryable?: boolean;
  blob?: Blob;
}

const STRINGS = {
  th: {
    legend: 'รูปภาพ',
    optional: '(ไม่บังคับ)',
    hint: (max: number) => `แนบได้สูงสุด ${max} รูป เจ้าหน้าที่จะตรวจทุกรูปก่อนเผยแพร่ และปิดบังใบหน้า ป้ายทะเบียน หรือบ้านเลขที่ให้`,
    camera: 'ถ่ายรูป',
    choose: 'เลือกรูป',
    photo: (n: number) => `รูปที่ ${n}`,
    remove: (n: number) => `ลบรูปที่ ${n}`,
    retry: (n: number) => `ส่งรูปที่ ${n} อีกครั้ง`,
    preparing: 'กำลังย่อขนาด…',
    uploading: (p: number) => `กำลังส่ง ${p}%`,
    done: 'ส่งแล้ว รอตรวจ',
    failed: 'ส่งไม่สำเร็จ',
    offline: 'การเชื่อมต่อขาด',
    tooMany: (max: number) => `แนบได้ไม่เกิน ${max} รูป`,
    waitOrRemove: 'มีรูปที่ยังส่งไม่สำเร็จ กรุณาส่งอีกครั้งหรือลบออก',
  },
  en: {
    legend: 'Photos',
    optional: '(optional)',
    hint: (max: number) =>
      `Up to ${max} photos. Staff check every photo before it is shown, and hide faces, licence plates or house numbers.`,
    camera: 'Take a photo',
    choose: 'Choose photos',
    photo: (n: number) => `Photo ${n}`,
    remove: (n: number) => `Remove photo ${n}`,
    retry: (n: number) => `Send photo ${n} again`,
    preparing: 'Making it smaller…',
    uploading: (p: number) => `Sending ${p}%`,
    done: 'Sent; waiting to be checked',
    failed: 'Not sent',
    offline: 'The connection dropped',
    tooMany: (max: number) => `At most ${max} photos`,
    waitOrRemove: 'A photo has not been sent: send it again or remove it.',
  },
};

/** Longest side sent, and the size under which a JPEG, PNG or WebP goes as it is. */
const MAX_SIDE = 2048;
const SMALL_BYTES = 1_000_000;
const RETRY_DELAYS = [1000, 3000];

async function shrink(file: File): Promise<Blob> {
  if (file.size <= SMALL_BYTES && /^image\/(jpeg|png|webp)$/.test(file.type)) return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode'))), 'image/jpeg', 0.85),
    );
  } catch {
    // A format this browser cannot draw (some HEIC): the service says whether it can read it.
    return file;
  }
}

interface Failure {
  status: number;
  detail?: string;
}

/** XMLHttpRequest, not fetch: only it reports upload progress. */
function send(url: string, blob: Blob, onProgress: (percent: number) => void): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.timeout = 120_000;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: { id?: string; detail?: string } | null;
      try {
        body = JSON.parse(xhr.responseText) as { id?: string; detail?: string };
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body?.id) resolve({ id: body.id });
      else reject({ status: xhr.status, detail: body?.detail } satisfies Failure);
    };
    xhr.onerror = xhr.ontimeout = xhr.onabort = () => reject({ status: 0 } satisfies Failure);
    const form = new FormData();
    form.append('file', blob, blob instanceof File ? blob.name : 'photo.jpg');
    xhr.send(form);
  });
}

export class CbPhotoPicker extends LitElement {
  static override properties = {
    api: { attribute: false },
    max: { type: Number },
    lang: { reflect: true },
    items: { state: true },
    message: { state: true },
  };
  static override styles = css`
    :host {
      display: block;
      margin-block: 1rem;
    }
    fieldset {
      border: 1px solid var(--complaint-box-border, #c4c4c4);
      border-radius: 0.5rem;
      padding: 0.75rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      font-size: 0.9em;
      color: var(--complaint-box-muted, #555);
    }
    .pick {
      display: inline-block;
      margin-inline-end: 0.5rem;
      padding: 0.5rem 0.9rem;
      border: 1px solid currentColor;
      border-radius: 0.4rem;
      cursor: pointer;
    }
    .pick:focus-within {
      outline: 3px solid var(--complaint-box-focus, #1a73e8);
      outline-offset: 2px;
    }
    .pick input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0.75rem 0 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    li {
      width: 9rem;
      font-size: 0.85em;
    }
    img {
      width: 9rem;
      height: 6.75rem;
      object-fit: cover;
      border-radius: 0.3rem;
      display: block;
    }
    progress {
      width: 100%;
    }
    button {
      font: inherit;
      margin-block-start: 0.25rem;
    }
    .error {
      color: var(--complaint-box-danger, #b3261e);
    }
  `;

  declare api: ApiClient;
  declare max: number;
  declare lang: string;
  declare items: Item[];
  declare message: string;
  private next = 0;

  constructor() {
    super();
    this.max = 4;
    this.lang = 'th';
    this.items = [];
    this.message = '';
  }

  private get t() {
    return this.lang === 'en' ? STRINGS.en : STRINGS.th;
  }

  private update_(key: number, change: Partial<Item>): void {
    this.items = this.items.map((item) => (item.key === key ? { ...item, ...change } : item));
  }

  private async add(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    const room = this.max - this.items.length;
    if (files.length > room) this.message = this.t.tooMany(this.max);
    for (const file of files.slice(0, Math.max(0, room))) {
      const key = ++this.next;
      this.items = [...this.items, { key, preview: URL.createObjectURL(file), status: 'preparing', progress: 0 }];
      const blob = await shrink(file);
      this.update_(key, { blob });
      void this.upload(key);
    }
  }

  private async upload(key: number): Promise<void> {
    const url = new URL(`api/v1/sites/${encodeURIComponent(this.siteSlug())}/photos`, this.api.endpoint).href;
    for (let attempt = 0; ; attempt++) {
      const item = this.items.find((i) => i.key === key);
      if (!item?.blob) return; // removed meanwhile
      this.update_(key, { status: 'uploading', progress: 0, error: '', retryable: false });
      try {
        const { id } = await send(url, item.blob, (progress) => this.update_(key, { progress }));
        if (!this.items.some((i) => i.key === key)) return;
        this.update_(key, { status: 'done', id, progress: 100 });
        this.message = `${this.t.photo(this.items.findIndex((i) => i.key === key) + 1)}: ${this.t.done}`;
        return;
      } catch (error) {
        const failure = error as Failure;
        const transient = failure.status === 0 || failure.status === 429 || failure.status >= 500;
        const delay = RETRY_DELAYS[attempt];
        if (transient && delay !== undefined) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        const message = failure.status === 0 ? this.t.offline : (failure.detail ?? this.t.failed);
        this.update_(key, { status: 'failed', error: message, retryable: transient });
        this.message = `${this.t.photo(this.items.findIndex((i) => i.key === key) + 1)}: ${message}`;
        return;
      }
    }
  }

  /** The site the form belongs to, from the API client's site URL. */
  private siteSlug(): string {
    return this.getAttribute('site') ?? '';
  }

  private removeItem(key: number): void {
    const item = this.items.find((i) => i.key === key);
    if (item) URL.revokeObjectURL(item.preview);
    this.items = this.items.filter((i) => i.key !== key);
  }

  /** The uploaded photos' ids, once every upload has finished; refuses while one has failed. */
  async ready(): Promise<string[]> {
    while (this.items.some((i) => i.status === 'preparing' || i.status === 'uploading')) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (this.items.some((i) => i.status === 'failed')) {
      this.message = this.t.waitOrRemove;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-failed] button')?.focus();
      throw new Error(this.t.waitOrRemove);
    }
    return this.items.map((i) => i.id!).filter(Boolean);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const item of this.items) URL.revokeObjectURL(item.preview);
  }

  override render() {
    const t = this.t;
    const full = this.items.length >= this.max;
    return html`<fieldset part="photos">
      <legend>${t.legend} <span class="hint">${t.optional}</span></legend>
      <p class="hint" id="photo-hint">${t.hint(this.max)}</p>
      ${
        full
          ? nothing
          : html`<label class="pick" part="button"
                >${t.camera}<input
                  type="file"
                  accept="image/*"
                  capture="environment"
                  aria-describedby="photo-hint"
                  @change=${this.add}
              /></label>
              <label class="pick" part="button"
                >${t.choose}<input type="file" accept="image/*" multiple aria-describedby="photo-hint" @change=${this.add}
              /></label>`
      }
      ${
        this.items.length
          ? html`<ul>
              ${this.items.map((item, i) => {
                const n = i + 1;
                return html`<li data-status=${item.status} ?data-failed=${item.status === 'failed'}>
                  <img src=${item.preview} alt=${t.photo(n)} />
                  ${
                    item.status === 'uploading' || item.status === 'preparing'
                      ? html`<progress max="100" value=${item.progress} aria-label=${t.photo(n)}></progress>
                          <span>${item.status === 'preparing' ? t.preparing : t.uploading(item.progress)}</span>`
                      : item.status === 'done'
                        ? html`<span>${t.done}</span>`
                        : html`<span class="error">${item.error}</span>`
                  }
                  ${
                    item.status === 'failed' && item.retryable
                      ? html`<button type="button" @click=${() => void this.upload(item.key)}>${t.retry(n)}</button>`
                      : nothing
                  }
                  <button type="button" @click=${() => this.removeItem(item.key)}>${t.remove(n)}</button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <p role="status" aria-live="polite" class="hint">${this.message}</p>
    </fieldset>`;
  }
}

if (!customElements.get('cb-photo-picker')) customElements.define('cb-photo-picker', CbPhotoPicker);
