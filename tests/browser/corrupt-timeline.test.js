// A page whose timeline cannot be used, in real Chromium through the
// one-tag embed (its worker) and the classic script (the main thread): a
// damaged, a truncated and a missing timeline, and an article over the
// core's size limit, each leave <html
// data-factmark="failed">, a `factmark:error` event with the core's code
// and message, no highlight and no verdict, the page's own content as it
// was served, nothing in the console, and one quiet notice in the badge's
// place that says why and can be dismissed. A page with the good timeline
// is the control: the same article does get highlights there.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { startServer } from '../../web/demo/server.js';
import { ROOT, WORLD_TIMELINE } from '../js/helpers.js';
import { launchChromium, watchPage } from './chromium.js';

const GENERATED = `${ROOT}build/corrupt-timeline-pages/`;
const ARTICLE = `<article>
<h1>A year in Downing Street</h1>
<p>Prime Minister Keir Starmer took office on July 5, 2024, after the general election.</p>
<p>Joe Biden took office on January 20, 2021.</p>
</article>`;

// Over the core's 5 MiB limit once extracted: the one refusal a page's own
// text can draw (text from a page is always valid UTF-8).
const LONG_ARTICLE = `<article>\n${
  `<p>${'The council met on Tuesday and talked about the roads. '.repeat(1000)}</p>\n`.repeat(100)}</article>`;

