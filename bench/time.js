// `npm run bench:time`: the speed of factmark's temporal tagger (native C++,
// and the WebAssembly build in Node) beside chrono-node's, over the same
// generated corpus of news-style English; then what each finds that the other
// does not, on a sample. See bench/README.md.
//
//   node bench/time.js
//
// Environment: FACTMARK_BENCH_NATIVE  the native bench program
//                                     (default build/native/bin/factmark_bench_time)
// Writes build/bench/time.json and build/bench/time-diff.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as chrono from 'chrono-node';

import { loadDateTagger } from '../web/src/loader.js';
import { CORPUS_JSONL, OUT_DIR, ensureCorpus } from './generate-corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NATIVE = process.env.FACTMARK_BENCH_NATIVE
  ? resolve(process.env.FACTMARK_BENCH_NATIVE)
  : resolve(ROOT, 'build/native/bin/factmark_bench_time');
const TIME_JSON = resolve(OUT_DIR, 'time.json');
const DIFF_JSON = resolve(OUT_DIR, 'time-diff.json');

const NATIVE_REPETITIONS = 11;
// JS engines: as many timed passes as fit their budget (estimated from the
// warm-up pass), within [MIN, MAX].
const JS_MIN_REPETITIONS = 3;
const WASM_MAX_REPETITIONS = 9;
const CHRONO_MAX_REPETITIONS = 5;
const WASM_BUDGET_S = 40;  // both wasm variants together
const CHRONO_BUDGET_S = 60;
// chrono-node runs over the whole corpus unless one pass would take longer
// than this (estimated from a warm pass over the diff sample); then over a
// prefix that fits.
const CHRONO_PASS_LIMIT_S = 15;
const SAMPLE_ARTICLES = 300;  // the factmark/chrono comparison
const TARGET_WASM_VS_CHRONO = 25;
const TARGET_WASM_VS_NATIVE = 0.6;

// A full garbage collection between passes (not timed), so one pass's (or
// engine's) garbage is not collected during the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

