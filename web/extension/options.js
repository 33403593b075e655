// The options page: load a compiled timeline (checked by the core before
// it is kept), choose beside or instead of the default, and list the sites
// to check automatically (each asks for its host permission).
import { FactmarkError, loadChecker } from '../src/loader.js';
import { readSettings, toBase64, writeSettings } from './settings.js';

const fileInput = document.getElementById('timeline');
const timelineStatus = document.getElementById('timeline-status');
const sitesInput = document.getElementById('sites');
const sitesStatus = document.getElementById('sites-status');

async function changed() {
  await chrome.runtime.sendMessage({ type: 'settings-changed' });
}

async function render() {
  const settings = await readSettings();
  timelineStatus.textContent = settings.timeline
    ? `Using ${settings.timelineName} ${settings.mode} factmark's timeline.`
    : 'No timeline of your own.';
  document.querySelector(`input[name=mode][value=${settings.mode}]`).checked = true;
  sitesInput.value = settings.sites.join('\n');
  document.documentElement.dataset.ready = 'true';
}

fileInput.addEventListener('change', async () => {
  const file = fileInput.files[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    // The core checks it before it is kept: a corrupt file is refused here.
    (await loadChecker({ timelines: [bytes], wasmUrl: chrome.runtime.getURL('dist/factmark.wasm') })).delete();
  } catch (error) {
    timelineStatus.textContent = `${file.name} cannot be used: ${error instanceof FactmarkError ? error.message : error}`;
    return;
  }
  await writeSettings({ timeline: toBase64(bytes), timelineName: file.name });
  await changed();
  await render();
});

for (const radio of document.querySelectorAll('input[name=mode]')) {
  radio.addEventListener('change', async () => {
    await writeSettings({ mode: radio.value });
    await changed();
    await render();
  });
}

document.getElementById('clear').addEventListener('click', async () => {
  await writeSettings({ timeline: null, timelineName: '' });
  await changed();
  await render();
});

document.getElementById('save-sites').addEventListener('click', async () => {
  const sites = sitesInput.value.split('\n').map((l) => l.trim()).filter(Boolean);
  const granted = sites.length === 0 || await chrome.permissions.request({ origins: sites });
  if (!granted) {
    sitesStatus.textContent = 'Not saved: the browser did not grant access to those sites.';
    return;
  }
  await writeSettings({ sites });
  await changed();
  sitesStatus.textContent = `Checking ${sites.length} site${sites.length === 1 ? '' : 's'} automatically.`;
});

render();
