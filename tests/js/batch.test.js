// `factmark check --jsonl` on a generated archive of 10,000 articles, in the
// native program and the Node CLI: every line answered, in input order, one
// error line for each malformed input, the same bytes from both, and the
// throughput printed.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';

import { NATIVE_CLI, ROOT, run } from './helpers.js';

const ARCHIVE = `${ROOT}build/batch/archive.jsonl`;
const ARTICLES = 10_000;

// The evaluation's articles, over and over, with their published dates;
// every 997th line broken in one of three ways.
async function writeArchive() {
  const dir = `${ROOT}tests/eval/claims/`;
  const labels = (await readFile(`${dir}labels.jsonl`, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
  const texts = await Promise.all(labels.map((l) => readFile(`${dir}articles/${l.article}`, 'utf8')));
  const lines = [];
  const broken = [];
  for (let i = 0; i < ARTICLES; i++) {
    const k = i % labels.length;
    if (i % 997 === 500) {
      broken.push(i + 1);
      lines.push([`{"id": "a${i}", "text": `, `{"id": "a${i}"}`, '[1, 2, 3]'][broken.length % 3]);
      continue;
    }
    lines.push(JSON.stringify({ id: `a${i}`, published: labels[k].published, text: texts[k] }));
  }
  await mkdir(`${ROOT}build/batch`, { recursive: true });
  const body = `${lines.join('\n')}\n`;
  await writeFile(ARCHIVE, body);
  return { broken, bytes: Buffer.byteLength(body) };
}

// helpers.js's run(), timed.
async function timedRun(command, args) {
  const start = performance.now();
  const result = await run(command, args);
  return { ...result, seconds: (performance.now() - start) / 1000 };
}

describe('check --jsonl on 10,000 articles', () => {
  let archive;
  const outputs = {};

  for (const [name, command, args] of [
    ['native', NATIVE_CLI, []],
    ['node', process.execPath, [`${ROOT}web/cli/factmark.js`]],
  ]) {
    it(`${name}: every line, in order, an error line per malformed input`, async () => {
      archive ??= await writeArchive();
      const result = await timedRun(command, [...args, 'check', '--jsonl', ARCHIVE]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '', 'nothing but results when piped');
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, ARTICLES);
      let errors = 0;
      lines.forEach((line, i) => {
        const parsed = JSON.parse(line);
        if (parsed.error) {
          errors++;
          assert.equal(parsed.line, i + 1);
          assert.ok(archive.broken.includes(i + 1), `line ${i + 1}: ${line.slice(0, 120)}`);
        } else {
          assert.equal(parsed.id, `a${i}`);
          assert.ok(Array.isArray(parsed.claims));
        }
      });
      assert.equal(errors, archive.broken.length);
      outputs[name] = result.stdout;
      const mb = archive.bytes / 1e6;
      console.log(`# ${name} --jsonl: ${ARTICLES} articles (${mb.toFixed(1)} MB) in ` +
        `${result.seconds.toFixed(1)} s on ${availableParallelism()} cores: ` +
        `${(ARTICLES / result.seconds).toFixed(0)} articles/s, ${(mb / result.seconds).toFixed(2)} MB/s`);
    });
  }

  it('native and Node print the same bytes', () => {
    assert.ok(outputs.native && outputs.node);
    assert.equal(outputs.node, outputs.native);
  });
});
