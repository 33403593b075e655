// The page stays safe, in real Chromium: a hostile timeline (markup in an
// event summary, an alias and the dataset's name) and a hostile page
// (markup and an attribute break-out in its text and attributes) never run
// a line of script or put an element into the page, factmark's UI links
// only to http(s) sources, and the page's own click handler, its copied
// text and its globals are as they were. The timeline compiler refuses a
// javascript: source, so the widget's side of that is fed through
// annotate() with a checker that returns such sources.
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { startServer } from '../../web/demo/server.js';
import { native, ROOT } from '../js/helpers.js';
import { launchChromium, watchPage } from './chromium.js';

const DIR = `${ROOT}build/safety/`;

// Each payload, if it ever ran, would say where it came from.
const img = (where) => `<img src=x onerror="window.__pwned='${where}'">`;
const BREAK_OUT = `" onmouseover="window.__pwned='attribute'" x="><img src=x onerror="window.__pwned='attribute-img'">`;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  .replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jsonl = (records) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

function timelineSources(source) {
  return {
    'dataset.json': JSON.stringify({
      name: `hostile-${img('dataset')}`, version: '1', coverage_end: '2025-12-31',
    }),
    'people.entities.jsonl': jsonl([
      { id: 'vera-quill', kind: 'person', name: 'Vera Quill', aliases: [img('alias')] },
    ]),
    'people.events.jsonl': jsonl([{
      id: 'vera-quill-died-2020', type: 'died', date: '2020-03-03',
      participants: [{ entity: 'vera-quill', role: 'subject' }],
      summary: `Vera Quill ${img('summary')} died.`, sources: [source],
    }]),
  };
}

async function compileTimeline(name, source) {
  const src = `${DIR}${name}/`;
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  for (const [file, text] of Object.entries(timelineSources(source))) await writeFile(src + file, text);
  return native(['compile-data', src, '-o', `${DIR}${name}.timeline`]);
}

const CSP = 'default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\'';

