// The wasm core through the JavaScript loader, in Node.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { Checker, FactmarkError, loadChecker, loadDateTagger } from '../../web/src/loader.js';
import { ROOT } from './helpers.js';

describe('loader', () => {
  let checker;
  before(async () => { checker = await loadChecker(); });
  after(() => checker.delete());

  it('loads the default timeline and checks a claim', () => {
    assert.ok(checker instanceof Checker);
    const result = checker.check('Joe Biden took office on January 20, 2021.',
      { published: '2025-07-29' });
    assert.equal(result.dataset.name, 'factmark-world');
    assert.equal(result.claims.length, 1);
    assert.equal(result.claims[0].verdict, 'supported');
    assert.equal(result.claims[0].evidence[0].id, 'joe-biden-took-office-president-of-the-united-states-2021-01-20');
  });

  it('gives offsets that index the JavaScript string', () => {
    const text = '😀 été 한국 — President Donald Trump took office on January 21, 2017.';
    const [claim] = checker.check(text).claims;
    assert.equal(text.slice(claim.start, claim.end),
      'President Donald Trump took office on January 21, 2017');
    assert.equal(claim.text, text.slice(claim.start, claim.end));
    assert.equal(claim.verdict, 'contradicted');
  });

  it('keeps offsets when the text holds lone surrogates', () => {
    const text = 'Broken \uD800 pair \uDC00. President Donald Trump took office on January 20, 2017.';
    const [claim] = checker.check(text).claims;
    assert.equal(text.slice(claim.start, claim.end),
      'President Donald Trump took office on January 20, 2017');
  });

  it('reports errors as FactmarkError with a stable code', () => {
    assert.throws(() => checker.check('x', { published: '2025-13-01' }),
      (error) => error instanceof FactmarkError && error.code === 'invalid-argument' &&
        /not a real date/.test(error.message));
    assert.throws(() => checker.check(42), TypeError);
  });

  it('refuses a corrupt timeline with a clear error', async () => {
    const good = new Uint8Array(await readFile(`${ROOT}web/dist/world.timeline`));
    for (const bytes of [good.slice(0, good.length - 1), new Uint8Array(10),
      Uint8Array.from(good, (b, i) => (i === 100 ? b ^ 0x10 : b))]) {
      await assert.rejects(loadChecker({ timeline: bytes }),
        (error) => error instanceof FactmarkError && error.code === 'corrupt-data');
    }
  });

  it('is unusable after delete()', async () => {
    const other = await loadChecker();
    other.delete();
    other.delete();  // twice is harmless
    assert.throws(() => other.check('x'), (error) => error.code === 'deleted');
  });

  it('gives the same text report as the result it explains', () => {
    const text = 'President Donald Trump took office on January 21, 2017.';
    const report = checker.report(text, { published: '2025-07-29' });
    assert.match(report, /\[contradicted\] event-date/);
    assert.equal(checker.checkJson(text, { published: '2025-07-29' }),
      JSON.stringify(checker.check(text, { published: '2025-07-29' })));
  });

  it('tags dates with offsets into the JavaScript string', async () => {
    const tagger = await loadDateTagger();
    const text = '😀 Lee took office on June 4; the war ended over seventy years ago.';
    const { published, expressions } = tagger.dates(text, { published: '2025-07-28' });
    assert.equal(published, '2025-07-28');
    assert.deepEqual(expressions.map((e) => [text.slice(e.start, e.end), e.type, e.value, e.mod]),
      [['June 4', 'DATE', '2025-06-04', null],
        ['over seventy years ago', 'DATE', '1955', 'MORE_THAN']]);
    assert.throws(() => tagger.dates(text, { published: 'July' }),
      (error) => error.code === 'invalid-argument');
  });
});
