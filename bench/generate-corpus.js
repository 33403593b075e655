// Writes the benchmark corpus: ~10 MB of synthetic news-style English articles,
// generated from the templates below with a seeded PRNG (same bytes on every
// machine and every run). Two files, from the same run:
//
//   build/bench/corpus.jsonl  one {"published": "YYYY-MM-DD", "text": "..."} per
//                             line: what the benchmark reads (all engines).
//   build/bench/corpus.txt    the same texts as plain text, articles separated by
//                             a line holding only a form feed ("\f"), no header.
//
//   node bench/generate-corpus.js [--force]
//
// The corpus is regenerated only when missing or older than this file.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = resolve(HERE, '../build/bench');
export const CORPUS_JSONL = resolve(OUT_DIR, 'corpus.jsonl');
export const CORPUS_TXT = resolve(OUT_DIR, 'corpus.txt');
export const TARGET_BYTES = 10_000_000;  // UTF-8 bytes of article text
export const SEED = 0xfac7ba5e;
export const SEPARATOR = '\n\f\n';       // between articles in corpus.txt

// --- PRNG (mulberry32) ---------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p) => rand() < p;
const pick = (items) => items[Math.floor(rand() * items.length)];
// pickFn: an entry that is a function is called (so lists can mix fixed
// strings and generators).
const choose = (items) => { const x = pick(items); return typeof x === 'function' ? x() : x; };
function weighted(pairs) {  // [[weight, value], ...]
  let total = 0;
  for (const [w] of pairs) total += w;
  let r = rand() * total;
  for (const [w, v] of pairs) {
    if ((r -= w) < 0) return typeof v === 'function' ? v() : v;
  }
  const v = pairs[pairs.length - 1][1];
  return typeof v === 'function' ? v() : v;
}

// --- vocabulary ----------------------------------------------------------------
const FIRST = ['James', 'Maria', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Karen',
  'José', 'Ana', 'Wei', 'Priya', 'Ahmed', 'Fatima', 'Olga', 'Lars', 'Chinedu', 'Aiko',
  'Thomas', 'Emily', 'Daniel', 'Grace', 'Samuel', 'Hannah', 'Luis', 'Sofia', 'Kwame',
  'Ingrid', 'Rahul', 'Mei', 'Patrick', 'Nadia', 'Oliver', 'Chloe', 'Mateo', 'Zainab',
  'Jean-Pierre', 'Renée', 'Björn', 'Tomasz', 'Yusuf', 'Elena', 'Kenji', 'Amara'];
const LAST = ['Smith', 'Johnson', 'Garcia', 'Nguyen', 'Patel', 'Kim', 'Müller', 'Rossi',
  'Okafor', 'Haddad', 'Novak', 'Schmidt', "O'Brien", 'Fernández', 'Tanaka', 'Kowalski',
  'Andersson', 'Mensah', 'Cohen', 'Singh', 'Dubois', 'Silva', 'Petrov', 'Walker', 'Reyes',
  'Hughes', 'Chen', 'Park', 'Brennan', 'Lindqvist', 'Adeyemi', 'Moreau', 'Castillo',
  'Whitaker', 'Varga', 'Holm', 'Barker', 'Ibrahim', 'Sato', 'Delgado'];
const CITIES = [['WASHINGTON', 'Washington'], ['NEW YORK', 'New York'], ['LONDON', 'London'],
  ['PARIS', 'Paris'], ['BERLIN', 'Berlin'], ['TOKYO', 'Tokyo'], ['SEOUL', 'Seoul'],
  ['NAIROBI', 'Nairobi'], ['LAGOS', 'Lagos'], ['SYDNEY', 'Sydney'], ['TORONTO', 'Toronto'],
  ['MEXICO CITY', 'Mexico City'], ['SÃO PAULO', 'São Paulo'], ['MUMBAI', 'Mumbai'],
  ['BRUSSELS', 'Brussels'], ['GENEVA', 'Geneva'], ['CHICAGO', 'Chicago'],
  ['LOS ANGELES', 'Los Angeles'], ['HOUSTON', 'Houston'], ['ATLANTA', 'Atlanta'],
  ['DENVER', 'Denver'], ['MADRID', 'Madrid'], ['ROME', 'Rome'], ['WARSAW', 'Warsaw'],
  ['KYIV', 'Kyiv'], ['ISTANBUL', 'Istanbul'], ['CAIRO', 'Cairo'], ['JAKARTA', 'Jakarta'],
  ['MANILA', 'Manila'], ['BOGOTÁ', 'Bogotá'], ['OTTAWA', 'Ottawa'], ['DUBLIN', 'Dublin']];
const WIRES = ['(AP)', '(Reuters)', '(AFP)', '(Bloomberg)', ''];
const COUNTRIES = ['France', 'Germany', 'Japan', 'Brazil', 'India', 'Kenya', 'Nigeria',
  'Canada', 'Mexico', 'Australia', 'South Korea', 'Poland', 'Ukraine', 'Turkey', 'Egypt',
  'Indonesia', 'the Philippines', 'Colombia', 'Spain', 'Italy', 'Ireland', 'Chile'];
const COMPANIES = ['Northwind Energy', 'Apex Motors', 'Bluewater Foods', 'Helix Pharma',
  'Orion Airlines', 'Summit Bank', 'Cedar Retail', 'Quantum Logistics', 'Ironbridge Steel',
  'Lumen Telecom', 'Silverline Media', 'Greenfield Agritech', 'Vantage Software',
  'Harbor Insurance', 'Pioneer Rail', 'Crescent Mining', 'Atlas Semiconductors'];
