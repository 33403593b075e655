// annotate(): check the text under a root and highlight its claims.
import { extractText } from './extract.js';
import { highlightClaims } from './highlight.js';
import { loadChecker } from './loader.js';
import { findPublishedDate } from './published.js';

let sharedChecker = null;

function defaultChecker(options) {
  if (!sharedChecker) {
    sharedChecker = loadChecker(options);
    sharedChecker.catch(() => { sharedChecker = null; });
  }
  return sharedChecker;
}

const active = new WeakMap();  // root -> the annotation showing on it

/**
 * Checks the text under `root` and highlights each claim with its verdict.
 * Running it again on the same root replaces the earlier highlights.
 * @param {Element} root
 * @param {{published?: string, checker?: import('./loader.js').Checker,
 *          wasmUrl?: string, timelineUrl?: string}} [options]
 * @returns {Promise<{result: object, published: {date: string|null, signal: string},
 *                    elements: Element[], remove: () => void}>}
 */
export async function annotate(root, options = {}) {
  const checker = options.checker ?? await defaultChecker(options);
  active.get(root)?.remove();
  const document = root.ownerDocument;
  const published = findPublishedDate(document, options.published ?? null);
  const { text, segments } = extractText(root);
  const result = checker.check(text, { published: published.date });
  const { elements, remove } = highlightClaims(document, segments, result.claims);
  const annotation = {
    result,
    published,
    elements,
    remove() {
      remove();
      if (active.get(root) === annotation) active.delete(root);
    },
  };
  active.set(root, annotation);
  return annotation;
}
