// The extension's settings in chrome.storage.local: a compiled timeline the
// reader loaded (base64), whether it goes beside or instead of the default,
// and the sites checked automatically. Nothing else is stored.
export const DEFAULTS = { timeline: null, timelineName: '', mode: 'beside', sites: [] };

export async function readSettings() {
  return { ...DEFAULTS, ...(await chrome.storage.local.get(Object.keys(DEFAULTS))) };
}

export async function writeSettings(changes) {
  await chrome.storage.local.set(changes);
}

/** The loaded timeline's bytes, or null. */
export function timelineBytes(settings) {
  if (!settings.timeline) return null;
  const binary = atob(settings.timeline);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
