#!/usr/bin/env node
// Bundles the classic scripts: the saved-page viewer (web/src/viewer.js,
// into web/dist/factmark.viewer.js) and the embed (web/src/embed.js) with
// everything it imports, into web/dist/factmark.classic.js, for content
// systems that cannot load ES modules:
//
//   <script src="/factmark/dist/factmark.classic.js" data-root="article" defer></script>
//
// Module-relative URLs (the wasm, the timeline) resolve against the
// script's own address, taken while it runs. The check runs on the main
// thread in this build (a worker would need a second bundle).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The viewer inlined in saved pages' annotated copies (web/cli/saved-page.js).
await build({
  entryPoints: [`${ROOT}web/src/viewer.js`],
  outfile: `${ROOT}web/dist/factmark.viewer.js`,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
});

await build({
  entryPoints: [`${ROOT}web/src/embed.js`],
  outfile: `${ROOT}web/dist/factmark.classic.js`,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  banner: {
    js: 'var __factmarkScriptUrl=(document.currentScript&&document.currentScript.src)||location.href;',
  },
  define: {
    'import.meta.url': '__factmarkScriptUrl',
    'FACTMARK_CLASSIC': 'true',
  },
  // Node-only branches of the loader are never taken in a page.
  external: ['node:fs/promises'],
  logLevel: 'error',
});