function page(script, article = ARTICLE) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-07-05">
<title>A year in Downing Street</title>
<link rel="icon" href="/demo/favicon.svg">
${script}
</head><body>${article}</body></html>`;
}
const moduleTag = (timeline) =>
  `<script type="module" src="/dist/factmark.embed.js" data-timeline="${timeline}"></script>`;
const classicTag = (timeline) =>
  `<script src="/dist/factmark.classic.js" data-timeline="${timeline}" defer></script>`;

const DAMAGED = /^factmark could not check this page: its timeline is damaged\.$/;
const CASES = [
  {
    name: 'a damaged timeline, in the worker', page: 'damaged.html',
    tag: moduleTag('/generated/corrupt.timeline'),
    code: 'corrupt-data', message: /checksum mismatch/, notice: DAMAGED,
  },
  {
    name: 'a truncated timeline, in the worker', page: 'truncated.html',
    tag: moduleTag('/generated/truncated.timeline'),
    code: 'corrupt-data', message: /truncated or padded/, notice: DAMAGED,
  },
  {
    name: 'a damaged timeline, on the main thread (classic script)', page: 'damaged-classic.html',
    tag: classicTag('/generated/corrupt.timeline'),
    code: 'corrupt-data', message: /checksum mismatch/, notice: DAMAGED,
  },
  {
    name: 'an article longer than the core reads at once', page: 'too-long.html',
    tag: moduleTag('/dist/world.timeline'), article: LONG_ARTICLE,
    code: 'invalid-input', message: /factmark checks at most \d+ bytes/,
    notice: /^factmark could not check this page: the article is longer than factmark reads at once \(5 MiB\)\.$/,
  },
  {
    name: 'a missing timeline', page: 'missing.html',
    tag: moduleTag('/generated/missing.timeline'),
    code: 'fetch-failed', message: /HTTP 404/,
    notice: /^factmark could not check this page: its timeline could not be downloaded\.$/,
    // The browser itself reports the failed request; factmark adds nothing.
    expectedProblems: [/^404 .*\/generated\/missing\.timeline$/, /404 \(Not Found\)/],
  },
];

describe('a timeline that cannot be used, in Chromium', () => {
  let server;
  let url;
  let browser;
  before(async () => {
    await mkdir(GENERATED, { recursive: true });
    const world = await readFile(WORLD_TIMELINE);
    const damaged = Buffer.from(world);
    damaged[damaged.length >> 1] ^= 0x20;  // in the payload: the checksum sees it
    await writeFile(`${GENERATED}corrupt.timeline`, damaged);
    await writeFile(`${GENERATED}truncated.timeline`, world.subarray(0, world.length - 1000));
    for (const c of CASES) await writeFile(`${GENERATED}${c.page}`, page(c.tag, c.article));
    await writeFile(`${GENERATED}good.html`, page(moduleTag('/dist/world.timeline')));
    ({ server, url } = await startServer({ port: 0, mounts: { '/generated/': GENERATED } }));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(name) {
    const p = await browser.context.newPage();
    const watched = watchPage(p);
    await p.addInitScript(() => {
      window.__factmarkErrors = [];
      document.addEventListener('factmark:error', ({ detail }) => {
        window.__factmarkErrors.push({ code: detail?.code, message: String(detail?.message) });
      });
    });
    await p.goto(`${url}generated/${name}`);
    await p.waitForSelector('html[data-factmark]', { timeout: 60_000 });
    return { page: p, ...watched };
  }

  it('highlights the article with the good timeline (the control)', async () => {
    const { page: p, problems } = await open('good.html');
    assert.equal(await p.getAttribute('html', 'data-factmark'), 'checked');
    assert.ok(await p.locator('factmark-claim').count() > 0);
    assert.match(await p.locator('factmark-ui .badge').textContent(), /factmark checked \d+ claims?/);
    assert.equal(await p.locator('factmark-ui .notice').count(), 0);
    assert.deepEqual(await p.evaluate(() => window.__factmarkErrors), []);
    assert.deepEqual(problems, []);
    await p.close();
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const { page: p, problems } = await open(c.page);
      assert.equal(await p.getAttribute('html', 'data-factmark'), 'failed');

      // The error, for the page's own code, with the core's code and words.
      const errors = await p.evaluate(() => window.__factmarkErrors);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.equal(errors[0].code, c.code);
      assert.match(errors[0].message, c.message);

      // No verdict anywhere: no highlight, no popover, no counts.
      assert.equal(await p.locator('factmark-claim').count(), 0);
      assert.equal(await p.locator('factmark-ui .popover').count(), 0);
      assert.equal(await p.evaluate(() => window.factmark.annotation), null);

      // The quiet notice: one line in the badge's place, a polite status,
      // no dialog, and it says why.
      assert.equal(await p.locator('factmark-ui').count(), 1);
      const notice = p.locator('factmark-ui .badge.notice');
      await notice.waitFor({ state: 'visible' });
      assert.match((await notice.locator('[role="status"]').textContent()).trim(), c.notice);
      assert.equal(await p.locator('factmark-ui [role="dialog"], factmark-ui [role="alertdialog"]').count(), 0);

      // The page's own content is as it was served.
      const same = await p.evaluate(async () => {
        const served = new DOMParser().parseFromString(
          await (await fetch(location.href)).text(), 'text/html');
        return {
          article: served.querySelector('article').outerHTML === document.querySelector('article').outerHTML,
          title: served.title === document.title,
        };
      });
      assert.deepEqual(same, { article: true, title: true });

      // Nothing in the console but what the browser says of a failed request.
      const expected = c.expectedProblems ?? [];
      assert.deepEqual(problems.filter((m) => !expected.some((re) => re.test(m))), [], problems.join('\n'));

      // The reader can dismiss the notice; remove() clears the rest.
      await notice.getByRole('button', { name: 'Close' }).click();
      assert.equal(await p.locator('factmark-ui').count(), 0);
      await p.evaluate(() => window.factmark.remove());
      assert.equal(await p.getAttribute('html', 'data-factmark'), null);
      await p.close();
    });
  }

  it('takes the notice away with remove()', async () => {
    const { page: p } = await open('damaged.html');
    await p.locator('factmark-ui .badge.notice').waitFor({ state: 'visible' });
    await p.evaluate(() => window.factmark.remove());
    assert.equal(await p.locator('factmark-ui').count(), 0);
    await p.close();
  });
});
