// What a reader's browser downloads for the first view of one built page, read from
// Chromium's network events: every response until the page is loaded and the network is
// idle, by kind, raw and gzip-compressed (each body compressed on its own with zlib's
// default level, as a server would send it). Code loaded on demand (search) is not
// fetched before interaction, so it is not counted.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from '../e2e/static-server.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Site path of the page, e.g. `/es/section-01/lesson-005/`. */
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  /** Inline `<script>` bodies; already part of `html`. */
  inlineScripts: Bytes;
  /** Script files plus inline scripts: all JavaScript that runs before interaction. */
  javascriptBeforeInteraction: Bytes;
  /** HTML + CSS + JS + fonts. */
  firstView: Bytes;
  /** Every response counted: its URL path, kind and size. */
  responses: Array<{ path: string; kind: string } & Bytes>;
}

function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer).length };
}

export function addBytes(...parts: Bytes[]): Bytes {
  return parts.reduce((sum, part) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip }), { raw: 0, gzip: 0 });
}

/** Chromium's resource types, as the first view counts them. */
const KINDS: Record<string, 'html' | 'css' | 'js' | 'fonts'> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' };

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export async function measurePageWeight(distDir: string, page: string): Promise<PageWeight> {
  const site = await serveStatic(distDir);
  const browser = await chromium.launch({
    executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    const bodies: Promise<PageWeight['responses'][number] | undefined>[] = [];
    tab.on('response', (response) => {
      const kind = KINDS[response.request().resourceType()];
      if (!kind || response.status() !== 200) return;
      bodies.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, kind, ...bytesOf(body) })));
    });
    const loaded = await tab.goto(`${site.origin}${page}`, { waitUntil: 'networkidle' });
    if (loaded?.status() !== 200) throw new Error(`the weighed page ${page} does not exist in ${distDir}; choose one with --page`);
    const inline = await tab.$$eval('script:not([src])', (scripts) => scripts.map((script) => script.textContent ?? ''));
    const responses = (await Promise.all(bodies)).filter((response) => response !== undefined);
    const total = (kind: string) => addBytes(...responses.filter((response) => response.kind === kind));
    const [html, css, js, fonts] = [total('html'), total('css'), total('js'), total('fonts')];
    const inlineScripts = addBytes(...inline.map(bytesOf));
    return {
      page,
      html,
      css,
      js,
      fonts,
      inlineScripts,
      javascriptBeforeInteraction: addBytes(js, inlineScripts),
      firstView: addBytes(html, css, js, fonts),
      responses,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
