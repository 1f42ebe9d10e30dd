import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePageWeight } from './page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-weight-'));
const files: Record<string, string> = {
  'es/lesson/index.html': `<html><head><link rel="stylesheet" href="/_astro/base.css"><script>window.a=1</script>
    <script type="module" src="../../_astro/page.js"></script></head><body>Hola</body></html>`,
  '_astro/base.css': `@import "./theme.css";@font-face{font-family:A;src:url(/fonts/a.woff2) format("woff2"),url(/fonts/a.woff)}`,
  '_astro/theme.css': 'body{color:red}',
  '_astro/page.js': `import{x}from"./shared.js";document.onclick=()=>import("./search.js");`,
  '_astro/shared.js': 'export const x=1;',
  '_astro/search.js': 'export const search="loaded on demand";',
  'fonts/a.woff2': 'WOFF2',
  'fonts/a.woff': 'WOFF-FALLBACK',
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('measurePageWeight', () => {
  const weight = measurePageWeight(dist, '/es/lesson/');
  const bytes = (path: string) => Buffer.byteLength(files[path]);

  it('follows stylesheets, their @imports and fonts, and static module imports only', () => {
    expect(weight.assets.map((asset) => `${asset.kind} ${asset.path}`)).toEqual([
      'css /_astro/base.css',
      'css /_astro/theme.css',
      'font /fonts/a.woff2',
      'js /_astro/page.js',
      'js /_astro/shared.js',
    ]);
  });

  it('adds raw bytes per kind, inline scripts counted in the HTML and as JavaScript', () => {
    expect(weight.html.raw).toBe(bytes('es/lesson/index.html'));
    expect(weight.css.raw).toBe(bytes('_astro/base.css') + bytes('_astro/theme.css'));
    expect(weight.fonts.raw).toBe(bytes('fonts/a.woff2'));
    expect(weight.js.raw).toBe(bytes('_astro/page.js') + bytes('_astro/shared.js'));
    expect(weight.inlineScripts.raw).toBe('window.a=1'.length);
    expect(weight.javascriptBeforeInteraction.raw).toBe(weight.js.raw + weight.inlineScripts.raw);
    expect(weight.firstView.raw).toBe(weight.html.raw + weight.css.raw + weight.js.raw + weight.fonts.raw);
    expect(weight.firstView.gzip).toBeGreaterThan(0);
  });

  it('names a page that was not built', () => {
    expect(() => measurePageWeight(dist, '/en/missing/')).toThrow(/was not built/);
  });
});
