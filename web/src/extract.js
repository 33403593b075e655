// Collects the text under a DOM root as one string for the core, with a map
// from string offsets back to the DOM text nodes they came from.
//
// The string holds every text node's data unchanged in length, so an offset
// in a claim (UTF-16, like JavaScript strings) falls at a known place in a
// known node. Blocks are separated by a blank line, which the core reads as a
// sentence boundary; line breaks inside text become spaces, since HTML
// renders them as spaces.

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

// Never text a reader reads as the article.
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG',
  'MATH', 'CANVAS', 'AUDIO', 'VIDEO', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
]);

const BLOCK_SEPARATOR = '\n\n';

function isSkipped(element) {
  return SKIPPED_ELEMENTS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true';
}

/**
 * @param {Node} root
 * @returns {{text: string, segments: {node: Text, start: number}[]}}
 *   segments in text order; each text node's data starts at `start`.
 */
export function extractText(root) {
  const parts = [];
  const segments = [];
  let length = 0;
  let breakPending = false;

  const visit = (node) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      if (node.data.length === 0) return;
      // Indentation between blocks is no text; leave it out of the string.
      if ((breakPending || length === 0) && !/[^ \n\r\t\f]/.test(node.data)) return;
      if (breakPending && length > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      breakPending = false;
      segments.push({ node, start: length });
      parts.push(node.data.replace(/[\n\r\t\f]/g, ' '));
      length += node.data.length;
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */ || isSkipped(node)) return;
    const block = BLOCK_ELEMENTS.has(node.tagName.toUpperCase());
    if (block) breakPending = true;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakPending = true;
  };
  visit(root);
  return { text: parts.join(''), segments };
}

/** Index of the segment holding `offset` (binary search; segments sorted). */
export function segmentAt(segments, offset) {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