const rel = (p) => relative(process.cwd(), p) || '.';
const fmt = (x, digits = 2) => (x == null ? '—' : x.toFixed(digits));
const int = (n) => (n == null ? '—' : n.toLocaleString('en-US'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

// Chrono's reference instant: the published day at local noon (so no time
// zone moves it to another day).
function refDate(published) {
  const [y, m, d] = published.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

function bytesOf(articles) {
  let bytes = 0;
  for (const a of articles) bytes += a.bytes;
  return bytes;
}

// Times passes over `articles` (a pass returns how many expressions it found)
// for one or more variants [{label, pass}]: a warm-up pass of each, then
// timed passes to fit `budget` seconds, the variants' passes interleaved so
// that a machine getting slower or faster meanwhile affects them alike.
function timeJs(variants, articles, { maxRepetitions, budget }) {
  const bytes = bytesOf(articles);
  const state = variants.map(({ label, pass }) => {
    collectGarbage();
    const t0 = performance.now();
    const expressions = pass(articles);
    return { label, pass, expressions, warmup: (performance.now() - t0) / 1000, seconds: [] };
  });
  const warmupSeconds = state.reduce((sum, v) => sum + v.warmup, 0);
  const repetitions = Math.max(JS_MIN_REPETITIONS,
    Math.min(maxRepetitions, Math.floor(budget / Math.max(warmupSeconds, 1e-3))));
  process.stdout.write(`  ${state.map((v) => `${v.label}: warm-up ${fmt(v.warmup)} s`).join(', ')}; ${repetitions} timed passes${state.length > 1 ? ' each, interleaved' : ''}`);
  for (let r = 0; r < repetitions; r++) {
    for (const v of state) {
      collectGarbage();
      const t0 = performance.now();
      const found = v.pass(articles);
      v.seconds.push((performance.now() - t0) / 1000);
      if (found !== v.expressions) throw new Error(`${v.label}: passes disagree (${v.expressions}, ${found})`);
    }
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  const mb = bytes / 1e6;
  const round = (x, d) => Number(x.toFixed(d));
  return state.map(({ label, expressions, seconds }) => {
    const s = median(seconds);
    const slowest = Math.max(...seconds), fastest = Math.min(...seconds);
    return {
      engine: label, bytes, articles: articles.length, expressions, warmup: 1, repetitions,
      seconds: { median: round(s, 6), min: round(fastest, 6), max: round(slowest, 6) },
      mb_per_s: { median: round(mb / s, 3), min: round(mb / slowest, 3), max: round(mb / fastest, 3) },
    };
  });
}

function runNative() {
  if (!existsSync(NATIVE)) {
    console.log(`  native: ${rel(NATIVE)} not found (build it with \`npm run setup\`); row skipped`);
    return { skipped: `${rel(NATIVE)} not found` };
  }
  process.stdout.write(`  native: ${rel(NATIVE)}, 1 warm-up + ${NATIVE_REPETITIONS} timed passes\n`);
  const run = spawnSync(NATIVE, [CORPUS_JSONL, '--repetitions', String(NATIVE_REPETITIONS),
    '--warmup', '1'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) {
    const why = (run.stderr || run.error?.message || `exit ${run.status ?? run.signal}`).trim();
    console.log(`  native: failed: ${why}; row skipped`);
    return { failed: why };
  }
  const result = JSON.parse(run.stdout.trim().split('\n').pop());
  result.program = rel(NATIVE);
  return result;
}

function wasmPass(tagger, method) {
  return (articles) => {
    let n = 0;
    for (const a of articles) {
      const r = tagger[method](a.text, { published: a.published });
      n += method === 'dates' ? r.expressions.length : countStarts(r);
    }
    return n;
  };
}
function countStarts(json) {
  let n = 0;
  for (let at = json.indexOf('"start":'); at >= 0; at = json.indexOf('"start":', at + 8)) n++;
  return n;
}
function chronoPass(articles) {
  let n = 0;
  for (const a of articles) n += chrono.parse(a.text, refDate(a.published)).length;
  return n;
}

// What factmark finds that chrono-node does not, and the reverse: an item is
// matched when any result of the other side overlaps its span (UTF-16 offsets
// on both sides).
function compare(sample, factmarkResults, chronoResults) {
  const fmOnly = new Map();
  const chOnly = new Map();
  const fmOnlyByType = {};
  let fmTotal = 0, chTotal = 0, fmMissed = 0, chMissed = 0;
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let i = 0; i < sample.length; i++) {
    const fm = factmarkResults[i].map((e) => [e.start, e.end, e.text, e.type]);
    const ch = chronoResults[i].map((r) => [r.index, r.index + r.text.length, r.text]);
    fmTotal += fm.length;
    chTotal += ch.length;
    const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
    for (const e of fm) {
      if (!ch.some((c) => overlaps(e, c))) {
        fmMissed++;
        bump(fmOnly, e[2]);
        fmOnlyByType[e[3]] = (fmOnlyByType[e[3]] ?? 0) + 1;
      }
    }
    for (const c of ch) {
      if (!fm.some((e) => overlaps(e, c))) {
        chMissed++;
        bump(chOnly, c[2]);
      }
    }
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n).map(([text, count]) => ({ text, count }));
  return {
    sample: { articles: sample.length, bytes: bytesOf(sample) },
    factmark: { expressions: fmTotal },
    chrono: { results: chTotal },
    factmark_only: { count: fmMissed, by_type: fmOnlyByType, distinct: fmOnly.size, top: top(fmOnly, 50) },
    chrono_only: { count: chMissed, distinct: chOnly.size, top: top(chOnly, 50) },
  };
}

function machine() {
  let cpu = 'unknown';
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m) cpu = m[1].trim();
  } catch { /* not Linux */ }
  if (cpu === 'unknown' && cpus()[0]?.model) cpu = cpus()[0].model;
  let emcc = 'not found';
  try {
    const out = execFileSync('emcc', ['--version'], {
      encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, NODE_PATH: ['/usr/share/nodejs', process.env.NODE_PATH].filter(Boolean).join(':') },
    });
    const line = out.split('\n')[0];
    emcc = line.match(/\b(\d+\.\d+\.\d+)\b/)?.[1] ?? line;
  } catch { /* emcc missing */ }
  const chronoVersion = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/chrono-node/package.json'), 'utf8')).version;
  return { cpu, cores: cpus().length, node: process.version, emscripten: emcc, chrono_node: chronoVersion };
}

async function main() {
  const started = performance.now();
  if (ensureCorpus({ log: (m) => console.log(`bench: ${m}`) })) console.log('bench: corpus written');
  const articles = readFileSync(CORPUS_JSONL, 'utf8').split('\n').filter(Boolean).map((line) => {
    const { published, text } = JSON.parse(line);
    return { published, text, bytes: Buffer.byteLength(text, 'utf8') };
  });
  const corpusBytes = bytesOf(articles);
  const info = machine();
  console.log(`bench: corpus ${rel(CORPUS_JSONL)}: ${fmt(corpusBytes / 1e6)} MB, ${int(articles.length)} articles`);

  const engines = {};
  engines.native = runNative();

  // The comparison sample first (it also tells how long chrono needs).
  const sample = articles.slice(0, SAMPLE_ARTICLES);
  let tagger = null;
  try {
    tagger = await loadDateTagger();
  } catch (error) {
    console.log(`  wasm: cannot load web/dist/factmark.wasm: ${error.message}; rows skipped`);
  }
  let factmarkSample = null;
  if (tagger) {
    try {
      factmarkSample = sample.map((a) => tagger.dates(a.text, { published: a.published }).expressions);
    } catch (error) {
      console.log(`  wasm: failed: ${error.message}; rows skipped`);
      tagger = null;
    }
  }
  const chronoSample = sample.map((a) => chrono.parse(a.text, refDate(a.published)));
  // A second (warm) pass over the sample estimates a pass over the corpus.
  const t0 = performance.now();
  chronoPass(sample);
  const chronoSampleSeconds = (performance.now() - t0) / 1000;

  if (tagger) {
    try {
      [engines.wasm, engines.wasm_json] = timeJs([
        { label: 'wasm dates()', pass: wasmPass(tagger, 'dates') },
        { label: 'wasm datesJson()', pass: wasmPass(tagger, 'datesJson') },
      ], articles, { maxRepetitions: WASM_MAX_REPETITIONS, budget: WASM_BUDGET_S });
    } catch (error) {
      console.log(`\n  wasm: failed: ${error.message}; rows skipped`);
      engines.wasm = engines.wasm_json = { failed: error.message };
    }
  } else {
    engines.wasm = engines.wasm_json = { skipped: 'wasm unavailable' };
  }

  // chrono-node: the whole corpus if a pass fits CHRONO_PASS_LIMIT_S (as
  // estimated on the sample), else the prefix that does.
  const estimate = chronoSampleSeconds * corpusBytes / Math.max(bytesOf(sample), 1);
  let chronoArticles = articles;
  if (estimate > CHRONO_PASS_LIMIT_S) {
    const budgetBytes = corpusBytes * CHRONO_PASS_LIMIT_S / estimate;
    let n = 0, b = 0;
    while (n < articles.length && b + articles[n].bytes <= budgetBytes) b += articles[n++].bytes;
    chronoArticles = articles.slice(0, Math.max(n, sample.length));
  }
  [engines.chrono] = timeJs([{ label: 'chrono-node', pass: chronoPass }], chronoArticles,
    { maxRepetitions: CHRONO_MAX_REPETITIONS, budget: CHRONO_BUDGET_S });
  engines.chrono.version = info.chrono_node;
  engines.chrono.prefix = chronoArticles.length < articles.length;

  // ---- the table ----
  const rows = [
    ['native (C++, -O3)', engines.native],
    ['wasm in Node, dates()', engines.wasm],
    ['  same, datesJson() *', engines.wasm_json],
    [`chrono-node ${info.chrono_node}`, engines.chrono],
  ];
  console.log('');
  console.log('engine                   MB/s median   min–max        expressions   passes   over');
  for (const [name, r] of rows) {
    if (!r || r.skipped || r.failed) {
      console.log(`${name.padEnd(24)} ${'—'.padStart(11)}   ${(r?.skipped ? 'skipped: ' + r.skipped : 'failed').slice(0, 60)}`);
      continue;
    }
    const range = `${fmt(r.mb_per_s.min)}–${fmt(r.mb_per_s.max)}`;
    const over = r.articles === articles.length ? 'all' : `first ${int(r.articles)} articles, ${fmt(r.bytes / 1e6)} MB`;
    console.log(`${name.padEnd(24)} ${fmt(r.mb_per_s.median).padStart(11)}   ${range.padEnd(14)} ${int(r.expressions).padStart(11)}   ${`1+${r.repetitions}`.padStart(6)}   ${over}`);
  }
  console.log('* the JSON string without JSON.parse, as the native row writes it; MB = 10^6 bytes of UTF-8 text');
  if (engines.chrono.prefix) {
    console.log(`  chrono-node ran over the first ${int(chronoArticles.length)} articles only (a full pass was estimated at ${fmt(estimate, 0)} s); its MB/s is over what it processed`);
  }
  const ok = (r) => r && !r.skipped && !r.failed;
  if (ok(engines.native) && ok(engines.wasm) && engines.native.expressions !== engines.wasm.expressions) {
    console.log(`  note: native found ${int(engines.native.expressions)} expressions, wasm ${int(engines.wasm.expressions)}: the two builds differ (one is stale?)`);
  }

  const ratios = {};
  const ratioLine = (name, a, b, target, unit) => {
    if (!ok(a) || !ok(b)) {
      console.log(`${name.padEnd(14)} n/a (a row is missing)`);
      ratios[name] = null;
      return;
    }
    const value = a.mb_per_s.median / b.mb_per_s.median;
    const pass = value >= target;
    ratios[name] = { value, target, pass };
    const shown = unit === '×' ? `${fmt(value, 1)}×` : fmt(value, 2);
    console.log(`${name.padEnd(14)} ${shown.padStart(7)}   target ≥ ${target}${unit}   ${pass ? '✔' : '✘'}`);
  };
  console.log('');
  // Like for like: against chrono-node (which returns objects) the wasm row
  // that returns objects; against the native build (which writes the JSON
  // text) the wasm row that returns the JSON text.
  ratioLine('wasm/chrono', engines.wasm, engines.chrono, TARGET_WASM_VS_CHRONO, '×');
  ratioLine('wasm/native', engines.wasm_json, engines.native, TARGET_WASM_VS_NATIVE, '');

  // ---- the comparison ----
  let diff = null;
  if (factmarkSample) {
    diff = compare(sample, factmarkSample, chronoSample);
    const top10 = (list) => list.slice(0, 10).map((t) => `"${t.text}" ${t.count}`).join(', ');
    console.log('');
    console.log(`sample: first ${diff.sample.articles} articles (${fmt(diff.sample.bytes / 1e6)} MB): factmark ${int(diff.factmark.expressions)} expressions, chrono-node ${int(diff.chrono.results)} results`);
    const types = Object.entries(diff.factmark_only.by_type).sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${int(n)}`).join(', ');
    console.log(`factmark only (no overlapping chrono result): ${int(diff.factmark_only.count)} (${types})`);
    console.log(`  top: ${top10(diff.factmark_only.top)}`);
    console.log(`chrono only (no overlapping factmark expression): ${int(diff.chrono_only.count)}`);
    console.log(`  top: ${top10(diff.chrono_only.top)}`);
  }

  console.log('');
  console.log(`machine: ${info.cpu}, ${info.cores} cores; Node ${info.node}; Emscripten ${info.emscripten}`);

  const when = new Date().toISOString();
  writeFileSync(TIME_JSON, JSON.stringify({
    date: when,
    corpus: { path: rel(CORPUS_JSONL), bytes: corpusBytes, articles: articles.length },
    engines, ratios, machine: info,
  }, null, 2) + '\n');
  if (diff) writeFileSync(DIFF_JSON, JSON.stringify({ date: when, ...diff }, null, 2) + '\n');
  console.log(`wrote ${rel(TIME_JSON)}${diff ? ` and ${rel(DIFF_JSON)}` : ''} (${fmt((performance.now() - started) / 1000, 0)} s)`);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
