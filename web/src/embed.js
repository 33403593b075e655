// The one-tag embed:
//
//   <script type="module" src="/factmark/dist/factmark.embed.js" data-root="article.story"></script>
//
// (web/dist/factmark.embed.js is this module bundled and minified by
// scripts/build-bundles.js; this source file works as the tag too.)
//
// Configured by data attributes on its own <script> element:
//   data-root       a CSS selector for the article (else it is found)
//   data-published  YYYY-MM-DD, over the page's own date signals
//   data-observe    "false" to stop checking content added later
//   data-ui         "false" for highlights without the badge and popover
//   data-lang       the language of the widget's words (default: the page's)
//   data-timeline   the URL of a compiled timeline to use instead
//   data-wasm       the URL of factmark.wasm, when it is not beside the script
// It starts when the page is interactive and idle, sets one global,
// `window.factmark` ({annotation, remove(), toggle(), ready}), marks <html>
// with data-factmark="checked" or "failed", and reports through the
// `factmark:checked` and `factmark:error` events, never the console. When
// the page cannot be checked (a damaged or missing timeline), the badge's
// place holds a quiet notice saying why, and nothing is highlighted.
import { annotate, preload } from './annotate.js';
import { findArticleRoot } from './find-article.js';
import { strings } from './strings.js';
import { canShowUI, createNotice } from './ui.js';

function ownScript() {
  if (document.currentScript) return document.currentScript;
  for (const script of document.querySelectorAll('script[src]')) {
    if (script.src === import.meta.url) return script;
  }
  return null;
}

const config = { ...(ownScript()?.dataset ?? {}) };
let notice = null;  // the notice of a failed check, while it shows

function interactive() {
  return new Promise((resolve) => {
    const idle = () => (window.requestIdleCallback
      ? window.requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0));
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', idle, { once: true });
    } else {
      idle();
    }
  });
}

async function start() {
  // `npm run bench` times both marks to the last highlight: from the script
  // running, and from the page going idle, when the article is read.
  performance.mark?.('factmark-script');
  const options = {
    published: config.published,
    observe: config.observe !== 'false',
    ui: config.ui !== 'false',
    lang: config.lang,
    timelineUrl: config.timeline,
    wasmUrl: config.wasm,
  };
  preload(options);  // the core loads in its worker while the page settles
  await interactive();
  performance.mark?.('factmark-start');
  const { root } = findArticleRoot(document, { selector: config.root });
  try {
    const annotation = await annotate(root, options);
    performance.mark?.('factmark-checked');
    document.documentElement.dataset.factmark = 'checked';
    return annotation;
  } catch (error) {
    document.documentElement.dataset.factmark = 'failed';
    if (options.ui && canShowUI(document)) {
      notice = createNotice(document, {
        strings: strings(options.lang ?? document.documentElement.lang ?? 'en'),
        code: error?.code,
      });
    }
    document.dispatchEvent(new CustomEvent('factmark:error', { detail: error }));
    return null;
  }
}

const ready = start();
const api = {
  ready,
  annotation: null,
  remove() {
    api.annotation?.remove();
    api.annotation = null;
    notice?.destroy();
    notice = null;
    delete document.documentElement.dataset.factmark;
  },
  toggle() {
    if (api.annotation) api.annotation.setHidden(!api.annotation.hidden);
  },
};
ready.then((annotation) => { api.annotation = annotation; });
if (!window.factmark) window.factmark = api;
