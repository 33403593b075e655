// Hostile strings through the wasm checker: lone UTF-16 surrogates, NUL
// characters, text one byte over the limit, and 2 MB of one giant sentence
// timed against ordinary text of the same size (see also
// tests/core/adversarial_input_test.cc, which covers more kinds natively).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { FactmarkError, loadChecker } from '../../web/src/loader.js';
import { ROOT } from './helpers.js';

const LIMIT = 5 * 1024 * 1024;  // kMaxTextBytes in core/src/text_input.h
const SIZE = 2 * 1024 * 1024;

// `unit` repeated to `size` UTF-16 units (ASCII units, so also bytes).
const repeat = (unit, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// An adversarial kind may take this many times ordinary text's time, plus
// SLACK_MS: a generous ratio measured in the same test, never a fixed bound.
const MOST_TIMES = 10;
const SLACK_MS = 500;

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

// Every claim's offsets index the string checked.
function assertOffsetsIndex(text, result) {
  for (const claim of result.claims) {
    assert.ok(claim.start >= 0 && claim.end <= text.length, JSON.stringify(claim));
    assert.equal(text.slice(claim.start, claim.end), claim.text);
  }
}

describe('adversarial input through the wasm checker', () => {
  let checker;
  before(async () => { checker = await loadChecker(); });
  after(() => checker.delete());

  it('checks text full of lone surrogates, keeping offsets', () => {
    const claim = 'President Donald Trump took office on January 21, 2017.';
    const text = `\uD800\uDC00\uDC00 \uD83D x\uDBFF\uDBFF. ${claim} \uDFFF\uD800`;
    const result = checker.check(text, { published: '2025-07-28' });
    assertOffsetsIndex(text, result);
    const found = result.claims.find((c) => c.text.startsWith('President Donald Trump'));
    assert.ok(found, JSON.stringify(result.claims));
    assert.equal(found.verdict, 'contradicted');
    // Many of them: still a result, offsets still right.
    const many = `${'\uDC00\uD800 '.repeat(20000)}${claim}${' \uD800'.repeat(20000)}`;
    const manyResult = checker.check(many, { published: '2025-07-28' });
    assertOffsetsIndex(many, manyResult);
    assert.ok(manyResult.claims.some((c) => c.text.startsWith('President Donald Trump')));
  });

  it('checks text with NUL characters, keeping offsets', () => {
    const text = '\0Intro.\0 President Donald Trump took office on January 21, 2017.\0\0 ' +
      'Lee Jae Myung took office on June 4.\0';
    const result = checker.check(text, { published: '2025-07-28' });
    assert.ok(result.claims.length >= 2, JSON.stringify(result.claims));
    assertOffsetsIndex(text, result);
    // The result JSON escapes them: it parses, and the raw text has no NUL.
    assert.ok(!checker.checkJson(text, { published: '2025-07-28' }).includes('\0'));
  });

  it('refuses text one byte over the limit with a FactmarkError naming it', () => {
    const over = repeat('June 4 ', LIMIT + 1);
    assert.throws(() => checker.check(over),
      (error) => error instanceof FactmarkError && error.code === 'invalid-input' &&
        error.message.includes(`at most ${LIMIT} bytes`) && /split it/.test(error.message));
    // A string of fewer units can still be over in UTF-8 bytes.
    const wide = 'é'.repeat(LIMIT / 2 + 1);
    assert.throws(() => checker.check(wide),
      (error) => error instanceof FactmarkError && error.code === 'invalid-input');
  });

  it('refuses invalid UTF-8 bytes with a FactmarkError saying where', () => {
    const bytes = new TextEncoder().encode(repeat('Seoul on June 4. ', 1000));
    const bad = new Uint8Array(bytes.length + 3);
    bad.set(bytes);
    bad.set([0xED, 0xA0, 0x80], bytes.length);  // an encoded lone surrogate
    assert.throws(() => checker.check(bad),
      (error) => error instanceof FactmarkError && error.code === 'invalid-input' &&
        error.message.includes(`first bad byte at offset ${bytes.length}`));
  });

  it('checks 2 MB of one giant sentence within a multiple of ordinary text', async () => {
    const dir = `${ROOT}tests/fixtures/articles/`;
    const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
    let unit = '';
    for (const name of names) unit += `${await readFile(dir + name, 'utf8')}\n\n`;
    const ordinary = repeat(unit);
    const giant = repeat('and President Lee Jae Myung took office on June 4 in Seoul while ');
    const base = timed(() => checker.check(ordinary, { published: '2025-07-28' }));
    assert.ok(base.value.claims.some((c) => c.verdict === 'supported'));
    const hard = timed(() => checker.check(giant, { published: '2025-07-28' }));
    assert.ok(Array.isArray(hard.value.claims));
    assert.ok(hard.ms <= MOST_TIMES * base.ms + SLACK_MS,
      `one giant sentence took ${hard.ms.toFixed(0)} ms, ordinary text ${base.ms.toFixed(0)} ms`);
  });
});
