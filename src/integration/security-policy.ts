// The Content Security Policy of the site, in one place. Every page carries it in a
// `<meta>` element (Astro adds the hash of each inline script and style it writes); a host
// that can send headers should send the same policy as a header, which may also forbid
// framing. The build writes that header to `_headers`, the file Netlify and Cloudflare
// Pages read.
import type { AstroConfig } from 'astro';
import { INLINE_SCRIPT_HASHES } from '../layouts/inline-scripts.ts';
import { OFFLINE_FILES_PATH, SERVICE_WORKER_PATH, withBase } from '../lib/urls.ts';

/**
 * Scripts and styles only from the site itself, inline ones only by hash. Pagefind
 * compiles its WebAssembly (`wasm-unsafe-eval`); lesson images may come from any https
 * address; the service worker and the web app manifest are the site's own.
 */
const DIRECTIVES = ["default-src 'self'", "img-src 'self' data: https:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self'", "manifest-src 'self'"] as const;
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
const STYLE_SOURCES = ["'self'"];

export const contentSecurityPolicy: Exclude<AstroConfig['security']['csp'], boolean | undefined> = {
  algorithm: 'SHA-256',
  directives: [...DIRECTIVES],
  scriptDirective: { resources: SCRIPT_SOURCES, hashes: INLINE_SCRIPT_HASHES },
  styleDirective: { resources: STYLE_SOURCES },
};

/** The policy as a host sends it: a `<meta>` element cannot forbid framing, a header can. */
export function policyHeader(): string {
  return [
    ...DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...INLINE_SCRIPT_HASHES.map((hash) => `'${hash}'`)].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

export const HEADERS_FILE = '_headers';

/**
 * `_headers`: every path of the site gets the policy; the service worker and the list of
 * files it compares are asked for afresh each time, so a deploy is seen at once.
 */
export function headersFile(base: string): string {
  const fresh = [SERVICE_WORKER_PATH, OFFLINE_FILES_PATH].map((path) => `${withBase(base, path)}\n  Cache-Control: no-cache\n`);
  return [`${base}*\n  Content-Security-Policy: ${policyHeader()}\n`, ...fresh].join('');
}
