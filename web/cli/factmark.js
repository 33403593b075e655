#!/usr/bin/env node
// The Node `factmark` command: the same arguments, checks and output as the
// native program, from the WebAssembly build. Arguments are parsed by the
// core itself so the two cannot drift apart.
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { loadChecker, loadDateTagger, loadModule } from '../src/loader.js';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function fail(message, code = EXIT_FAILURE) {
  process.stderr.write(`factmark: ${message}\n`);
  return code;
}

// The C library's words for the errors a file can give, so both CLIs say
// the same thing.
const STRERROR = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
};

function cannotOpen(path, error) {
  if (error.code === 'EISDIR') return fail(`${path}: is a directory, not a file`);
  return fail(`${path}: cannot open (${STRERROR[error.code] ?? error.message})`);
}

async function readInput(path) {
  if (path === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
  return readFile(path);
}

// --jsonl: the batch, on worker threads.
async function runJsonl(cl) {
  const timelines = await readTimelines(cl);
  if (timelines === null) return EXIT_FAILURE;
  if (cl.input !== '-') {
    try {
      if ((await stat(cl.input)).isDirectory()) return fail(`${cl.input}: is a directory, not a file`);
      await access(cl.input, constants.R_OK);
    } catch (error) {
      return cannotOpen(cl.input, error);
    }
  }
  const { runBatch } = await import('./batch.js');
  return runBatch(cl, timelines);
}

// --out: a saved page's annotated copy.
async function runSavedPage(cl) {
  const timelines = await readTimelines(cl);
  if (timelines === null) return EXIT_FAILURE;
  const { writeAnnotatedPage } = await import('./saved-page.js');
  try {
    await writeAnnotatedPage(cl, timelines);
    return EXIT_OK;
  } catch (error) {
    return fail(error.code === 'ENOENT' || error.code === 'EACCES' || error.code === 'EISDIR'
      ? `${error.path ?? cl.input}: cannot open (${STRERROR[error.code] ?? error.message})`
      : error.message, error.exitCode ?? EXIT_FAILURE);
  }
}

// The bytes of the timelines the command line names (see `factmark --help`),
// each one checked alone so an error names the file it is in; or null after
// saying why one cannot be used.
async function readTimelines(cl) {
  const defaultPath = fileURLToPath(new URL('../dist/world.timeline', import.meta.url));
  const paths = [...(cl.data.length === 0 || cl.withDefault ? [defaultPath] : []), ...cl.data];
  const timelines = [];
  for (const path of paths) {
    try {
      timelines.push(new Uint8Array(await readFile(path)));
    } catch (error) {
      cannotOpen(path, error);
      return null;
    }
    try {
      (await loadChecker({ timeline: timelines.at(-1) })).delete();
    } catch (error) {
      fail(`${path}: ${error.message}`);
      return null;
    }
  }
  return timelines;
}

// A checker over the timelines the command line names, or null after saying
// why one cannot be used.
async function openChecker(cl) {
  const timelines = await readTimelines(cl);
  return timelines === null ? null : loadChecker({ timelines });
}

async function runStats(cl) {
  const checker = await openChecker(cl);
  if (checker === null) return EXIT_FAILURE;
  try {
    process.stdout.write(checker.stats(cl.format) + (cl.format === 'json' ? '\n' : ''));
    return EXIT_OK;
  } finally {
    checker.delete();
  }
}

async function runCheck(cl) {
  if (cl.jsonl) return runJsonl(cl);
  if (cl.out) return runSavedPage(cl);
  const checker = await openChecker(cl);
  if (checker === null) return EXIT_FAILURE;
  const text = await readText(cl);
  if (text === null) {
    checker.delete();
    return EXIT_FAILURE;
  }
  try {
    const options = { published: cl.published || null };
    return printReport(cl, () => (cl.format === 'text' ? checker.report(text, options)
      : checker.checkJson(text, options)));
  } finally {
    checker.delete();
  }
}

// Reads the input's bytes, or prints why it cannot and returns null. They go
// to the core as they are: it checks the UTF-8, as the native program does.
async function readText(cl) {
  try {
    return await readInput(cl.input);
  } catch (error) {
    cannotOpen(cl.input, error);
    return null;
  }
}

// Prints what the core wrote, or the error it reported.
function printReport(cl, produce) {
  const where = cl.input === '-' ? 'standard input' : cl.input;
  try {
    process.stdout.write(produce() + (cl.format === 'text' ? '' : '\n'));
    return EXIT_OK;
  } catch (error) {
    return fail(`${where}: ${error.message}`,
                error.code === 'invalid-argument' ? EXIT_USAGE : EXIT_FAILURE);
  }
}

async function runDates(cl) {
  const text = await readText(cl);
  if (text === null) return EXIT_FAILURE;
  const tagger = await loadDateTagger();
  const options = { published: cl.published || null };
  return printReport(cl, () => (cl.format === 'text' ? tagger.datesText(text, options)
    : tagger.datesJson(text, options)));
}

async function main(args) {
  const module = await loadModule();
  const parsed = JSON.parse(module.parseCommandLine(args.join('\0')));
  if (parsed.error) return fail(parsed.error.message, EXIT_USAGE);
  switch (parsed.command) {
    case 'help':
      process.stdout.write(module.usage());
      return EXIT_OK;
    case 'version':
      process.stdout.write(module.version() + '\n');
      return EXIT_OK;
    case 'check':
      return runCheck(parsed);
    case 'dates':
      return runDates(parsed);
    case 'stats':
      return runStats(parsed);
    default:
      return fail('compile-data is only in the native program (build/native/bin/factmark)',
                  EXIT_USAGE);
  }
}

process.exitCode = await main(process.argv.slice(2));
