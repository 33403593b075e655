// Extraction and highlighting on a real DOM implementation (jsdom); the same
// code runs in the browser test against Chromium.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';

import { JSDOM } from 'jsdom';

import { annotate } from '../../web/src/annotate.js';
import { extractText } from '../../web/src/extract.js';
import { highlightClaims, HIGHLIGHT_TAG } from '../../web/src/highlight.js';
import { loadChecker } from '../../web/src/loader.js';
import { findPublishedDate } from '../../web/src/published.js';
import { ROOT } from './helpers.js';

const dom = (html) => new JSDOM(html).window.document;

// Every node under root with its text or attributes, to compare DOMs exactly.
function snapshot(root) {
  const nodes = [];
  const walker = root.ownerDocument.createTreeWalker(root);
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    nodes.push([n, n.nodeType === 3 ? n.data : n.outerHTML]);
  }
  return nodes;
}

describe('extractText', () => {
  it('separates blocks and maps offsets back to text nodes', () => {
    const document = dom(`<article><h1>Title</h1><p>One <a href="#">link</a> here.</p>
      <script>var x = "not text";</script><p hidden>hidden</p><p aria-hidden="true">aria</p>
      <ul><li>Item</li></ul></article>`);
    const { text, segments } = extractText(document.querySelector('article'));
    assert.equal(text, 'Title\n\nOne link here.\n\nItem');
    for (const { node, start } of segments) {
      assert.equal(text.slice(start, start + node.data.length), node.data.replace(/\s/g, ' '));
    }
    assert.ok(!text.includes('not text') && !text.includes('hidden') && !text.includes('aria'));
  });

  it('keeps each text node the same length, line breaks turned to spaces', () => {
    const document = dom('<p>took\n   office</p>');
    const { text } = extractText(document.querySelector('p'));
    assert.equal(text, 'took    office');
  });
});

describe('highlightClaims', () => {
  it('wraps spans across inline elements and remove() restores the same nodes', () => {
    const document = dom('<p id="p">Yes, <em>President</em> Donald <b>Trump</b> took office.</p>');
    const root = document.getElementById('p');
    const before = snapshot(root);
    const { text, segments } = extractText(root);
    const start = text.indexOf('President');
    const end = text.indexOf(' took');
    const claims = [{ start, end, verdict: 'supported', kind: 'event-date', explanation: 'why' }];
    const { elements, remove } = highlightClaims(document, segments, claims);
    assert.equal(elements.length, 3);  // "President", " Donald ", "Trump"
    assert.equal(elements.map((e) => e.textContent).join(''), 'President Donald Trump');
    for (const e of elements) {
      assert.equal(e.tagName.toLowerCase(), HIGHLIGHT_TAG);
      assert.equal(e.getAttribute('data-verdict'), 'supported');
    }
    assert.equal(root.textContent, 'Yes, President Donald Trump took office.');
    remove();
    const after = snapshot(root);
    assert.equal(after.length, before.length);
    after.forEach(([node, value], i) => {
      assert.equal(node, before[i][0], 'the same node objects');
      assert.equal(value, before[i][1]);
    });
  });
});

describe('findPublishedDate', () => {
  it('follows the order of trust and names the signal', () => {
    const html = (head, body = '') => dom(`<html><head>${head}</head><body>${body}</body></html>`);
    assert.deepEqual(findPublishedDate(html(
      '<script type="application/ld+json">{"@graph":[{"datePublished":"2025-07-28T09:00:00Z"}]}</script>' +
      '<meta property="article:published_time" content="2024-01-01">')),
    { date: '2025-07-28', signal: 'JSON-LD datePublished' });
    assert.deepEqual(findPublishedDate(html('<meta property="article:published_time" content="2024-01-01T10:00">')),
      { date: '2024-01-01', signal: 'meta article:published_time' });
    assert.deepEqual(findPublishedDate(html('', '<time datetime="2023-05-06">May 6</time>')),
      { date: '2023-05-06', signal: '<time datetime>' });
    assert.deepEqual(findPublishedDate(html('<meta name="date" content="2023-02-30">')),
      { date: null, signal: 'none' });
    assert.deepEqual(findPublishedDate(html(''), '2020-02-02'), { date: '2020-02-02', signal: 'option' });
  });
});

