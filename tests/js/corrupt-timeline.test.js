// Corrupt timelines through the wasm build, as the widget and the Node CLI
// load them: every truncation of a small snapshot, every single-byte
// change, seeded multi-byte damage, a wrong version, a wrong checksum, and
// offsets outside the file behind a valid checksum. Each is refused with a
// FactmarkError of code 'corrupt-data' whose message says what is wrong,
// and the module stays usable for the good timeline afterwards. The same
// cases natively are in tests/core/timeline_test.cc.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { FactmarkError, loadChecker } from '../../web/src/loader.js';
import { NATIVE_CLI, WORLD_TIMELINE, run } from './helpers.js';

// The layout of data/snapshot_format.h (format version 3).
const HEADER_SIZE = 64;
const VERSION_OFFSET = 8;
const PAYLOAD_SIZE_OFFSET = 16;
const DIGEST_OFFSET = 24;
const SECTION_COUNT_OFFSET = 56;
const DIRECTORY_ENTRY_SIZE = 12;

// One term of office (which implies a took-office event) and a trigger:
// every section has a record, and the snapshot stays under a kilobyte, so
// every truncation and every byte value can be tried.
const SOURCES = {
  'dataset.json': JSON.stringify({ name: 'tiny', version: '1', coverage_end: '2025-12-31' }),
  'tiny.entities.jsonl': [
    { id: 'united-kingdom', kind: 'country', name: 'United Kingdom' },
    { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', surname: 'Starmer' },
    { id: 'prime-minister-of-the-united-kingdom', kind: 'office',
      name: 'Prime Minister of the United Kingdom', jurisdiction: 'united-kingdom',
      titles: ['Prime Minister'] },
  ].map((o) => JSON.stringify(o)).join('\n') + '\n',
  'tiny.terms.jsonl': `${JSON.stringify({
    office: 'prime-minister-of-the-united-kingdom', holder: 'keir-starmer', start: '2024-07-05',
    began: 'election', sources: ['https://example.org/starmer'],
  })}\n`,
  'lexicon.triggers.tsv': 'took-office\ttook office\n',
};
const CLAIM = 'Prime Minister Keir Starmer took office on July 5, 2024.';

// data/checksum.cc's PayloadChecksum, to re-sign a payload broken on
// purpose so that it reaches the structural checks behind the checksum.
const MASK = (1n << 64n) - 1n;
const PRIME1 = 0x9E3779B185EBCA87n;
const PRIME2 = 0xC2B2AE3D27D4EB4Fn;
const PRIME3 = 0x165667B19E3779F9n;
const rotate = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & MASK;
const round = (lane, word) => (rotate((lane + word * PRIME2) & MASK, 31) * PRIME1) & MASK;
function avalanche(h) {
  h ^= h >> 33n;
  h = (h * PRIME2) & MASK;
  h ^= h >> 29n;
  h = (h * PRIME3) & MASK;
  return h ^ (h >> 32n);
}

function payloadChecksum(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lane = [(PRIME1 + PRIME2) & MASK, PRIME2, 0n, (0n - PRIME1) & MASK];
  let p = 0;
  for (; bytes.length - p >= 32; p += 32) {
    for (let i = 0; i < 4; i++) lane[i] = round(lane[i], view.getBigUint64(p + 8 * i, true));
  }
  let tail = BigInt(bytes.length);
  for (let i = 0; bytes.length - p >= 8; p += 8, i++) {
    lane[i % 4] = round(lane[i % 4], view.getBigUint64(p, true));
  }
  for (let shift = 0n; p < bytes.length; p++, shift += 8n) tail ^= BigInt(bytes[p]) << shift;
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let k = 0; k < 4; k++) {
    const h = avalanche(lane[k] ^ rotate((tail * PRIME3) & MASK, 17 + k) ^
      ((PRIME1 * BigInt(k + 1)) & MASK));
    outView.setBigUint64(8 * k, h, true);
    for (let j = 0; j < 4; j++) lane[j] ^= h;
  }
  return out;
}

function resign(snapshot) {
  const copy = snapshot.slice();
  copy.set(payloadChecksum(copy.subarray(HEADER_SIZE)), DIGEST_OFFSET);
  return copy;
}

const u32 = (bytes, at) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
function withU32(bytes, at, value) {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
}

// A seeded generator (mulberry32), so a failing case is the same every run.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every message the core gives a snapshot it refuses begins one of these ways.
const ANY_REFUSAL = /^(not a factmark timeline snapshot|the timeline snapshot has format version \d+|the timeline snapshot is corrupt: \S)/;

/** Resolves with the error loadChecker() refused `bytes` with; fails if it loaded them. */
async function refusal(bytes) {
  let checker;
  try {
    checker = await loadChecker({ timelines: [bytes] });
  } catch (error) {
    return error;
  }
  checker.delete();
  return null;
}

