// Search, on a real build of the test course: the search index holds every lesson page
// once, in its language's index, with its metadata, and nothing of the page around it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_BUNDLE } from './pagefind.ts';
import { astroBuild, listFiles, outDir, ROOT } from './test-builds.ts';

const COURSE = 'e2e/fixtures/course';

/**
 * The test course's published lessons and how many pages each has, read off its lesson
 * files (the Jekyll files hide markers in code and at their edges on purpose). The draft
 * `es/02-compute/04-draft.md` is not published.
 */
const LESSON_PAGES: Record<string, number> = {
  '/en/01-basics/01-cloud/': 3,
  '/en/01-basics/02-regions/': 2,
  '/en/02-compute/01-ec2/': 5,
  '/en/02-compute/02-containers/': 3,
  '/en/02-compute/03-serverless/': 2,
  '/en/04-practice/01-quiz/': 3,
  '/en/section-3/storage-s3/': 5,
  '/en/section-3/storage-lab/': 2,
  '/es/01-basics/01-cloud/': 3,
  '/es/01-basics/02-regions/': 4,
  '/es/01-basics/03-history/': 2,
  '/es/02-compute/01-ec2/': 5,
  '/es/02-compute/02-containers/': 3,
  '/es/04-practice/01-quiz/': 3,
  '/es/section-3/storage-s3/': 5,
  '/es/section-3/storage-lab/': 2,
};

/** Every numbered page of every published lesson: `/…/lesson/`, `/…/lesson/2/`, … */
const lessonPages = Object.entries(LESSON_PAGES).flatMap(([first, pages]) =>
  Array.from({ length: pages }, (_, index) => (index === 0 ? first : `${first}${index + 1}/`)),
);

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

let site: string;
let fragments: Fragment[];

beforeAll(async () => {
  site = outDir('search');
  const build = await astroBuild(COURSE, site, { BASE_PATH: '/' });
  expect(build.status, build.output).toBe(0);
  fragments = readFragments(join(site, SEARCH_BUNDLE));
});

const fragment = (url: string) => fragments.find((candidate) => candidate.url === url)!;

describe('the search index of the test course', () => {
  it('is checked against every lesson file of the course', () => {
    const files = listFiles(join(ROOT, COURSE)).filter((file) => /\.mdx?$/.test(file) && !file.endsWith('04-draft.md'));
    const named = (file: string) => `${file.slice(0, 2)}:${basename(file).replace(/\.mdx?$/, '').replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '')}`;
    const listed = Object.keys(LESSON_PAGES).map((path) => `${path.slice(1, 3)}:${path.split('/').at(-2)}`);
    expect(files.map(named).sort()).toEqual(listed.sort());
  });

  it('holds each lesson page exactly once: no read-all view, notice, index or chooser', () => {
    expect(fragments.map((entry) => entry.url).sort()).toEqual([...lessonPages].sort());
  });

  it('has one index per language, each with that language’s pages only', () => {
    const entry = JSON.parse(readFileSync(join(site, SEARCH_BUNDLE, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    for (const lang of ['en', 'es']) {
      expect(entry.languages[lang].page_count).toBe(lessonPages.filter((path) => path.startsWith(`/${lang}/`)).length);
    }
    for (const { lang, url } of fragments) expect(url.startsWith(`/${lang}/`), url).toBe(true);
  });

  it('gives every page its lesson title, section, lesson and page label', () => {
    expect(fragment('/es/02-compute/02-containers/3/')).toMatchObject({
      meta: { title: 'Contenedores' },
      filters: { section: ['Cómputo'], lesson: ['02-compute/02-containers'], page: ['Página 3 de 3'] },
    });
    expect(fragment('/en/01-basics/01-cloud/')).toMatchObject({
      meta: { title: 'What the cloud is' },
      filters: { section: ['Basics'], lesson: ['01-basics/01-cloud'], page: ['Page 1 of 3'] },
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
