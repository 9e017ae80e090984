// Helpers for widget tests: where the real service is, mounting a <complaint-box>, reaching into its views.
import '../../../widget/src/define.js';
import type { ComplaintBox } from '../../../widget/src/complaint-box/complaint-box.component.js';

let cachedUrl: string | undefined;

/** The real service the test runner started (see web-test-runner.config.mjs). */
export async function serviceUrl(): Promise<string> {
  cachedUrl ??= ((await (await fetch('/__service')).json()) as { url: string }).url;
  return cachedUrl;
}

export async function waitFor<T>(probe: () => T | null | undefined | false, what = 'condition', timeout = 8000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const mounted: HTMLElement[] = [];

/** Adds a <complaint-box> for the demo site, pointed at the real service, and waits until it has drawn. */
export async function mount(attributes: Record<string, string> = {}): Promise<ComplaintBox> {
  const box = document.createElement('complaint-box');
  box.setAttribute('site', 'demo');
  box.setAttribute('endpoint', await serviceUrl());
  for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
  document.body.append(box);
  mounted.push(box);
  await waitFor(
    () => box.shadowRoot?.querySelector('[id^="panel-"]:not([hidden]) > *')?.shadowRoot?.firstElementChild,
    'the first view',
  );
  return box;
}

export function unmountAll(): void {
  for (const box of mounted.splice(0)) box.remove();
}

/** The shadow root of the view element (form, track or feed) inside a box. */
export function view(box: Element, name: 'form' | 'track' | 'feed'): ShadowRoot {
  const element = box.shadowRoot!.querySelector(`complaint-box-${name}`);
  if (!element?.shadowRoot) throw new Error(`no ${name} view rendered`);
  return element.shadowRoot;
}

export async function viewReady(box: Element, name: 'form' | 'track' | 'feed'): Promise<ShadowRoot> {
  return waitFor(
    () => box.shadowRoot!.querySelector(`complaint-box-${name}`)?.shadowRoot?.firstElementChild && view(box, name),
    `${name} view`,
  );
}

/** The control whose <label> text contains `text`, the way a person (or a screen reader) finds it. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, text: string | RegExp): T {
  for (const label of Array.from(root.querySelectorAll('label'))) {
    const matches = typeof text === 'string' ? label.textContent!.includes(text) : text.test(label.textContent!);
    if (!matches) continue;
    const control = label.htmlFor ? root.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
    if (control) return control as T;
  }
  throw new Error(`no control labelled ${String(text)}`);
}

export function button(root: ShadowRoot, text: string | RegExp): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!),
  );
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

/** Types into a field the way a browser reports it: value set, then an input event. */
export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function check(control: HTMLInputElement, checked = true): void {
  control.checked = checked;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Posts directly to the real service (seeding the feed), returning the receipt. */
export async function createPost(overrides: Record<string, unknown> = {}) {
  const response = await fetch(`${await serviceUrl()}/api/v1/sites/demo/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      kind: 'question',
      title: 'ถามเรื่องทั่วไป',
      body: 'ขอสอบถามเวลาทำการของสำนักงานเทศบาล',
      consent: true,
      ...overrides,
    }),
  });
  if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: number; trackingCode: string; accessKey: string; state: string };
}

export async function setStatus(trackingCode: string, status: string): Promise<void> {
  await fetch(`/__service/cases/${encodeURIComponent(trackingCode)}/status/${status}`);
}

/** Adds an official answer to a post through the moderation API (in the test runner, signed in as admin). */
export async function answer(postId: number, body: string, isPublic = true): Promise<void> {
  const response = await fetch(`/__service/posts/${postId}/answer?body=${encodeURIComponent(body)}&public=${isPublic}`);
  const result = (await response.json()) as { status: number; body: string };
  if (result.status !== 201) throw new Error(`answering failed: ${result.status} ${result.body}`);
}