// The article: the alias as the page's own (escaped) text, the attribute
// break-out both as text and in a real attribute.
function articlePage({ widget, csp }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta property="article:published_time" content="2024-01-01T09:00:00Z">
  ${csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : ''}
  <title>Vera Quill remembered</title>
  <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
  <script src="./page.js"></script>
  ${widget ? '<script type="module" src="/dist/factmark.embed.js" data-root="article" data-timeline="/safety/hostile.timeline"></script>' : ''}
</head>
<body>
  <article>
    <h1>Vera Quill remembered</h1>
    <p id="plain">Vera Quill died on March 3, 2020, friends said.</p>
    <p id="alias" title="${escapeHtml(BREAK_OUT)}">The poet ${escapeHtml(img('alias'))} died on March 3, 2020.</p>
    <p id="quote">Her last line, ${escapeHtml(BREAK_OUT)}, was written before Vera Quill died on March 3, 2020.</p>
  </article>
</body>
</html>
`;
}

// The page's own script, before factmark: its globals (var, so they are
// on window before the snapshot), a click handler, and every CSP violation.
const PAGE_SCRIPT = `
var keysBeforeFactmark = Object.keys(window);
var paragraphClicks = 0;
var policyViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  policyViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
document.addEventListener('DOMContentLoaded', function () {
  document.getElementById('alias').addEventListener('click', function () { paragraphClicks += 1; });
});
`;

// Sources the compiler would refuse, handed to the UI directly: the URL
// parser lower-cases schemes and drops tabs and leading spaces, so these
// are all javascript: or data: (or no URL at all) to a browser.
const UNSAFE_SOURCES = [
  'javascript:window.__pwned=\'javascript\'',
  ' JavaScript:window.__pwned=\'mixed-case\'',
  'java\tscript:window.__pwned=\'tab\'',
  'data:text/html,<script>window.__pwned=\'data\'</script>',
  '//example.org/no-scheme',
  'vbscript:msgbox(1)',
];
const SAFE_SOURCES = ['https://example.org/a', 'http://example.org/b'];

// The popover shows four records a claim: two claims of four sources each.
const EVIDENCE_SCRIPT = `
import { annotate } from '/src/annotate.js';
const sources = ${JSON.stringify([...UNSAFE_SOURCES, ...SAFE_SOURCES])};
const said = ['Vera Quill died on March 3, 2020', 'Ada Quill died on March 4, 2020'];
const checker = {
  check(text, { published }) {
    const dataset = { name: 'stub', version: '1' };
    return {
      published, dataset, datasets: [dataset],
      claims: said.map((claim, c) => {
        const start = text.indexOf(claim);
        return {
          start, end: start + claim.length, text: claim, kind: 'event-date', verdict: 'supported',
          claimed: { value: '2020-03-0' + (3 + c), precision: 'day' },
          evidence: sources.slice(c * 4, c * 4 + 4).map((source, i) => ({
            id: 'e' + i, type: 'died', date: '2020-03-03', summary: 'record ' + i, source, dataset: 'stub',
          })),
          explanation: 'stub',
        };
      }),
    };
  },
};
annotate(document.querySelector('article'), { checker, observe: false })
  .then(() => { document.documentElement.dataset.factmark = 'checked'; });
`;

const EVIDENCE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sources</title>
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
<script type="module" src="./evidence.js"></script></head>
<body><article>
  <p>Vera Quill died on March 3, 2020. Ada Quill died on March 4, 2020.</p>
</article></body>
</html>
`;

describe('the page stays safe in Chromium', () => {
  let server;
  let url;
  let browser;
  before(async () => {
    await mkdir(DIR, { recursive: true });
    const compiled = await compileTimeline('hostile', 'https://example.org/vera-quill');
    assert.equal(compiled.code, 0, compiled.stderr);
    await writeFile(`${DIR}page.js`, PAGE_SCRIPT);
    await writeFile(`${DIR}plain.html`, articlePage({ widget: false, csp: false }));
    await writeFile(`${DIR}hostile.html`, articlePage({ widget: true, csp: false }));
    await writeFile(`${DIR}csp.html`, articlePage({ widget: true, csp: true }));
    await writeFile(`${DIR}evidence.js`, EVIDENCE_SCRIPT);
    await writeFile(`${DIR}evidence.html`, EVIDENCE_PAGE);
    ({ server, url } = await startServer({ port: 0, mounts: { '/safety/': DIR } }));
    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('compile-data refuses a source that is not an http(s) URL', async () => {
    for (const source of ['javascript:window.__pwned=1', 'data:text/html,x', 'ftp://example.org/x']) {
      const refused = await compileTimeline('refused', source);
      assert.equal(refused.code, 1, source);
      assert.match(refused.stderr, /is not an http\(s\) URL/, source);
    }
  });

  // Selects a paragraph and copies it as a reader would; returns the
  // clipboard's text.
  async function copyParagraph(page, selector) {
    await page.evaluate((s) => {
      window.getSelection().selectAllChildren(document.querySelector(s));
    }, selector);
    await page.keyboard.press('Control+C');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  let copiedWithout = null;
  it('a page without factmark: what a reader copies', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${url}safety/plain.html`);
    copiedWithout = await copyParagraph(page, '#alias');
    assert.match(copiedWithout, /The poet <img src=x onerror=/);
    await page.close();
  });

  for (const variant of ['hostile.html', 'csp.html']) {
    it(`${variant}: nothing runs, nothing is linked but http(s), the page behaves as before`, async () => {
      const page = await browser.context.newPage();
      const { problems } = watchPage(page);
      await page.goto(`${url}safety/${variant}`);
      await page.waitForSelector('html[data-factmark]', { timeout: 60_000 });
      assert.equal(await page.getAttribute('html', 'data-factmark'), 'checked');

      // The hostile strings are read: the alias's claim is highlighted.
      const claims = await page.evaluate(() => window.factmark.annotation.claims.map((c) => c.text));
      assert.ok(claims.some((c) => c.includes('onerror="window.__pwned=\'alias\'"')), JSON.stringify(claims));
      const marks = page.locator('#alias factmark-claim');
      assert.ok(await marks.count() > 0);

      // Every claim's popover, where the summary and the dataset's name go.
      const popover = page.locator('factmark-ui .popover');
      const shown = [];
      for (let i = 0; i < claims.length; i++) {
        await page.evaluate((n) => window.factmark.annotation.ui.open(n), i);
        await popover.waitFor({ state: 'visible' });
        shown.push(await popover.textContent());
      }
      await page.keyboard.press('Escape');

      // The page's handler, on a highlight and beside it; then a copy.
      await marks.first().click();
      await marks.first().click();
      await page.locator('#alias').click({ position: { x: 2, y: 2 } });
      const clicks = await page.evaluate(() => window.paragraphClicks);
      await page.keyboard.press('Escape');
      const copied = await copyParagraph(page, '#alias');

      const found = await page.evaluate(() => {
        const shadow = document.querySelector('factmark-ui').shadowRoot;
        return {
          pwned: window.__pwned ?? null,
          imagesInArticle: document.querySelectorAll('article img').length,
          imagesInUI: shadow.querySelectorAll('img').length,
          elementsInMarks: document.querySelectorAll('factmark-claim *').length,
          links: [...shadow.querySelectorAll('a')].map((a) => a.href),
          newGlobals: Object.keys(window).filter((k) => !window.keysBeforeFactmark.includes(k)),
          violations: window.policyViolations,
          breakOutKept: document.getElementById('alias').getAttribute('title'),
        };
      });
      assert.deepEqual(found, {
        pwned: null,
        imagesInArticle: 0,
        imagesInUI: 0,
        elementsInMarks: 0,
        links: ['https://example.org/vera-quill'],  // the last popover's one record
        newGlobals: ['factmark'],
        violations: [],
        breakOutKept: BREAK_OUT,
      });
      // Shown, as text.
      for (const text of shown) {
        assert.ok(text.includes(img('summary')) && text.includes(img('dataset')), text);
      }
      assert.equal(clicks, 3, 'the page\'s click handler fires once a click');
      assert.equal(copied, copiedWithout);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('a source that is not http(s) is shown as text, never as a link', async () => {
    const page = await browser.context.newPage();
    const { problems } = watchPage(page);
    await page.goto(`${url}safety/evidence.html`);
    await page.waitForSelector('html[data-factmark="checked"]', { timeout: 60_000 });
    const popover = page.locator('factmark-ui .popover');
    const links = [];
    let shown = '';
    for (const mark of await page.locator('factmark-claim').all()) {
      await mark.click();
      await popover.waitFor({ state: 'visible' });
      shown += await popover.textContent();
      links.push(...await popover.locator('a').evaluateAll((as) => as.map((a) => a.href)));
      // Clicking each source shown as text: had it been a link, this is
      // where its script would run.
      for (const item of await popover.locator('li > span').all()) await item.click();
      await page.keyboard.press('Escape');
    }
    assert.deepEqual(links, SAFE_SOURCES);
    for (const source of UNSAFE_SOURCES) assert.ok(shown.includes(source), `${source} is shown as text`);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
