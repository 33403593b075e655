// Scores factmark's temporal tagger against public gold TIMEX3 annotations,
// TempEval-3 style: TimeBank+AQUAINT (TimeML) and MEANTIME (CAT XML), read at
// run time from ../shared/data/timeml (never copied into the repository).
//
//   node tests/eval/time/run.js [--verbose] [--corpus timebank|meantime]
//
// Prints a table, writes build/eval/time-report.json and, for tuning,
// build/eval/time-errors.json. Exits 0 even when the targets are missed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeML } from './timeml.js';
import { parseMeantime } from './meantime.js';
import { addCounts, figures, overlap, scoreDocument } from './score.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = path.resolve(ROOT, '../shared/data/timeml');
const OUT = path.join(ROOT, 'build/eval');
const EXTRACTED = path.join(OUT, 'timeml');
const TARGETS = { relaxed: 0.92, value: 0.85 };
const CONTEXT = 60;

const CORPORA = [
  {
    key: 'timebank', name: 'TimeBank+AQUAINT', tarball: 'tbaq_cleaned_timebank_aquaint.tar.gz',
    dir: 'data/TBAQ-cleaned', collections: ['TimeBank', 'AQUAINT'], ext: '.tml', parse: parseTimeML,
  },
  {
    key: 'meantime', name: 'MEANTIME', tarball: 'meantime_newsreader_english_oct15.tar.gz',
    dir: 'data/meantime_newsreader_english_oct15/intra-doc_annotation',
    collections: ['corpus_airbus', 'corpus_apple', 'corpus_gm', 'corpus_stock'], ext: '.xml',
    parse: parseMeantime,
  },
];

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { verbose: false, corpus: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose' || argv[i] === '-v') options.verbose = true;
    else if (argv[i] === '--corpus') options.corpus = argv[++i];
    else if (argv[i].startsWith('--corpus=')) options.corpus = argv[i].slice(9);
    else throw new UsageError(`unknown argument ${argv[i]} (use --verbose, --corpus timebank|meantime)`);
  }
  if (options.corpus && !CORPORA.some((c) => c.key === options.corpus)) {
    throw new UsageError(`--corpus must be timebank or meantime, not ${options.corpus}`);
  }
  return options;
}

/** Extracts a tarball into build/eval/timeml/ once; a marker file records success. */
function extract(corpus) {
  const marker = path.join(EXTRACTED, `.${corpus.tarball}.extracted`);
  if (existsSync(marker) && existsSync(path.join(EXTRACTED, corpus.dir))) return;
  mkdirSync(EXTRACTED, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(DATA, corpus.tarball), '-C', EXTRACTED], { stdio: 'inherit' });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

function loadDocuments(corpus) {
  const documents = [];
  for (const collection of corpus.collections) {
    const dir = path.join(EXTRACTED, corpus.dir, collection);
    const files = readdirSync(dir).filter((f) => f.endsWith(corpus.ext) && !f.startsWith('.')).sort();
    for (const file of files) {
      const id = file.slice(0, -corpus.ext.length);
      const doc = corpus.parse(readFileSync(path.join(dir, file), 'utf8'), id);
      documents.push({ ...doc, collection: collection.replace(/^corpus_/, '') });
    }
  }
  return documents;
}

async function loadTagger() {
  if (!existsSync(path.join(ROOT, 'web/dist/factmark.js'))) {
    throw new Error('web/dist/factmark.js is missing: build it first (npm run setup)');
  }
  const { loadDateTagger } = await import('../../../web/src/loader.js');
  return loadDateTagger();
}

const brief = (e) => e && { text: e.text, type: e.type, value: e.value, mod: e.mod ?? null,
                            ...(e.anchor ? { anchor: e.anchor } : {}), start: e.start, end: e.end };

