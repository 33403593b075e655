// The demo page's script: check the article and say what was found.
import { annotate } from '../src/factmark.js';

const status = document.getElementById('factmark-status');

try {
  performance.mark('factmark-start');
  const { result, published } = await annotate(document.querySelector('article'));
  performance.mark('factmark-checked');
  const counts = {};
  for (const claim of result.claims) counts[claim.verdict] = (counts[claim.verdict] ?? 0) + 1;
  const summary = Object.entries(counts).map(([verdict, n]) => `${n} ${verdict}`).join(', ');
  status.textContent = `factmark checked ${result.claims.length} claims (${summary || 'none'}) ` +
    `against ${result.dataset.name} ${result.dataset.version}; published date ` +
    `${published.date ?? 'unknown'} from ${published.signal}. Hover a highlight for its explanation.`;
  document.documentElement.dataset.factmark = 'checked';
} catch (error) {
  status.textContent = `factmark could not check this page: ${error.message}`;
  document.documentElement.dataset.factmark = 'failed';
}
