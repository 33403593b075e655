// Checks the scoring functions on tiny hand-made examples (no data needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countStrict, matchRelaxed, scoreDocument, figures, prf, lenientValue, addCounts,
} from './score.js';
import { parseTimeML } from './timeml.js';
import { joinTokens } from './meantime.js';

const e = (start, end, type = 'DATE', value = '2025') => ({ start, end, type, value, text: '' });

test('strict matching needs equal start and end', () => {
  const gold = [e(0, 6), e(10, 20)];
  assert.equal(countStrict(gold, [e(0, 6), e(10, 19)]), 1);
  assert.equal(countStrict(gold, [e(0, 6), e(0, 6)]), 1, 'a gold span is matched once');
});

test('relaxed matching pairs overlaps one-to-one, largest overlap first', () => {
  const gold = [e(0, 10), e(12, 14)];
  const system = [e(2, 4), e(3, 13), e(20, 25)];
  // gold 0 overlaps system 0 by 2 and system 1 by 7; gold 1 overlaps system 1 by 1.
  assert.deepEqual(matchRelaxed(gold, system), [[0, 1]]);
  assert.deepEqual(matchRelaxed([e(0, 5)], [e(5, 9)]), [], 'touching spans do not overlap');
});

test('strict versus relaxed, type and value on one document', () => {
  const gold = [e(0, 10, 'DATE', '2025-06-04'), e(20, 30, 'DURATION', 'P3Y'), e(40, 45, 'DATE', '199')];
  const system = [
    e(0, 10, 'DATE', '2025-06-04'),   // strict, type and value right
    e(22, 30, 'DATE', 'P3Y'),         // relaxed only, type wrong, value right
    e(40, 45, 'DATE', '199X'),        // strict, value right only leniently
    e(50, 55, 'TIME', 'T10:00'),      // false positive
  ];
  const { counts, missed, spurious } = scoreDocument(gold, system);
  assert.deepEqual(counts, { docs: 1, gold: 3, system: 4, strict: 2, relaxed: 3, type: 2, value: 2, lenient: 3 });
  assert.equal(missed.length, 0);
  assert.deepEqual(spurious, [system[3]]);

  const f = figures(counts);
  assert.equal(f.strict.p, 2 / 4);
  assert.equal(f.strict.r, 2 / 3);
  assert.equal(f.relaxed.f1, 2 * (3 / 4) * 1 / (3 / 4 + 1));
  assert.equal(f.type.accuracy, 2 / 3);
  // Value F1: correct values over system count (P) and over gold count (R).
  assert.equal(f.value.p, 0.5);
  assert.equal(f.value.r, 2 / 3);
  assert.ok(Math.abs(f.value.f1 - 4 / 7) < 1e-12);
  assert.equal(f.lenientValue.r, 1);
});

test('prf with nothing proposed or expected is zero, not NaN', () => {
  assert.deepEqual(prf(0, 0, 0), { p: 0, r: 0, f1: 0 });
  assert.deepEqual(addCounts({ gold: 1 }, { gold: 2, system: 3 }), { gold: 3, system: 3 });
});

test('lenient values', () => {
  assert.equal(lenientValue(' 199X '), '199');
  assert.equal(lenientValue('1989-XX'), '1989');
  assert.equal(lenientValue('1998-10-XX'), '1998-10-XX');
  assert.equal(lenientValue('XXXX'), 'XXXX');
});

test('TimeML text has the tags removed and gold offsets into it', () => {
  const doc = parseTimeML(`<DCT><TIMEX3 value="1998-01-08T10:00" tid="t0" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>A &amp; B <EVENT eid="e1">met</EVENT> <TIMEX3 type="DATE" tid="t1" value="1998-01-07">yesterday</TIMEX3>.</TEXT>`, 'd');
  assert.equal(doc.text, 'A & B met yesterday.');
  assert.equal(doc.published, '1998-01-08');
  assert.deepEqual(doc.gold, [{ start: 10, end: 19, text: 'yesterday', type: 'DATE', value: '1998-01-07', mod: null }]);
});

test('CAT tokens are joined with spaces, titles and sentences on their own lines', () => {
  const words = [[0, 'Title'], [1, 'On'], [1, 'June'], [1, '4'], [1, ','], [1, 'it'], [1, 'rose'],
    [1, '('], [1, '5'], [1, '%'], [1, ')'], [1, '.'], [2, 'End']];
  const { text, offsets } = joinTokens(words.map(([sentence, word]) => ({ sentence, word })));
  assert.equal(text, 'Title\n\nOn June 4, it rose (5%).\nEnd');
  assert.equal(text.slice(offsets[2].start, offsets[3].end), 'June 4');
});
