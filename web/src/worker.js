// The check, off the page's main thread: a module worker that loads the
// core and the timeline once, then answers {id, text, published} with the
// result JSON (or {id, error: {code, message}}). {warm: true} loads ahead
// of the first article and runs one short check, so the browser has
// compiled the check's code before the page's text arrives.
import { loadChecker } from './loader.js';

const WARM_TEXT = 'Prime Minister Boris Johnson said on Tuesday that he took office on July 24, 2019, ' +
  'more than seven decades after the armistice.';

let checker = null;

function load(options) {
  if (!checker) checker = loadChecker(options ?? {});
  return checker;
}

self.onmessage = async ({ data }) => {
  const { id, text, published, warm } = data;
  try {
    const ready = await load(data.load);
    if (warm) {
      ready.check(WARM_TEXT, { published: '2020-01-01' });
      return;
    }
    self.postMessage({ id, result: ready.check(text, { published }) });
  } catch (error) {
    if (!(error && error.code)) checker = null;  // a failed load may be retried
    if (!warm) {
      self.postMessage({ id, error: { code: error?.code ?? 'error', message: String(error?.message ?? error) } });
    }
  }
};
