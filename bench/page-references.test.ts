import { describe, expect, it } from 'vitest';
import { cssReferences, htmlReferences, isInline, parseAttributes, resolveReference, staticImports } from './page-references.ts';

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes and decodes entities', () => {
    const attributes = parseAttributes(` rel="stylesheet" href='/a.css?x=1&amp;y=2' media=print defer`);
    expect(Object.fromEntries(attributes)).toEqual({ rel: 'stylesheet', href: '/a.css?x=1&y=2', media: 'print', defer: '' });
  });
});

describe('htmlReferences', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/base.css">
    <link rel="preload" as="style" href="/_astro/extra.css">
    <link rel="modulepreload" href="/_astro/chunk.js">
    <link rel="preload" as="font" href="/fonts/a.woff2" crossorigin>
    <link rel="icon" href="/favicon.svg">
    <link rel="alternate" hreflang="en" href="/en/">
    <!-- <link rel="stylesheet" href="/commented-out.css"> -->
    <script type="module" src="/_astro/page.js"></script>
    <script>document.documentElement.dataset.theme = 'dark';</script>
    <script type="application/ld+json">{"@type":"Course"}</script>
    <style>body{margin:0}</style>
  </head><body><script type="module">import "/_astro/inline-dep.js";</script></body></html>`;

  it('finds stylesheets, scripts, preloaded fonts and inline code', () => {
    expect(htmlReferences(html)).toEqual({
      stylesheets: ['/_astro/base.css', '/_astro/extra.css'],
      scripts: ['/_astro/page.js', '/_astro/chunk.js'],
      fonts: ['/fonts/a.woff2'],
      inlineScripts: [`document.documentElement.dataset.theme = 'dark';`, 'import "/_astro/inline-dep.js";'],
      inlineStyles: ['body{margin:0}'],
    });
  });

  it('does not mistake a link written inside a script for one in the page', () => {
    const references = htmlReferences(`<script>const tag = '<link rel="stylesheet" href="/x.css">';</script>`);
    expect(references.stylesheets).toEqual([]);
  });
});

describe('staticImports', () => {
  it('finds minified and plain static imports and re-exports', () => {
    const code = `import{a as b}from"./chunk.js";import"./side.js";import x from './x.js';
      import * as ns from "./ns.js";export{c}from"./re.js";export*from"./all.js";`;
    expect(staticImports(code)).toEqual(['./chunk.js', './side.js', './x.js', './ns.js', './re.js', './all.js']);
  });

  it('leaves out dynamic imports, import.meta and look-alike identifiers', () => {
    const code = `const m = import("./lazy.js");const u = import.meta.url;reimport"./no.js";obj.import "./no2.js";`;
    expect(staticImports(code)).toEqual([]);
  });
});

describe('cssReferences', () => {
  it('finds @import targets and the first url of each @font-face', () => {
    const css = `@import url("/_astro/theme.css");@import './print.css' print;
      /* @import "/commented.css"; */
      @font-face{font-family:A;src:local("A"),url(/fonts/a.woff2) format("woff2"),url(/fonts/a.woff) format("woff")}
      body{background:url(/img/bg.png)}`;
    expect(cssReferences(css)).toEqual({ imports: ['/_astro/theme.css', './print.css'], fonts: ['/fonts/a.woff2'] });
  });
});

describe('resolveReference', () => {
  it('resolves absolute and relative references to site paths', () => {
    expect(resolveReference('/es/a/lesson/', '/_astro/x.css')).toBe('/_astro/x.css');
    expect(resolveReference('/_astro/page.js', './chunk.js?v=1#x')).toBe('/_astro/chunk.js');
    expect(resolveReference('/es/a/lesson/', '../b.css')).toBe('/es/a/b.css');
  });

  it('returns null for another origin', () => {
    expect(resolveReference('/', 'https://cdn.example.com/x.js')).toBeNull();
    expect(resolveReference('/', '//cdn.example.com/x.js')).toBeNull();
  });

  it('recognizes data URLs as inline', () => {
    expect(isInline('data:font/woff2;base64,AAAA')).toBe(true);
    expect(isInline('/fonts/a.woff2')).toBe(false);
  });
});