const AGENCIES = ['the Federal Reserve', 'the Labor Department', 'the European Commission',
  'the World Health Organization', 'the International Monetary Fund', 'the Senate',
  'the House of Representatives', 'the Supreme Court', 'the city council',
  'the Environmental Protection Agency', 'the Bank of England', 'the United Nations',
  'the Education Ministry', 'the National Weather Service', 'the state legislature',
  'the Transportation Department', 'the electoral commission', 'the central bank'];
const TEAMS = ['the Rangers', 'the Hawks', 'the Mariners', 'the Falcons', 'the Wolves',
  'the Comets', 'the Royals', 'the Tigers', 'the Pilots', 'the Giants', 'the Storm',
  'United', 'City', 'Rovers', 'the Lions', 'the Bears'];
const TITLES = ['Senator', 'Governor', 'Mayor', 'President', 'Prime Minister', 'Minister',
  'Judge', 'Representative', 'Chancellor', 'Commissioner', 'Coach', 'Dr.'];
const ROLES = ["the company's chief executive", 'a spokeswoman for the ministry',
  'a spokesman for the agency', 'an economist at Summit Bank', 'the head coach',
  'a professor of history at the university', 'the union president', 'a senior analyst',
  'the chief financial officer', 'a local resident', 'the fire chief', 'a police spokesman',
  'the lead researcher', 'the city manager', 'a campaign adviser', 'the team captain'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.',
  'Oct.', 'Nov.', 'Dec.'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
  'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday'];
const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// --- article context -------------------------------------------------------------
let ctx = null;  // {year, month, day, weekday, people: [...], city, org, ...}

