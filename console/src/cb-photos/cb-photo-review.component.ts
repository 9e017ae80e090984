// <cb-photo-review>: each photo of a case shown large; moderators draw rectangles (mouse or keyboard), blur or
// cover them on the server, rotate, approve with a description, or reject with a reason. Officers only look.
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consoleStyles } from '../styles/console.styles.js';
import { PhotoApi, type Box, type StaffPhoto } from './photos.api.js';
import { photoTranslation, type PhotoTranslation } from './photos.i18n.js';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export class CbPhotoReview extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      .photo {
        margin-block: 1rem;
        padding-block-end: 1rem;
        border-block-end: 1px solid #ddd;
      }
      .stage {
        position: relative;
        display: inline-block;
        max-width: 100%;
        cursor: crosshair;
        touch-action: none;
        user-select: none;
        line-height: 0;
      }
      .stage:focus-visible {
        outline: 3px solid #1a73e8;
        outline-offset: 2px;
      }
      .stage img {
        display: block;
        max-width: 100%;
        max-height: 70vh;
        height: auto;
      }
      .box {
        position: absolute;
        border: 2px solid #ffeb3b;
        background: rgb(255 235 59 / 0.25);
        box-shadow: 0 0 0 1px #000;
        pointer-events: none;
      }
      .box.frame {
        border-style: dashed;
        border-color: #1a73e8;
        background: rgb(26 115 232 / 0.15);
      }
      .decide {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
        align-items: end;
        margin-block-start: 0.75rem;
      }
    `,
  ];

  /** The case's photos, as the staff case view lists them. */
  @property({ attribute: false }) photos: StaffPhoto[] = [];
  /** The session's CSRF token. */
  @property({ attribute: false }) csrfToken = '';
  /** Moderators edit and decide; officers see the photos only. */
  @property({ type: Boolean, attribute: 'can-moderate' }) canModerate = false;
  @property({ reflect: true }) override lang = 'th';

  @state() private boxes: Record<string, Box[]> = {};
  @state() private frames: Record<string, Box | undefined> = {};
  @state() private dragging: { id: string; x: number; y: number; box: Box } | null = null;
  @state() private busy = '';
  @state() private message = '';
  @state() private error = '';

  private readonly api = new PhotoApi(() => this.csrfToken);

  private get t(): PhotoTranslation {
    return photoTranslation(this.lang);
  }

  private pointAt(event: PointerEvent, photo: StaffPhoto): { x: number; y: number } {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    return {
      x: Math.round(clamp((event.clientX - rect.left) / rect.width, 0, 1) * photo.width),
      y: Math.round(clamp((event.clientY - rect.top) / rect.height, 0, 1) * photo.height),
    };
  }

  private down(event: PointerEvent, photo: StaffPhoto): void {
    if (!this.canModerate || event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    (event.currentTarget as HTMLElement).focus({ preventScroll: true });
    const { x, y } = this.pointAt(event, photo);
    this.dragging = { id: photo.id, x, y, box: { x, y, width: 0, height: 0 } };
  }

  private move(event: PointerEvent, photo: StaffPhoto): void {
    if (this.dragging?.id !== photo.id) return;
    const { x, y } = this.pointAt(event, photo);
    const start = this.dragging;
    this.dragging = {
      ...start,
      box: { x: Math.min(start.x, x), y: Math.min(start.y, y), width: Math.abs(x - start.x), height: Math.abs(y - start.y) },
    };
  }

  private up(photo: StaffPhoto): void {
    const drag = this.dragging;
    this.dragging = null;
    if (drag?.id !== photo.id || drag.box.width < 2 || drag.box.height < 2) return;
    this.add(photo, drag.box);
  }

  private add(photo: StaffPhoto, box: Box): void {
    this.boxes = { ...this.boxes, [photo.id]: [...(this.boxes[photo.id] ?? []), box] };
    const b = box;
    this.message = this.t.rectangle(b.x, b.y, b.width, b.height);
  }

  private removeBox(photo: StaffPhoto, index: number): void {
    this.boxes = { ...this.boxes, [photo.id]: (this.boxes[photo.id] ?? []).filter((_, i) => i !== index) };
  }

  /** The keyboard's frame: arrows move it, Shift+arrows resize it, Enter adds it, Delete removes the last rectangle. */
  private key(event: KeyboardEvent, photo: StaffPhoto): void {
    if (!this.canModerate) return;
    const step = Math.max(1, Math.round(Math.max(photo.width, photo.height) / 50));
    const frame = this.frames[photo.id] ?? {
      x: Math.round(photo.width * 0.375),
      y: Math.round(photo.height * 0.375),
      width: Math.round(photo.width / 4),
      height: Math.round(photo.height / 4),
    };
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const arrow = arrows[event.key];
    if (arrow) {
      event.preventDefault();
      const [dx, dy] = arrow;
      let next: Box;
      if (event.shiftKey) {
        const width = clamp(frame.width + dx * step, 4, photo.width - frame.x);
        const height = clamp(frame.height + dy * step, 4, photo.height - frame.y);
        next = { ...frame, width, height };
      } else {
        next = {
          ...frame,
          x: clamp(frame.x + dx * step, 0, photo.width - frame.width),
          y: clamp(frame.y + dy * step, 0, photo.height - frame.height),
        };
      }
      this.frames = { ...this.frames, [photo.id]: next };
      this.message = this.t.rectangle(next.x, next.y, next.width, next.height);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.add(photo, frame);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const list = this.boxes[photo.id] ?? [];
      if (list.length > 0) this.removeBox(photo, list.length - 1);
    } else if (event.key === 'Escape') {
      this.frames = { ...this.frames, [photo.id]: undefined };
    }
  }

  private showFrame(photo: StaffPhoto): void {
    if (!this.canModerate || this.frames[photo.id]) return;
    this.frames = {
      ...this.frames,
      [photo.id]: {
        x: Math.round(photo.width * 0.375),
        y: Math.round(photo.height * 0.375),
        width: Math.round(photo.width / 4),
        height: Math.round(photo.height / 4),
      },
    };
  }

  private async act(photo: StaffPhoto, kind: 'blur' | 'cover' | 'rotate' | 'approve' | 'reject', call: () => Promise<unknown>) {
    this.busy = photo.id;
    this.error = '';
    this.message = '';
    try {
      await call();
      if (kind === 'blur' || kind === 'cover' || kind === 'rotate') {
        this.boxes = { ...this.boxes, [photo.id]: [] };
        this.frames = { ...this.frames, [photo.id]: undefined };
      }
      this.message = this.t.done[kind];
      this.dispatchEvent(new CustomEvent('photos-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.error = `${this.t.failed}: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.busy = '';
    }
  }

  private redact(photo: StaffPhoto, mode: 'blur' | 'cover'): void {
    const boxes = this.boxes[photo.id] ?? [];
    if (boxes.length === 0) {
      this.error = this.t.drawFirst;
      return;
    }
    void this.act(photo, mode, () => this.api.redact(photo.id, boxes, mode));
  }

  private decide(event: SubmitEvent, photo: StaffPhoto, kind: 'approve' | 'reject'): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    if (kind === 'approve') void this.act(photo, kind, () => this.api.approve(photo.id, String(data.get('alt') ?? '')));
    else void this.act(photo, kind, () => this.api.reject(photo.id, String(data.get('reason') ?? '')));
  }

  private boxStyle(photo: StaffPhoto, b: Box): string {
    const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
    return `left:${pct(b.x, photo.width)};top:${pct(b.y, photo.height)};width:${pct(b.width, photo.width)};height:${pct(b.height, photo.height)}`;
  }

  private renderPhoto(photo: StaffPhoto, index: number) {
    const t = this.t;
    const boxes = this.boxes[photo.id] ?? [];
    const frame = this.frames[photo.id];
    const drag = this.dragging?.id === photo.id ? this.dragging.box : null;
    const busy = this.busy === photo.id;
    const label = t.photoLabel(index + 1, photo.width, photo.height);
    return html`<article class="photo" data-photo=${photo.id} aria-label=${label}>
      <div class="row gap-below">
        <span class="badge" data-state=${photo.state}>${t.states[photo.state]}</span>
        <span class="muted">${label}</span>
        ${photo.redactions > 0 ? html`<span class="muted">${t.redacted(photo.redactions)}</span>` : nothing}
        ${photo.rejectReason ? html`<span>${t.rejectedBecause(photo.rejectReason)}</span>` : nothing}
        ${
          this.canModerate && photo.unredactedUrl
            ? html`<a href=${photo.unredactedUrl} target="_blank" rel="noopener">${t.unredacted}</a>`
            : nothing
        }
      </div>
      <div
        class="stage"
        tabindex=${this.canModerate ? '0' : '-1'}
        role=${this.canModerate ? 'application' : 'img'}
        aria-label=${label}
        aria-describedby=${this.canModerate ? `help-${photo.id}` : nothing}
        @pointerdown=${(e: PointerEvent) => this.down(e, photo)}
        @pointermove=${(e: PointerEvent) => this.move(e, photo)}
        @pointerup=${() => this.up(photo)}
        @pointercancel=${() => (this.dragging = null)}
        @keydown=${(e: KeyboardEvent) => this.key(e, photo)}
        @focus=${() => this.showFrame(photo)}
      >
        <img src=${photo.url} alt=${photo.alt ?? ''} width=${photo.width} height=${photo.height} draggable="false" />
        ${boxes.map((b) => html`<div class="box" data-box style=${this.boxStyle(photo, b)}></div>`)}
        ${frame ? html`<div class="box frame" style=${this.boxStyle(photo, frame)}></div>` : nothing}
        ${drag ? html`<div class="box" style=${this.boxStyle(photo, drag)}></div>` : nothing}
      </div>
      ${
        this.canModerate
          ? html`<p class="hint" id="help-${photo.id}">${t.canvasHelp}</p>
              <p class="muted">${t.rectangles(boxes.length)}</p>
              ${
                boxes.length > 0
                  ? html`<ul class="plain">
                      ${boxes.map(
                        (b, i) =>
                          html`<li>
                            ${t.rectangle(b.x, b.y, b.width, b.height)}
                            <button type="button" class="link" @click=${() => this.removeBox(photo, i)}>
                              ${t.removeRectangle}
                            </button>
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
              <div class="row">
                <button type="button" ?disabled=${busy} @click=${() => this.redact(photo, 'blur')}>${t.blur}</button>
                <button type="button" ?disabled=${busy} @click=${() => this.redact(photo, 'cover')}>${t.cover}</button>
                <button
                  type="button"
                  ?disabled=${busy}
                  @click=${() => this.act(photo, 'rotate', () => this.api.rotate(photo.id))}
                >
                  ${t.rotate}
                </button>
              </div>
              <div class="decide">
                <form @submit=${(e: SubmitEvent) => this.decide(e, photo, 'approve')}>
                  <div class="field">
                    <label for="alt-${photo.id}">${t.alt}</label>
                    <input id="alt-${photo.id}" name="alt" maxlength="300" .value=${photo.alt ?? ''} />
                    <span class="hint">${t.altHint}</span>
                  </div>
                  <button class="primary" ?disabled=${busy || photo.state === 'approved'}>${t.approve}</button>
                </form>
                <form @submit=${(e: SubmitEvent) => this.decide(e, photo, 'reject')}>
                  <div class="field">
                    <label for="reason-${photo.id}">${t.rejectReason}</label>
                    <input id="reason-${photo.id}" name="reason" required maxlength="500" />
                  </div>
                  <button class="danger" ?disabled=${busy || photo.state === 'rejected'}>${t.reject}</button>
                </form>
              </div>`
          : nothing
      }
    </article>`;
  }

  override render() {
    if (this.photos.length === 0) return nothing;
    const t = this.t;
    return html`<section class="card" aria-labelledby="photos-h">
      <h3 id="photos-h">${t.heading(this.photos.length)}</h3>
      <p class="hint">${t.intro}</p>
      <div role="status" aria-live="polite" class=${this.message ? 'notice success' : ''}>${this.message}</div>
      ${this.error ? html`<div role="alert" class="notice error">${this.error}</div>` : nothing}
      ${this.photos.map((p, i) => this.renderPhoto(p, i))}
    </section>`;
  }
}

if (!customElements.get('cb-photo-review')) customElements.define('cb-photo-review', CbPhotoReview);

declare global {
  interface HTMLElementTagNameMap {
    'cb-photo-review': CbPhotoReview;
  }
}
