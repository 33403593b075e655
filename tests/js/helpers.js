// Paths and process helpers shared by the JavaScript tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NATIVE_CLI = `${ROOT}build/native/bin/factmark`;
export const NODE_CLI = `${ROOT}web/cli/factmark.js`;
export const FIXTURES = `${ROOT}tests/fixtures/`;
export const WORLD_TIMELINE = `${ROOT}web/dist/world.timeline`;

// The seed article lives outside the repository; tests that use it skip
// when it is absent (a user's fresh clone).
export const SEED_ARTICLE = `${ROOT}../shared/seed/article.txt`;
export const HAVE_SEED = existsSync(SEED_ARTICLE);

/** Runs a command; resolves with its exit code, stdout and stderr. */
export function run(command, args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({
      code,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
    }));
    // A command that does not read its input may exit before taking it.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

export const native = (args, options) => run(NATIVE_CLI, args, options);
export const node = (args, options) => run(process.execPath, [NODE_CLI, ...args], options);