function ordinal(n) {
  const s = (n % 100 >= 11 && n % 100 <= 13) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${s}`;
}
const pad2 = (n) => String(n).padStart(2, '0');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const num = (n) => (n >= 1 && n <= 9 ? SMALL[n - 1] : String(n));
const comma = (n) => n.toLocaleString('en-US');

// A month/day near the published date (mostly shortly before it).
function nearDate() {
  let m = ctx.month - weighted([[6, 0], [4, 1], [2, 2], [1, int(3, 11)]]);
  let y = ctx.year;
  if (m < 1) { m += 12; y -= 1; }
  const d = int(1, DAYS_IN_MONTH[m - 1]);
  return { y, m, d };
}
function yearNear() { return ctx.year + weighted([[3, 0], [3, -1], [2, -2], [1, int(-15, -3)], [1, 1]]); }

// --- people, places, numbers ---------------------------------------------------------
function newPerson() {
  const p = { first: pick(FIRST), last: pick(LAST), title: pick(TITLES) };
  ctx.people.push(p);
  return p;
}
const knownPerson = () => (ctx.people.length && chance(0.6) ? pick(ctx.people) : newPerson());
const S = {
  person: () => { const p = newPerson(); return `${p.first} ${p.last}`; },
  titled: () => { const p = newPerson(); return `${p.title} ${p.first} ${p.last}`; },
  last: () => knownPerson().last,
  ageName: () => { const p = newPerson(); return `${p.first} ${p.last}, ${int(19, 88)},`; },
  role: () => pick(ROLES),
  city: () => (chance(0.5) ? ctx.city : pick(CITIES)[1]),
  country: () => pick(COUNTRIES),
  company: () => (chance(0.6) ? ctx.company : pick(COMPANIES)),
  agency: () => (chance(0.5) ? ctx.agency : pick(AGENCIES)),
  team: () => pick(TEAMS),
  n: () => num(int(2, 9)),
  nth: () => pick(['second', 'third', 'fourth', 'fifth', 'sixth', '10th', '12th']),
  chart: () => pick(['No. 1', 'No. 2', 'No. 7', 'No. 14', 'No. 38']),
  disease: () => pick(['COVID-19', 'measles', 'the flu', 'dengue', 'H5N1', 'mpox']),
  road: () => pick(['Route 66', 'Interstate 95', 'Highway 401', 'Gate 23', 'Pier 39', 'Exit 12']),
  wage: () => `$${int(12, 25)}`,
  temp: () => String(int(4, 11) * 10),
  count: () => comma(weighted([[3, int(10, 99)], [3, int(100, 999)], [2, int(1000, 50000)]])),
  money: () => weighted([
    [3, () => `$${int(1, 99)}.${int(1, 9)} billion`],
    [3, () => `$${int(2, 950)} million`],
    [2, () => `$${comma(int(10, 999) * 1000)}`],
    [1, () => `£${int(1, 80)} million`],
    [1, () => `€${int(1, 40)}.${int(1, 9)} billion`],
    [1, () => `${int(2, 90)} million euros`]]),
  pct: () => weighted([
    [3, () => `${int(1, 12)}.${int(1, 9)} percent`], [2, () => `${int(1, 60)}%`],
    [1, () => `${int(30, 69)}.${pad2(int(0, 99))} percent`], [1, () => `${int(1, 9)} percentage points`]]),
  score: () => weighted([[2, () => `${int(1, 5)}-${int(0, 3)}`], [2, () => `${int(14, 42)}-${int(3, 31)}`],
    [1, () => `${int(88, 130)}-${int(80, 119)}`]]),
  phone: () => `(${int(201, 989)}) 555-${pad2(int(0, 99))}${pad2(int(0, 99))}`,
  age: () => String(int(16, 92)),
  distance: () => weighted([[1, () => `${int(1, 40)}.${int(1, 9)} kilometres`], [1, () => `${int(2, 300)} miles`]]),
  rank: () => pick(['the 21st president', 'the 46th president', 'the 3rd District representative',
    'the 12th mayor', 'the first woman']),
  ordinal: () => pick(['21st', '46th', 'third', 'first', '12th', 'second', 'fifth']),
  plane: () => pick(['Boeing 757', 'Airbus A320', 'Boeing 737', 'Embraer 175', 'Airbus A380']),
  paper: () => pick(['China Daily', 'the Daily Mail', 'the Daily Star', 'The Daily Telegraph']),
};

// --- temporal expressions (docs/temporal.md) -------------------------------------------
const monthName = (m) => weighted([[5, MONTHS[m - 1]], [3, MONTHS_AP[m - 1]], [1, `${MONTHS_SHORT[m - 1]}.`.replace('May.', 'May')]]);
const T = {
  // full dates
  fullDate: () => {
    const { m, d } = nearDate(); const y = yearNear();
    return weighted([
      [6, () => `${MONTHS[m - 1]} ${d}, ${y}`], [3, () => `${MONTHS_AP[m - 1]} ${d}, ${y}`],
      [2, () => `${d} ${MONTHS[m - 1]} ${y}`], [1, () => `${y}-${pad2(m)}-${pad2(d)}`],
      [1, () => `the ${ordinal(d)} of ${MONTHS[m - 1]} ${y}`], [1, () => `${m}/${d}/${y}`],
      [1, () => `${MONTHS_SHORT[m - 1]}. ${d} ${y}`.replace('May.', 'May')]]);
  },
  monthDay: () => {
    const { m, d } = nearDate();
    return weighted([[6, () => `${monthName(m)} ${d}`], [1, () => `the ${ordinal(d)} of ${MONTHS[m - 1]}`],
      [1, () => `${d} ${MONTHS[m - 1]}`]]);
  },
  weekdayDate: () => { const { m, d } = nearDate(); return `${pick(WEEKDAYS)}, ${monthName(m)} ${d}`; },
  monthYear: () => { const m = int(1, 12); const y = yearNear(); return chance(0.8) ? `${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} of ${y}`; },
  month: () => MONTHS[int(1, 12) - 1],
  year: () => String(yearNear()),
  oldYear: () => String(int(1901, ctx.year - 5)),
  decade: () => weighted([[3, () => `the ${int(192, 201)}0s`], [1, () => `the '${int(5, 9)}0s`],
    [2, () => `the ${pick(['early', 'mid-', 'late'])}${int(196, 201)}0s`.replace('mid- ', 'mid-').replace(/^the (early|late)/, 'the $1 ')]]),
  century: () => pick(['the 20th century', 'the 19th century', 'the twentieth century',
    'the 21st century', 'the turn of the century']),
  weekday: () => weighted([[5, () => pick(WEEKDAYS)], [2, () => `last ${pick(WEEKDAYS)}`],
    [1, () => `next ${pick(WEEKDAYS)}`], [1, () => `this ${pick(WEEKDAYS)}`]]),
  dayWord: () => weighted([[4, 'yesterday'], [4, 'today'], [2, 'tomorrow'], [1, 'the day before yesterday']]),
  relPeriod: () => weighted([[3, () => `${pick(['last', 'this', 'next'])} ${pick(['week', 'month', 'year'])}`],
    [1, () => `${pick(['last', 'this', 'next'])} weekend`],
    [2, () => `${pick(['earlier', 'later'])} this ${pick(['week', 'month', 'year'])}`]]),
  ago: () => weighted([[3, () => `${num(int(2, 9))} ${pick(['days', 'weeks', 'months', 'years'])} ago`],
    [2, () => `a ${pick(['day', 'week', 'month', 'year', 'decade'])} ago`],
    [1, () => `${int(10, 40)} years ago`], [1, () => `${num(int(2, 9))} years ago today`],
    [1, () => `a few ${pick(['days', 'weeks', 'months', 'years'])} ago`]]),
  textRel: () => pick(['the next day', 'the previous day', 'the following week', 'the same day',
    'a year earlier', 'two days later', 'a week later', 'the day before', 'the following month',
    'three months later']),
  duration: () => weighted([
    [4, () => `${num(int(2, 9))} ${pick(['days', 'weeks', 'months', 'years', 'hours', 'decades'])}`],
    [2, () => `${pick(['more than', 'nearly', 'about', 'at least', 'almost', 'roughly', 'up to', 'over', 'less than'])} ${num(int(2, 12))} ${pick(['days', 'weeks', 'months', 'years', 'decades'])}`],
    [1, () => `${int(10, 72)} hours`], [1, () => `${int(12, 36)} months`],
    [1, () => pick(['a month', 'a year', 'a week', 'a century', 'half an hour', 'a year and a half', 'a decade'])],
    [2, () => `${pick(['several', 'a few', 'many', 'recent'])} ${pick(['years', 'weeks', 'months', 'days'])}`]]),
  bounded: () => `the ${pick(['past', 'next', 'last', 'first'])} ${weighted([[3, () => `${num(int(2, 9))} ${pick(['years', 'weeks', 'months', 'days'])}`], [1, '24 hours'], [1, () => pick(['year', 'decade', 'month'])]])}`,
  adjDuration: () => `${pick(['two', 'three', 'five', '10', 'four', 'six'])}-${pick(['day', 'year', 'week', 'month', 'hour'])}`,
  season: () => weighted([[3, () => `${pick(['last', 'this', 'next'])} ${pick(['summer', 'winter', 'spring', 'fall'])}`],
    [2, () => `the ${pick(['summer', 'winter', 'spring', 'fall'])} of ${yearNear()}`],
    [1, () => `${pick(['summer', 'winter', 'spring'])} ${yearNear()}`], [1, 'the fall']]),
  quarter: () => weighted([[3, () => `the ${pick(ORDINAL_WORDS)} quarter`],
    [2, () => `the ${pick(ORDINAL_WORDS)} quarter of ${yearNear()}`],
    [1, () => `Q${int(1, 4)} ${yearNear()}`], [1, () => `the ${pick(['first', 'second'])} half of ${yearNear()}`],
    [1, () => `fiscal ${yearNear()}`]]),
  quarterAdj: () => `${pick(ORDINAL_WORDS)}-quarter`,
  part: () => weighted([[2, () => `${pick(['early', 'mid-', 'late'])}${yearNear()}`.replace(/^(early|late)/, '$1 ')],
    [2, () => `the end of ${pick(MONTHS)}`], [1, () => `the beginning of ${pick(MONTHS)}`],
    [1, () => `the middle of ${pick(['the year', 'next month', 'the decade'])}`], [1, () => `the start of ${yearNear()}`]]),
  clock: () => weighted([[4, () => `${int(1, 12)} ${pick(['a.m.', 'p.m.'])}`],
    [3, () => `${int(1, 12)}:${pick(['00', '15', '30', '45', '05', '50'])} ${pick(['a.m.', 'p.m.'])}`],
    [1, () => `${int(1, 12)}:${pick(['00', '30'])} ${pick(['a.m.', 'p.m.'])} ${pick(['EST', 'ET', 'GMT', 'PDT', 'local time'])}`],
    [1, () => pick(['noon', 'midnight'])]]),
  clockDay: () => weighted([[1, () => `${int(1, 12)} ${pick(['a.m.', 'p.m.'])} ${pick(WEEKDAYS)}`],
    [1, () => `${pick(WEEKDAYS)} at ${int(1, 12)}:${pick(['00', '30'])} ${pick(['a.m.', 'p.m.'])}`]]),
  dayPart: () => weighted([[3, () => pick(['this morning', 'tonight', 'last night', 'this afternoon', 'this evening'])],
    [2, () => `${pick(['yesterday', 'tomorrow'])} ${pick(['morning', 'afternoon', 'evening'])}`],
    [3, () => `${pick(WEEKDAYS)} ${pick(['night', 'morning', 'afternoon', 'evening'])}`],
    [1, () => `${pick(['early', 'late'])} ${pick(WEEKDAYS)}`]]),
  shortDur: () => weighted([[3, () => `${num(int(2, 9))} ${pick(['hours', 'days', 'weeks'])}`],
    [1, () => `${pick(['about', 'nearly', 'more than', 'less than'])} ${num(int(2, 9))} ${pick(['hours', 'days', 'weeks'])}`],
    [1, () => pick(['a week', 'a day', 'half an hour', '48 hours', 'a month'])]]),
  set: () => pick(['every year', 'each week', 'every Monday', 'daily', 'annually', 'twice a year',
    'three times a week', 'every two years', 'once a month', 'weekly', 'monthly', 'every summer',
    'each morning', 'every Sunday', 'every four years', 'twice a week', 'every day']),
  ref: () => pick(['now', 'currently', 'recently', 'previously', 'soon', 'lately', 'nowadays', 'formerly']),
  holiday: () => pick(['Christmas', 'Christmas Eve', "New Year's Day", "New Year's Eve", 'Thanksgiving',
    'Easter', 'Labor Day', 'Independence Day', 'Memorial Day', 'Halloween']),
  range: () => weighted([
    [2, () => { const a = int(1950, ctx.year - 3); return `from ${a} to ${a + int(1, 8)}`; }],
    [2, () => { const a = int(0, 9); const b = int(a + 1, 11); return `between ${MONTHS[a]} and ${MONTHS[b]}`; }],
    [1, () => { const a = int(1990, ctx.year - 1); return `${a}-${pad2((a + 1) % 100)}`; }],
    [1, () => { const a = int(1990, ctx.year - 2); return `${a}\u2013${a + int(1, 3)}`; }],
    [2, () => { const m = int(1, 12); const d = int(1, 24); return `${monthName(m)} ${d}-${d + int(1, 4)}`; }],
    [1, () => `from ${pick(WEEKDAYS.slice(0, 3))} to ${pick(WEEKDAYS.slice(3, 7))}`],
    [1, () => `from ${int(6, 10)} a.m. to ${int(2, 8)} p.m.`],
    [1, () => { const a = int(1995, ctx.year - 4); return `between ${a} and ${a + int(2, 6)}`; }]]),
};

