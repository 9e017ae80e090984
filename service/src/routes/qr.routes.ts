// /qr/:site/:code: the landing page a fixed asset's QR code opens — the widget preset to that asset.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { presetLocation } from '../domain/asset-code.js';
import { findAssetByCode } from '../storage/asset.repository.js';
import { findSiteBySlug, listCategories } from '../storage/site.repository.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { PAGE_CSP } from './static.routes.js';

const STYLES = `body{margin:0;font-family:system-ui,"Noto Sans Thai",sans-serif;background:#f6f4ef;color:#1d1d1d}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.25rem;margin:.5rem 0}
.asset{background:#fff;border-left:4px solid #7a1f1f;padding:.5rem .75rem;margin:0 0 1rem}
.code{font-family:ui-monospace,monospace}
`;

/** Every value is escaped by hono's `html` template, never by hand. */
function page(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return html`<!doctype html>
    <html lang="th">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="/qr/landing.css" />
        <script type="module" src="/widget/complaint-box.js"></script>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html> `;
}

export function qrRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use('*', async (c, next) => {
      await next();
      c.header('Content-Security-Policy', PAGE_CSP);
    })
    .get('/landing.css', (c) => {
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8' });
    })
    .get('/:site/:code', async (c) => {
      const site = await findSiteBySlug(deps.db.kysely, c.req.param('site'));
      const asset = site && (await findAssetByCode(deps.db.kysely, site.id, c.req.param('code').toUpperCase()));
      c.header('Cache-Control', 'public, max-age=300');
      if (!site || !asset || !asset.active) {
        const text = 'ไม่พบจุดที่สแกน อาจถูกยกเลิกแล้ว กรุณาติดต่อเทศบาล / This QR code is not (or no longer) in use.';
        return c.html(
          page(
            'QR',
            html`<h1>${site?.name ?? 'complaint-box'}</h1>
              <p>${text}</p>`,
          ),
          404,
        );
      }
      const category =
        asset.categoryId === null
          ? undefined
          : (await listCategories(deps.db.kysely, site.id)).find((cat) => cat.id === asset.categoryId);
      const location = presetLocation(asset);
      // The widget sends `asset` with the post, so the case records the pole it came from.
      const body = html`<h1>${site.name}</h1>
        <p class="asset">
          แจ้งปัญหาที่ <strong>${asset.name}</strong>${asset.locationText ? html` — ${asset.locationText}` : ''} <br /><span
            class="code"
            >รหัสจุด / Asset code: ${asset.code}</span
          >
        </p>
        <complaint-box
          site="${site.slug}"
          view="form"
          kind="complaint"
          category="${category?.code ?? ''}"
          location="${location}"
          asset="${asset.code}"
        ></complaint-box>
        <noscript>ต้องเปิดใช้ JavaScript / JavaScript is required. ${location}</noscript>`;
      return c.html(page(`แจ้งปัญหา: ${asset.name} — ${site.name}`, body));
    });
}
