// Builds the two browser bundles the service serves: the embeddable widget and the moderation console.
// Each is one self-contained ES module (Lit included) so a host page needs a single <script> tag.
import { defineConfig } from 'vite';

const bundles = {
  widget: { entry: 'widget/src/complaint-box.ts', fileName: 'complaint-box', outDir: 'dist/widget' },
  console: { entry: 'widget/src/complaint-console.ts', fileName: 'complaint-console', outDir: 'dist/console' },
} as const;

export default defineConfig(({ mode }) => {
  const bundle = mode === 'console' ? bundles.console : bundles.widget;
  return {
    publicDir: false,
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