// Prepositional phrases for "when it happened" and "when it will happen".
const W = {
  past: () => weighted([
    [6, () => `on ${T.weekday()}`.replace('on last', 'last').replace('on next', 'next').replace('on this', 'this')],
    [5, () => `on ${T.monthDay()}`], [3, () => `on ${T.fullDate()}`], [2, () => `on ${T.weekdayDate()}`],
    [3, () => T.dayWord()], [3, () => pick(['last week', 'last month', 'earlier this month', 'earlier this year', 'earlier this week', 'last year'])],
    [3, () => T.ago()], [2, () => `in ${T.month()}`], [2, () => `in ${T.year()}`], [1, () => `in ${T.monthYear()}`],
    [2, () => T.dayPart()], [1, () => `at ${T.clock()} ${pick(WEEKDAYS)}`], [1, () => `late ${pick(WEEKDAYS)}`],
    [1, () => `last ${pick(['summer', 'winter', 'spring', 'fall'])}`], [1, () => `in ${T.quarter()}`]]),
  future: () => weighted([
    [3, () => pick(['next week', 'next month', 'next year', 'later this year', 'later this month', 'this weekend'])],
    [3, () => `on ${pick(WEEKDAYS)}`], [3, () => `on ${T.monthDay()}`], [2, 'tomorrow'],
    [2, () => `by the end of ${pick(['the year', 'the month', 'next year', MONTHS[int(0, 11)], 'the decade'])}`],
    [2, () => `in ${ctx.year + int(1, 5)}`], [2, () => `within ${T.duration()}`],
    [2, () => `in the ${pick(ORDINAL_WORDS)} quarter`], [1, () => `in ${num(int(2, 9))} ${pick(['weeks', 'months', 'years'])}`],
    [1, () => `next ${pick(['spring', 'summer', 'fall', 'winter'])}`], [1, () => `before ${T.holiday()}`],
    [1, () => `at ${T.clock()}`], [1, () => `in early ${MONTHS[int(0, 11)]}`]]),
  seasonPh: () => weighted([[3, () => `${pick(['last', 'this', 'next'])} ${pick(['summer', 'winter', 'spring', 'fall'])}`],
    [2, () => `in the ${pick(['summer', 'winter', 'spring', 'fall'])} of ${yearNear()}`],
    [1, () => `in ${pick(['summer', 'winter', 'spring'])} ${yearNear()}`], [1, 'in the fall'], [1, 'during the winter']]),
  span: () => weighted([
    [3, () => `for ${T.duration()}`], [3, () => `over ${T.bounded()}`], [2, () => `in ${T.bounded()}`],
    [2, () => `since ${T.year()}`], [1, () => `since ${pick(['March', 'May', 'January', 'last summer', 'the 1990s', 'April'])}`],
    [1, () => 'for years'], [1, () => `throughout ${T.decade()}`], [1, () => `during ${T.quarter()}`]]),
};

