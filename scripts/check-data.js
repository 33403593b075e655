#!/usr/bin/env node
// Cross-checks the default timeline's dates against the public reference data
// in ../shared/data/reference/ (leader terms, cabinets, Wikipedia's date
// pages), when that folder exists, and lists every disagreement. A
// disagreement is resolved when data/world/checks/resolved.tsv says why the
// timeline's date stands, with a second source; the script exits 1 while any
// is unresolved. Nothing from the reference data is written anywhere: it is
// read, compared and printed.
//
//   node scripts/check-data.js [--data DIR] [--reference DIR] [--all]
//
// --all also prints the resolved disagreements.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const DATA = option('--data', join(ROOT, 'data', 'world'));
const REFERENCE = option('--reference', join(ROOT, '..', 'shared', 'data', 'reference'));
const SHOW_ALL = args.includes('--all');

// Windows within which a reference row is taken to describe the same fact:
// beyond them it is some other term or election, not a disagreement.
const TERM_WINDOW_DAYS = 60;
const ELECTION_WINDOW_DAYS = 20;

if (!existsSync(REFERENCE)) {
  console.log(`check-data: skipped, no reference data at ${relative(process.cwd(), REFERENCE)}`);
  process.exit(0);
}

// ---- the timeline's sources ----

function jsonLines(suffix) {
  const out = [];
  for (const name of readdirSync(DATA).sort()) {
    if (!name.endsWith(suffix)) continue;
    readFileSync(join(DATA, name), 'utf8').split('\n').forEach((line) => {
      if (line.trim()) out.push(JSON.parse(line));
    });
  }
  return out;
}

const entities = new Map(jsonLines('entities.jsonl').map((e) => [e.id, e]));
const terms = jsonLines('terms.jsonl');
const events = jsonLines('events.jsonl');

// Days since 1970 of a YYYY-MM-DD date; null for month or year precision.
function day(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
}

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

// The words of every name a person goes by.
function nameWords(entity) {
  const words = new Set();
  for (const name of [entity.name, ...(entity.aliases ?? [])]) {
    for (const w of fold(name).split(' ')) words.add(w);
  }
  return words;
}

const subjectOf = (event) => event.participants.find((p) => p.role === 'subject')?.entity;

// ---- resolutions ----

const RESOLVED_FILE = join(DATA, 'checks', 'resolved.tsv');
const resolutions = new Map();
if (existsSync(RESOLVED_FILE)) {
  readFileSync(RESOLVED_FILE, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [record, field, decision, reason, source] = line.split('\t');
    if (!reason || !/^https?:\/\//.test(source ?? '') || decision !== 'kept') {
      throw new Error(`${relative(ROOT, RESOLVED_FILE)}:${i + 1}: expected ` +
                      'RECORD, FIELD, "kept", REASON and a SOURCE URL, tab-separated');
    }
    resolutions.set(`${record}\t${field}`, { reason, source });
  });
}

const disagreements = [];
function disagree(record, field, ours, reference, what) {
  disagreements.push({ record, field, ours, reference, what });
}

const termKey = (t) => `term:${t.office}:${t.holder}:${t.start}`;
const eventKey = (e) => `event:${e.id}`;

// ---- reference files ----

