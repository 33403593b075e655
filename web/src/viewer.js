// The script inlined in a saved page's annotated copy (`factmark check
// PAGE.html --out COPY.html`): the highlights are already in the page and
// the results beside them, so it only wires the explanations, offline, with
// no request and no core to load.
import { HIGHLIGHT_TAG } from './highlight.js';
import { strings } from './strings.js';
import { createUI } from './ui.js';

function start() {
  const data = document.getElementById('factmark-result');
  if (!data) return;
  const { result, published } = JSON.parse(data.textContent);
  const marks = result.claims.map(() => []);
  for (const mark of document.querySelectorAll(`${HIGHLIGHT_TAG}[data-claim]`)) {
    marks[Number(mark.getAttribute('data-claim'))]?.push(mark);
  }
  const state = {
    claims: result.claims,
    marks,
    result,
    published,
    strings: strings(document.documentElement.lang || 'en'),
    hidden: false,
    setHidden(hidden) {
      for (const list of marks) {
        for (const mark of list) {
          if (hidden) mark.setAttribute('data-off', '');
          else mark.removeAttribute('data-off');
        }
      }
    },
  };
  const ui = createUI(document, state);
  window.factmark = { ui, toggle: () => ui && state.setHidden(!state.hidden) };
  document.documentElement.dataset.factmark = 'checked';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
