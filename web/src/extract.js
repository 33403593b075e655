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

// Lines that open a block of links to other pages, not article text.
const LINK_BLOCK = /^\s*(see also|related( stories| articles| coverage)?|read more|more on this( story)?|recommended|most read|you may also like)\b/i;

// Photo credits, bylines' bylines and the like: not claims.
const CREDIT = /(^|[-_ ])(credit|credits|caption-credit|photo-credit|copyright)([-_ ]|$)/i;

function isHidden(element) {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const view = element.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

function isSkipped(element) {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_ELEMENTS.has(tag) || isHidden(element)) return true;
  // Inside the article: navigation, asides, footers, comment threads,
  // credits, and blocks of links to other stories.
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
  if (tag === 'HEADER' && element.querySelector('nav')) return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`;
  if (/(^|[-_ ])(comment|comments|related|share|social|newsletter|advert|ads?)([-_ ]|$)/i.test(names) ||
      CREDIT.test(names)) {
    return true;
  }
  return BLOCK_ELEMENTS.has(tag) && LINK_BLOCK.test(leadingText(element, 40));
}

// The first `limit` characters of an element's text, without reading all of
// it (textContent on every block of a long page would be quadratic).
function leadingText(element, limit) {
  let text = '';
  const walk = (node) => {
    for (let child = node.firstChild; child && text.length < limit; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.data;
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return text.slice(0, limit);
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
  const skippedAfterHeading = new Set();

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
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    if (node !== root && isSkipped(node)) {
      // "Related stories" as a heading: the list after it goes too.
      const next = node.nextElementSibling;
      if (/^H[2-6]$/.test(node.tagName.toUpperCase()) && next &&
          /^(UL|OL|DIV|SECTION)$/.test(next.tagName.toUpperCase())) {
        skippedAfterHeading.add(next);
      }
      return;
    }
    if (skippedAfterHeading.has(node)) return;
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