function tsv(name) {
  const path = join(REFERENCE, name);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const text = (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const [header, ...rows] = text.split('\n').filter((l) => l.length > 0);
  const columns = header.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

const counts = {};
const count = (what) => { counts[what] = (counts[what] ?? 0) + 1; };

// Archigos country codes of the timeline's countries.
const ARCHIGOS = {
  'united-states': ['USA'], 'united-kingdom': ['UKG'], canada: ['CAN'], australia: ['AUL'],
  france: ['FRN'], germany: ['GMY', 'GFR'], 'west-germany': ['GFR'], 'east-germany': ['GDR'],
  italy: ['ITA'], spain: ['SPN'], poland: ['POL'], 'soviet-union': ['RUS'], russia: ['RUS'],
  ukraine: ['UKR'], turkey: ['TUR'], israel: ['ISR'], iran: ['IRN'], egypt: ['EGY'],
  japan: ['JPN'], china: ['CHN'], taiwan: ['TAW'], 'south-korea': ['ROK'], 'north-korea': ['PRK'],
  india: ['IND'], pakistan: ['PAK'], indonesia: ['INS'], 'saudi-arabia': ['SAU'],
  'south-africa': ['SAF'], nigeria: ['NIG'], argentina: ['ARG'], brazil: ['BRA'], mexico: ['MEX'],
  syria: ['SYR'], iraq: ['IRQ'], afghanistan: ['AFG'], venezuela: ['VEN'], philippines: ['PHI'],
  vietnam: ['DRV', 'VNM'], thailand: ['THI'], greece: ['GRC'], netherlands: ['NTH'],
  sweden: ['SWD'], ireland: ['IRE'], 'new-zealand': ['NEW'], kenya: ['KEN'], ethiopia: ['ETH'],
  cuba: ['CUB'],
};
const PARLGOV = {
  australia: 'AUS', canada: 'CAN', germany: 'DEU', spain: 'ESP', france: 'FRA',
  'united-kingdom': 'GBR', greece: 'GRC', ireland: 'IRL', israel: 'ISR', italy: 'ITA',
  japan: 'JPN', netherlands: 'NLD', 'new-zealand': 'NZL', poland: 'POL', sweden: 'SWE',
  turkey: 'TUR',
};

// Each person's terms by country, and each person's birth and death events.
const termsByCountryAndHolder = new Map();
for (const t of terms) {
  const country = entities.get(t.office)?.jurisdiction;
  const key = `${country}\t${t.holder}`;
  if (!termsByCountryAndHolder.has(key)) termsByCountryAndHolder.set(key, []);
  termsByCountryAndHolder.get(key).push(t);
}
const lifeEvents = new Map();  // `${person}\t${type}` -> event
for (const e of events) {
  if (e.type === 'born' || e.type === 'died') lifeEvents.set(`${subjectOf(e)}\t${e.type}`, e);
}

// The timeline's term (of `holder` in `country`) whose start, or end, lies
// nearest to `referenceDay`.
function nearestTerm(list, referenceDay, field) {
  let best = null;
  for (const t of list) {
    const d = day(t[field]);
    if (d === null) continue;
    if (!best || Math.abs(d - referenceDay) < Math.abs(day(best[field]) - referenceDay)) best = t;
  }
  return best;
}

// People the reference data says have died: each needs a died event.
const referenceDeaths = new Map();  // person -> source

function compareLife(person, type, referenceValue, source) {
  if (type === 'died' && referenceValue) referenceDeaths.set(person, source);
  const event = lifeEvents.get(`${person}\t${type}`);
  if (!event || day(event.date) === null || !referenceValue) return;
  count(`${source} ${type}`);
  const ref = day(referenceValue);
  if (ref !== null && ref !== day(event.date)) {
    disagree(eventKey(event), 'date', event.date, referenceValue, `${source} dates the ${type === 'born' ? 'birth' : 'death'} differently`);
  }
}

// Archigos: the effective leader's terms, births and deaths, to 2015.
const archigos = tsv('archigos-4.1-leader-terms.tsv');
if (archigos) {
  const people = [...entities.values()].filter((e) => e.kind === 'person');
  for (const [country, codes] of Object.entries(ARCHIGOS)) {
    const rows = archigos.filter((r) => codes.includes(r.idacr) && r.startdate >= '1945');
    for (const row of rows) {
      const words = fold(row.leader).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      // People whose names hold every word of Archigos's short name and who
      // held an office of this country.
      const candidates = people.filter((p) => {
        if (!termsByCountryAndHolder.has(`${country}\t${p.id}`)) return false;
        const mine = nameWords(p);
        return words.every((w) => mine.has(w));
      });
      if (candidates.length !== 1) continue;  // unknown or ambiguous: no comparison
      const person = candidates[0];
      const list = termsByCountryAndHolder.get(`${country}\t${person.id}`);
      for (const field of ['start', 'end']) {
        const ref = day(field === 'start' ? row.startdate : row.enddate);
        if (ref === null) continue;
        const term = nearestTerm(list, ref, field);
        if (!term) continue;
        const diff = Math.abs(day(term[field]) - ref);
        if (diff > TERM_WINDOW_DAYS) continue;
        count(`archigos term ${field}`);
        if (diff !== 0) {
          disagree(termKey(term), field, term[field], field === 'start' ? row.startdate : row.enddate,
                   `Archigos ${field === 'start' ? 'begins' : 'ends'} ${row.leader}'s rule ${diff} day${diff === 1 ? '' : 's'} ${day(term[field]) < ref ? 'later' : 'earlier'}`);
        }
      }
      compareLife(person.id, 'born', row.borndate !== 'NA' ? row.borndate : '', 'Archigos');
      compareLife(person.id, 'died', row.deathdate !== 'NA' ? row.deathdate : '', 'Archigos');
    }
  }
}

// ParlGov: election days, in 37 countries to 2020.
const parlgov = tsv('parlgov-cabinets.tsv');
if (parlgov) {
  for (const e of events) {
    if (e.type !== 'election-held') continue;
    const code = PARLGOV[subjectOf(e)];
    const ours = day(e.date);
    if (!code || ours === null || e.date > '2020-03-31') continue;
    let nearest = null;
    for (const row of parlgov) {
      if (row.country !== code) continue;
      const d = day(row.election_date);
      if (d !== null && (nearest === null || Math.abs(d - ours) < Math.abs(nearest - ours))) nearest = d;
    }
    if (nearest === null || Math.abs(nearest - ours) > ELECTION_WINDOW_DAYS) continue;
    count('parlgov election');
    if (nearest !== ours) {
      const ref = new Date(nearest * 86400000).toISOString().slice(0, 10);
      disagree(eventKey(e), 'date', e.date, ref, 'ParlGov dates this election differently');
    }
  }
}

// Wikipedia's date pages: births and deaths of the people the timeline
// names, matched by article title.
const onThisDay = tsv('wikipedia-on-this-day.tsv.gz');
if (onThisDay) {
  const byTitle = new Map();
  for (const e of entities.values()) if (e.kind === 'person') byTitle.set(fold(e.name), e.id);
  for (const row of onThisDay) {
    if (row.kind !== 'births' && row.kind !== 'deaths') continue;
    const title = (row.linked_titles ?? '').split('|')[0];
    const person = byTitle.get(fold(title));
    if (!person || !/^\d{4}$/.test(row.year)) continue;
    const value = `${row.year}-${row.month.padStart(2, '0')}-${row.day.padStart(2, '0')}`;
    compareLife(person, row.kind === 'births' ? 'born' : 'died', value, "Wikipedia's date pages");
  }
}

// ---- the timeline against itself ----

// A term that ended in death needs the holder's death on its last day, or
// up to a week before it (the office passes when a successor is sworn in;
// a death at night is dated the day after); nobody takes office after dying.
const inconsistencies = [];
for (const t of terms) {
  const death = lifeEvents.get(`${t.holder}\tdied`);
  if (t.ended === 'death') {
    if (!death) {
      inconsistencies.push(`${termKey(t)}: ended by death, but ${t.holder} has no died event`);
    } else if (day(t.end) !== null && day(death.date) !== null &&
               (day(t.end) - day(death.date) < -1 || day(t.end) - day(death.date) > 7)) {
      inconsistencies.push(`${termKey(t)}: ended by death on ${t.end}, but ${eventKey(death)} is ${death.date}`);
    }
  }
  if (death && day(death.date) !== null && day(t.start) !== null && day(t.start) > day(death.date)) {
    inconsistencies.push(`${termKey(t)}: starts after ${t.holder}'s death (${death.date})`);
  }
}

for (const [person, source] of referenceDeaths) {
  if (!lifeEvents.has(`${person}\tdied`)) {
    inconsistencies.push(`${person}: ${source} records a death; the timeline has no died event`);
  }
}

// ---- report ----

const unresolved = disagreements.filter((d) => !resolutions.has(`${d.record}\t${d.field}`));
const compared = Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ');
console.log(`check-data: ${terms.length} terms and ${events.length} events in ` +
            `${relative(process.cwd(), DATA) || '.'} against ${relative(process.cwd(), REFERENCE)}`);
console.log(`  compared: ${compared || 'nothing'}`);
console.log(`  disagreements: ${disagreements.length} (${disagreements.length - unresolved.length} ` +
            `resolved in ${relative(process.cwd(), RESOLVED_FILE)}, ${unresolved.length} unresolved)`);
for (const d of SHOW_ALL ? disagreements : unresolved) {
  const resolution = resolutions.get(`${d.record}\t${d.field}`);
  console.log(`  ${resolution ? 'resolved ' : 'UNRESOLVED'} ${d.record} ${d.field} ${d.ours}: ` +
              `${d.what} (${d.reference})${resolution ? ` -- kept: ${resolution.reason}` : ''}`);
}
console.log(`  inconsistencies within the timeline: ${inconsistencies.length}`);
for (const line of inconsistencies) console.log(`  INCONSISTENT ${line}`);
process.exitCode = unresolved.length > 0 || inconsistencies.length > 0 ? 1 : 0;
