// `factmark check PAGE.html --out COPY.html` (Node CLI): a saved page's
// annotated copy. The page is read as the widget reads it (the same
// article finding, text extraction, published date and highlighting, on
// jsdom), and the copy holds the page with the highlights in it, the
// results, the viewer script, the wasm and the timeline, all inlined: it
// opens from file:// with the network off and explains each claim.
//
// Read: HTML saved by a browser, "Web page, complete" (its _files folder
// stays beside the copy when written next to the page) or "HTML only".
// Not read yet: MHTML (.mhtml, .mht), Safari .webarchive, WARC and PDF.
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';

import { JSDOM } from 'jsdom';

import { extractText } from '../src/extract.js';
import { findArticleRoot } from '../src/find-article.js';
import { HIGHLIGHT_CSS, highlightClaims } from '../src/highlight.js';
import { loadChecker } from '../src/loader.js';
import { findPublishedDate } from '../src/published.js';

const UNSUPPORTED = {
  '.mhtml': 'MHTML (a one-file web archive)',
  '.mht': 'MHTML (a one-file web archive)',
  '.webarchive': 'a Safari web archive',
  '.warc': 'a WARC archive',
  '.pdf': 'a PDF',
};

function refuse(message) {
  const error = new Error(message);
  error.exitCode = 1;
  return error;
}

// JSON inside <script>: nothing in it may close the element.
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export async function writeAnnotatedPage(cl, timelines) {
  const kind = UNSUPPORTED[extname(cl.input).toLowerCase()];
  if (kind) {
    throw refuse(`${cl.input}: ${kind} is not read yet; save the page as "Web page, complete" ` +
      'or "HTML only" and check that');
  }
  const bytes = await readFile(cl.input);
  const html = bytes.toString('utf8');
  if (/^\s*(MIME-Version:|From: <Saved by)/i.test(html.slice(0, 200))) {
    throw refuse(`${cl.input}: MHTML (a one-file web archive) is not read yet; save the page as ` +
      '"Web page, complete" or "HTML only" and check that');
  }
  if (!/<(html|body|p|article|div)[\s>]/i.test(html)) {
    throw refuse(`${cl.input}: this is not an HTML page`);
  }
  const { document } = new JSDOM(html).window;
  const published = cl.published
    ? { date: cl.published, signal: 'option' }
    : findPublishedDate(document);
  const { root } = findArticleRoot(document);
  const { text, segments } = extractText(root);
  const checker = await loadChecker({ timelines });
  let result;
  try {
    result = checker.check(text, { published: published.date });
  } catch (error) {
    throw refuse(`${cl.input}: ${error.message}`);
  } finally {
    checker.delete();
  }
  highlightClaims(document, segments, result.claims);
  // factmark's own embed, if the page had it, would only check again.
  for (const script of document.querySelectorAll('script[src]')) {
    if (/(^|\/)(embed\.js|factmark\.classic\.js)$/.test(script.getAttribute('src'))) script.remove();
  }

  const [viewer, wasm] = await Promise.all([
    readFile(new URL('../dist/factmark.viewer.js', import.meta.url), 'utf8'),
    readFile(new URL('../dist/factmark.wasm', import.meta.url)),
  ]);
  const head = document.head ?? document.documentElement;
  const add = (tag, attributes, content) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.textContent = content;
    head.append(element);
  };
  add('style', { id: 'factmark-style' }, HIGHLIGHT_CSS);
  add('script', { type: 'application/json', id: 'factmark-result' }, scriptJson({ result, published }));
  // The core and its data travel with the page, so it can be checked again
  // anywhere; the viewer needs only the results.
  add('script', { type: 'application/octet-stream', id: 'factmark-wasm', 'data-encoding': 'base64' },
    wasm.toString('base64'));
  timelines.forEach((timeline, i) => {
    add('script', { type: 'application/octet-stream', id: `factmark-timeline-${i}`, 'data-encoding': 'base64' },
      Buffer.from(timeline).toString('base64'));
  });
  add('script', { id: 'factmark-viewer' }, viewer.replace(/<\/script/gi, '<\\/script'));
  const out = `<!doctype html>\n${document.documentElement.outerHTML}\n`;
  await writeFile(cl.out, out);
  return { claims: result.claims.length, bytes: Buffer.byteLength(out) };
}
