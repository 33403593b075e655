// Starts Debian's Chromium through playwright-core, with the flags that work
// headless as root on a machine without outside network, and watches a page
// for errors and requests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.FACTMARK_CHROMIUM ?? '/usr/bin/chromium';

/** @param {{args?: string[]}} [options] more command-line flags */
export async function launchChromium({ args = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'factmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...args,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records what goes wrong on a page (console errors, uncaught exceptions,
 * responses of 400 and above) and every request it makes.
 * @param {import('playwright-core').Page} page
 */
export function watchPage(page) {
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  return { problems, requests };
}
