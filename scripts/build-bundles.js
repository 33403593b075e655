#!/usr/bin/env node
// Bundles the widget for pages, minified, into web/dist/:
//
// - factmark.embed.js: the one-tag embed (web/src/embed.js) with everything
//   it imports, as one ES module, and worker.js, the check's worker with the
//   loader and the Emscripten glue: one request each where the sources
//   would take a dozen, one after another.
//
//     <script type="module" src="/factmark/dist/factmark.embed.js" data-root="article"></script>
//
// - factmark.classic.js: the same embed as a classic script, for content
//   systems that cannot load ES modules. Module-relative URLs (the wasm, the
//   timeline) resolve against the script's own address, taken while it runs;
//   the check runs on the main thread (a worker would need a second bundle).
//
//     <script src="/factmark/dist/factmark.classic.js" data-root="article" defer></script>
//
// - factmark.viewer.js: the viewer inlined in saved pages' annotated copies
//   (web/cli/saved-page.js).
//
// The embed bundle finds its worker as web/src/embed.js does, at
// ./worker.js beside itself, and the wasm and the timeline at ../dist/.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const common = {
  bundle: true,
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  // Node-only branches of the loader are never taken in a page.
  external: ['node:fs/promises'],
  logLevel: 'error',
};

// The loader and the glue go in one chunk shared by the worker and the
// main-thread fallback; its name carries a hash, so old ones are removed.
for (const old of readdirSync(`${ROOT}web/dist`)) {
  if (/^factmark\.chunk-.*\.js$/.test(old)) rmSync(`${ROOT}web/dist/${old}`);
}
await build({
  ...common,
  entryPoints: { 'factmark.embed': `${ROOT}web/src/embed.js`, worker: `${ROOT}web/src/worker.js` },
  outdir: `${ROOT}web/dist`,
  chunkNames: 'factmark.chunk-[hash]',
  format: 'esm',
  splitting: true,
});

await build({
  ...common,
  entryPoints: [`${ROOT}web/src/viewer.js`],
  outfile: `${ROOT}web/dist/factmark.viewer.js`,
  format: 'iife',
});

await build({
  ...common,
  entryPoints: [`${ROOT}web/src/embed.js`],
  outfile: `${ROOT}web/dist/factmark.classic.js`,
  format: 'iife',
  banner: {
    js: 'var __factmarkScriptUrl=(document.currentScript&&document.currentScript.src)||location.href;',
  },
  define: {
    'import.meta.url': '__factmarkScriptUrl',
    'FACTMARK_CLASSIC': 'true',
  },
});
