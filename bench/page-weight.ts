// Bytes a reader downloads for the first view of one built page, raw and gzip-compressed
// (each file compressed on its own with zlib's default level, as a server would send it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssReferences, htmlReferences, isInline, resolveReference, staticImports } from './page-references.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

type AssetKind = 'css' | 'js' | 'font';

export interface PageWeight {
  /** Site path of the page, e.g. `/es/section-01/lesson-005/`. */
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  /** Inline `<script>` bodies; already part of `html`. */
  inlineScripts: Bytes;
  /** Inline `<style>` bodies; already part of `html`. */
  inlineStyles: Bytes;
  /** Script files plus inline scripts: all JavaScript that runs before interaction. */
  javascriptBeforeInteraction: Bytes;
  /** HTML + CSS + JS + fonts. */
  firstView: Bytes;
  assets: Array<{ path: string; kind: AssetKind } & Bytes>;
  /** References to other origins, which cannot be weighed here. */
  external: string[];
}

function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer).length };
}

function add(...parts: Bytes[]): Bytes {
  return parts.reduce((sum, part) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip }), { raw: 0, gzip: 0 });
}

/** The file of `dist` that a site path serves (`/a/` is `/a/index.html`). */
export function fileForPath(distDir: string, sitePath: string): string {
  return join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

export function measurePageWeight(distDir: string, pagePath: string): PageWeight {
  const pageFile = fileForPath(distDir, pagePath);
  if (!existsSync(pageFile)) {
    throw new Error(`the weighed page ${pagePath} was not built (no ${pageFile}); choose another with --page`);
  }
  const html = readFileSync(pageFile, 'utf8');
  const references = htmlReferences(html);
  const assets: PageWeight['assets'] = [];
  const external: string[] = [];
  const seen = new Set<string>();

  const visit = (fromPath: string, reference: string, kind: AssetKind) => {
    if (isInline(reference)) return;
    const path = resolveReference(fromPath, reference);
    if (path === null) {
      external.push(reference);
      return;
    }
    if (seen.has(path)) return;
    seen.add(path);
    const file = fileForPath(distDir, path);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${reference}, but ${file} does not exist`);
    const content = readFileSync(file);
    assets.push({ path, kind, ...bytesOf(content) });
    if (kind === 'js') followScript(path, content.toString('utf8'));
    if (kind === 'css') followStylesheet(path, content.toString('utf8'));
  };
  const followScript = (fromPath: string, code: string) => {
    for (const specifier of staticImports(code)) visit(fromPath, specifier, 'js');
  };
  const followStylesheet = (fromPath: string, css: string) => {
    const { imports, fonts } = cssReferences(css);
    for (const reference of imports) visit(fromPath, reference, 'css');
    for (const reference of fonts) visit(fromPath, reference, 'font');
  };

  for (const reference of references.stylesheets) visit(pagePath, reference, 'css');
  for (const reference of references.fonts) visit(pagePath, reference, 'font');
  for (const reference of references.scripts) visit(pagePath, reference, 'js');
  for (const code of references.inlineScripts) followScript(pagePath, code);
  for (const css of references.inlineStyles) followStylesheet(pagePath, css);

  const total = (kind: AssetKind) => add(...assets.filter((asset) => asset.kind === kind));
  const htmlBytes = bytesOf(html);
  const inlineScripts = bytesOf(references.inlineScripts.join('\n'));
  const css = total('css');
  const js = total('js');
  const fonts = total('font');
  return {
    page: pagePath,
    html: htmlBytes,
    css,
    js,
    fonts,
    inlineScripts,
    inlineStyles: bytesOf(references.inlineStyles.join('\n')),
    javascriptBeforeInteraction: add(js, inlineScripts),
    firstView: add(htmlBytes, css, js, fonts),
    assets,
    external,
  };
}
