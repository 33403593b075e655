// annotate(): check the text under a root, highlight its claims, explain
// them, and keep checking what the page adds later.
import { extractText } from './extract.js';
import { highlightClaimsInSlices, yieldToMain } from './highlight.js';
import { findPublishedDate } from './published.js';
import { strings } from './strings.js';
import { canShowUI, createUI } from './ui.js';

const IN_NODE =
  typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

// The classic-script bundle (scripts/build-bundles.js) defines this: it has
// no worker script beside it, so it checks on the main thread.
// eslint-disable-next-line no-undef
const CLASSIC = typeof FACTMARK_CLASSIC !== 'undefined' && FACTMARK_CLASSIC;

let sharedChecker = null;  // one core and timeline per page
let sharedWorker = null;

function mainThreadChecker(options) {
  if (!sharedChecker) {
    // Imported here, not above: a page whose checks run in the worker never
    // downloads the core's glue twice (the embed bundle splits it out).
    sharedChecker = import('./loader.js').then(({ loadChecker }) => loadChecker(options)).then((checker) => ({
      check: async (text, published) => checker.check(text, { published }),
    }));
    sharedChecker.catch(() => { sharedChecker = null; });
  }
  return sharedChecker;
}

// The check in a Web Worker, so a long article never blocks the page; the
// main thread when the page cannot start one.
function workerChecker(options) {
  if (sharedWorker) return sharedWorker;
  let worker;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const pending = new Map();
  let next = 0;
  worker.onmessage = ({ data }) => {
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if (data.error) {
      const error = new Error(data.error.message);
      error.name = 'FactmarkError';
      error.code = data.error.code;
      request.reject(error);
    } else {
      request.resolve(data.result);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();  // never into the page's console
    const error = new Error('factmark could not start its worker');
    error.code = 'worker-failed';
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    sharedWorker = null;
  };
  const load = {};
  for (const key of ['wasmUrl', 'timelineUrl']) {
    if (options[key]) load[key] = new URL(options[key], document.baseURI).href;
  }
  worker.postMessage({ warm: true, load });
  sharedWorker = Promise.resolve({
    check: (text, published) => new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, published, load });
    }),
  });
  return sharedWorker;
}

const useWorker = (options) => options.worker ?? (!IN_NODE && !CLASSIC && typeof Worker === 'function');

/**
 * Starts loading the core and the timeline in the worker, and warms the
 * check's code, before the page is ready to be read: annotate() with the
 * same options then finds them loaded. Does nothing where the check would
 * run on the main thread (that load is itself a long task, kept for later).
 * @param {import('./factmark.js').AnnotateOptions} [options]
 */
export function preload(options = {}) {
  if (!options.checker && useWorker(options)) workerChecker(options);
}

async function checkerFor(options) {
  if (options.checker) {
    const c = options.checker;
    return { check: async (text, published) => c.check(text, { published }) };
  }
  const worker = useWorker(options) ? workerChecker(options) : null;
  if (!worker) return mainThreadChecker(options);
  // A page may forbid workers (its CSP) or lack module workers: then the
  // main thread checks, once the worker has said it cannot.
  const inWorker = await worker;
  return {
    check: (text, published) => inWorker.check(text, published).catch(async (error) => {
      if (error.code !== 'worker-failed') throw error;
      return (await mainThreadChecker(options)).check(text, published);
    }),
  };
}

const active = new WeakMap();  // root -> the annotation showing on it

function counts(claims) {
  const c = {};
  for (const claim of claims) c[claim.verdict] = (c[claim.verdict] ?? 0) + 1;
  return c;
}

/**
 * Checks the text under `root` and highlights each claim with its verdict.
 * Running it again on the same root replaces the earlier highlights.
 * Dispatches `factmark:checked` (detail: {result, published, counts}) on the
 * document when done, and again after checking content added later.
 * @param {Element} root
 * @param {import('./factmark.js').AnnotateOptions} [options]
 * @returns {Promise<import('./factmark.js').Annotation>}
 */
export async function annotate(root, options = {}) {
  const document = root.ownerDocument;
  const view = document.defaultView;
  active.get(root)?.remove();
  const checker = await checkerFor(options);
  const published = findPublishedDate(document, options.published ?? null);
  const text = strings(options.lang ?? document.documentElement.lang ?? 'en');

  // Each checked stretch of the page: the root, then what is added later.
  const parts = [];
  async function checkPart(node) {
    const { text: body, segments } = extractText(node);
    if (!body.trim()) return null;
    const result = await checker.check(body, published.date);
    await yieldToMain();  // receiving a long result was a task of its own
    const highlighted = await highlightClaimsInSlices(document, segments, result.claims);
    const part = { result, ...highlighted };
    parts.push(part);
    return part;
  }

  let observer = null;
  const first = await checkPart(root);
  const annotation = {
    result: first?.result ?? null,
    published,
    get claims() { return parts.flatMap((p) => p.result.claims); },
    get elements() { return parts.flatMap((p) => p.elements); },
    ui: null,
    hidden: false,
    setHidden(hidden) {
      annotation.hidden = hidden;
      for (const p of parts) p.setHidden(hidden);
    },
    remove() {
      observer?.disconnect();
      clearTimeout(pendingTimer);
      annotation.ui?.destroy();
      annotation.ui = null;
      // Last part first: each restores the text nodes it split.
      for (const p of [...parts].reverse()) p.remove();
      parts.length = 0;
      if (active.get(root) === annotation) active.delete(root);
    },
  };
  if (!annotation.result) {
    annotation.result = { published: published.date, claims: [] };
  }

  const showUI = () => {
    annotation.ui?.destroy();
    annotation.ui = null;
    if (options.ui === false || !canShowUI(document)) return;
    annotation.ui = createUI(document, {
      claims: parts.flatMap((p) => p.result.claims),
      marks: parts.flatMap((p) => p.byClaim),
      result: annotation.result,
      published,
      strings: text,
      hidden: annotation.hidden,
      setHidden: (hidden) => annotation.setHidden(hidden),
    });
  };
  const announce = () => {
    const claims = parts.flatMap((p) => p.result.claims);
    document.dispatchEvent(new (view?.CustomEvent ?? CustomEvent)('factmark:checked', {
      detail: { result: annotation.result, claims, published, counts: counts(claims) },
    }));
  };
  await yieldToMain();
  showUI();
  active.set(root, annotation);
  await yieldToMain();
  announce();

  // Content added later (infinite scroll, a single-page app's next view):
  // checked as it arrives, only the new nodes, a moment after it settles.
  let pendingTimer = null;
  if (options.observe && view?.MutationObserver) {
    const added = new Set();
    observer = new view.MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && !node.closest?.('factmark-claim, factmark-ui')) added.add(node);
        }
      }
      if (added.size === 0) return;
      clearTimeout(pendingTimer);
      pendingTimer = setTimeout(async () => {
        const nodes = [...added].filter((n) => n.isConnected &&
          ![...added].some((other) => other !== n && other.contains(n)));
        added.clear();
        observer.disconnect();  // our own highlighting is no news
        try {
          for (const node of nodes) await checkPart(node);
          showUI();
          announce();
        } catch (error) {
          document.dispatchEvent(new (view?.CustomEvent ?? CustomEvent)('factmark:error', { detail: error }));
        } finally {
          if (active.get(root) === annotation) observer.observe(root, { childList: true, subtree: true });
        }
      }, options.observeDelay ?? 300);
    });
    observer.observe(root, { childList: true, subtree: true });
  }
  return annotation;
}