describe('annotate', () => {
  let checker;
  before(async () => { checker = await loadChecker(); });

  it('checks the demo article and highlights every claim with its verdict', async () => {
    const html = await readFile(`${ROOT}web/demo/index.html`, 'utf8');
    const document = dom(html);
    const article = document.querySelector('article');
    const original = snapshot(article);
    const first = await annotate(article, { checker });
    assert.equal(first.published.date, '2025-07-29');
    const verdicts = first.result.claims.map((c) => c.verdict);
    assert.deepEqual(verdicts.sort(),
      ['contradicted', 'supported', 'supported', 'supported', 'supported', 'unverifiable',
        'unverifiable', 'unverifiable']);
    const marks = article.querySelectorAll(HIGHLIGHT_TAG);
    assert.ok(marks.length >= first.result.claims.length);
    // Running again replaces, never doubles, the highlights.
    const second = await annotate(article, { checker });
    assert.equal(article.querySelectorAll(HIGHLIGHT_TAG).length, marks.length);
    assert.equal(article.querySelectorAll(`${HIGHLIGHT_TAG} ${HIGHLIGHT_TAG}`).length, 0);
    second.remove();
    const restored = snapshot(article);
    assert.deepEqual(restored.map(([, v]) => v), original.map(([, v]) => v));
    restored.forEach(([node], i) => assert.equal(node, original[i][0]));
  });
});

describe('findArticleRoot and what extractText leaves out', () => {
  it('prefers a configured root, then the page markup, then text density', async () => {
    const { findArticleRoot } = await import('../../web/src/find-article.js');
    const page = dom(`<body><nav><p>Home World Politics and a long enough line of links here</p></nav>
      <div id="story"><p>First paragraph of the story, long enough to count as text.</p>
      <p>Second paragraph of the story, also long enough to count, with commas, here.</p></div>
      <div class="sidebar"><p>Most read: a teaser that is long enough to count as text too.</p></div></body>`);
    assert.equal(findArticleRoot(page).root.id, 'story');
    assert.equal(findArticleRoot(page).found, 'text density');
    assert.equal(findArticleRoot(page, { selector: '.sidebar' }).root.className, 'sidebar');
    const marked = dom('<main><article><p>Story text that is long enough to be counted here.</p></article></main>');
    assert.equal(findArticleRoot(marked).found, 'article');
    const live = dom(`<main id="live">${'<article><p>An entry of the live blog, long enough to count.</p></article>'.repeat(3)}</main>`);
    assert.equal(findArticleRoot(live).root.id, 'live');
  });

  it('skips navigation, asides, comments, credits and link blocks inside the article', () => {
    const document = dom(`<article><p>Lee took office on June 4.</p>
      <nav><p>Lee took office on June 5.</p></nav><aside>Aside text.</aside>
      <figure><img alt=""><figcaption>A caption. <span class="photo-credit">Credit: Agency</span></figcaption></figure>
      <p>See also: other stories</p><h3>Related stories</h3><ul><li>A related link</li></ul>
      <section class="comments"><p>A reader's comment.</p></section><footer>Footer.</footer>
      <p>Last paragraph.</p></article>`);
    const { text } = extractText(document.querySelector('article'));
    assert.equal(text, 'Lee took office on June 4.\n\nA caption. \n\nLast paragraph.');
  });
});

describe('exports', () => {
  it('gives ClaimReview and Web Annotations for the checked claims', async () => {
    const { toClaimReview, toWebAnnotations } = await import('../../web/src/export.js');
    const checker = await loadChecker();
    const text = 'Keir Starmer took office on July 4, 2024, and Pope Francis died on April 21, 2025.';
    const result = checker.check(text, { published: '2025-07-28' });
    const reviews = toClaimReview(result, { url: 'https://example.org/story' });
    assert.equal(reviews.length, result.claims.length);
    assert.equal(reviews[0]['@type'], 'ClaimReview');
    assert.equal(reviews[0].claimReviewed, result.claims[0].text);
    assert.equal(reviews[0].reviewRating.alternateName, 'Contradicted');
    assert.equal(reviews[0].itemReviewed.appearance.url, 'https://example.org/story');
    const annotations = toWebAnnotations(result, text, { source: 'https://example.org/story' });
    const [quote, position] = annotations[1].target.selector;
    assert.equal(quote.exact, result.claims[1].text);
    assert.equal(text.slice(position.start, position.end), quote.exact);
    assert.ok(text.slice(0, position.start).endsWith(quote.prefix));
    assert.equal(annotations[1].body[0].value, 'supported');
    checker.delete();
  });
});
