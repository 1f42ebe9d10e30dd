import { describe, expect, it } from 'vitest';
import { belongsToLanguage, changedFiles, filesToSave, imagesOfPage, paletteColor, sitePathOfFile, webManifest } from './offline-files.ts';

describe('sitePathOfFile', () => {
  it('asks for folder pages by their folder, and for other files by their name', () => {
    expect(sitePathOfFile('es/intro/index.html')).toBe('/es/intro/');
    expect(sitePathOfFile('index.html')).toBe('/');
    expect(sitePathOfFile('404.html')).toBe('/404.html');
    expect(sitePathOfFile('_astro/page.Bx1.js')).toBe('/_astro/page.Bx1.js');
    expect(sitePathOfFile('es\\intro\\index.html')).toBe('/es/intro/');
  });
});

describe('changedFiles', () => {
  it('lists files whose content changed and files gone; new files are nobody’s saved copy', () => {
    const previous = { '/es/a/': 'h1', '/es/b/': 'h2', '/_astro/old.js': 'h3' };
    const next = { '/es/a/': 'h1', '/es/b/': 'h9', '/_astro/new.js': 'h4' };
    expect(changedFiles(previous, next)).toEqual({ changed: ['/es/b/'], removed: ['/_astro/old.js'] });
  });

  it('finds nothing between two identical builds', () => {
    const files = { '/es/a/': 'h1' };
    expect(changedFiles(files, { ...files })).toEqual({ changed: [], removed: [] });
  });
});

describe('paletteColor', () => {
  it('reads a colour’s light and dark value', () => {
    expect(paletteColor(':root { --bg: light-dark(#ffffff, #111418); --accent: light-dark(#0b57c2,#7fb2ff); }', 'accent')).toEqual({ light: '#0b57c2', dark: '#7fb2ff' });
  });

  it('says which colour is missing', () => {
    expect(() => paletteColor(':root { --bg: white; }', 'bg')).toThrow('the palette has no colour --bg');
  });
});

describe('webManifest', () => {
  it('opens the language’s index, covers the whole site and lists the icons', () => {
    const manifest = webManifest({
      lang: 'es',
      title: 'Curso AWS',
      description: 'Preparación',
      startUrl: '/curso-aws/es/',
      scope: '/curso-aws/',
      background: '#ffffff',
      theme: '#0b57c2',
      icons: [{ src: '/curso-aws/icons/icon-192.png', size: 192 }],
    });
    expect(manifest).toEqual({
      id: '/curso-aws/es/',
      name: 'Curso AWS',
      short_name: 'Curso AWS',
      description: 'Preparación',
      lang: 'es',
      start_url: '/curso-aws/es/',
      scope: '/curso-aws/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b57c2',
      icons: [{ src: '/curso-aws/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' }],
    });
  });

  it('leaves the description out when the course has none', () => {
    expect(webManifest({ lang: 'en', title: 'T', startUrl: '/en/', scope: '/', background: '#fff', theme: '#000', icons: [] })).not.toHaveProperty('description');
  });
});

describe('imagesOfPage', () => {
  it('reads every src and srcset candidate of the site, without query or fragment, and no other site’s', () => {
    const html = [
      '<img src="/curso/_astro/a.webp" srcset="/curso/_astro/a-400.webp 400w, /curso/_astro/a-800.webp 800w" alt="">',
      '<IMG alt="x" src="/curso/diagram.svg?v=2">',
      '<img src="https://example.org/b.png" alt="">',
      '<img src="/curso/_astro/a.webp" alt="again">',
    ].join('');
    expect(imagesOfPage(html, '/curso/')).toEqual(['/_astro/a.webp', '/_astro/a-400.webp', '/_astro/a-800.webp', '/diagram.svg']);
  });
});

describe('filesToSave', () => {
  const paths = [
    '/',
    '/404.html',
    '/sitemap.xml',
    '/favicon.svg',
    '/icons/icon-192.png',
    '/_astro/page.1.js',
    '/_astro/style.2.css',
    '/_astro/photo-es.webp',
    '/_astro/photo-en.webp',
    '/es/',
    '/es/intro/',
    '/es/intro/2/',
    '/es/intro/all/',
    '/es/exam/questions.json',
    '/es/manifest.webmanifest',
    '/es/offline-save.json',
    '/en/',
    '/en/intro/',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.es_9c1.pf_meta',
    '/pagefind/pagefind.en_7a2.pf_meta',
    '/pagefind/wasm.es.pagefind',
    '/pagefind/wasm.unknown.pagefind',
    '/pagefind/fragment/es_1a.pf_fragment',
    '/pagefind/fragment/en_2b.pf_fragment',
    '/pagefind/index/es_3c.pf_index',
  ];

  it('keeps one language’s pages, the shared code, the images its pages show and its search index', () => {
    expect(filesToSave(paths, 'es', ['es', 'en'], new Set(['/_astro/photo-es.webp']))).toEqual([
      '/favicon.svg',
      '/icons/icon-192.png',
      '/_astro/page.1.js',
      '/_astro/style.2.css',
      '/_astro/photo-es.webp',
      '/es/',
      '/es/intro/',
      '/es/intro/2/',
      '/es/exam/questions.json',
      '/es/manifest.webmanifest',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.es_9c1.pf_meta',
      '/pagefind/wasm.es.pagefind',
      '/pagefind/fragment/es_1a.pf_fragment',
      '/pagefind/index/es_3c.pf_index',
    ]);
  });

  it('gives the other language its own part', () => {
    const english = filesToSave(paths, 'en', ['es', 'en'], new Set());
    expect(english.filter((path) => path.startsWith('/en/') || path.startsWith('/pagefind/'))).toEqual([
      '/en/',
      '/en/intro/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.en_7a2.pf_meta',
      '/pagefind/fragment/en_2b.pf_fragment',
    ]);
  });
});

describe('belongsToLanguage', () => {
  it('is true of a language’s pages and its own search files, not of shared files', () => {
    const languages = ['es', 'en'];
    expect(['/es/intro/', '/pagefind/fragment/es_1a.pf_fragment', '/pagefind/wasm.es.pagefind'].every((path) => belongsToLanguage(path, 'es', languages))).toBe(true);
    expect(['/en/intro/', '/pagefind/pagefind.js', '/_astro/page.1.js', '/_astro/photo.webp', '/espanol/'].some((path) => belongsToLanguage(path, 'es', languages))).toBe(false);
  });
});
