// `npm run bench`: factmark's speed, memory and weight in one table, beside
// the alternative a developer would use (chrono-node for dates alone), with
// the targets of the performance issue marked ✔ or ✘. Nothing fails on a
// missed target: a benchmark prints numbers. See bench/README.md.
//
//   node bench/run.js [--quick]
//
// Writes build/bench/bench.json. --quick runs fewer passes (for a smoke run).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chrono from 'chrono-node';
import { JSDOM } from 'jsdom';

import { extractText } from '../web/src/extract.js';
import { findArticleRoot } from '../web/src/find-article.js';
import { loadChecker } from '../web/src/loader.js';
import { findPublishedDate } from '../web/src/published.js';
import { CORPUS_JSONL, OUT_DIR, ensureCorpus } from './generate-corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = resolve(ROOT, 'build/native/bin');
const NATIVE = resolve(BIN, 'factmark_bench_check');
const WORLD = resolve(BIN, 'world.timeline');
const QUICK = process.argv.includes('--quick');
const LOADS = QUICK ? 1 : 3;  // page loads per page in Chromium
const TARGETS = {
  wasmVsChrono: 20, wasmVsNative: 0.6, coreUs1000Words: 200, defaultLoadMs: 20,
  millionLoadMs: 1000, millionMemoryMb: 300, millionLatencyRatio: 1.5, widgetGzipKb: 100,
  longestTaskMs: 50, highlightMs: 100,
};

const fmt = (x, d = 2) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(d));
const mark = (ok) => (ok == null ? '(not measured)' : ok ? '✔' : '✘');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

function nativeJson(args) {
  const run = spawnSync(NATIVE, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${NATIVE} ${args.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1].trim() ?? cpu;
  } catch { /* not Linux */ }
  const version = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000,
        env: { ...process.env, NODE_PATH: ['/usr/share/nodejs', process.env.NODE_PATH].filter(Boolean).join(':') } })
        .split('\n')[0].match(/\d+\.\d+(\.\d+)*/)?.[0];
    } catch { return 'not found'; }
  };
  return {
    cpu, cores: cpus().length, node: process.version, emscripten: version('emcc', ['--version']),
    chromium: version(process.env.FACTMARK_CHROMIUM ?? '/usr/bin/chromium', ['--version']),
    chrono_node: JSON.parse(readFileSync(resolve(ROOT, 'node_modules/chrono-node/package.json'), 'utf8')).version,
  };
}

// The demo's articles, read as the widget reads them.
function demoArticles() {
  const pages = ['web/demo/index.html', 'web/demo/gallery/classic.html', 'web/demo/gallery/ads.html',
    'web/demo/gallery/liveblog.html'];
  return pages.map((page) => {
    const { document } = new JSDOM(readFileSync(resolve(ROOT, page), 'utf8')).window;
    return { name: page.split('/').pop(), text: extractText(findArticleRoot(document).root).text,
      published: findPublishedDate(document).date };
  });
}

function wasmLatency(checker, text, published, repetitions) {
  for (let i = 0; i < 10; i++) checker.checkJson(text, { published });
  const micros = [];
  for (let i = 0; i < repetitions; i++) {
    const t0 = performance.now();
    checker.checkJson(text, { published });
    micros.push((performance.now() - t0) * 1000);
  }
  return median(micros);
}

function passes(n, pass) {
  pass();  // warm-up
  const seconds = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    pass();
    seconds.push((performance.now() - t0) / 1000);
  }
  return seconds;
}