function errorRecord(kind, corpus, doc, gold, system) {
  const start = Math.min(gold?.start ?? Infinity, system?.start ?? Infinity);
  const end = Math.max(gold?.end ?? -Infinity, system?.end ?? -Infinity);
  return {
    kind, corpus: corpus.name, collection: doc.collection, doc: doc.id, published: doc.published,
    gold: brief(gold), system: brief(system),
    before: doc.text.slice(Math.max(0, start - CONTEXT), start),
    span: doc.text.slice(start, end),
    after: doc.text.slice(end, end + CONTEXT),
  };
}

/** Tags and scores every document of a corpus; returns totals, per-collection totals and errors. */
function evaluate(corpus, documents, tagger) {
  const total = {};
  const byCollection = {};
  const errors = [];
  const ignored = {};
  for (const doc of documents) {
    let result;
    try {
      result = tagger.dates(doc.text, { published: doc.published });
    } catch (error) {
      error.message = `${corpus.name} ${doc.id}: ${error.message}`;
      throw error;
    }
    // MEANTIME: the creation time (dateline) and the unannotated sentences are not scored.
    const system = result.expressions.filter((s) => {
      const region = (doc.ignore ?? []).find((r) => overlap(r, s) > 0);
      if (region) ignored[region.reason] = (ignored[region.reason] ?? 0) + 1;
      return !region;
    });

    const { counts, pairs, missed, spurious } = scoreDocument(doc.gold, system);
    addCounts(total, counts);
    addCounts(byCollection[doc.collection] ??= {}, counts);
    for (const g of missed) errors.push(errorRecord('false negative', corpus, doc, g, null));
    for (const s of spurious) errors.push(errorRecord('false positive', corpus, doc, null, s));
    for (const p of pairs) {
      if (!p.type) errors.push(errorRecord('type mismatch', corpus, doc, p.gold, p.system));
      if (!p.value) errors.push(errorRecord('value mismatch', corpus, doc, p.gold, p.system));
      if (!p.strict) errors.push(errorRecord('span mismatch', corpus, doc, p.gold, p.system));
    }
  }
  return {
    name: corpus.name, ...figures(total), ignoredSystem: ignored,
    docsWithoutPublished: documents.filter((d) => !d.published).map((d) => d.id),
    collections: Object.entries(byCollection).map(([name, c]) => ({ name, ...figures(c) })),
    errors,
  };
}

const n3 = (x) => x.toFixed(3);

