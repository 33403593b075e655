// `factmark check --jsonl` in Node: one article per line, checked by a pool
// of worker threads (one per core unless --jobs says), printed in input
// order, with a progress line on a terminal and nothing extra when piped.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';

const CHUNK = 64;  // lines a worker takes at once

function progressLine(stream, totalBytes) {
  const on = Boolean(stream.isTTY);
  const start = performance.now();
  let drawn = 0;
  return (lines, bytes, last = false) => {
    if (!on) return;
    const now = performance.now();
    if (!last && now - drawn < 200) return;
    drawn = now;
    const seconds = (now - start) / 1000;
    let line = `\r${lines} articles · ${(lines / seconds || 0).toFixed(0)} a second · ` +
      `${(bytes / seconds / 1e6 || 0).toFixed(1)} MB/s`;
    if (totalBytes > 0 && bytes > 0 && !last) {
      line += ` · ${Math.floor((100 * bytes) / totalBytes)}% · ETA ${(seconds * (totalBytes - bytes) / bytes).toFixed(0)}s`;
    }
    stream.write(line + (last ? '\n' : '   '));
  };
}

/**
 * @param {{input: string, jobs: number}} cl
 * @param {Uint8Array[]} timelines
 * @returns {Promise<number>} the exit code
 */
export async function runBatch(cl, timelines) {
  const jobs = cl.jobs > 0 ? cl.jobs : availableParallelism();
  const input = cl.input === '-' ? process.stdin : createReadStream(cl.input);
  const totalBytes = cl.input === '-' ? 0 : (await stat(cl.input)).size;
  const progress = progressLine(process.stderr, totalBytes);

  const workers = [];
  for (let i = 0; i < jobs; i++) {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), {
      workerData: { timelines },
    });
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    workers.push(worker);
  }

  // Chunks go to whichever worker is free; results are printed in order.
  const done = new Map();  // chunk -> output lines
  let nextToPrint = 0;
  let printed = 0;
  let bytes = 0;
  const idle = [...workers];
  const waiting = [];  // resolvers of senders waiting for a free worker
  const print = () => {
    while (done.has(nextToPrint)) {
      const outputs = done.get(nextToPrint);
      done.delete(nextToPrint++);
      let text = '';
      for (const out of outputs) {
        if (out) {
          text += `${out}\n`;
          printed++;
        }
      }
      if (text) process.stdout.write(text);
    }
    progress(printed, bytes);
  };
  let failed = null;
  for (const worker of workers) {
    worker.on('message', ({ chunk, outputs }) => {
      done.set(chunk, outputs);
      print();
      idle.push(worker);
      waiting.shift()?.();
    });
    worker.on('error', (error) => { failed = error; waiting.splice(0).forEach((w) => w()); });
  }
  const send = async (chunk, first, lines) => {
    while (idle.length === 0 && !failed) await new Promise((resolve) => waiting.push(resolve));
    if (failed) throw failed;
    idle.pop().postMessage({ chunk, first, lines });
  };

  let lines = [];
  let chunk = 0;
  let lineNumber = 0;
  let first = 1;
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) {
      lineNumber++;
      bytes += Buffer.byteLength(line) + 1;
      lines.push(line);
      if (lines.length === CHUNK) {
        await send(chunk++, first, lines);
        first = lineNumber + 1;
        lines = [];
      }
    }
    if (lines.length) await send(chunk++, first, lines);
    while (nextToPrint < chunk && !failed) await new Promise((resolve) => waiting.push(resolve));
    if (failed) throw failed;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  progress(printed, bytes, true);
  return 0;
}
