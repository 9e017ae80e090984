// What a webmaster might add for analytics: listen to the widget's events (they bubble to document).
// Shown in the page's "events" box so the demo makes the contract visible. No inline script: CSP-safe.
const log = document.querySelector('#widget-events');
for (const name of ['complaint-submitted', 'complaint-error', 'complaint-view-change']) {
  document.addEventListener(name, (event) => {
    if (!log) return;
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString('th-TH')} ${name} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