async function browserFigures() {
  const { startServer } = await import('../web/demo/server.js');
  const { launchChromium } = await import('../tests/browser/chromium.js');
  const { writeLongPage } = await import('../tests/browser/long-page.js');
  const generated = resolve(ROOT, 'build/gallery') + '/';
  await writeLongPage(generated);
  const { server, url } = await startServer({ port: 0, mounts: { '/generated/': generated } });
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [name, path] of [['demo', 'demo/'], ['classic', 'demo/gallery/classic.html'],
      ['ads', 'demo/gallery/ads.html'], ['20,000 words', 'generated/long.html']]) {
      // Each page loads LOADS times in a fresh tab: the times are medians,
      // the longest task the longest seen. Only tasks from the widget's
      // script on count; the page's own parsing before it is not factmark's.
      const loads = [];
      for (let n = 0; n < LOADS; n++) {
        const page = await browser.context.newPage();
        await page.addInitScript(() => {
          window.__longTasks = [];
          new PerformanceObserver((l) => {
            for (const e of l.getEntries()) window.__longTasks.push({ at: e.startTime, ms: e.duration });
          }).observe({ type: 'longtask', buffered: true });
        });
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(`${url}${path}`);
        await page.waitForSelector('html[data-factmark]', { timeout: 60_000 });
        const figures = await page.evaluate(() => {
          const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
          const [script, start, done] = ['factmark-script', 'factmark-start', 'factmark-checked'].map(at);
          const from = script ?? start ?? 0;
          return { ms: start != null && done != null ? done - start : null,
            from_script_ms: script != null && done != null ? done - script : null,
            longest: Math.max(0, ...window.__longTasks.filter((t) => t.at + t.ms > from).map((t) => t.ms)),
            claims: document.querySelectorAll('factmark-claim[tabindex="0"]').length };
        });
        const { metrics } = await cdp.send('Performance.getMetrics');
        figures.heap_mb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
        loads.push(figures);
        await page.close();
      }
      const mid = (key) => (loads.some((l) => l[key] == null) ? null : median(loads.map((l) => l[key])));
      rows.push({ page: name, ms: mid('ms'), from_script_ms: mid('from_script_ms'),
        longest: Math.max(...loads.map((l) => l.longest)), claims: loads[0].claims,
        heap_mb: mid('heap_mb'), loads: LOADS });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

async function main() {
  const started = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });
  ensureCorpus({ log: () => {} });
  const corpus = readFileSync(CORPUS_JSONL, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const corpusBytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const words = [];
  for (const a of corpus) {
    words.push(...a.text.split(/\s+/));
    if (words.length >= 1000) break;
  }
  const article1000 = resolve(OUT_DIR, 'article-1000.txt');
  writeFileSync(article1000, words.slice(0, 1000).join(' '));
  const info = machine();
  const out = { machine: info, targets: TARGETS };
  console.log(`bench: ${info.cpu}, ${info.cores} cores; Node ${info.node}, Emscripten ${info.emscripten}, ` +
    `Chromium ${info.chromium}, chrono-node ${info.chrono_node}`);

  // 1. Core latency, native and wasm.
  const checker = await loadChecker();
  const reps = QUICK ? 51 : 201;
  const latency = [];
  for (const a of [...demoArticles(), { name: '1,000 words', text: readFileSync(article1000, 'utf8'), published: '2025-07-28' }]) {
    const file = resolve(OUT_DIR, `latency-${latency.length}.txt`);
    writeFileSync(file, a.text);
    const native = nativeJson(['latency', WORLD, file, a.published ?? '', '--repetitions', String(reps)]).check_us;
    latency.push({ article: a.name, words: a.text.split(/\s+/).length, native_us: native,
      wasm_us: wasmLatency(checker, a.text, a.published, reps) });
  }
  out.latency = latency;

  // 2 and 3. Throughput over the corpus: the full check, native and wasm,
  // and chrono-node's date parsing alone.
  const n = QUICK ? 1 : 3;
  const native = nativeJson(['throughput', WORLD, CORPUS_JSONL, '--repetitions', String(n)]);
  const mb = corpusBytes / 1e6;
  const wasmJson = passes(n, () => { for (const a of corpus) checker.checkJson(a.text, { published: a.published }); });
  const wasmObjects = passes(n, () => { for (const a of corpus) checker.check(a.text, { published: a.published }); });
  // chrono-node over a prefix that takes a few seconds (it is slow).
  const prefix = corpus.slice(0, QUICK ? 300 : 1500);
  const prefixMb = prefix.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1e6;
  const chronoSeconds = passes(n, () => {
    for (const a of prefix) {
      const [y, m, d] = a.published.split('-').map(Number);
      chrono.parse(a.text, new Date(y, m - 1, d, 12));
    }
  });
  out.throughput = {
    corpus_mb: mb, articles: corpus.length,
    native_mb_s: native.mb_per_s,
    wasm_json_mb_s: spread(wasmJson.map((s) => mb / s)),
    wasm_objects_mb_s: spread(wasmObjects.map((s) => mb / s)),
    chrono_mb_s: spread(chronoSeconds.map((s) => prefixMb / s)), chrono_prefix_mb: prefixMb,
  };
  const t = out.throughput;
  t.wasm_vs_native = t.wasm_json_mb_s.median / t.native_mb_s.median;
  t.wasm_vs_chrono = t.wasm_objects_mb_s.median / t.chrono_mb_s.median;

  // 4. Timelines: the default, and synthetic ones of 100,000 and 1,000,000
  // events (native), and the default's load in wasm.
  out.scale = [0, 100_000, ...(QUICK ? [] : [1_000_000])].map((events) =>
    nativeJson(['scale', String(events), article1000, '2025-07-28']));
  // Wikipedia's Current Events, when ../shared/data/reference is here.
  const wcep = resolve(ROOT, '../shared/data/reference/wcep-current-events-2002-2026.tsv.gz');
  if (existsSync(wcep)) {
    const items = (await import('node:zlib')).gunzipSync(readFileSync(wcep)).toString('utf8')
      .split('\n').slice(1).map((l) => l.split('\t')).filter((f) => f[2] === 'event')
      .map((f) => `${f[0]}\t${f[3]}`).join('\n');
    const file = resolve(OUT_DIR, 'wcep-items.tsv');
    writeFileSync(file, items);
    out.reference = nativeJson(['reference', file, article1000, '2025-07-28']);
  } else {
    console.log('bench: ../shared/data/reference not found; the Current Events timeline is skipped');
  }
  const worldBytes = new Uint8Array(readFileSync(WORLD));
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    (await loadChecker({ timelines: [worldBytes] })).delete();
    loads.push(performance.now() - t0);
  }
  out.wasm_default_load_ms = spread(loads);

  // 5. Weight.
  const size = (path) => {
    const bytes = readFileSync(resolve(ROOT, path));
    return { raw_kb: bytes.length / 1024, gzip_kb: gzipSync(bytes, { level: 9 }).length / 1024 };
  };
  // What a page with the one tag downloads: the embed bundle, its worker and
  // the chunks they share (scripts/build-bundles.js), glue included.
  const widgetFiles = readdirSync(resolve(ROOT, 'web/dist'))
    .filter((f) => f === 'factmark.embed.js' || f === 'worker.js' || /^factmark\.chunk-.*\.js$/.test(f))
    .map((f) => `web/dist/${f}`);
  const widget = Buffer.concat(widgetFiles.map((f) => readFileSync(resolve(ROOT, f))));
  out.weight = {
    widget_js: { raw_kb: widget.length / 1024, gzip_kb: gzipSync(widget, { level: 9 }).length / 1024 },
    classic_js: size('web/dist/factmark.classic.js'),
    wasm: size('web/dist/factmark.wasm'),
    timeline: size('web/dist/world.timeline'),
  };
  out.weight.widget_and_wasm_gzip_kb = out.weight.widget_js.gzip_kb + out.weight.wasm.gzip_kb;

  // 6. In Chromium.
  out.browser = await browserFigures();
  checker.delete();

  // The table.
  const l1000 = latency.at(-1);
  const [def, k100, m1] = out.scale;
  const lines = [
    '| measure | figure | target |',
    '|---|---|---|',
    ...latency.map((r) => `| check(), ${r.article} (${r.words} words) | native ${fmt(r.native_us, 0)} µs · wasm ${fmt(r.wasm_us, 0)} µs |` +
      (r === l1000 ? ` < ${TARGETS.coreUs1000Words} µs wasm ${mark(r.wasm_us < TARGETS.coreUs1000Words)} |` : ' |')),
    `| full check, ${fmt(mb, 1)} MB corpus | native ${fmt(t.native_mb_s.median)} MB/s (${fmt(t.native_mb_s.min)}–${fmt(t.native_mb_s.max)}) · wasm ${fmt(t.wasm_json_mb_s.median)} MB/s JSON, ${fmt(t.wasm_objects_mb_s.median)} MB/s objects | |`,
    `| wasm / native | ${fmt(t.wasm_vs_native)} | ≥ ${TARGETS.wasmVsNative} ${mark(t.wasm_vs_native >= TARGETS.wasmVsNative)} |`,
    `| chrono-node, dates only | ${fmt(t.chrono_mb_s.median)} MB/s (${fmt(t.chrono_mb_s.min)}–${fmt(t.chrono_mb_s.max)}, first ${fmt(t.chrono_prefix_mb, 1)} MB) | |`,
    `| full check (wasm) / chrono-node | ${fmt(t.wasm_vs_chrono)}× | ≥ ${TARGETS.wasmVsChrono}× ${mark(t.wasm_vs_chrono >= TARGETS.wasmVsChrono)} |`,
    `| default timeline: load | native ${fmt(def.load_ms)} ms · wasm ${fmt(out.wasm_default_load_ms.median)} ms; ${fmt(def.snapshot_bytes / 1e6)} MB | < ${TARGETS.defaultLoadMs} ms ${mark(out.wasm_default_load_ms.median < TARGETS.defaultLoadMs)} |`,
    `| 100,000 events: load, memory, check | ${fmt(k100.load_ms)} ms · ${fmt(k100.memory_mb, 0)} MB · ${fmt(k100.check_us, 0)} µs | |`,
    ...(m1 ? [`| 1,000,000 events: load, memory, check | ${fmt(m1.load_ms)} ms · ${fmt(m1.memory_mb, 0)} MB · ${fmt(m1.check_us, 0)} µs (${fmt(m1.check_us / def.check_us)}× the default's) | < ${TARGETS.millionLoadMs} ms ${mark(m1.load_ms < TARGETS.millionLoadMs)}, < ${TARGETS.millionMemoryMb} MB ${mark(m1.memory_mb < TARGETS.millionMemoryMb)}, ≤ ${TARGETS.millionLatencyRatio}× ${mark(m1.check_us / def.check_us <= TARGETS.millionLatencyRatio)} |`] : []),
    ...(out.reference ? [`| Current Events (${out.reference.events.toLocaleString('en-US')} items): load, memory, check | ${fmt(out.reference.load_ms)} ms · ${fmt(out.reference.memory_mb, 0)} MB · ${fmt(out.reference.check_us, 0)} µs | |`] : []),
    `| widget JS + wasm, gzip | ${fmt(out.weight.widget_js.gzip_kb, 1)} KB + ${fmt(out.weight.wasm.gzip_kb, 1)} KB = ${fmt(out.weight.widget_and_wasm_gzip_kb, 1)} KB (classic bundle ${fmt(out.weight.classic_js.gzip_kb, 1)} KB; timeline ${fmt(out.weight.timeline.gzip_kb, 0)} KB) | ≤ ${TARGETS.widgetGzipKb} KB ${mark(out.weight.widget_and_wasm_gzip_kb <= TARGETS.widgetGzipKb)} |`,
    ...out.browser.map((b) => `| Chromium, ${b.page}: start to checked, longest task, JS heap | ${fmt(b.ms, 0)} ms` +
      `${b.from_script_ms != null ? ` (${fmt(b.from_script_ms, 0)} ms from the script's start)` : ''} · ${fmt(b.longest, 0)} ms · ${fmt(b.heap_mb, 1)} MB (${b.claims} claims) | ` +
      (b.page === '20,000 words' ? `no task > ${TARGETS.longestTaskMs} ms ${mark(b.longest <= TARGETS.longestTaskMs)} |` : `≤ ${TARGETS.highlightMs} ms ${mark(b.ms == null ? null : b.ms <= TARGETS.highlightMs)} |`)),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  out.table = lines;
  out.seconds = (performance.now() - started) / 1000;
  writeFileSync(resolve(OUT_DIR, 'bench.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`bench: ${fmt(out.seconds, 0)} s; wrote build/bench/bench.json`);
}

await main();
