// factmark's public JavaScript API.
export { annotate, preload } from './annotate.js';
export { toClaimReview, toWebAnnotations } from './export.js';
export { findArticleRoot } from './find-article.js';
export { strings } from './strings.js';
export { extractText } from './extract.js';
export { HIGHLIGHT_TAG } from './highlight.js';
export { Checker, FactmarkError, loadChecker } from './loader.js';
export { findPublishedDate } from './published.js';