/** Asserts that `bytes` are refused as corrupt with a message matching `message`. */
async function assertCorrupt(bytes, message, what) {
  const error = await refusal(bytes);
  assert.ok(error, `${what}: loaded without an error`);
  assert.ok(error instanceof FactmarkError, `${what}: ${error?.name}: ${error?.message}`);
  assert.equal(error.code, 'corrupt-data', `${what}: ${error.message}`);
  assert.match(error.message, message, what);
}

// What a single changed byte at `at` must be reported as, by the header
// field it falls in (the payload is covered by the checksum); the section
// count has a test of its own.
function expectedForByteAt(at) {
  if (at < 8) return /^not a factmark timeline snapshot/;
  if (at < 12) return /^the timeline snapshot has format version \d+, this factmark reads version 3/;
  if (at < 16) return /corrupt: bad header size$/;
  if (at < DIGEST_OFFSET) return /corrupt: the header announces \d+ payload bytes but the file holds \d+ \(truncated or padded\)$/;
  if (at < SECTION_COUNT_OFFSET) return /corrupt: checksum mismatch/;
  if (at < HEADER_SIZE) return /corrupt: reserved header bytes are not zero$/;
  return /corrupt: checksum mismatch/;
}

describe('corrupt timelines in the wasm build', () => {
  let dir;
  let good;

  // The good timeline still loads and checks: no failure left the module
  // in a broken state.
  async function assertGoodStillLoads() {
    const checker = await loadChecker({ timelines: [good] });
    try {
      const [claim] = checker.check(CLAIM).claims;
      assert.equal(claim.verdict, 'supported');
      assert.equal(claim.evidence[0].dataset, 'tiny');
    } finally {
      checker.delete();
    }
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-corrupt-'));
    await mkdir(join(dir, 'src'));
    for (const [name, text] of Object.entries(SOURCES)) await writeFile(join(dir, 'src', name), text);
    const out = join(dir, 'tiny.timeline');
    const compiled = await run(NATIVE_CLI, ['compile-data', join(dir, 'src'), '-o', out]);
    assert.equal(compiled.code, 0, compiled.stderr);
    good = new Uint8Array(await readFile(out));
    assert.ok(good.length > HEADER_SIZE && good.length < 2048, `${good.length} bytes`);
  });
  after(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

  it('loads the small snapshot itself', async () => {
    await assertGoodStillLoads();
    // Eleven sections, as the offset cases below assume.
    assert.equal(u32(good, SECTION_COUNT_OFFSET), 11);
  });

  it('refuses every truncation', { timeout: 60_000 }, async () => {
    for (let length = 0; length < good.length; length++) {
      const expected = length < 8 ? /^not a factmark timeline snapshot/
        : length < HEADER_SIZE ? new RegExp(`corrupt: the file is truncated inside its header \\(${length} bytes\\)$`)
          : new RegExp(`corrupt: the header announces ${good.length - HEADER_SIZE} payload bytes but the file holds ${length - HEADER_SIZE} \\(truncated or padded\\)$`);
      await assertCorrupt(good.slice(0, length), expected, `truncated to ${length} bytes`);
    }
    await assertGoodStillLoads();
  });

  it('refuses a padded file', async () => {
    const padded = new Uint8Array(good.length + 1);
    padded.set(good);
    await assertCorrupt(padded, /\(truncated or padded\)$/, 'one byte added');
  });

  // Every value of every byte, bar the section count (the next test): a few
  // seconds for a snapshot this small.
  it('refuses every single-byte change outside the section count', { timeout: 120_000 }, async () => {
    for (let at = 0; at < good.length; at++) {
      if (at >= SECTION_COUNT_OFFSET && at < SECTION_COUNT_OFFSET + 4) continue;
      for (let x = 1; x < 256; x++) {
        const bad = good.slice();
        bad[at] ^= x;
        await assertCorrupt(bad, expectedForByteAt(at), `byte ${at} xor ${x}`);
      }
    }
    await assertGoodStillLoads();
  });

  // The header's section count is outside the checksummed payload: a count
  // one too high once read the first bytes of META as a 12th directory entry
  // and loaded. Sections must now start after the directory, with known tags.
  it('refuses every single-byte change of the section count', async () => {
      for (let at = SECTION_COUNT_OFFSET; at < SECTION_COUNT_OFFSET + 4; at++) {
        for (let x = 1; x < 256; x++) {
          const bad = good.slice();
          bad[at] ^= x;
          await assertCorrupt(bad, ANY_REFUSAL, `byte ${at} xor ${x} (section count ${u32(bad, SECTION_COUNT_OFFSET)})`);
        }
      }
    });

  it('refuses seeded multi-byte damage', { timeout: 60_000 }, async () => {
    const next = random(20251127);
    for (let n = 0; n < 400; n++) {
      const bad = good.slice();
      const flips = 2 + Math.floor(next() * 15);
      const where = [];
      for (let i = 0; i < flips; i++) {
        const at = Math.floor(next() * bad.length);
        bad[at] ^= 1 + Math.floor(next() * 255);
        where.push(at);
      }
      if (bad.every((b, i) => b === good[i])) continue;  // two flips undid each other
      await assertCorrupt(bad, ANY_REFUSAL, `case ${n}: bytes ${where.join(', ')}`);
    }
    await assertGoodStillLoads();
  });

  it('names a wrong format version', async () => {
    for (const version of [0, 2, 4, 99, 0xFFFFFFFF]) {
      await assertCorrupt(withU32(good, VERSION_OFFSET, version),
        new RegExp(`^the timeline snapshot has format version ${version}, this factmark reads version 3; recompile it`),
        `version ${version}`);
    }
  });

  it('names a wrong checksum', async () => {
    for (const at of [DIGEST_OFFSET, DIGEST_OFFSET + 31]) {
      const bad = good.slice();
      bad[at] ^= 0x01;
      await assertCorrupt(bad, /corrupt: checksum mismatch \(the payload's checksum differs: the file is damaged\)$/,
        `digest byte ${at}`);
    }
    // A damaged payload under the original digest.
    const bad = good.slice();
    bad[good.length - 1] ^= 0x80;
    await assertCorrupt(bad, /corrupt: checksum mismatch/, 'last payload byte');
  });

  it('computes the same checksum as the core', async () => {
    // Re-signing the good snapshot changes nothing, and a re-signed damaged
    // payload gets past the checksum: the offset cases below reach the
    // checks they are meant for.
    assert.deepEqual(resign(good), good);
    const bad = good.slice();
    bad[good.length - 1] ^= 0x80;
    const error = await refusal(resign(bad));
    assert.ok(!error || !/checksum/.test(error.message), error?.message);
  });

  it('names a section whose offset or size points outside the file, under a valid checksum', async () => {
    const payloadSize = Number(new DataView(good.buffer).getBigUint64(PAYLOAD_SIZE_OFFSET, true));
    const sections = u32(good, SECTION_COUNT_OFFSET);
    for (let section = 0; section < sections; section++) {
      const entry = HEADER_SIZE + section * DIRECTORY_ENTRY_SIZE;
      const tag = String.fromCharCode(...good.subarray(entry, entry + 4));
      const outside = new RegExp(`corrupt: section ${tag} lies outside the file$`);
      await assertCorrupt(resign(withU32(good, entry + 4, 0xFFFFFFF0)), outside, `${tag} offset 0xFFFFFFF0`);
      await assertCorrupt(resign(withU32(good, entry + 4, payloadSize + 4)), outside, `${tag} offset just past the end`);
      await assertCorrupt(resign(withU32(good, entry + 8, 0x7FFFFFFF)), outside, `${tag} size 0x7FFFFFFF`);
      const size = u32(good, entry + 8);
      await assertCorrupt(resign(withU32(good, entry + 8, size + payloadSize)), outside, `${tag} size past the end`);
    }
    await assertGoodStillLoads();
  });

  it('names a string reference past the string pool, under a valid checksum', async () => {
    const sections = u32(good, SECTION_COUNT_OFFSET);
    let events = -1;
    for (let section = 0; section < sections; section++) {
      const entry = HEADER_SIZE + section * DIRECTORY_ENTRY_SIZE;
      if (String.fromCharCode(...good.subarray(entry, entry + 4)) === 'EVTS') events = u32(good, entry + 4);
    }
    assert.ok(events >= 0 && u32(good, HEADER_SIZE + events + 8 + 4) > 0, 'an event with a summary');
    // The first event's summary: {offset, length} at bytes 8..15 of its record.
    await assertCorrupt(resign(withU32(good, HEADER_SIZE + events + 8, 0x00FFFFFF)),
      /corrupt: a string of .+ lies outside STRS$/, 'summary offset past STRS');
    await assertGoodStillLoads();
  });

  it('refuses sampled truncations and flips of the default timeline', { timeout: 60_000 }, async () => {
    const world = new Uint8Array(await readFile(WORLD_TIMELINE));
    const next = random(7);
    for (let n = 0; n < 40; n++) {
      const length = Math.floor(next() * world.length);
      await assertCorrupt(world.subarray(0, length), ANY_REFUSAL, `world truncated to ${length}`);
      const bad = world.slice();
      const at = HEADER_SIZE + Math.floor(next() * (world.length - HEADER_SIZE));
      bad[at] ^= 1 + Math.floor(next() * 255);
      await assertCorrupt(bad, /corrupt: checksum mismatch/, `world byte ${at}`);
    }
    const checker = await loadChecker({ timelines: [world] });
    checker.delete();
  });
});
