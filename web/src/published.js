// Finds an article's published date in its page, in Readability's order of
// trust, and says which signal it came from.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function isoDay(value) {
  const match = ISO_DAY.exec(String(value ?? '').trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d;
  return real ? match[0] : null;
}

function fromJsonLd(document) {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data;
    try {
      data = JSON.parse(script.textContent);
    } catch {
      continue;  // a page's broken JSON-LD is not ours to report
    }
    const stack = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) {
        stack.push(...item);
      } else if (item && typeof item === 'object') {
        const day = isoDay(item.datePublished);
        if (day) return day;
        if (item['@graph']) stack.push(item['@graph']);
      }
    }
  }
  return null;
}

const META_SIGNALS = [
  ['meta[property="article:published_time"]', 'meta article:published_time'],
  ['meta[name="parsely-pub-date"]', 'meta parsely-pub-date'],
  ['meta[name="DC.date.issued"]', 'meta DC.date.issued'],
  ['meta[name="pubdate"]', 'meta pubdate'],
  ['meta[name="date"]', 'meta date'],
];

/**
 * @param {Document} document
 * @param {string|null} [override] a YYYY-MM-DD date that wins over the page
 * @returns {{date: string|null, signal: string}}
 */
export function findPublishedDate(document, override = null) {
  if (override) {
    const day = isoDay(override);
    return day ? { date: day, signal: 'option' } : { date: null, signal: 'invalid option' };
  }
  const jsonLd = fromJsonLd(document);
  if (jsonLd) return { date: jsonLd, signal: 'JSON-LD datePublished' };
  for (const [selector, signal] of META_SIGNALS) {
    const day = isoDay(document.querySelector(selector)?.getAttribute('content'));
    if (day) return { date: day, signal };
  }
  for (const time of document.querySelectorAll('time[datetime]')) {
    const day = isoDay(time.getAttribute('datetime'));
    if (day) return { date: day, signal: '<time datetime>' };
  }
  return { date: null, signal: 'none' };
}