// --- sentence templates ------------------------------------------------------------------
// {x} is replaced by S.x(), T.x() or W.x() (first match), {x|y} by either word.
// Sentences with no temporal expression (most sentences in real news have
// none); some hold the numbers docs/temporal.md says are not times.
const PLAIN = [
  '{titled} said the plan would cost {money}.',
  '"We are confident in the outcome," said {person}, {role}.',
  '"I don\'t think anyone expected this," {person} said.',
  '"It\'s a difficult situation for everyone involved," said {person}, {role}.',
  '"People want answers, and they deserve them," {last} said.',
  '"We may not agree on everything, but we agree on this," {last} told reporters.',
  '{person}, {role}, said the numbers were "deeply concerning."',
  'The agency did not say how many people were affected.',
  'Neither side responded to requests for comment.',
  'The details of the agreement were not made public.',
  'It was not immediately clear whether the decision could be appealed.',
  'The company employs about {count} people in {country}.',
  'The proposal would affect about {count} households.',
  'The measure passed {score}, with {n} members abstaining.',
  'Turnout was {pct}, according to the electoral commission.',
  'About {count} people attended, organizers said.',
  'Officials said {count} troops had been deployed to the region.',
  'The fund has assets of {money}.',
  'The project is expected to cost {money}, well above the original estimate of {money}.',
  'Residents can call {phone} for information.',
  'Anyone with information is asked to call police at {phone}.',
  '{ageName} said she had lived in {city} all her life.',
  '{ageName} was among those who lost their homes.',
  'Police said a {age}-year-old man was taken to a hospital with minor injuries.',
  'The {age}-year-old, who was born in {city}, is the {ordinal} person to hold the post.',
  'The accident closed {road} near {city} for several hours.',
  'The route covers {distance} through the hills north of {city}.',
  'The {plane} was carrying {count} passengers.',
  'The story was first reported by {paper}.',
  'Protesters march through the city center most weekends.',
  'Prices could fall further if demand weakens, analysts said.',
  'Officials may decide to extend the program, a spokesman said.',
  'The party won {pct} of the vote, short of a majority.',
  'The measure needs {count} signatures to reach the ballot.',
  '{company} shares fell {pct} on the news.',
  '{company} said it would invest {money} in new plants.',
  'The company makes parts for the {plane} and other aircraft.',
  '{company} is the {ordinal}-largest employer in the region.',
  'Analysts at Summit Bank expect margins of about {pct}.',
  'Debt rose to {pct} of economic output.',
  '{team} won {score}, their {nth} straight victory.',
  '{person} scored the winning goal in a {score} win over {team}.',
  '{person} finished with {count} yards and {n} touchdowns.',
  '{team} are {chart} in the standings, {n} points behind {team}.',
  'The stadium holds {count} fans.',
  'The coach said the team had "a lot to work on."',
  '{person} has scored in {n} of {n} games.',
  'The storm knocked out power to {count} customers.',
  'Winds reached {temp} mph along the coast.',
  'Rainfall totals topped {n} inches in parts of {city}.',
  'The fire burned {count} acres and destroyed {n} homes.',
  'Emergency crews rescued {count} people from flooded streets.',
  'Cases of {disease} have been reported in {n} provinces.',
  'The hospital has {count} beds and a staff of {count}.',
  'The drug reduced symptoms by {pct} in the trial.',
  'The study, published in a medical journal, included {count} adults.',
  'The museum holds more than {count} works of art.',
  'The film grossed {money} worldwide.',
  'The band sold {count} tickets for its shows in {city}.',
  'The novel has been translated into {n} languages.',
  '{person} plays the lead role, a doctor in {city}.',
  'The court ruled {score} in favor of the state.',
  'The judge ordered {person} held without bail.',
  '{person} faces {n} counts of fraud and could face {count} dollars in fines.',
  'Prosecutors said the scheme involved {money} in fake invoices.',
  'The defense said its client was innocent.',
  'Lawmakers from both parties praised the deal.',
  '{titled} called the vote "a victory for working families."',
  'The bill would raise the minimum wage to {wage} an hour.',
  'Critics say the rules go too far.',
  'Supporters say the plan will create {count} jobs.',
  'The ministry has {count} employees across {country}.',
  '{titled} was elected {rank} in {oldYear}.',
  'The talks took place in {city}, with delegates from {n} countries.',
  '{country} and {country} have long disputed the border.',
  'The report ran to {count} pages.',
  'Officials said the figure was likely to rise.',
  'The building was evacuated as a precaution.',
  'No injuries were reported.',
  'The cause of the fire is under investigation.',
  'The school has {count} students.',
  'Tickets cost {money}.',
  'The bridge spans {distance} across the river.',
  'The company was sold to {company} for {money}.',
];

