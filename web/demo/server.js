// A small static server for the demo and the browser tests: serves web/ and
// sends / to the demo page. Loopback only; nothing outside web/ is reachable.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',  // needed for WebAssembly.instantiateStreaming
  '.timeline': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function handle(request, response, root, mounts) {
  const url = new URL(request.url, 'http://localhost');
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (url.pathname.startsWith(prefix)) {
      url.pathname = `/${url.pathname.slice(prefix.length)}`;
      root = normalize(dir);
      break;
    }
  }
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    response.writeHead(400).end('bad request');
    return;
  }
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    response.writeHead(403).end('forbidden');
    return;
  }
  try {
    let info = await stat(path);
    if (info.isDirectory()) {
      path = join(path, 'index.html');
      info = await stat(path);
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(path).pipe(response);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/**
 * @param {{port?: number, host?: string, root?: string,
 *          mounts?: Record<string, string>}} [options] port 0 picks a free
 *   port; mounts serve other folders under URL prefixes ("/generated/").
 * @returns {Promise<{server: import('node:http').Server, url: string}>}
 */
export function startServer({ port = 8080, host = '127.0.0.1', root = WEB_ROOT, mounts = {} } = {}) {
  const server = createServer((request, response) => {
    handle(request, response, normalize(root), mounts).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}
