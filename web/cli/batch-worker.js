// A worker of `factmark check --jsonl` (Node): checks chunks of lines with
// its own copy of the core. Lines with "html" instead of "text" are pages:
// the article is found and read as the widget reads it, and the page's own
// published date is used unless the line gives one.
import { parentPort, workerData } from 'node:worker_threads';

import { JSDOM } from 'jsdom';

import { extractText } from '../src/extract.js';
import { findArticleRoot } from '../src/find-article.js';
import { loadChecker } from '../src/loader.js';
import { findPublishedDate } from '../src/published.js';

const checker = await loadChecker({ timelines: workerData.timelines });

// A page line as the text line the core reads, or the line itself.
function asTextLine(line) {
  let input;
  try {
    input = JSON.parse(line);
  } catch {
    return line;  // the core says what is wrong with it
  }
  if (!input || typeof input !== 'object' || typeof input.html !== 'string' || 'text' in input) {
    return line;
  }
  const { document } = new JSDOM(input.html).window;
  const { root } = findArticleRoot(document);
  const published = input.published ?? findPublishedDate(document).date;
  return JSON.stringify({ id: input.id, published, text: extractText(root).text });
}

parentPort.on('message', ({ chunk, first, lines }) => {
  const outputs = lines.map((line, i) => checker.checkBatchLine(asTextLine(line), first + i));
  parentPort.postMessage({ chunk, outputs });
});
parentPort.postMessage({ ready: true });
