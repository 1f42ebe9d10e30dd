// A static file server for a built site, as a plain host serves it: `/a/` is
// `/a/index.html`, a missing file is the site's 404.html, and every response carries the
// headers it is given (a Content Security Policy, for instance).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  /** The path of every request served, in order. */
  requested: string[];
  /** Holds back the responses to the paths `matches` until the returned function is called. */
  hold(matches: (path: string) => boolean): () => void;
  close(): Promise<void>;
}

/** Serves `distDir` under `basePath` on a free port of localhost. */
export function serveStatic(distDir: string, options: { basePath?: string; headers?: Record<string, string> } = {}): Promise<StaticSite> {
  const basePath = options.basePath ?? '/';
  const requested: string[] = [];
  let held: { matches: (path: string) => boolean; released: Promise<void> } | undefined;
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requested.push(path);
    if (held?.matches(path)) await held.released;
    let file = path.startsWith(basePath) ? join(distDir, normalize(`/${path.slice(basePath.length)}`)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== '' && existsSync(file);
    const served = found ? file : join(distDir, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream', ...options.headers });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const hold = (matches: (path: string) => boolean) => {
        let release = () => {};
        held = { matches, released: new Promise<void>((resolve) => (release = resolve)) };
        return () => {
          held = undefined;
          release();
        };
      };
      resolve({ origin: `http://127.0.0.1:${port}`, requested, hold, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
