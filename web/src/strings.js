// Every word the widget shows, in one table ready for translation. Add a
// language by adding a table with the same keys; `strings()` falls back to
// English for a missing language or key.

const en = {
  verdict: {
    supported: 'Supported',
    contradicted: 'Contradicted',
    unverifiable: 'Unverifiable',
  },
  verdictLong: {
    supported: 'Supported by the timeline',
    contradicted: 'Contradicted by the timeline',
    unverifiable: 'Not verifiable against the timeline',
  },
  // Shapes, not colours alone, tell the verdicts apart.
  verdictMark: { supported: '✓', contradicted: '✗', unverifiable: '?' },
  kind: {
    'event-date': 'Date of an event',
    'role-at-time': 'Role at a time',
    anniversary: 'Anniversary',
    'elapsed-time': 'Time elapsed',
  },
  claim: 'Claim',
  reading: 'How factmark read it',
  evidence: 'Records compared',
  noEvidence: 'No record in the timeline matches.',
  source: 'Source',
  timeline: 'Timeline',
  published: 'Published date',
  publishedFrom: (date, signal) => `${date} (from ${signal})`,
  noPublished:
    'This page gives no published date, so dates without a year were left unresolved.',
  close: 'Close',
  previous: 'Previous claim',
  next: 'Next claim',
  hide: 'Hide highlights',
  show: 'Show highlights',
  badgeLabel: 'factmark fact check',
  summary: (counts, total) =>
    total === 0
      ? 'factmark found no dated claims to check.'
      : `factmark checked ${total} ${total === 1 ? 'claim' : 'claims'}: ` +
        ['supported', 'contradicted', 'unverifiable']
          .filter((v) => counts[v])
          .map((v) => `${counts[v]} ${v}`)
          .join(', ') + '.',
  shortcutHelp: 'Alt+Shift+F shows or hides all highlights.',
  failed: 'factmark could not check this page.',
  // The quiet notice when a page could not be checked, with the reason by
  // the error's code.
  notice: (reason) => `factmark could not check this page: ${reason}.`,
  failure: {
    'corrupt-data': 'its timeline is damaged',
    'invalid-data': 'its timeline is not valid',
    'fetch-failed': 'its timeline could not be downloaded',
    // From a page, text is always valid UTF-8: only the size limit is left.
    'invalid-input': 'the article is longer than factmark reads at once (5 MiB)',
    'worker-failed': 'it could not start',
    other: 'something went wrong',
  },
};

const TABLES = { en };

/** The string table for `lang` ("en", "en-GB" ...), English where missing. */
export function strings(lang = 'en') {
  const table = TABLES[String(lang).toLowerCase().split('-')[0]] ?? {};
  return { ...en, ...table };
}
