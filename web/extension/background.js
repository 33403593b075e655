// The extension's service worker: it holds the core and the timelines, and
// checks the text content scripts send it. Nothing leaves the browser.
import { loadChecker } from '../src/loader.js';
import { readSettings, timelineBytes } from './settings.js';

let checker = null;  // a Promise<Checker>, rebuilt when the settings change

async function defaultTimeline() {
  const response = await fetch(chrome.runtime.getURL('dist/world.timeline'));
  return new Uint8Array(await response.arrayBuffer());
}

function getChecker() {
  checker ??= (async () => {
    const settings = await readSettings();
    const own = timelineBytes(settings);
    const timelines = own && settings.mode === 'instead' ? [own]
      : own ? [await defaultTimeline(), own] : [await defaultTimeline()];
    return loadChecker({ timelines, wasmUrl: chrome.runtime.getURL('dist/factmark.wasm') });
  })();
  checker.catch(() => { checker = null; });
  return checker;
}

// Checks the tab: the content script reads and highlights the page.
async function checkTab(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

// Automatic checking of the sites the reader listed (and granted).
async function registerAutomatic() {
  const { sites } = await readSettings();
  await chrome.scripting.unregisterContentScripts({ ids: ['factmark-auto'] }).catch(() => {});
  if (sites.length === 0) return;
  await chrome.scripting.registerContentScripts([{
    id: 'factmark-auto', matches: sites, js: ['content.js'], runAt: 'document_idle',
  }]);
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  (async () => {
    switch (message.type) {
      case 'check': {
        const ready = await getChecker();
        return { result: ready.check(message.text, { published: message.published }) };
      }
      case 'check-tab':
        await checkTab(message.tabId);
        return { ok: true };
      case 'settings-changed':
        checker = null;
        await registerAutomatic();
        return { ok: true };
      default:
        return { error: `unknown message ${message.type}` };
    }
  })().then(reply, (error) => reply({ error: { code: error.code ?? 'error', message: error.message } }));
  return true;  // the reply comes later
});

chrome.runtime.onInstalled.addListener(() => { registerAutomatic(); });
