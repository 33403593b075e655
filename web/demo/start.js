// `npm start`: serve the demo, and print the claims factmark finds in it,
// found by the widget's own annotate() on the page's DOM.
import { readFile } from 'node:fs/promises';

import { JSDOM } from 'jsdom';

import { annotate } from '../src/annotate.js';
import { loadChecker } from '../src/loader.js';
import { startServer } from './server.js';

function portFromArgs(argv) {
  const at = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const value = at < 0 ? process.env.PORT : argv[at].split('=')[1] ?? argv[at + 1];
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid port "${value}": give --port N (0-65535) or PORT=N`);
  }
  return port;
}

async function printDemoClaims(url) {
  const html = await readFile(new URL('./index.html', import.meta.url), 'utf8');
  const { document } = new JSDOM(html).window;
  const checker = await loadChecker();
  const { result, published } = await annotate(document.querySelector('article'), { checker });
  checker.delete();
  console.log(`factmark demo: ${url}demo/`);
  console.log(`published ${published.date} (${published.signal}); ` +
    `timeline ${result.dataset.name} ${result.dataset.version}, ${result.dataset.events} events`);
  for (const claim of result.claims) {
    console.log(`  [${claim.verdict}] ${claim.text.replace(/\s+/g, ' ')}`);
    console.log(`      ${claim.explanation}`);
  }
}

let port;
try {
  port = portFromArgs(process.argv.slice(2));
} catch (error) {
  console.error(`factmark: ${error.message}`);
  process.exit(2);
}
let started;
try {
  started = await startServer({ port });
} catch (error) {
  console.error(`factmark: cannot serve on port ${port}: ${error.message}` +
    (error.code === 'EADDRINUSE' ? ' (in use: give another with --port N or PORT=N)' : ''));
  process.exit(1);
}
await printDemoClaims(started.url);
console.log('Serving until stopped (Ctrl-C).');
