// The toolbar popup: checks the current tab, shows its summary (counts by
// verdict, timeline version) and turns the highlights off and on.
import { strings } from '../src/strings.js';

const s = strings(navigator.language);
const summary = document.getElementById('summary');
const checkButton = document.getElementById('check');
const toggleButton = document.getElementById('toggle');
const dataset = document.getElementById('dataset');

// The tab to work on: the active one, or ?tab=ID when opened as a page.
async function targetTab() {
  const id = new URLSearchParams(location.search).get('tab');
  if (id) return Number(id);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask(tabId, message) {
  try {
    return await chrome.tabs.sendMessage(tabId, message);
  } catch {
    return null;  // not checked yet: no content script in the tab
  }
}

function show(state) {
  if (!state) return false;
  if (state.embedded) {
    summary.textContent = 'This site shows factmark\'s checks itself.';
    document.documentElement.dataset.state = 'embedded';
    return true;
  }
  summary.textContent = s.summary(state.counts, state.total);
  const sets = state.datasets ?? [state.dataset];
  dataset.textContent = `${s.timeline}: ${sets.map((d) => `${d.name} ${d.version}`).join(', ')}`;
  toggleButton.hidden = state.total === 0;
  toggleButton.textContent = state.hidden ? s.show : s.hide;
  checkButton.textContent = 'Check again';
  document.documentElement.dataset.state = 'checked';
  return true;
}

async function refresh(tabId, tries = 1) {
  for (let i = 0; i < tries; i++) {
    if (show(await ask(tabId, { type: 'summary' }))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const tabId = targetTab();
async function checkTab() {
  summary.textContent = 'Checking…';
  const answer = await chrome.runtime.sendMessage({ type: 'check-tab', tabId: await tabId });
  if (answer?.error) {
    summary.textContent = `${s.failed} ${answer.error.message}`;
    return;
  }
  await refresh(await tabId, 40);
}
checkButton.addEventListener('click', checkTab);
toggleButton.addEventListener('click', async () => {
  const answer = await ask(await tabId, { type: 'toggle' });
  if (answer) toggleButton.textContent = answer.hidden ? s.show : s.hide;
});
// Opening the popup checks the page (the toolbar click is the reader's
// request); a page already checked shows its summary at once.
document.documentElement.dataset.ready = 'true';
if (!show(await ask(await tabId, { type: 'summary' }))) await checkTab();
