#!/usr/bin/env node
// Builds the browser extension (web/extension/, Manifest V3) into a folder
// that loads unpacked, build/extension/, and a package for the stores,
// build/factmark-extension.zip.
//
//   node scripts/build-extension.js [--test-host URL]
//
// --test-host grants the extension that host outright (and builds into
// build/extension-test/), so a test can check pages without the toolbar
// click that grants activeTab to a reader.
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { zip } from './zip.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${ROOT}web/extension/`;
const testHost = process.argv.includes('--test-host')
  ? process.argv[process.argv.indexOf('--test-host') + 1] : null;
const OUT = `${ROOT}build/${testHost ? 'extension-test' : 'extension'}/`;

await rm(OUT, { recursive: true, force: true });
await mkdir(`${OUT}dist`, { recursive: true });

// The loader's Node-only branch is never taken in a browser.
const common = { bundle: true, target: 'es2022', minify: true, legalComments: 'none', logLevel: 'error',
  external: ['node:fs/promises'] };
await build({ ...common, entryPoints: [`${SOURCE}background.js`], outfile: `${OUT}background.js`, format: 'esm' });
await build({ ...common, entryPoints: [`${SOURCE}content.js`], outfile: `${OUT}content.js`, format: 'iife' });
for (const page of ['popup', 'options']) {
  await build({ ...common, entryPoints: [`${SOURCE}${page}.js`], outfile: `${OUT}${page}.js`, format: 'esm' });
}
for (const file of ['popup.html', 'options.html', 'extension.css']) await cp(`${SOURCE}${file}`, `${OUT}${file}`);
for (const file of ['factmark.wasm', 'world.timeline']) await cp(`${ROOT}web/dist/${file}`, `${OUT}dist/${file}`);

const manifest = JSON.parse(await readFile(`${SOURCE}manifest.json`, 'utf8'));
manifest.version = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')).version;
if (testHost) manifest.host_permissions = [testHost];
await writeFile(`${OUT}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);

if (!testHost) {
  const files = [];
  const walk = async (dir, prefix = '') => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) await walk(`${dir}${entry.name}/`, `${prefix}${entry.name}/`);
      else files.push({ name: `${prefix}${entry.name}`, data: await readFile(`${dir}${entry.name}`) });
    }
  };
  await walk(OUT);
  await writeFile(`${ROOT}build/factmark-extension.zip`, zip(files));
}
console.log(`built ${OUT}`);
