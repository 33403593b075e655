// TempEval-3-style scoring of temporal expressions against gold: strict and
// relaxed span matching, type accuracy, value precision/recall/F1.

/** Length of the overlap of two spans (0 or less when they do not overlap). */
export function overlap(a, b) {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Number of system expressions whose span equals a gold span (each gold used once). */
export function countStrict(gold, system) {
  const spans = new Map();
  for (const g of gold) spans.set(`${g.start}:${g.end}`, (spans.get(`${g.start}:${g.end}`) ?? 0) + 1);
  let matched = 0;
  for (const s of system) {
    const key = `${s.start}:${s.end}`;
    if (spans.get(key) > 0) {
      spans.set(key, spans.get(key) - 1);
      matched += 1;
    }
  }
  return matched;
}

/**
 * Relaxed matching: pairs of overlapping [goldIndex, systemIndex], one-to-one,
 * chosen greedily by largest overlap (ties: earlier gold, then earlier system).
 */
export function matchRelaxed(gold, system) {
  const candidates = [];
  gold.forEach((g, i) => system.forEach((s, j) => {
    const size = overlap(g, s);
    if (size > 0) candidates.push([size, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const goldUsed = new Set();
  const systemUsed = new Set();
  const pairs = [];
  for (const [, i, j] of candidates) {
    if (goldUsed.has(i) || systemUsed.has(j)) continue;
    goldUsed.add(i);
    systemUsed.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** A value compared exactly: trimmed. */
export function exactValue(value) {
  return (value ?? '').trim();
}

/** A value compared leniently: decade "199X" is "199", a year with "-XX" month is the year. */
export function lenientValue(value) {
  return exactValue(value).replace(/^(\d{3})X$/, '$1').replace(/^(\d{4})-XX$/, '$1');
}

/**
 * Scores one document.
 * @returns {{counts, pairs: {gold, system, strict, type, value, lenient}[],
 *            missed: object[], spurious: object[]}}
 */
export function scoreDocument(gold, system) {
  const pairs = matchRelaxed(gold, system).map(([i, j]) => {
    const g = gold[i];
    const s = system[j];
    return {
      gold: g, system: s,
      strict: g.start === s.start && g.end === s.end,
      type: g.type === s.type,
      value: exactValue(g.value) === exactValue(s.value),
      lenient: lenientValue(g.value) === lenientValue(s.value),
    };
  });
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedSystem = new Set(pairs.map((p) => p.system));
  const counts = {
    docs: 1,
    gold: gold.length,
    system: system.length,
    strict: countStrict(gold, system),
    relaxed: pairs.length,
    type: pairs.filter((p) => p.type).length,
    value: pairs.filter((p) => p.value).length,
    lenient: pairs.filter((p) => p.lenient).length,
  };
  return {
    counts, pairs,
    missed: gold.filter((g) => !matchedGold.has(g)),
    spurious: system.filter((s) => !matchedSystem.has(s)),
  };
}

/** Adds counts objects field by field. */
export function addCounts(total, counts) {
  for (const [key, n] of Object.entries(counts)) total[key] = (total[key] ?? 0) + n;
  return total;
}

/** Precision, recall and F1 of `correct` out of `system` proposed and `gold` expected. */
export function prf(correct, system, gold) {
  const p = system ? correct / system : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The figures of summed counts. */
export function figures(c) {
  return {
    docs: c.docs, gold: c.gold, system: c.system,
    strict: { correct: c.strict, ...prf(c.strict, c.system, c.gold) },
    relaxed: { correct: c.relaxed, ...prf(c.relaxed, c.system, c.gold) },
    type: { correct: c.type, of: c.relaxed, accuracy: c.relaxed ? c.type / c.relaxed : 0 },
    value: { correct: c.value, ...prf(c.value, c.system, c.gold) },
    lenientValue: { correct: c.lenient, ...prf(c.lenient, c.system, c.gold) },
  };
}
