// The extension's content script: finds the article, has the service
// worker check its text, and shows the same highlights and explanations as
// the embedded widget. Injected again, it replaces its earlier highlights.
import { extractText } from '../src/extract.js';
import { findArticleRoot } from '../src/find-article.js';
import { highlightClaimsInSlices } from '../src/highlight.js';
import { findPublishedDate } from '../src/published.js';
import { strings } from '../src/strings.js';
import { createUI } from '../src/ui.js';

async function check() {
  window.__factmark?.remove();
  // The site embeds factmark itself: its highlights are already there.
  if (document.querySelector('factmark-claim, factmark-ui')) {
    window.__factmark = { summary: () => ({ embedded: true, counts: {}, total: 0 }), toggle: () => false, remove: () => {} };
    return;
  }
  const { root } = findArticleRoot(document);
  const published = findPublishedDate(document);
  const { text, segments } = extractText(root);
  const answer = await chrome.runtime.sendMessage({ type: 'check', text, published: published.date });
  if (!answer || answer.error) {
    document.documentElement.dataset.factmark = 'failed';
    return;
  }
  const { result } = answer;
  const highlighted = await highlightClaimsInSlices(document, segments, result.claims);
  const state = {
    claims: result.claims, marks: highlighted.byClaim, result, published,
    strings: strings(document.documentElement.lang || 'en'), hidden: false,
    setHidden: (hidden) => highlighted.setHidden(hidden),
  };
  const ui = createUI(document, state);
  const counts = {};
  for (const c of result.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  window.__factmark = {
    summary: () => ({ counts, total: result.claims.length, dataset: result.dataset,
      datasets: result.datasets, published, hidden: state.hidden }),
    toggle: () => { state.hidden = !state.hidden; highlighted.setHidden(state.hidden); return state.hidden; },
    remove: () => { ui.destroy(); highlighted.remove(); delete document.documentElement.dataset.factmark; },
  };
  document.documentElement.dataset.factmark = 'checked';
}

// The popup asks for the summary and toggles the highlights.
if (!window.__factmarkListening) {
  window.__factmarkListening = true;
  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (message.type === 'summary') reply(window.__factmark?.summary() ?? null);
    else if (message.type === 'toggle') reply({ hidden: window.__factmark?.toggle() ?? false });
  });
}
check();
