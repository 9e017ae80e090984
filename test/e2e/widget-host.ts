// A host page on another origin, as a municipality's own site would be: hostile global CSS and a strict CSP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const HOSTILE_CSS = `* { margin: 0; padding: 0; box-sizing: content-box }
html { font-size: 62.5% } body { font: 11px/1.1 Tahoma, Loma, sans-serif; letter-spacing: 1px; text-align: justify; color: #444 }
input, select, textarea, button { width: 120px !important; font-size: 9px !important; display: inline !important; background: yellow }
label { float: left; width: 60px; color: red; display: none } h2 { font-size: 40px; color: green }
p { text-indent: 3em } [hidden] { display: block } div { border: 1px dotted red }`;

export interface WidgetHost {
  url: string;
  close(): Promise<void>;
}

/** Serves `/` embedding the widget from `serviceUrl` exactly as the README says, with `attributes` on the element. */
export async function startWidgetHost(serviceUrl: string, attributes = 'site="demo"'): Promise<WidgetHost> {
  const csp = [
    "default-src 'none'",
    `script-src ${serviceUrl}`,
    `connect-src ${serviceUrl}`,
    "style-src 'self'",
    `img-src 'self' ${serviceUrl} blob:`,
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/hostile.css') {
      response.writeHead(200, { 'Content-Type': 'text/css' }).end(HOSTILE_CSS);
      return;
    }
    const lang = path === '/en' ? 'en' : 'th';
    const extra = lang === 'en' ? ' lang="en"' : '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp })
      .end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title><link rel="stylesheet" href="/hostile.css"></head>
<body><h2>เทศบาลทดสอบ</h2><p>หน้าเว็บของเทศบาลที่มี CSS เก่า</p>
<script type="module" src="${serviceUrl}/widget/complaint-box.js"></script>
<complaint-box ${attributes}${extra}></complaint-box>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
