// Wraps claim spans in <factmark-claim> elements and undoes it exactly: the
// page keeps its own text nodes (split pieces are merged back into them).
import { segmentAt } from './extract.js';

export const HIGHLIGHT_TAG = 'factmark-claim';

const VERDICT_LABELS = {
  supported: 'Supported by the timeline',
  contradicted: 'Contradicted by the timeline',
  unverifiable: 'Not verifiable against the timeline',
};

// Styles live in a constructed stylesheet: no inline style or <style> element,
// so pages whose CSP forbids them still show highlights.
export const HIGHLIGHT_CSS = `
${HIGHLIGHT_TAG} { all: revert; display: inline; border-radius: 2px;
  text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; cursor: help; }
${HIGHLIGHT_TAG}[data-verdict="supported"] { background: rgba(46, 160, 67, 0.18);
  text-decoration-color: #1a7f37; text-decoration-style: solid; }
${HIGHLIGHT_TAG}[data-verdict="contradicted"] { background: rgba(207, 34, 46, 0.18);
  text-decoration-color: #cf222e; text-decoration-style: wavy; }
${HIGHLIGHT_TAG}[data-verdict="unverifiable"] { background: rgba(130, 130, 130, 0.16);
  text-decoration-color: #6e7781; text-decoration-style: dotted; }
${HIGHLIGHT_TAG}:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
${HIGHLIGHT_TAG}[data-off] { background: none; text-decoration: none; cursor: auto; }
@media (prefers-color-scheme: dark) {
  ${HIGHLIGHT_TAG}[data-verdict="supported"] { background: rgba(63, 185, 80, 0.22);
    text-decoration-color: #3fb950; }
  ${HIGHLIGHT_TAG}[data-verdict="contradicted"] { background: rgba(248, 81, 73, 0.24);
    text-decoration-color: #f85149; }
  ${HIGHLIGHT_TAG}[data-verdict="unverifiable"] { background: rgba(139, 148, 158, 0.22);
    text-decoration-color: #8b949e; }
}
`;

const styledDocuments = new WeakSet();

/** Styles the highlights of `document` from a constructed stylesheet. */
export function adoptStyles(document) {
  if (styledDocuments.has(document)) return;
  const view = document.defaultView;
  if (!view?.CSSStyleSheet || !('adoptedStyleSheets' in document)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  styledDocuments.add(document);
}

/**
 * Highlights each claim of a result over the text nodes it came from.
 * @param {Document} document
 * @param {{node: Text, start: number}[]} segments from extractText()
 * @param {object[]} claims result.claims
 * @returns {{elements: Element[], byClaim: Element[][], remove: () => void,
 *            setHidden: (hidden: boolean) => void}}
 *   byClaim[i] are the elements of claims[i], in text order
 */
export function highlightClaims(document, segments, claims) {
  const run = startHighlighting(document, segments, claims);
  while (!run.step()) { /* all at once */ }
  return run.done;
}

/**
 * The same, a slice at a time: no slice of DOM work runs longer than
 * `budgetMs` before the page gets the main thread back, so a long article
 * never freezes its page.
 * @returns {Promise<ReturnType<typeof highlightClaims>>}
 */
export async function highlightClaimsInSlices(document, segments, claims, budgetMs = 8) {
  const run = startHighlighting(document, segments, claims);
  for (;;) {
    const sliceEnd = performance.now() + budgetMs;
    let finished = false;
    while (!(finished = run.step()) && performance.now() < sliceEnd) { /* one more claim */ }
    if (finished) return run.done;
    await yieldToMain();
  }
}

/** Gives the main thread back to the page for a moment. */
export function yieldToMain() {
  const scheduler = globalThis.scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Highlighting as steps: step() does one claim and says whether all are
// done; `done` then holds the result.
function startHighlighting(document, segments, claims) {
  adoptStyles(document);
  const elements = [];
  const byClaim = claims.map(() => []);
  const indexOf = new Map(claims.map((c, i) => [c, i]));
  const created = new Set();  // text nodes made by splitting page nodes
  const touched = new Set();  // the page's own text nodes that were split
  // Last claim first: splitting keeps the front of a node in the original
  // node, so the offsets of earlier claims stay valid.
  const ordered = [...claims].sort((a, b) => b.start - a.start);
  let next = 0;
  const highlightOne = (claim) => {
    if (segments.length === 0 || claim.end <= claim.start) return;
    const pieces = [];
    for (let i = segmentAt(segments, claim.end - 1); i >= 0; i--) {
      const { node, start } = segments[i];
      if (start + node.data.length <= claim.start) break;
      const from = Math.max(claim.start - start, 0);
      const to = Math.min(claim.end - start, node.data.length);
      if (to <= from) continue;
      let piece = node;
      if (to < node.data.length) created.add(node.splitText(to));
      if (from > 0) {
        piece = node.splitText(from);
        created.add(piece);
      }
      if (!created.has(node)) touched.add(node);
      pieces.push(piece);
    }
    const own = byClaim[indexOf.get(claim)];
    pieces.forEach((piece, p) => {
      const mark = document.createElement(HIGHLIGHT_TAG);
      mark.setAttribute('data-verdict', claim.verdict);
      mark.setAttribute('data-kind', claim.kind);
      mark.setAttribute('data-claim', String(indexOf.get(claim)));
      // One tab stop per claim: its first piece.
      if (p === pieces.length - 1) mark.setAttribute('tabindex', '0');
      mark.setAttribute('title', VERDICT_LABELS[claim.verdict] ?? claim.verdict);
      piece.parentNode.insertBefore(mark, piece);
      mark.appendChild(piece);
      elements.push(mark);
      own.unshift(mark);
    });
  };

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    for (const mark of elements) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    for (const node of touched) {
      let next = node.nextSibling;
      while (next && created.has(next)) {
        node.data += next.data;
        const after = next.nextSibling;
        next.remove();
        next = after;
      }
    }
  };
  const setHidden = (hidden) => {
    for (const mark of elements) {
      if (hidden) mark.setAttribute('data-off', '');
      else mark.removeAttribute('data-off');
    }
  };
  const run = {
    done: null,
    step() {
      if (next < ordered.length) highlightOne(ordered[next++]);
      if (next < ordered.length) return false;
      if (!run.done) run.done = { elements: [...elements].reverse(), byClaim, remove, setHidden };
      return true;
    },
  };
  return run;
}
