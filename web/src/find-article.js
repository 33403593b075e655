// Finds the article in a news page: the element whose text factmark checks.
// A configured root wins; then the page's own markup for an article; then
// the element with the most paragraph text, scored in the manner of
// Readability (long paragraphs count, links and page furniture do not).

const ARTICLE_SELECTORS = ['[data-factmark-root]', 'article', '[itemprop="articleBody"]', 'main'];

// Names of classes and ids that mark what is not the article.
const NOT_ARTICLE = /(^|[-_ ])(nav|menu|footer|header|sidebar|aside|comment|comments|related|promo|share|social|advert|ad|ads|newsletter|subscribe|breadcrumb|cookie|masthead)([-_ ]|$)/i;

/** Whether an element is page furniture by its tag, role, class or id. */
export function isFurniture(element) {
  const tag = element.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'HEADER') return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' ||
      role === 'banner' || role === 'search') {
    return true;
  }
  const names = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`;
  return NOT_ARTICLE.test(names);
}

// The paragraph text an element holds, less the text of its links: a
// candidate for the article scores by what a reader reads there.
function score(element) {
  let total = 0;
  for (const p of element.querySelectorAll('p')) {
    let inFurniture = false;
    for (let e = p.parentElement; e && e !== element; e = e.parentElement) {
      if (isFurniture(e)) {
        inFurniture = true;
        break;
      }
    }
    if (inFurniture) continue;
    const text = p.textContent.trim();
    if (text.length < 25) continue;
    let links = 0;
    for (const a of p.querySelectorAll('a')) links += a.textContent.length;
    total += Math.max(0, text.length - 2 * links) + 10 * (text.split(',').length - 1);
  }
  return total;
}

/**
 * The element to check in `document`.
 * @param {Document} document
 * @param {{root?: Element, selector?: string}} [options]
 * @returns {{root: Element, found: string}} and how it was found
 */
export function findArticleRoot(document, options = {}) {
  if (options.root) return { root: options.root, found: 'option root' };
  if (options.selector) {
    const chosen = document.querySelector(options.selector);
    if (chosen) return { root: chosen, found: `selector ${options.selector}` };
  }
  // A live blog: many <article> entries side by side are one story.
  const entries = document.querySelectorAll('article');
  if (entries.length >= 3) {
    const parent = entries[0].parentElement;
    if (parent && [...entries].every((e) => e.parentElement === parent)) {
      return { root: parent, found: 'live blog entries' };
    }
  }
  for (const selector of ARTICLE_SELECTORS) {
    // The candidate with the most text, when a page has several (a live
    // blog's entries, teasers marked up as articles).
    let best = null;
    let bestScore = 0;
    for (const element of document.querySelectorAll(selector)) {
      const s = score(element);
      if (s > bestScore) {
        best = element;
        bestScore = s;
      }
    }
    if (best) return { root: best, found: selector };
  }
  // No markup for it: the parent of the most paragraph text.
  const parents = new Map();
  for (const p of document.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent && !parents.has(parent)) parents.set(parent, score(parent));
  }
  let best = document.body;
  let bestScore = 0;
  for (const [element, s] of parents) {
    if (s > bestScore) {
      best = element;
      bestScore = s;
    }
  }
  return { root: best ?? document.documentElement, found: 'text density' };
}