function printTable(rows) {
  const header = ['corpus', 'docs', 'gold', 'sys', 'strict P', 'R', 'F1', 'relaxed P', 'R', 'F1',
                  'type acc', 'value P', 'R', 'F1'];
  const lines = rows.map((r) => [r.label, r.docs, r.gold, r.system,
    n3(r.strict.p), n3(r.strict.r), n3(r.strict.f1), n3(r.relaxed.p), n3(r.relaxed.r), n3(r.relaxed.f1),
    n3(r.type.accuracy), n3(r.value.p), n3(r.value.r), n3(r.value.f1)].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

const describe = (e) => e ? `"${e.text}" ${e.type} ${e.value}${e.mod ? ` ${e.mod}` : ''}` : '—';
const oneLine = (s) => s.replace(/\s+/g, ' ');

/** Prints the errors grouped by kind, then by text (most frequent first). */
function printErrors(errors, groupsPerKind = 25) {
  const kinds = ['false negative', 'false positive', 'value mismatch', 'type mismatch', 'span mismatch'];
  for (const kind of kinds) {
    const ofKind = errors.filter((e) => e.kind === kind);
    const groups = new Map();
    for (const e of ofKind) {
      const key = (e.gold ?? e.system).text.toLowerCase().replace(/\s+/g, ' ');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    }
    const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const plural = kind.endsWith('mismatch') ? `${kind}es` : `${kind}s`;
    const of = kind === 'false positive' ? 'system' : 'gold';
    console.log(`\n${plural}: ${ofKind.length} (${groups.size} distinct ${of} texts, most frequent first)`);
    for (const [, list] of sorted.slice(0, groupsPerKind)) {
      const e = list[0];
      console.log(`  ${String(list.length).padStart(3)}× gold ${describe(e.gold)} | system ${describe(e.system)}` +
        `  [${e.corpus === 'MEANTIME' ? 'MT' : 'TB'} ${e.doc} ${e.published ?? 'no date'}]` +
        `  …${oneLine(e.before).slice(-30)}[${oneLine(e.span)}]${oneLine(e.after).slice(0, 30)}…`);
    }
    if (sorted.length > groupsPerKind) console.log(`  … ${sorted.length - groupsPerKind} more texts in build/eval/time-errors.json`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(DATA)) {
    console.log(`eval:time skipped: the public gold data is not present (${path.relative(ROOT, DATA)} not found).`);
    return;
  }
  const corpora = CORPORA.filter((c) => !options.corpus || c.key === options.corpus);
  const tagger = await loadTagger();
  const results = [];
  for (const corpus of corpora) {
    extract(corpus);
    results.push(evaluate(corpus, loadDocuments(corpus), tagger));
  }

  const rows = [];
  for (const r of results) {
    rows.push({ label: r.name, ...r });
    if (options.verbose) for (const c of r.collections) rows.push({ label: `  ${c.name}`, ...c });
  }
  printTable(rows);
  console.log('lenient value P R F1 (secondary; decade "199X" = "199", gold "1989-XX" = "1989"; ' +
    'the table\'s value columns are exact): ' +
    results.map((r) => `${r.name} ${n3(r.lenientValue.p)} ${n3(r.lenientValue.r)} ${n3(r.lenientValue.f1)}`)
      .join(' · '));
  for (const r of results) {
    const notes = [];
    for (const [reason, n] of Object.entries(r.ignoredSystem)) {
      notes.push(`${n} system expressions not scored (${reason === 'creation time'
        ? 'on the creation-time dateline' : 'after the annotated first sentences'})`);
    }
    if (r.docsWithoutPublished.length) notes.push(`no full creation date (published: null) in ${r.docsWithoutPublished.join(', ')}`);
    for (const note of notes) console.log(`note, ${r.name}: ${note}`);
  }
  const mark = (ok) => (ok ? '✔' : '✘');
  const targets = results.flatMap((r) => [
    { corpus: r.name, measure: 'relaxed F1', target: TARGETS.relaxed, value: r.relaxed.f1 },
    { corpus: r.name, measure: 'value F1', target: TARGETS.value, value: r.value.f1 },
  ]).map((t) => ({ ...t, met: t.value >= t.target }));
  console.log('targets: ' + targets.map((t) =>
    `${t.corpus} ${t.measure} ${n3(t.value)} ≥ ${t.target} ${mark(t.met)}`).join(' · '));

  const errors = results.flatMap((r) => r.errors);
  mkdirSync(OUT, { recursive: true });
  const report = {
    generated: new Date().toISOString(),
    data: '../shared/data/timeml',
    notes: {
      value: 'exact after trimming; lenientValue also treats decade 199X as 199 and a gold YYYY-XX as YYYY',
      meantime: 'the creation-time TIMEX3 is not gold, and only sentences 0-5 are annotated: ' +
        'system expressions on the dateline or after the annotated sentences are not scored',
    },
    corpora: results.map(({ errors: _, ...r }) => r),
    targets,
    errors: Object.fromEntries(['false negative', 'false positive', 'value mismatch', 'type mismatch',
      'span mismatch'].map((k) => [k, errors.filter((e) => e.kind === k).length])),
  };
  writeFileSync(path.join(OUT, 'time-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(OUT, 'time-errors.json'), `${JSON.stringify(errors, null, 1)}\n`);
  console.log(`wrote ${path.relative(ROOT, path.join(OUT, 'time-report.json'))} and time-errors.json (${errors.length} errors)`);
  if (options.verbose) printErrors(errors);
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `eval:time: ${error.message}`
                                            : `eval:time failed: ${error.stack ?? error}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
