#!/usr/bin/env node
// Scores factmark's claim checking against the labelled articles in this
// folder (articles/*.txt, labels.jsonl), written for the project before the
// claim rules were tuned. Prints, per claim kind and overall, how many
// labelled claims were found and judged right, the precision and recall of
// each verdict, and every false "contradicted" (the worst error factmark can
// make). Exit 1 when there is a false "contradicted" or accuracy falls below
// baseline.json.
//
//   node tests/eval/claims/run.js [--write-baseline]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadChecker } from '../../../web/src/loader.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const KINDS = ['event-date', 'elapsed-time', 'role-at-time', 'anniversary'];
const VERDICTS = ['supported', 'contradicted', 'unverifiable'];

const labels = readFileSync(join(HERE, 'labels.jsonl'), 'utf8').split('\n')
  .filter((l) => l.trim()).map((l) => JSON.parse(l));
const checker = await loadChecker();

const rows = [];         // one per labelled claim: {kind, expected, got}
const falseContradicted = [];
const unlabelled = [];   // claims factmark made that no label covers
for (const { article, published, claims } of labels) {
  const text = readFileSync(join(HERE, 'articles', article), 'utf8');
  const result = checker.check(text, { published });
  const used = new Set();
  for (const label of claims) {
    const at = text.indexOf(label.text);
    if (at < 0) throw new Error(`${article}: label text not in the article: ${label.text}`);
    const end = at + label.text.length;
    // The claims factmark made over the labelled words.
    const over = result.claims.filter((c) => c.start < end && c.end > at);
    over.forEach((c) => used.add(c));
    const sameKind = over.filter((c) => c.kind === label.kind);
    const got = (sameKind[0] ?? over[0])?.verdict ?? 'none';
    rows.push({ article, kind: label.kind, expected: label.verdict, got, text: label.text });
    if (got === 'contradicted' && label.verdict !== 'contradicted') {
      falseContradicted.push(`${article}: "${label.text}" is ${label.verdict}, factmark says contradicted`);
    }
  }
  for (const c of result.claims) {
    if (used.has(c)) continue;
    unlabelled.push({ article, claim: c });
    if (c.verdict === 'contradicted') {
      falseContradicted.push(`${article}: "${c.text}" (unlabelled) contradicted: ${c.explanation}`);
    }
  }
}
checker.delete();

// A trap ("none") is judged right when factmark makes no claim of it or
// leaves it unverifiable; every other label needs its verdict.
const right = (r) => r.got === r.expected || (r.expected === 'none' && r.got === 'unverifiable');
const pct = (n, d) => (d === 0 ? '   -  ' : `${(100 * n / d).toFixed(1).padStart(5)}%`);
const line = (name, list) => {
  const ok = list.filter(right).length;
  const found = list.filter((r) => r.got !== 'none').length;
  return `${name.padEnd(14)} ${String(list.length).padStart(7)} ${String(found).padStart(6)} ` +
         `${String(ok).padStart(6)} ${pct(ok, list.length)}`;
};
console.log('kind           labelled  found  right  accuracy');
for (const kind of KINDS) console.log(line(kind, rows.filter((r) => r.kind === kind)));
console.log(line('all', rows));
console.log('\nverdict        precision  recall');
for (const v of VERDICTS) {
  const said = rows.filter((r) => r.got === v);
  const truth = rows.filter((r) => r.expected === v);
  console.log(`${v.padEnd(14)} ${pct(said.filter((r) => r.expected === v).length, said.length)}    ` +
              `${pct(truth.filter((r) => r.got === v).length, truth.length)}`);
}
const accuracy = rows.filter(right).length / rows.length;
console.log(`\nclaims factmark made that no label covers: ${unlabelled.length}`);
console.log(`false contradicted: ${falseContradicted.length}`);
for (const f of falseContradicted) console.log(`  ${f}`);

const BASELINE = join(HERE, 'baseline.json');
if (process.argv.includes('--write-baseline')) {
  // Rounded down, so the run that writes it passes against it.
  writeFileSync(BASELINE, `${JSON.stringify({ accuracy: Math.floor(accuracy * 1e4) / 1e4 })}\n`);
  console.log(`wrote ${BASELINE}`);
}
let baseline = 0;
try { baseline = JSON.parse(readFileSync(BASELINE, 'utf8')).accuracy; } catch { /* none yet */ }
console.log(`accuracy ${(100 * accuracy).toFixed(1)}% (baseline ${(100 * baseline).toFixed(1)}%, target 95%)`);
process.exitCode = falseContradicted.length > 0 || accuracy + 1e-9 < baseline ? 1 : 0;
