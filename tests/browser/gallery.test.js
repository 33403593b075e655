// The widget on a gallery of news pages written for the project
// (web/demo/gallery/, plus a generated 20,000-word page), in real Chromium
// through the one-tag embed: each page's claims and verdicts, nothing
// highlighted in page furniture, a popover that opens and closes from the
// keyboard, remove() restoring the page exactly, no long main-thread task,
// no request beyond factmark's own files, and a screenshot of each.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';

import { startServer } from '../../web/demo/server.js';
import { ROOT } from '../js/helpers.js';
import { launchChromium, watchPage } from './chromium.js';
import { writeLongPage } from './long-page.js';

const SCREENSHOTS = `${ROOT}build/screenshots/`;
const GENERATED = `${ROOT}build/gallery/`;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Each page and claims it must show (a prefix of the claim's text and its
// verdict); `root` is the article's selector, for comparing after remove().
const PAGES = [
  {
    page: 'classic.html', root: 'article', published: '2025-11-02',
    claims: [
      ['South Korean President Lee Jae Myung, who took office on June 4', 'supported'],
      ['Takaichi became Japan\'s first female prime minister in October 2025', 'supported'],
      ['Shigeru Ishiba, who took office on October 1, 2024', 'supported'],
      ['impeached Yoon on December 14', 'supported'],
    ],
  },
  {
    page: 'liveblog.html', root: '#live', published: '2025-05-08',
    claims: [
      ['17 days after the death of Pope Francis', 'supported'],
      ['Robert Prevost was elected pope on Thursday', 'supported'],
      ['Francis, elected on March 13, 2012', 'contradicted'],
    ],
  },
  {
    page: 'ads.html', root: 'article', published: '2024-11-09',
    claims: [
      ['Thirty-five years ago today, East Germany opened the Berlin Wall', 'supported'],
      ['Helmut Kohl led the country for 16 years', 'supported'],
      ['Mikhail Gorbachev, who became Soviet leader in 1984', 'contradicted'],
    ],
  },
  {
    page: 'spa.html', root: null, published: '2025-07-28', spa: true,
    // The story the app navigated to, checked as it arrived.
    claims: [
      ['Mark Carney was sworn in as prime minister on March 14, 2025', 'supported'],
      ['Justin Trudeau, who took office in November 2016', 'contradicted'],
    ],
  },
  {
    page: 'hostile-css.html', root: 'article', published: '2025-01-21',
    claims: [
      ['Donald Trump took office on January 20, 2025', 'supported'],
      ['President Jimmy Carter died on December 29, 2024', 'supported'],
    ],
    // Inside a <mark> the page hides: not read.
    absent: ['Joe Biden'],
  },
  {
    page: 'csp.html', root: 'article', published: '2025-05-07',
    claims: [
      ['Friedrich Merz was elected chancellor on May 6, 2025', 'supported'],
      ['Chancellor Angela Merkel', 'contradicted'],
    ],
  },
  {
    // The classic-script bundle, under the same strict CSP, for a CMS that
    // cannot load modules.
    page: 'classic-script.html', root: 'article', published: '2025-05-07',
    claims: [
      ['Friedrich Merz was elected chancellor on May 6, 2025', 'supported'],
      ['Chancellor Angela Merkel', 'contradicted'],
    ],
  },
  {
    page: 'rtl.html', root: 'article', published: '2025-03-04',
    claims: [['Benjamin Netanyahu returned to office in December 2022', 'supported']],
  },
  {
    page: 'nodate.html', root: 'article', published: null,
    claims: [['Prime Minister Keir Starmer took office on July 5, 2024', 'supported']],
  },
  {
    page: 'disagree.html', root: 'article', published: '2025-07-28',
    claims: [['President Lee Jae Myung took office on June 4', 'supported']],
  },
  {
    page: 'long.html', root: 'article', published: '2025-07-28', long: true,
    claims: [
      ['Keir Starmer took office on July 5, 2024', 'supported'],
      ['Donald Trump took office on January 21, 2017', 'contradicted'],
    ],
  },
];

// Elements whose text is not the article: nothing in them is highlighted.
const FURNITURE = 'nav, aside, footer, .comments, .related, .ad';

describe('the widget on the gallery pages in Chromium', () => {
  let server;
  let url;
  let browser;
  before(async () => {
    const words = await writeLongPage(GENERATED);
    assert.ok(words >= 20000, `${words} words`);
    ({ server, url } = await startServer({ port: 0, mounts: { '/generated/': GENERATED } }));
    browser = await launchChromium();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const fixture of PAGES) {
    it(fixture.page, async () => {
      const page = await browser.context.newPage();
      const { problems, requests } = watchPage(page);
      // Every long main-thread task, from the first byte.
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      });
      const address = fixture.long ? `${url}generated/long.html` : `${url}demo/gallery/${fixture.page}`;
      await page.goto(address);
      await page.waitForSelector('html[data-factmark]', { timeout: 60_000 });
      assert.equal(await page.getAttribute('html', 'data-factmark'), 'checked');
      if (fixture.spa) {
        await page.waitForSelector('html[data-spa="navigated"]');
        await page.waitForFunction(() => document.querySelectorAll('factmark-claim').length > 0 &&
          document.getElementById('app').textContent.includes('Carney') &&
          document.querySelector('#app factmark-claim'), null, { timeout: 20_000 });
      }

      // The claims and verdicts.
      const shown = await page.evaluate(() => window.factmark.annotation.claims
        .map((c) => ({ text: c.text.replace(/\s+/g, ' '), verdict: c.verdict })));
      for (const [prefix, verdict] of fixture.claims) {
        const claim = shown.find((c) => c.text.startsWith(prefix));
        assert.ok(claim, `${fixture.page}: no claim "${prefix}" in ${JSON.stringify(shown.slice(0, 12))}`);
        assert.equal(claim.verdict, verdict, `${fixture.page}: "${prefix}"`);
      }
      for (const prefix of fixture.absent ?? []) {
        assert.ok(!shown.some((c) => c.text.startsWith(prefix)), `${fixture.page}: "${prefix}" is not shown`);
      }
      const published = await page.evaluate(() => window.factmark.annotation.published.date);
      assert.equal(published, fixture.published);
      assert.equal(await page.locator(`:is(${FURNITURE}) factmark-claim`).count(), 0,
        'nothing highlighted in page furniture');
      const stops = await page.locator('factmark-claim[tabindex="0"]').count();
      assert.ok(stops > 0);

      // The badge counts; Enter opens the first claim's popover, Escape
      // closes it.
      const badge = await page.locator('factmark-ui .badge').textContent();
      assert.match(badge, /factmark checked \d+ claims?/);
      if (!fixture.published) assert.match(badge, /no published date/);
      const first = page.locator('factmark-claim[tabindex="0"]').first();
      await first.focus();
      await page.keyboard.press('Enter');
      const popover = page.locator('factmark-ui .popover');
      await popover.waitFor({ state: 'visible' });
      assert.match(await popover.textContent(), /(Supported|Contradicted|Not verifiable)/);
      await page.screenshot({ path: `${SCREENSHOTS}gallery-${fixture.page.replace('.html', '')}.png` });
      await page.keyboard.press('Escape');
      await popover.waitFor({ state: 'hidden' });

      // Stepping through claims with the badge's buttons.
      await page.locator('factmark-ui button[aria-label="Next claim"]').click();
      await popover.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');

      // remove() puts the page back exactly as it was served.
      if (fixture.root) {
        const same = await page.evaluate(async (selector) => {
          window.factmark.remove();
          const served = new DOMParser().parseFromString(
            await (await fetch(location.href)).text(), 'text/html');
          return {
            equal: served.querySelector(selector).innerHTML === document.querySelector(selector).innerHTML,
            left: document.querySelectorAll('factmark-claim, factmark-ui').length,
            marked: document.documentElement.hasAttribute('data-factmark'),
          };
        }, fixture.root);
        assert.deepEqual(same, { equal: true, left: 0, marked: false });
      }

      // The main thread was never blocked for long, and nothing was fetched
      // but the page and factmark's own files.
      const longTasks = await page.evaluate(() => window.__longTasks);
      if (fixture.long) {
        assert.ok(longTasks.every((ms) => ms <= 50), `long tasks: ${longTasks.join(', ')} ms`);
      }
      console.log(`# ${fixture.page}: ${shown.length} claims; long tasks: ${longTasks.join(', ') || 'none'}`);
      const origin = new URL(url).origin;
      for (const r of requests) {
        assert.ok(r.startsWith(origin), `request left the page's origin: ${r}`);
        assert.match(new URL(r).pathname, /^\/(src\/|dist\/|demo\/gallery\/|demo\/favicon\.svg|generated\/|favicon\.ico)/, r);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('has no accessibility violations in its UI (axe-core)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${url}demo/gallery/classic.html`);
    await page.waitForSelector('html[data-factmark="checked"]');
    await page.locator('factmark-claim[tabindex="0"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('factmark-ui .popover').waitFor({ state: 'visible' });
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(
        { include: [['factmark-ui'], ['factmark-claim']] },
        { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
});
