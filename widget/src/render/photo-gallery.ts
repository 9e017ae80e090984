// Approved photos of a post in the feed and the track view: lazy thumbnails, each a button opening the larger image
// in a modal dialog (Escape or the close button closes it; focus goes back to the thumbnail).
import { css, html, nothing } from 'lit';
import type { Photo } from '../api/api.types.js';

const STRINGS = {
  th: { open: (n: number, alt: string) => `ดูรูปที่ ${n} ขนาดใหญ่${alt ? `: ${alt}` : ''}`, photo: 'รูปประกอบ', close: 'ปิด' },
  en: { open: (n: number, alt: string) => `View photo ${n} larger${alt ? `: ${alt}` : ''}`, photo: 'Photo', close: 'Close' },
};

export const galleryStyles = css`
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
  }
  .thumb {
    padding: 0;
    border: 1px solid var(--complaint-box-border, #c4c4c4);
    border-radius: 0.3rem;
    background: none;
    cursor: zoom-in;
    line-height: 0;
  }
  .thumb:focus-visible {
    outline: 3px solid var(--complaint-box-focus, #1a73e8);
    outline-offset: 2px;
  }
  .thumb img {
    width: 6rem;
    height: 4.5rem;
    object-fit: cover;
    border-radius: 0.3rem;
  }
  dialog.photo-view {
    max-width: min(95vw, 1280px);
    padding: 0.5rem;
    border: 0;
    border-radius: 0.5rem;
  }
  dialog.photo-view::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  dialog.photo-view img {
    display: block;
    max-width: 100%;
    max-height: 80vh;
    height: auto;
  }
  dialog.photo-view form {
    text-align: end;
  }
`;

function open(event: Event, photo: Photo, src: string, label: string): void {
  const opener = event.currentTarget as HTMLElement;
  const dialog = opener.closest('.gallery')?.querySelector('dialog');
  const img = dialog?.querySelector('img');
  if (!dialog || !img) return;
  img.src = src;
  img.alt = photo.alt ?? label;
  img.width = photo.width;
  img.height = photo.height;
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  dialog.showModal();
}

/** `endpoint` is the service's origin (the API client's), against which the photos' URLs resolve. */
export function photoGallery(photos: readonly Photo[] | undefined, endpoint: string, lang: string) {
  if (!photos?.length) return nothing;
  const t = lang === 'en' ? STRINGS.en : STRINGS.th;
  const abs = (url: string) => new URL(url, endpoint).href;
  return html`<div class="gallery" part="photos">
    <ul class="photos">
      ${photos.map(
        (p, i) =>
          html`<li>
            <button
              type="button"
              class="thumb"
              aria-label=${t.open(i + 1, p.alt ?? '')}
              @click=${(e: Event) => open(e, p, abs(p.url), t.photo)}
            >
              <img
                loading="lazy"
                decoding="async"
                src=${abs(p.thumbnailUrl)}
                alt=""
                width="320"
                height=${Math.round((320 * p.height) / p.width)}
              />
            </button>
          </li>`,
      )}
    </ul>
    <dialog class="photo-view" aria-label=${t.photo}>
      <form method="dialog"><button type="submit" autofocus>${t.close}</button></form>
      <img alt="" />
    </dialog>
  </div>`;
}
