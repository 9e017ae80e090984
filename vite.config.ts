// Builds the two browser bundles the service serves: the embeddable widget and the moderation console.
// Each is one self-contained ES module (Lit included) so a host page needs a single <script> tag.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes .br and .gz beside every script and stylesheet, at the highest settings, once at build time: the service
 * serves them as they are (serveStatic's `precompressed`), instead of compressing the same bytes on each request.
 */
function precompress(): Plugin {
  return {
    name: 'complaint-box-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        const path = join(options.dir!, fileName);
        writeFileSync(`${path}.br`, brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

const bundles = {
  widget: { entry: 'widget/src/complaint-box.ts', fileName: 'complaint-box', outDir: 'dist/widget' },
  console: { entry: 'console/src/complaint-console.ts', fileName: 'complaint-console', outDir: 'dist/console' },
} as const;

export default defineConfig(({ mode }) => {
  const bundle = mode === 'console' ? bundles.console : bundles.widget;
  return {
    publicDir: false,
    plugins: [precompress()],
    build: {
      outDir: bundle.outDir,
      emptyOutDir: true,
      target: 'es2021',
      // Source maps only when asked for (SOURCEMAPS=true npm run build): served publicly they give away the source.
      sourcemap: process.env.SOURCEMAPS === 'true',
      lib: { entry: bundle.entry, formats: ['es'], fileName: () => `${bundle.fileName}.js` },
      // Library mode keeps whitespace in ES output by default; these bundles go straight to browsers.
      rolldownOptions: { output: { minify: true } },
    },
  };
});
