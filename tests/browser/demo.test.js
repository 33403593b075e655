// The demo page in real Chromium: the widget loads the wasm and the timeline
// under a strict CSP, highlights each claim with its verdict, and keeps the
// page's own text intact.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { startServer } from '../../web/demo/server.js';
import { ROOT } from '../js/helpers.js';
import { launchChromium, watchPage } from './chromium.js';

const SCREENSHOTS = `${ROOT}build/screenshots/`;

describe('demo page in Chromium', () => {
  let server;
  let url;
  let browser;
  before(async () => {
    ({ server, url } = await startServer({ port: 0 }));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('highlights the claims with their verdicts', async () => {
    const page = await browser.context.newPage();
    const { problems, requests } = watchPage(page);

    await page.goto(`${url}demo/`);
    await page.waitForSelector('html[data-factmark]', { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'data-factmark'), 'checked',
      await page.textContent('#factmark-status'));

    const claims = await page.$$eval('factmark-claim', (marks) => marks.map((m) => ({
      verdict: m.getAttribute('data-verdict'),
      text: m.textContent,
      title: m.getAttribute('title'),
      underlined: getComputedStyle(m).textDecorationLine,
    })));
    const byVerdict = (v) => claims.filter((c) => c.verdict === v).map((c) => c.text).join('|');
    assert.match(byVerdict('supported'), /South Korean President Lee Jae Myung, who took office on June 4/);
    assert.match(byVerdict('supported'), /German Chancellor Friedrich Merz took office on May 6/);
    // The contradicted claim runs across an <em>: two highlight pieces.
    assert.equal(byVerdict('contradicted'),
      'British Prime Minister\n        Keir Starmer took office on |July 4, 2024');
    assert.equal(claims.find((c) => c.verdict === 'contradicted').title,
      'Contradicted by the timeline');
    assert.match(byVerdict('unverifiable'), /Boris Johnson took office on May 4, 2008/);
    // Styled from the widget's own stylesheet, which the CSP allows.
    assert.ok(claims.every((c) => c.underlined === 'underline'), JSON.stringify(claims));

    // Enter on the contradicted claim opens its explanation in the widget's
    // Shadow DOM; Escape closes it and gives focus back.
    const contradicted = page.locator('factmark-claim[data-verdict="contradicted"][tabindex="0"]');
    await contradicted.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('factmark-ui .popover');
    await popover.waitFor({ state: 'visible' });
    const explained = await popover.textContent();
    assert.match(explained, /Contradicted by the timeline/);
    assert.match(explained, /2024-07-05, 1 day later than the text says/);
    assert.match(explained, /Published date: 2025-07-29 \(from meta article:published_time\)/);
    assert.equal(await popover.locator('a').first().getAttribute('href'),
      'https://en.wikipedia.org/wiki/Keir_Starmer');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    assert.equal(await contradicted.evaluate((m) => m === document.activeElement), true);
    assert.match(await page.locator('factmark-ui .badge').textContent(),
      /factmark checked 8 claims: 4 supported, 1 contradicted, 3 unverifiable/);

    const status = await page.textContent('#factmark-status');
    assert.match(status, /checked 8 claims \(4 supported, 3 unverifiable, 1 contradicted\)/);
    assert.match(status, /published date 2025-07-29 from meta article:published_time/);
    assert.equal(await page.$eval('article', (a) => a.textContent.includes('Keir Starmer took office on July 4, 2024')), true);

    assert.deepEqual(problems, []);
    const origin = new URL(url).origin;
    assert.deepEqual(requests.filter((r) => !r.startsWith(origin)), [], 'no request leaves the page\'s origin');
    assert.ok(requests.some((r) => r.endsWith('/dist/factmark.wasm')));
    assert.ok(requests.some((r) => r.endsWith('/dist/world.timeline')));

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}demo.png`, fullPage: true });
    console.log(`# screenshot: ${SCREENSHOTS}demo.png`);
    await page.close();
  });
});