const GENERAL = [
  '{titled} said {past} that the plan would cost {money}.',
  'The proposal, first unveiled {past}, drew criticism from {agency}.',
  '{agency|company} said in a statement {past} that it was reviewing the decision.',
  'Officials expect a final decision {future}.',
  'The measure passed {score} in a vote {past}, officials said.',
  'It was the first such agreement {span}, according to {agency}.',
  '"We have been working on this {span}," said {person}, {role}.',
  '"This is not something that happens overnight," {person} said.',
  '"We will keep going," said {person}, {role}. "There is a lot of work ahead."',
  'The figures, released {past}, showed an increase of {pct}.',
  'About {count} people attended the event, organizers said.',
  'The group has met {set} {span}.',
  'Calls to the office at {phone} were not returned {past}.',
  '{titled} is expected to testify {future}.',
  '{person}, who has held the post {span}, declined to comment.',
  'The report was first published by {paper} {past}.',
  'Protesters plan to march {future} from {city} city hall to the capitol.',
  'Prices may fall further if demand weakens, analysts said.',
  'Critics say the rules, which took effect {past}, go too far.',
  'The deadline was extended to {monthDay}, giving applicants {duration} more.',
  'The hearing is scheduled for {clockDay}.',
  'The vote had been set for {fullDate}, but was postponed.',
  'The previous record was set in {oldYear}.',
  '{ageName} told reporters the changes came as a surprise.',
  'Neither side responded to requests for comment.',
  'The agency did not say how many people were affected.',
  'The details of the agreement were not made public.',
  '{person} and {person} are among {count} applicants.',
  'Officials said they {ref} have no plans to change course.',
  'The office is {ref} closed to the public.',
  '{titled} {ref} served as {role}.',
  'It was not immediately clear whether the decision could be appealed.',
  'Talks broke down {past}, and resumed {textRel}.',
  'The company was founded in {oldYear} and employs {count} people.',
  'The building, which dates to {century}, was damaged by fire {past}.',
  'The tradition dates back to {decade}.',
  'The event is held {set} in {city}.',
  'Both sides met {range} to work out the details.',
  'The program ran {range} before it was cut.',
  'Voters will go to the polls on {fullDate}.',
  'Turnout was {pct}, up from {pct} {ago}.',
  'The agreement runs through {part}.',
  'A review is due {future}.',
  'The figure was {pct} lower than a year earlier.',
  'The office will reopen {future}, a spokesman said.',
  'The results are expected {future}.',
  'Residents were told to call {phone} for information.',
  'He is the {ordinal} person to hold the title, according to the group.',
  'The incident happened on {road} near {city}.',
  'The plane, a {plane}, landed safely.',
  '"It\'s been a long road," said {person}, {age}, who has lived in {city} {span}.',
  '{titled} will travel to {country} {future} for talks.',
  'The two leaders last met {past} in {city}.',
  'Negotiators worked through the night and reached a deal at {clock} {dayWord}.',
  'The group has about {count} members in {country}.',
  'Applications open {future} and close {textRel}.',
  'The measure would take effect on {fullDate}.',
];
const TOPICS = {
  politics: [
    '{titled} announced {past} that {last} would run for a {adjDuration} term.',
    'The {agency} voted {score} {past} to approve the bill.',
    'Lawmakers have until {monthDay} to reach a deal.',
    '{titled}, who took office on {fullDate}, has made the issue a priority.',
    'The election, held {past}, was the closest {span}.',
    'Polls opened at {clock} and will close at {clock}.',
    'The coalition has governed {span}, and faces voters {future}.',
    'Support for the party fell to {pct} in a poll published {past}.',
    '{last} won {pct} of the vote, according to preliminary results.',
    'The parliament will sit {set} until {holiday}.',
    'The budget for {quarter} was approved {past}.',
    '{titled} has served in the chamber since {oldYear}.',
    'The ministry said {count} ballots were still being counted {dayPart}.',
    'The summit, a {adjDuration} meeting in {city}, ends {future}.',
    'The treaty was signed in {oldYear} and renewed {ago}.',
  ],
  business: [
    '{company} reported {quarterAdj} profit of {money}, up {pct} from a year earlier.',
    'Shares of {company} rose {pct} in early trading {past}.',
    '{company} said revenue in {quarter} rose to {money}.',
    'The company expects sales to grow {pct} {future}.',
    '{company} plans to cut {count} jobs over {bounded}.',
    'The merger, announced {past}, is expected to close in {quarter}.',
    'Inflation slowed to {pct} in {monthYear}, {agency} said.',
    'The central bank has raised rates {n} times {span}.',
    'The retailer will open {count} stores by {part}.',
    '{company} has lost money in each of {bounded}.',
    'Analysts had expected earnings of {money} for {quarter}.',
    'The stock has fallen {pct} since {month}.',
    '{company} pays a dividend {set}.',
    'The deal values the company at {money}.',
    'Output at the plant has doubled {span}.',
    'Unemployment stood at {pct} in {month}, the lowest {span}.',
    'The company opened its {nth} store in {city} {past}.',
  ],
  sports: [
    '{team} beat {team} {score} {past}.',
    '{person} scored twice as {team} won {score} {dayPart}.',
    'It was their {nth} straight win and their first {span}.',
    '{team} host {team} {future} at {clock}.',
    'The season opens on {fullDate}.',
    '{person}, {age}, signed a {adjDuration} contract worth {money}.',
    'The team has not won the title since {oldYear}.',
    'The final was played in {city} {past} before {count} fans.',
    '{team} have won {n} of their last {n} games, including a {score} win {past}.',
    'The coach said {person} would miss {shortDur} with a knee injury.',
    'The tournament runs {range}.',
    '{person} ran the course in {distance} per hour, a record {span}.',
    'Training camp opens {future}.',
    '{team} are {chart} in the standings after {bounded}.',
  ],
  crime: [
    'Police said a {age}-year-old man was arrested {past}.',
    'The shooting happened around {clock} {past} near {road}.',
    '{ageName} was charged with burglary and is due in court {future}.',
    'The suspect was released on bail of {money} {textRel}.',
    'The trial is expected to last {shortDur}.',
    'The jury deliberated for {shortDur} before reaching a verdict.',
    'The victim, a {age}-year-old woman, was taken to a hospital, where she died {textRel}.',
    'Anyone with information is asked to call {phone}.',
    'The case dates back to {monthYear}, when {count} documents went missing.',
    '{person} was sentenced to {n} years in prison {past}.',
    'Prosecutors said the scheme ran {range} and cost investors {money}.',
    'The judge set a hearing for {weekdayDate}.',
    'The department has received {count} complaints {span}.',
  ],
  weather: [
    'The storm is expected to make landfall {future}.',
    'Temperatures reached {temp} degrees {past}, the hottest {monthDay} on record.',
    'Forecasters warned of heavy rain through {weekday}.',
    'More than {count} homes lost power {dayPart}.',
    'The river crested at {clock} {past}, {distance} from the town.',
    'It was the wettest {month} since {oldYear}.',
    'Schools will remain closed until {weekday}, officials said.',
    'Drought conditions have persisted {span}.',
    'Snow fell {set} in the mountains {seasonPh}.',
    'The heat wave is the third {span}.',
    'Officials said crews would work {dayPart} to restore service.',
    'Winds gusted to {temp} mph {past}, {agency} said.',
  ],
  health: [
    'The vaccine will be available {future}, {agency} said.',
    'Cases of {disease} rose {pct} in {bounded}.',
    'Patients should take the drug {set} for {duration}.',
    'The study followed {count} adults {range}.',
    'The hospital has treated {count} patients since {month}.',
    'Researchers said the results, published {past}, were encouraging.',
    'Participants exercised {set} for {duration}.',
    'The clinic is open from {clock} to {clock} on weekdays.',
    'Life expectancy has risen {span}, the report found.',
    'Cases fell {pct} {seasonPh}, and doctors expect a rise {future}.',
    'The outbreak began in {month} and peaked {textRel}.',
    'The trial will enroll patients {future}.',
  ],
  culture: [
    'The festival returns {future} after a {adjDuration} break.',
    'The album, released {past}, debuted at {chart} on the charts.',
    'The museum, which opened in {oldYear}, draws {count} visitors {set}.',
    'The show runs {range} at the {city} Theatre.',
    'Tickets go on sale at {clock} {weekday}.',
    'The novel is set in {decade} in a small town in {country}.',
    'The band last toured {ago}.',
    'The exhibition closes on {monthDay}.',
    'The film was shot over {duration} in {city}.',
    '{person}, who died {past} at {age}, wrote {n} novels.',
    'The painting was stolen in {oldYear} and recovered {ago}.',
    'The series will return for a new season {future}.',
    'The theatre was closed {seasonPh} for repairs.',
  ],
};
const HEADLINES = [
  '{company} profit rises {pct} in {quarter}',
  '{titled} to visit {country} {future}',
  '{team} beat {team} {score}',
  'Storm to hit {city} {future}',
  'Vote on budget set for {weekday}',
  '{agency|company} says prices rose {pct} in {month}',
  'Police arrest man, {age}, after {dayPart} shooting',
  'Festival returns to {city} after {duration}',
  'Talks resume {past} after {adjDuration} pause',
  'Court to rule on appeal {future}',
];

