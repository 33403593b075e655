// The checked claims in two standard forms, for publishers and archives:
// schema.org ClaimReview (what search engines read) and W3C Web
// Annotations (what annotation tools and archives exchange).

const RATING = { supported: 3, unverifiable: 2, contradicted: 1 };
const RATING_NAME = { supported: 'Supported', unverifiable: 'Unverifiable', contradicted: 'Contradicted' };

/**
 * schema.org ClaimReview JSON-LD, one per claim.
 * @param {object} result the result JSON
 * @param {{url?: string, author?: string}} [options] the page's URL; who reviewed
 * @returns {object[]}
 */
export function toClaimReview(result, options = {}) {
  const dataset = result.dataset ?? {};
  return result.claims.map((claim) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    reviewBody: claim.explanation,
    author: { '@type': 'Organization', name: options.author ?? 'factmark' },
    ...(result.published ? { datePublished: result.published } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(options.url ? { appearance: { '@type': 'CreativeWork', url: options.url } } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[claim.verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: RATING_NAME[claim.verdict],
    },
    isBasedOn: claim.evidence.map((e) => e.source).filter(Boolean),
    version: `${dataset.name ?? ''} ${dataset.version ?? ''}`.trim(),
  }));
}

/**
 * W3C Web Annotations, one per claim, targeting the checked text by quote
 * (exact, prefix, suffix) and by position.
 * @param {object} result the result JSON
 * @param {string} text the exact text that was checked
 * @param {{source?: string}} [options] the page's URL
 * @returns {object[]}
 */
export function toWebAnnotations(result, text, options = {}) {
  const context = 32;
  return result.claims.map((claim, i) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `#factmark-claim-${i + 1}`,
    type: 'Annotation',
    motivation: 'assessing',
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: claim.verdict },
      { type: 'TextualBody', purpose: 'describing', value: claim.explanation },
    ],
    target: {
      ...(options.source ? { source: options.source } : {}),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(claim.start, claim.end),
          prefix: text.slice(Math.max(0, claim.start - context), claim.start),
          suffix: text.slice(claim.end, claim.end + context),
        },
        { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      ],
    },
  }));
}
