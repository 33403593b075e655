// The check, off the page's main thread: a module worker that loads the
// core and the timeline once, then answers {id, text, published} with the
// result JSON (or {id, error: {code, message}}).
import { loadChecker } from './loader.js';

let checker = null;

self.onmessage = async ({ data }) => {
  const { id, text, published, load } = data;
  try {
    if (!checker) checker = loadChecker(load ?? {});
    const ready = await checker;
    self.postMessage({ id, result: ready.check(text, { published }) });
  } catch (error) {
    if (!(error && error.code)) checker = null;  // a failed load may be retried
    self.postMessage({ id, error: { code: error?.code ?? 'error', message: String(error?.message ?? error) } });
  }
};