function fill(template) {
  return template.replace(/\{([a-zA-Z|]+)\}/g, (_, key) => {
    if (key.includes('|')) return S[pick(key.split('|'))]();
    const f = S[key] ?? T[key] ?? W[key];
    if (!f) throw new Error(`unknown slot {${key}}`);
    return f();
  }).replace(/\b(a) ([aeio]|8|11\b|18\b)/gi, (m, a, next) => `${a}n ${next}`)
    .replace(/\.\.(?=\s|"|$)/g, '.');  // "3 p.m.." -> "3 p.m."
}

// --- articles ------------------------------------------------------------------------------
function publishedDate() {
  // 2018-01-01 .. 2025-12-31
  const start = Date.UTC(2018, 0, 1);
  const days = Math.floor((Date.UTC(2025, 11, 31) - start) / 86400000);
  return new Date(start + int(0, days) * 86400000);
}

function article() {
  const pub = publishedDate();
  const [cityUpper, city] = pick(CITIES);
  ctx = { year: pub.getUTCFullYear(), month: pub.getUTCMonth() + 1, day: pub.getUTCDate(),
    people: [], city, company: pick(COMPANIES), agency: pick(AGENCIES) };
  const topic = pick(Object.keys(TOPICS));
  const pool = TOPICS[topic];
  const wire = pick(WIRES);
  const dateline = weighted([
    [3, () => `${cityUpper}${wire ? ` ${wire}` : ''} \u2014 `],
    [1, () => `${cityUpper}, ${MONTHS_AP[ctx.month - 1]} ${ctx.day} ${wire ? `${wire} ` : ''}\u2014 `],
    [1, () => `${cityUpper}: `]]);
  const paragraphs = [];
  const headline = cap(fill(pick(HEADLINES)));
  const sentences = int(20, 56);
  const used = new Set();
  let paragraph = [];
  for (let i = 0; i < sentences; i++) {
    // About one sentence in three has a temporal template (most of which
    // hold one expression, some two): an expression every 2-3 sentences.
    const source = i === 0 || chance(0.2) ? pool : chance(0.18) ? GENERAL : PLAIN;
    let template = pick(source);
    for (let tries = 0; used.has(template) && tries < 8; tries++) template = pick(source);
    used.add(template);
    paragraph.push(cap(fill(template)));
    if (paragraph.length >= int(1, 3)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  paragraphs[0] = dateline + paragraphs[0];
  // Most stories end with a sign-off; the others end on their last sentence
  // (sometimes a time expression: the tagger must not read past the text).
  const reporter = () => { const p = newPerson(); return `${p.first} ${p.last}`; };
  if (chance(0.8)) paragraphs.push(weighted([
    [wire === '(Reuters)' ? 6 : 0, () => `(Reporting by ${reporter()} in ${city}; Editing by ${reporter()})`],
    [wire === '(AP)' ? 6 : 0, () => `Associated Press writer ${reporter()} in ${pick(CITIES)[1]} contributed to this report.`],
    [wire === '(AFP)' ? 6 : 0, () => `${pick(['jm', 'ar', 'dk', 'sb'])}/${pick(['lb', 'tc', 'mm'])}`],
    [wire === '(Bloomberg)' ? 6 : 0, () => `To contact the reporter on this story: ${reporter()} in ${city}.`],
    [2, () => `${reporter()} is a staff writer based in ${city}.`],
    [1, () => 'This story has been updated with additional details.'],
    [1, () => `Copyright ${ctx.year} ${pick(['The Associated Press', 'Reuters', 'Agence France-Presse', 'Bloomberg L.P.'])}. All rights reserved.`]]));
  const published = `${ctx.year}-${pad2(ctx.month)}-${pad2(ctx.day)}`;
  return { published, text: `${headline}\n\n${paragraphs.join('\n\n')}` };
}

/** Generates the articles (deterministic: same output on every call). */
export function generateArticles(targetBytes = TARGET_BYTES) {
  rand = mulberry32(SEED);
  const articles = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const a = article();
    bytes += Buffer.byteLength(a.text, 'utf8');
    articles.push(a);
  }
  return articles;
}

function mtime(path) {
  try { return statSync(path).mtimeMs; } catch { return -1; }
}

/** Writes the corpus files unless they exist and are newer than this file. */
export function ensureCorpus({ force = false, log = () => {} } = {}) {
  const self = fileURLToPath(import.meta.url);
  const oldest = Math.min(mtime(CORPUS_JSONL), mtime(CORPUS_TXT));
  if (!force && oldest >= 0 && oldest >= mtime(self)) return false;
  log(`generating ${CORPUS_JSONL} (~${TARGET_BYTES / 1e6} MB, seed 0x${SEED.toString(16)})`);
  const articles = generateArticles();
  mkdirSync(OUT_DIR, { recursive: true });
  const jsonl = articles.map((a) => JSON.stringify({ published: a.published, text: a.text })).join('\n') + '\n';
  const txt = articles.map((a) => a.text).join(SEPARATOR) + '\n';
  for (const [path, data] of [[CORPUS_TXT, txt], [CORPUS_JSONL, jsonl]]) {
    writeFileSync(`${path}.tmp`, data);
    renameSync(`${path}.tmp`, path);
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const made = ensureCorpus({ force, log: (m) => console.log(`generate-corpus: ${m}`) });
  if (!made) console.log(`generate-corpus: ${CORPUS_JSONL} is up to date`);
}
