// Starts Debian's Chromium through playwright-core, with the flags that work
// headless as root on a machine without outside network.
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
