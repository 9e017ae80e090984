// Serves the built widget (CORS-open, cached), the console shell and bundle, and the demo municipal page.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { join, relative } from 'node:path';
import type { AppDeps, AppEnv } from '../http/app-env.js';

/** Strict enough that a host copying it loses nothing: no inline script or style, no eval. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

const CONSOLE_SHELL = `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>ศูนย์รับเรื่องร้องเรียน — คอนโซลผู้ดูแล</title>
<script type="module" src="/console/complaint-console.js"></script>
</head>
<body>
<complaint-console></complaint-console>
<noscript>ต้องเปิดใช้ JavaScript เพื่อใช้งานคอนโซล / JavaScript is required for the console.</noscript>
</body>
</html>
`;

export function staticRoutes(deps: AppDeps) {
  // serveStatic wants a root relative to the working directory.
  const rootOf = (...parts: string[]) => relative(process.cwd(), join(deps.config.staticRoot, ...parts)) || '.';
  const widgetRoot = rootOf('dist', 'widget');
  const consoleRoot = rootOf('dist', 'console');
  const demoRoot = rootOf('demo');

  return new Hono<AppEnv>()
    .use('/widget/*', async (c, next) => {
      await next();
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
      // Chunks carry a content hash and never change; the entry keeps its name, so it is revalidated daily.
      const hashed = /-[A-Za-z0-9_-]{8}\.js(\.map)?$/.test(c.req.path);
      c.header(
        'Cache-Control',
        hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=86400, stale-while-revalidate=604800',
      );
    })
    .get(
      '/widget/*',
      serveStatic({ root: widgetRoot, precompressed: true, rewriteRequestPath: (p) => p.replace(/^\/widget/, '') }),
    )
    .get('/console', (c) => {
      c.header('Content-Security-Policy', PAGE_CSP);
      c.header('Cache-Control', 'no-store');
      return c.html(CONSOLE_SHELL);
    })
    .get(
      '/console/*',
      serveStatic({ root: consoleRoot, precompressed: true, rewriteRequestPath: (p) => p.replace(/^\/console/, '') }),
    )
    .use('/*', async (c, next) => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('Content-Security-Policy', PAGE_CSP);
    })
    .get('/*', serveStatic({ root: demoRoot }));
}
