// The browser extension in Chromium (Manifest V3, loaded unpacked): its
// popup checks a news page and shows the summary, turns the highlights off,
// and its options page loads a reader's own timeline that changes a
// verdict. The extension is built with the test server's host granted, as
// a reader's toolbar click would grant activeTab.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { startServer } from '../../web/demo/server.js';
import { NATIVE_CLI, ROOT } from '../js/helpers.js';
import { launchChromium } from './chromium.js';

const run = promisify(execFile);
const EXTENSION = `${ROOT}build/extension-test/`;
const GENERATED = `${ROOT}build/extension-pages/`;

// A reader's own timeline: the Mayor of London, which factmark's does not list.
async function compileOwnTimeline() {
  const dir = `${GENERATED}own/`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}dataset.json`, JSON.stringify({
    name: 'reader-notes', version: '1', coverage_end: '2025-12-31',
    description: 'A reader\'s own records for the extension test.',
  }));
  await writeFile(`${dir}london.entities.jsonl`, [
    { id: 'united-kingdom', kind: 'country', name: 'United Kingdom' },
    { id: 'boris-johnson', kind: 'person', name: 'Boris Johnson', surname: 'Johnson' },
    { id: 'mayor-of-london', kind: 'office', name: 'Mayor of London', jurisdiction: 'united-kingdom',
      titles: ['Mayor of London'] },
  ].map((o) => JSON.stringify(o)).join('\n') + '\n');
  await writeFile(`${dir}london.terms.jsonl`, `${JSON.stringify({
    office: 'mayor-of-london', holder: 'boris-johnson', start: '2008-05-04', end: '2016-05-09',
    began: 'election', ended: 'term-end', sources: ['https://en.wikipedia.org/wiki/Mayor_of_London'],
  })}\n`);
  // Each timeline carries the words its claims are read by.
  await writeFile(`${dir}lexicon.triggers.tsv`, 'took-office\ttook office\n');
  await run(NATIVE_CLI, ['compile-data', dir, '-o', `${GENERATED}own.timeline`]);
  // A news page as a reader meets it: the gallery's classic page without
  // the site's own factmark embed.
  const classic = await readFile(`${ROOT}web/demo/gallery/classic.html`, 'utf8');
  await writeFile(`${GENERATED}classic.html`, classic
    .replace(/<script type="module" src="[^"]*embed\.js"><\/script>\n?/, '')
    .replace(/href="\.\/gallery\.css"/, 'href="/demo/gallery/gallery.css"')
    .replace(/href="\.\.\/favicon\.svg"/, 'href="/demo/favicon.svg"'));
  await writeFile(`${GENERATED}mayor.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-07-28"><title>City Hall</title></head>
<body><article><h1>City Hall at twenty-five</h1>
<p>Boris Johnson took office as Mayor of London on May 4, 2008.</p>
<p>Prime Minister Keir Starmer took office on July 5, 2024.</p></article></body></html>`);
}

describe('the browser extension in Chromium', () => {
  let server;
  let url;
  let browser;
  let extensionId;
  let worker;
  before(async () => {
    await compileOwnTimeline();
    ({ server, url } = await startServer({ port: 0, mounts: { '/generated/': GENERATED } }));
    await run(process.execPath, [`${ROOT}scripts/build-extension.js`, '--test-host', `${url}*`]);
    browser = await launchChromium({
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    });
    worker = browser.context.serviceWorkers()[0] ??
      await browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
    extensionId = new URL(worker.url()).host;
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function tabIdOf(pageUrl) {
    return worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, pageUrl);
  }

  async function checkWithPopup(pageUrl) {
    const tab = await browser.context.newPage();
    await tab.goto(pageUrl);
    const tabId = await tabIdOf(pageUrl);
    assert.ok(tabId, 'the tab is known to the extension');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    // Opening the popup (the toolbar button) checks the page.
    await popup.waitForSelector('html[data-state="checked"]', { timeout: 30_000 });
    return { tab, popup };
  }

  it('checks a news page from the popup and turns its highlights off', async () => {
    const { tab, popup } = await checkWithPopup(`${url}generated/classic.html`);
    const summary = await popup.textContent('#summary');
    assert.match(summary, /factmark checked 7 claims: 6 supported, 1 unverifiable/);
    assert.match(await popup.textContent('#dataset'), /factmark-world 2026\.11\.27/);
    const verdicts = await tab.$$eval('factmark-claim[tabindex="0"]', (m) => m.map((e) => e.getAttribute('data-verdict')));
    assert.equal(verdicts.length, 7);
    assert.equal(await tab.locator('nav factmark-claim, aside factmark-claim, .comments factmark-claim').count(), 0);
    // The popover works in the page, from the keyboard.
    await tab.locator('factmark-claim[tabindex="0"]').first().focus();
    await tab.keyboard.press('Enter');
    await tab.locator('factmark-ui .popover').waitFor({ state: 'visible' });
    // Off from the popup.
    await popup.click('#toggle');
    await tab.waitForFunction(() => [...document.querySelectorAll('factmark-claim')].every((m) => m.hasAttribute('data-off')));
    await popup.screenshot({ path: `${ROOT}build/screenshots/extension-popup.png` });
    await tab.screenshot({ path: `${ROOT}build/screenshots/extension-page.png` });
    await tab.close();
    await popup.close();
  });

  it('uses a timeline loaded on the options page, which changes a verdict', async () => {
    const page = `${url}generated/mayor.html`;
    const verdictOfMayor = async (tab) => tab.$eval('factmark-claim[tabindex="0"]',
      (m) => m.getAttribute('data-verdict'));
    let { tab, popup } = await checkWithPopup(page);
    assert.equal(await verdictOfMayor(tab), 'unverifiable');
    await tab.close();
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('html[data-ready]');
    await options.setInputFiles('#timeline', `${GENERATED}own.timeline`);
    await options.waitForFunction(() => /Using own\.timeline beside/.test(document.getElementById('timeline-status').textContent));

    ({ tab, popup } = await checkWithPopup(page));
    assert.equal(await verdictOfMayor(tab), 'supported');
    assert.match(await popup.textContent('#dataset'), /factmark-world 2026\.11\.27, reader-notes 1/);
    // A corrupt file is refused and the loaded one kept.
    await writeFile(`${GENERATED}broken.timeline`, 'not a timeline');
    await options.setInputFiles('#timeline', `${GENERATED}broken.timeline`);
    await options.waitForFunction(() => /cannot be used/.test(document.getElementById('timeline-status').textContent));
    await options.screenshot({ path: `${ROOT}build/screenshots/extension-options.png` });
    await Promise.all([tab.close(), popup.close(), options.close()]);
  });
});
