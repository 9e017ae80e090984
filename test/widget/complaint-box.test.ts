// <complaint-box> as a webmaster embeds it: attributes, language, presets, events, isolation, double loading.
import { expect } from 'chai';
import { byLabel, button, deepActiveElement, mount, serviceUrl, unmountAll, view, viewReady, waitFor } from './support/widget.js';

describe('<complaint-box>', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('shows the Thai form by default, with the six kinds and the site categories from the service', async () => {
    const box = await mount();
    const form = view(box, 'form');
    expect(form.querySelector('h2')!.textContent).to.contain('เทศบาลตัวอย่าง');
    expect(form.querySelectorAll('input[name="kind"]')).to.have.length(6);
    const categories = Array.from(byLabel<HTMLSelectElement>(form, 'หมวดหมู่').options).map((o) => o.value);
    expect(categories).to.include.members(['roads', 'lighting', 'loudspeaker']);
    expect(button(form, 'ส่งเรื่อง').type).to.equal('submit');
    expect(box.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('th');
  });

  it('speaks English with lang="en": Title, Details, Category, a privacy consent and a Submit button', async () => {
    const box = await mount({ lang: 'en' });
    const form = view(box, 'form');
    expect(byLabel(form, 'Title').name).to.equal('title');
    expect(byLabel(form, 'Details').name).to.equal('body');
    expect(byLabel(form, 'Category').name).to.equal('category');
    const consent = byLabel(form, /privacy/i);
    expect(consent.type).to.equal('checkbox');
    expect(consent.closest('label')!.textContent).to.match(/consent/i);
    expect(button(form, 'Submit')).to.not.equal(null);
    expect(byLabel<HTMLSelectElement>(form, 'Category').options[1]!.textContent).to.equal('Roads, pavements and bridges');
  });

  it('falls back to English for a language it does not ship', async () => {
    const box = await mount({ lang: 'fr' });
    expect(byLabel(view(box, 'form'), 'Title')).to.not.equal(null);
  });

  it('applies the kind, category and location presets from attributes', async () => {
    const box = await mount({ kind: 'service_request', category: 'lighting', location: 'ซอย 5' });
    const form = view(box, 'form');
    expect(form.querySelector<HTMLInputElement>('input[name="kind"]:checked')!.value).to.equal('service_request');
    expect(byLabel<HTMLSelectElement>(form, 'หมวดหมู่').value).to.equal('lighting');
    expect(byLabel(form, 'สถานที่หรือจุดสังเกต').value).to.equal('ซอย 5');
  });

  it('lets the URL parameters cb-location and cb-category of a QR landing page win over attributes', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?cb-location=${encodeURIComponent('เสาเสียงตามสาย หมู่ 3 จุดที่ 12')}&cb-category=loudspeaker`,
    );
    const box = await mount({ view: 'form', category: 'roads' });
    const form = view(box, 'form');
    expect(byLabel<HTMLSelectElement>(form, 'หมวดหมู่').value).to.equal('loudspeaker');
    expect(byLabel(form, 'สถานที่หรือจุดสังเกต').value).to.equal('เสาเสียงตามสาย หมู่ 3 จุดที่ 12');
    expect(box.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
  });

  it('carries the asset of a QR landing page, from the attribute or the cb-asset URL parameter', async () => {
    const fromAttribute = await mount({ view: 'form', asset: 'LS-07' });
    expect((view(fromAttribute, 'form').host as unknown as { asset: string }).asset).to.equal('LS-07');
    unmountAll();
    history.replaceState(null, '', `${location.pathname}?cb-asset=BS-12`);
    const fromUrl = await mount({ view: 'form', asset: 'LS-07' });
    expect((view(fromUrl, 'form').host as unknown as { asset: string }).asset).to.equal('BS-12');
  });

  it('switches views with tabs by mouse and arrow keys, firing complaint-view-change only for the citizen', async () => {
    const box = await mount();
    const seen: string[] = [];
    document.addEventListener('complaint-view-change', (e) => seen.push(e.detail.view));
    const tabs = Array.from(box.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    tabs[2]!.click();
    await viewReady(box, 'feed');
    expect(tabs[2]!.getAttribute('aria-selected')).to.equal('true');
    tabs[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await viewReady(box, 'track');
    expect(deepActiveElement()).to.equal(tabs[1]);
    box.setAttribute('view', 'all'); // a property set by code is not an event
    await box.updateComplete;
    expect(seen).to.deep.equal(['feed', 'track']);
  });

  it('declares its theme as --complaint-box-* custom properties that the host page can override', async () => {
    const box = await mount();
    expect(getComputedStyle(box).getPropertyValue('--complaint-box-accent').trim()).to.equal('#0b57a4');
    box.style.setProperty('--complaint-box-accent', 'rgb(1, 2, 3)');
    const submit = view(box, 'form').querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(1, 2, 3)');
    box.setAttribute('theme', 'dark');
    box.style.removeProperty('--complaint-box-accent');
    await box.updateComplete;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(138, 180, 248)');
  });

  it('exposes ::part() names through its nested views', async () => {
    const style = document.createElement('style');
    style.textContent = 'complaint-box::part(submit) { border-top-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const box = await mount();
      const submit = view(box, 'form').querySelector('button[type="submit"]')!;
      expect(getComputedStyle(submit).borderTopColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('is not touched by hostile global CSS, and leaks none of its own', async () => {
    const style = document.createElement('style');
    style.textContent = `html { font-size: 10px } body { font-family: serif; letter-spacing: 3px; text-indent: 40px }
      button, input, label { color: rgb(255, 0, 0) !important; display: none !important; float: left }`;
    document.head.append(style);
    const outside = document.createElement('h2');
    document.body.append(outside);
    const before = getComputedStyle(outside).fontSize;
    try {
      const box = await mount();
      const form = view(box, 'form');
      const submit = form.querySelector('button[type="submit"]')!;
      expect(getComputedStyle(submit).display).to.not.equal('none');
      expect(getComputedStyle(submit).color).to.not.equal('rgb(255, 0, 0)');
      const root = box.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(root).fontSize).to.equal('16px');
      expect(getComputedStyle(root).letterSpacing).to.equal('normal');
      expect(getComputedStyle(root).fontFamily).to.equal('serif'); // the host's font, on purpose
      expect(getComputedStyle(outside).fontSize).to.equal(before);
    } finally {
      style.remove();
      outside.remove();
    }
  });

  it('survives the script being loaded twice: registration is guarded', async () => {
    const first = customElements.get('complaint-box');
    // A second copy of the registration module, as a page with two <script> tags (different URLs) would run.
    await import(/* @vite-ignore */ `../../widget/src/define.ts?again=${Date.now()}`);
    expect(customElements.get('complaint-box')).to.equal(first);
    const box = await mount();
    expect(view(box, 'form').querySelector('form')).to.not.equal(null);
  });

  it('shows an error with a retry when the site cannot be loaded, and reports complaint-error', async () => {
    const errors: { action: string; status: number }[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('complaint-error', listener);
    const box = document.createElement('complaint-box');
    box.setAttribute('site', 'no-such-site');
    box.setAttribute('endpoint', await serviceUrl());
    document.body.append(box);
    try {
      const alert = await waitFor(() => box.shadowRoot!.querySelector('[role="alert"]'), 'the error');
      expect(alert.textContent).to.contain('โหลดข้อมูลช่องทางรับเรื่องไม่สำเร็จ');
      expect(button(box.shadowRoot!, 'ลองอีกครั้ง')).to.not.equal(null);
      // The service sends no CORS headers for a site it does not know, so the browser reports no status.
      expect(errors[0]).to.include({ action: 'load' });
    } finally {
      document.removeEventListener('complaint-error', listener);
      box.remove();
    }
  });

  it('opens the track view from a tracking link in the fragment', async () => {
    history.replaceState(null, '', `${location.pathname}#cb-track=DEMO-2569-999999&cb-key=wrong-key`);
    const box = await mount();
    const track = await viewReady(box, 'track');
    expect(box.shadowRoot!.querySelector('#tab-track')!.getAttribute('aria-selected')).to.equal('true');
    await waitFor(() => track.querySelector('#track-error'), 'the refusal');
    expect(track.querySelector('#track-error')!.textContent).to.contain('ไม่พบเรื่อง');
  });
});
