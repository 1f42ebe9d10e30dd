// SPEC §7, on a real build of the test course: the search index holds every lesson page
// once, in its language's index, with its metadata, and nothing of the page around it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVENTORY_FILE, type InventoryEntry } from '../content/loader.ts';
import { SEARCH_BUNDLE } from './pagefind.ts';

const root = resolve(import.meta.dirname, '../..');

/** One indexed page, as Pagefind stores it in `fragment/<lang>_<hash>.pf_fragment`. */
interface Fragment {
  lang: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

/** Fragments are gzipped JSON behind Pagefind's `pagefind_dcd` signature. */
function readFragments(bundle: string): Fragment[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return { lang: file.slice(0, file.indexOf('_')), ...JSON.parse(text.slice(text.indexOf('{'))) };
  });
}

let outDir: string;
let fragments: Fragment[];
let lessonPages: string[];

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'course-search-'));
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    // Not Vitest's environment: its NODE_ENV, DEV and MODE would make Astro build in development mode.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LESSONS_DIR: 'e2e/fixtures/course', BASE_PATH: '/' },
    stdio: 'pipe',
  });
  fragments = readFragments(join(outDir, SEARCH_BUNDLE));
  // What the build published, as the loader recorded it: every page and the read-all view.
  const inventory: InventoryEntry[] = JSON.parse(readFileSync(join(root, 'node_modules/.astro', INVENTORY_FILE), 'utf8'));
  lessonPages = inventory.flatMap((entry) => entry.paths).filter((path) => !path.endsWith('/all/'));
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const fragment = (url: string) => fragments.find((candidate) => candidate.url === url)!;

describe('the search index of the test course', () => {
  it('holds each lesson page exactly once: no read-all view, notice, index or chooser', () => {
    expect(fragments.map((entry) => entry.url).sort()).toEqual([...lessonPages].sort());
  });

  it('has one index per language, each with that language’s pages only', () => {
    const entry = JSON.parse(readFileSync(join(outDir, SEARCH_BUNDLE, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    for (const lang of ['en', 'es']) {
      expect(entry.languages[lang].page_count).toBe(lessonPages.filter((path) => path.startsWith(`/${lang}/`)).length);
    }
    for (const { lang, url } of fragments) expect(url.startsWith(`/${lang}/`), url).toBe(true);
  });

  it('gives every page its lesson title, section and page label', () => {
    expect(fragment('/es/02-compute/02-containers/3/')).toMatchObject({
      meta: { title: 'Contenedores' },
      filters: { section: ['Cómputo'], page: ['Página 3 de 3'] },
    });
    expect(fragment('/en/01-basics/01-cloud/')).toMatchObject({
      meta: { title: 'What the cloud is' },
      filters: { section: ['Basics'], page: ['Page 1 of 3'] },
    });
  });

  it('keeps the headings’ ids for sub-results, without their self-links', () => {
    const page = fragment('/es/02-compute/02-containers/3/');
    expect(page.anchors).toContainEqual(expect.objectContaining({ id: 'registro-de-imagenes', text: 'Registro de imágenes' }));
    expect(page.content).toContain('quimera');
    expect(page.content).not.toContain('Enlace a la sección');
  });

  it('indexes quiz questions and their options, never their verdicts or explanations', () => {
    const page = fragment('/en/04-practice/01-quiz/');
    expect(page.content).toContain('Which service runs containers without managing servers?');
    expect(page.content).toContain('AWS Fargate');
    for (const answer of ['serverless containers', 'you manage the instances', 'Correct', 'Incorrect', 'Show the answer']) {
      expect(page.content).not.toContain(answer);
    }
  });

  it('indexes no text of the page around the lesson', () => {
    const chrome = ['Saltar al contenido', 'Skip to content', 'Índice del curso', 'Curso de prueba de la nube', 'Cloud test course', 'Anterior', 'Previous'];
    for (const page of fragments) {
      for (const text of chrome) expect(page.content, page.url).not.toContain(text);
    }
  });

  it('does not match a lesson title on pages whose sidebar shows it', () => {
    const words = (page: Fragment) => [page.content, ...Object.values(page.meta)].join(' ');
    // Listed in the sidebar of every page of the section; only the lesson itself may hold it.
    const others = fragments.filter((page) => page.url.startsWith('/es/01-basics/') && !page.url.startsWith('/es/01-basics/03-history/'));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(words(page), page.url).not.toContain('Historia de la nube');
    // The untranslated English lesson is listed in the Spanish sidebar only.
    for (const page of fragments.filter((candidate) => candidate.lang === 'es')) {
      expect(words(page), page.url).not.toContain('Serverless with Lambda');
    }
  });
});
