// Loads factmark's WebAssembly core and a timeline, in browsers, workers and
// Node alike, and wraps the Embind Checker in a small JavaScript API.
import createFactmarkModule from '../dist/factmark.js';

const DEFAULT_WASM = new URL('../dist/factmark.wasm', import.meta.url);
const DEFAULT_TIMELINE = new URL('../dist/world.timeline', import.meta.url);

const IN_NODE =
  typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

/** An error reported by the core: `code` is stable, `message` is for people. */
export class FactmarkError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'FactmarkError';
    this.code = code;
  }
}

async function readBytes(url) {
  if (IN_NODE && url.protocol === 'file:') {
    // Node's fetch() cannot read file: URLs, so read the file directly.
    const { readFile } = await import('node:fs/promises');
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new FactmarkError('fetch-failed', `cannot load ${url}: HTTP ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

function throwIfError(json) {
  if (json.startsWith('{"error":')) {
    const { error } = JSON.parse(json);
    throw new FactmarkError(error.code, error.message);
  }
  return json;
}

const encoder = new TextEncoder();

// Writes `text` as UTF-8 into wasm memory and calls fn(pointer, length): one
// native copy, where Embind would convert character by character. A string
// is encoded (lone UTF-16 surrogates, possible in page text, become U+FFFD,
// one unit for one, so every offset the core reports still indexes `text`);
// bytes (a Uint8Array, as a file is read) go in as they are, and the core
// itself says where they are not UTF-8.
function withUtf8(module, text, fn) {
  const bytes = text instanceof Uint8Array;
  if (typeof text !== 'string' && !bytes) {
    throw new TypeError('text must be a string or UTF-8 bytes (a Uint8Array)');
  }
  const capacity = bytes ? text.length : text.length * 3;  // 3: the most UTF-8 bytes a UTF-16 unit needs
  const pointer = module._malloc(capacity + 1);
  if (!pointer) throw new FactmarkError('out-of-memory', 'not enough memory for this text');
  try {
    if (bytes) {
      module.HEAPU8.set(text, pointer);
      return fn(pointer, text.length);
    }
    const { written } = encoder.encodeInto(text, module.HEAPU8.subarray(pointer, pointer + capacity));
    return fn(pointer, written);
  } finally {
    module._free(pointer);
  }
}

let modulePromise = null;

/** The instantiated wasm module, created once per page (or process). */
export function loadModule({ wasmUrl, wasmBinary } = {}) {
  if (!modulePromise) {
    modulePromise = (async () => {
      const url = wasmUrl ? new URL(wasmUrl, import.meta.url) : DEFAULT_WASM;
      const bytes = wasmBinary ?? (IN_NODE ? await readBytes(url) : undefined);
      const options = bytes ? { wasmBinary: bytes } : { locateFile: () => url.href };
      return createFactmarkModule(options);
    })();
    modulePromise.catch(() => { modulePromise = null; });
  }
  return modulePromise;
}

const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((native) => native.delete())
  : null;

/** Checks texts against one timeline. Call delete() when done with it. */
export class Checker {
  #native;

  #module;

  constructor(module, native) {
    this.#module = module;
    this.#native = native;
    registry?.register(this, native, this);
  }

  /**
   * Checks `text` and returns the result object (see README.md).
   * @param {string|Uint8Array} text a string, or UTF-8 bytes as read from a file
   * @param {{published?: string|null}} [options] published date, YYYY-MM-DD
   */
  check(text, { published = null } = {}) {
    return JSON.parse(this.#run(text, published, 'json'));
  }

  /** The result JSON exactly as the core wrote it (the CLI prints this). */
  checkJson(text, { published = null } = {}) {
    return this.#run(text, published, 'json');
  }

  /** The same check as a text report for a terminal. */
  report(text, { published = null } = {}) {
    return this.#run(text, published, 'text');
  }

  /** What the loaded timelines hold (`factmark stats`): 'text' or 'json'. */
  /**
   * One line of a JSON Lines batch ({"id", "published", "text"}): its output
   * line (the result JSON with "id" first, or an error line), "" for a blank
   * line. The same bytes the native `factmark check --jsonl` prints.
   */
  checkBatchLine(line, lineNumber) {
    if (!this.#native) throw new FactmarkError('deleted', 'this Checker was deleted');
    return withUtf8(this.#module, line,
      (pointer, length) => this.#native.checkBatchLineAt(pointer, length, lineNumber));
  }

  stats(format = 'text') {
    if (!this.#native) throw new FactmarkError('deleted', 'this Checker was deleted');
    return this.#native.stats(format);
  }

  #run(text, published, format) {
    if (!this.#native) throw new FactmarkError('deleted', 'this Checker was deleted');
    return throwIfError(withUtf8(this.#module, text,
      (pointer, length) => this.#native.checkAt(pointer, length, published ?? '', format)));
  }

  delete() {
    if (!this.#native) return;
    registry?.unregister(this);
    this.#native.delete();
    this.#native = null;
  }
}

/**
 * The temporal tagger alone (no timeline needed).
 * @returns {Promise<{dates: (text: string, options?: {published?: string|null}) => object,
 *                    datesJson: (text: string, options?: {published?: string|null}) => string,
 *                    datesText: (text: string, options?: {published?: string|null}) => string}>}
 */
export async function loadDateTagger(options = {}) {
  const module = await loadModule(options);
  const run = (text, published, format) => throwIfError(withUtf8(module, text,
    (pointer, length) => module.datesAt(pointer, length, published ?? '', format)));
  return {
    dates: (text, { published = null } = {}) => JSON.parse(run(text, published, 'json')),
    datesJson: (text, { published = null } = {}) => run(text, published, 'json'),
    datesText: (text, { published = null } = {}) => run(text, published, 'text'),
  };
}

/**
 * Loads the core and a compiled timeline.
 * @param {{wasmUrl?: string|URL, wasmBinary?: Uint8Array,
 *          timelineUrl?: string|URL, timeline?: Uint8Array}} [options]
 */
export async function loadChecker(options = {}) {
  // `timelines`: several snapshots (bytes), judged side by side; else one
  // `timeline`, or the one at `timelineUrl`, or the default. A timeline to
  // fetch is fetched while the core compiles, not after.
  const given = options.timelines ?? (options.timeline != null ? [options.timeline] : null);
  const fetching = given ? null : readBytes(
    options.timelineUrl ? new URL(options.timelineUrl, import.meta.url) : DEFAULT_TIMELINE);
  fetching?.catch(() => {});  // reported by the await below, not as unhandled
  const module = await loadModule(options);
  const all = given ?? [await fetching];
  if (all.length === 0) throw new TypeError('timelines must name at least one timeline');
  const native = new module.Checker(all[0]);
  let error = native.error();
  for (let i = 1; i < all.length && !error; i++) error = native.addTimeline(all[i]);
  if (error) {
    native.delete();
    throwIfError(error);
  }
  return new Checker(module, native);
}
