// A saved page's annotated copy (`factmark check PAGE.html --out
// COPY.html`), opened in Chromium from file:// with every network request
// blocked: the highlights are there and a popover explains a claim.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { ROOT } from '../js/helpers.js';
import { launchChromium } from './chromium.js';

const run = promisify(execFile);
const OUT = `${ROOT}build/saved/`;

describe('a saved page\'s annotated copy, offline', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
    await mkdir(OUT, { recursive: true });
  });
  after(async () => browser?.close());

  it('shows highlights and popovers from file:// with the network off', async () => {
    const copy = `${OUT}classic.checked.html`;
    await run(process.execPath, [`${ROOT}web/cli/factmark.js`, 'check',
      `${ROOT}web/demo/gallery/classic.html`, '--out', copy]);
    const { size } = await stat(copy);
    console.log(`# annotated copy of classic.html: ${(size / 1e6).toFixed(2)} MB`);

    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const blocked = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(`file://${copy}`);
    await page.waitForSelector('html[data-factmark="checked"]');
    const claims = await page.$$eval('factmark-claim[tabindex="0"]', (marks) => marks.map((m) => m.getAttribute('data-verdict')));
    assert.ok(claims.length >= 5, JSON.stringify(claims));
    assert.ok(claims.includes('supported'));
    const first = page.locator('factmark-claim[tabindex="0"]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('factmark-ui .popover');
    await popover.waitFor({ state: 'visible' });
    const text = await popover.textContent();
    assert.match(text, /Supported by the timeline/);
    assert.match(text, /Published date: 2025-11-02 \(from meta article:published_time\)/);
    await page.screenshot({ path: `${ROOT}build/screenshots/saved-page.png` });
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked.filter((u) => !u.startsWith('data:')), [], 'no request was needed');
    await page.close();
  });

  it('says which inputs are not read yet', async () => {
    await assert.rejects(
      run(process.execPath, [`${ROOT}web/cli/factmark.js`, 'check', `${ROOT}README.md.mhtml`, '--out', `${OUT}x.html`]),
      (error) => error.code === 1 && /MHTML .* is not read yet; save the page as "Web page, complete"/.test(error.stderr));
  });
});
