// The native program and the Node CLI (wasm) take the same arguments and
// print the same bytes, for results and for errors alike.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { FIXTURES, HAVE_SEED, SEED_ARTICLE, WORLD_TIMELINE, native, node } from './helpers.js';

const articles = (await readdir(`${FIXTURES}articles`)).map((f) => `${FIXTURES}articles/${f}`);

async function assertSameRun(args, options) {
  const [a, b] = await Promise.all([native(args, options), node(args, options)]);
  assert.equal(b.stdout, a.stdout, `stdout differs for ${args.join(' ')}`);
  assert.equal(b.stderr, a.stderr, `stderr differs for ${args.join(' ')}`);
  assert.equal(b.code, a.code, `exit code differs for ${args.join(' ')}`);
  return a;
}

describe('native and wasm CLIs', () => {
  for (const article of articles) {
    it(`give identical JSON and text for ${article.split('/').pop()}`, async () => {
      for (const published of ['2025-07-29', '2019-03-01']) {
        const json = await assertSameRun(['check', '--published', published, article]);
        assert.equal(json.code, 0);
        const result = JSON.parse(json.stdout);
        assert.equal(result.published, published);
        assert.ok(result.claims.length > 0, 'the fixture holds claims');
        await assertSameRun(['check', '--published', published, '--format', 'text', article]);
      }
      await assertSameRun(['check', article]);  // no published date
    });
  }

  for (const article of articles) {
    it(`list identical dates for ${article.split('/').pop()}`, async () => {
      for (const published of ['2025-07-29', null]) {
        const args = ['dates', ...(published ? ['--published', published] : []), article];
        const json = await assertSameRun(args);
        assert.equal(json.code, 0);
        const { expressions } = JSON.parse(json.stdout);
        assert.ok(expressions.length > 0);
        await assertSameRun([...args.slice(0, -1), '--format', 'text', article]);
      }
    });
  }

  // The evaluation's 33 articles exercise every claim frame.
  it('give identical JSON for every evaluation article', async () => {
    const dir = new URL('../eval/claims/', import.meta.url).pathname;
    const labels = (await readFile(`${dir}labels.jsonl`, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    let claims = 0;
    for (const { article, published } of labels) {
      const { stdout } = await assertSameRun(['check', '--published', published, `${dir}articles/${article}`]);
      claims += JSON.parse(stdout).claims.length;
    }
    assert.ok(claims > 300, `${claims} claims`);
  });

  it('give identical JSON for the seed article', { skip: !HAVE_SEED && 'no ../shared/seed' },
    async () => {
      const { stdout } = await assertSameRun(['check', '--published', '2025-07-28', SEED_ARTICLE]);
      const { claims } = JSON.parse(stdout);
      const claim = claims.find((c) => c.kind === 'event-date');
      assert.equal(claim.text, 'President Lee took office on June 4');
      assert.equal(claim.verdict, 'supported');
      // The roles the seed names, at its published date.
      const roles = claims.filter((c) => c.kind === 'role-at-time');
      for (const name of ['Lee Jae Myung', 'Kim Jong Un', 'Chung Dong-young', 'Donald Trump']) {
        const role = roles.find((c) => c.text.endsWith(name));
        assert.equal(role?.verdict, 'supported', name);
      }
      assert.equal(claims.find((c) => c.kind === 'anniversary')?.verdict, 'supported');
      assert.equal(claims.find((c) => c.kind === 'elapsed-time')?.verdict, 'supported');
      assert.ok(claims.every((c) => !c.text.includes('See also')));
    });

  it('read standard input', async () => {
    const input = 'President Donald Trump took office on January 21, 2017.';
    const { stdout, code } = await assertSameRun(['check', '-'], { input });
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).claims[0].verdict, 'contradicted');
  });

  it('fail the same way on bad input, data and arguments', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factmark-cli-'));
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    // A valid multi-byte character right before the bad byte: the offset is
    // still that of the first bad byte (3: "€" is three bytes).
    const badAfterUnicode = join(dir, 'bad-after-unicode.txt');
    await writeFile(badAfterUnicode, Buffer.concat([Buffer.from('€', 'utf8'), Buffer.from([0xff])]));
    const corrupt = join(dir, 'corrupt.timeline');
    await writeFile(corrupt, 'FMKTLINE but not really a snapshot');
    const cases = [
      [['check', latin1], 1, /not valid UTF-8 \(first bad byte at offset 3\)/],
      [['dates', badAfterUnicode], 1, /not valid UTF-8 \(first bad byte at offset 3\)/],
      [['check', '--data', corrupt, latin1], 1, /corrupt/],
      [['check', join(dir, 'missing.txt')], 1, /cannot open \(No such file or directory\)/],
      [['check', dir], 1, /is a directory, not a file/],
      [['check', '--published', '2025-02-30', latin1.replace('latin1', 'x')], 1, /cannot open/],
      [['check', '--published', '2025-02-30', '-'], 2, /not a real date/],
      [['check', '--format', 'xml', '-'], 2, /json or text/],
      [['chek'], 2, /unknown command "chek"/],
      [['dates', '--data', corrupt, '-'], 2, /dates needs no timeline/],
      [['dates', latin1], 1, /not valid UTF-8/],
      [[], 2, /no command given/],
    ];
    for (const [args, code, stderr] of cases) {
      const result = await assertSameRun(args, { input: 'text' });
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.stderr, stderr, args.join(' '));
      assert.equal(result.stdout, '');
    }
  });

  it('count the same stats, and load several timelines alike', async () => {
    const text = await assertSameRun(['stats']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /coverage end\s+\d{4}-\d{2}-\d{2}/);
    const json = await assertSameRun(['stats', '--format', 'json']);
    const [world] = JSON.parse(json.stdout).timelines;
    assert.equal(world.name, 'factmark-world');
    assert.ok(world.terms > 0 && world.events_by_type['took-office'] > 0);
    // The default twice over: two datasets, the same verdicts.
    const both = await assertSameRun(['check', '--data', WORLD_TIMELINE, '--with-default', '-'],
                                     { input: 'President Donald Trump took office on January 21, 2017.' });
    const result = JSON.parse(both.stdout);
    assert.equal(result.datasets.length, 2);
    assert.equal(result.claims[0].verdict, 'contradicted');
  });

  it('print the same help and version', async () => {
    const help = await assertSameRun(['--help']);
    assert.match(help.stdout, /factmark check \[--published YYYY-MM-DD\]/);
    const version = await assertSameRun(['--version']);
    assert.match(version.stdout, /^factmark \d+\.\d+\.\d+\n$/);
  });
});
