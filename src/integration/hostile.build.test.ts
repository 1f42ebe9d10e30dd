// Hostile and odd lessons that pass validation: the course of e2e/hostile-course.ts, built
// for real. Every title, description, section and course title holding markup, quotes,
// an ampersand or an emoji reads back as that literal text wherever a page shows it, and
// nothing in any page came from one; odd files build like ordinary ones.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, hostileCourseFiles, LONG_LESSON_PAGES, ODD } from '../../e2e/hostile-course.ts';
import { LANGUAGE_REDIRECT_SCRIPT, THEME_SCRIPT } from '../layouts/inline-scripts.ts';
import { TRAIL_LIMIT } from '../lib/page-model.ts';
import { astroBuild, outDir, readText, writeCourse, type Run } from './test-builds.ts';

const dir = writeCourse('hostile', hostileCourseFiles());
let out: string;
let build: Run;

beforeAll(async () => {
  out = outDir('hostile');
  build = await astroBuild(dir, out);
}, 300_000);

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const page = (path: string): Root => fromHtml(readText(out, path));

function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      if (test(node)) found.push(node);
      node.children.forEach(visit);
      if (node.tagName === 'template' && node.content) node.content.children.forEach(visit);
    } else if (node.type === 'root') node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

const byTag = (tree: Root | Element, tag: string) => elements(tree, (element) => element.tagName === tag);
const byClass = (tree: Root | Element, name: string) =>
  elements(tree, (element) => Array.isArray(element.properties.className) && element.properties.className.includes(name));
const texts = (nodes: Element[]) => nodes.map((node) => toText(node).trim());
/** Every text of an element, hidden ones too (the quiz summary waits, hidden, for the quiz script). */
const allText = (node: RootContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(allText).join('') : '');

it('builds, ignoring the files that are not lessons', () => {
  expect(build.status, build.output).toBe(0);
  expect(build.output).not.toMatch(/notes\.txt|notas\.txt|DS_Store/);
});

describe('hostile titles', () => {
  const lesson = 'es/01-hostil/01-titulo/';

  it('nothing in any page came from a title: no image, no event handler, only the site’s own scripts', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const tree = fromHtml(readText(out, file.slice(out.length + 1)));
      expect(byTag(tree, 'img'), file).toEqual([]);
      expect(elements(tree, (element) => Object.keys(element.properties).some((name) => /^on/i.test(name))), file).toEqual([]);
      for (const script of byTag(tree, 'script')) {
        if (script.properties.src) continue;
        expect([THEME_SCRIPT, LANGUAGE_REDIRECT_SCRIPT], file).toContain(toText(script));
      }
    }
  });

  it('the title tag, the meta tags and the heading read the literal title and description', () => {
    const tree = page(`${lesson}index.html`);
    expect(toText(byTag(tree, 'title')[0])).toContain(HOSTILE.lessonTitle.es);
    const meta = (name: string) => byTag(tree, 'meta').find((element) => element.properties.name === name || element.properties.property === name)?.properties.content;
    expect(meta('description')).toBe(HOSTILE.description);
    expect(meta('og:title')).toContain(HOSTILE.lessonTitle.es);
    expect(texts(byTag(tree, 'h1'))).toEqual([HOSTILE.lessonTitle.es]);
    expect(texts(byClass(tree, 'site-title'))).toEqual([HOSTILE.courseTitle.es]);
  });

  it('the course tree, the section link and the language switcher', () => {
    const tree = page(`${lesson}index.html`);
    const courseTree = byClass(tree, 'course-tree')[0];
    expect(texts(byTag(courseTree, 'summary'))).toEqual([HOSTILE.sectionTitle.es]);
    expect(texts(byTag(courseTree, 'a'))).toContain(HOSTILE.lessonTitle.es);
    expect(texts(byClass(tree, 'lesson-section'))).toEqual([HOSTILE.sectionTitle.es]);
    expect(texts(byClass(tree, 'language-switcher'))[0]).toMatch(/^Español\s*English$/);
  });

  it('the pager, and the quiz summary of a question whose title has quotes and an ampersand', () => {
    const second = page(`${lesson}2/index.html`);
    expect(texts(byClass(second, 'pager-previous'))[0]).toContain(HOSTILE.lessonTitle.es);
    expect(texts(byClass(second, 'pager-next'))[0]).toContain(HOSTILE.untranslatedTitle);
    for (const quizList of [...byClass(second, 'quiz-summary'), ...byClass(second, 'quiz-print-key')]) {
      expect(allText(quizList)).toContain(`Pregunta 1: "quotes" & 'more'`);
    }
  });

  it('the course index, the section page and the not-found page', () => {
    const index = page('es/index.html');
    expect(texts(byTag(index, 'h1'))).toEqual([HOSTILE.courseTitle.es]);
    expect(texts(byTag(index, 'h2'))).toContain(HOSTILE.sectionTitle.es);
    expect(texts(byTag(byClass(index, 'lesson-list')[0], 'a'))).toContain(HOSTILE.lessonTitle.es);
    expect(texts(byTag(page('es/01-hostil/index.html'), 'h1'))).toEqual([HOSTILE.sectionTitle.es]);
    expect(texts(byClass(page('404.html'), 'site-title'))).toEqual([HOSTILE.courseTitle.es]);
  });

  it('the notice of a lesson not translated yet, and its badge in the tree', () => {
    const notice = page('en/01-hostil/02-solo/index.html');
    expect(texts(byTag(notice, 'h1'))).toEqual([HOSTILE.untranslatedTitle]);
    expect(texts(byTag(byClass(notice, 'course-tree')[0], 'a'))).toContain(HOSTILE.untranslatedTitle);
    expect(texts(byTag(page('en/index.html'), 'p')).join('\n')).toContain(`“${HOSTILE.untranslatedTitle}”`);
  });

  it('the search index holds the literal title, for results to show as text', () => {
    const folder = join(out, 'pagefind/fragment');
    const fragments = readdirSync(folder).map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { title: string } };
    });
    expect(fragments.find((fragment) => fragment.url === `/${lesson}`)?.meta.title).toBe(HOSTILE.lessonTitle.es);
  });
});

describe('odd files', () => {
  const pagesOf = (path: string) => readdirSync(join(out, 'es', path)).filter((name) => /^\d+$/.test(name)).length + 1;

  it('CRLF line endings and a byte-order mark cut pages like LF, in .md and .mdx', () => {
    expect(pagesOf(ODD.crlf)).toBe(3);
    expect(pagesOf(ODD.crlfMdx)).toBe(3);
    expect(pagesOf(ODD.bom)).toBe(2);
    expect(texts(byTag(page(`es/${ODD.bom}index.html`), 'h1'))).toEqual(['BOM']);
    expect(toText(byClass(page(`es/${ODD.crlf}3/index.html`), 'lesson-body')[0]).trim()).toBe('Tres.');
  });

  it('a lesson of 2 MB builds whole', () => {
    const body = toText(byClass(page(`es/${ODD.large}index.html`), 'lesson-body')[0]);
    expect(body.length).toBeGreaterThan(1_900_000);
  });

  it(`a lesson of ${LONG_LESSON_PAGES} pages: every page exists, and its trail lists few pages yet reaches all in two steps`, () => {
    expect(pagesOf(ODD.long)).toBe(LONG_LESSON_PAGES);
    const trailOf = (number: number) => {
      const trail = byClass(page(`es/${ODD.long}${number === 1 ? '' : `${number}/`}index.html`), 'page-trail')[0];
      return byTag(byTag(trail, 'ol')[0], 'a').map((link) => Number(/\/(\d+)\/$/.exec(String(link.properties.href))?.[1] ?? 1));
    };
    const reach = (from: number) => new Set([from, ...trailOf(from)]);
    for (const from of [1, 150, LONG_LESSON_PAGES]) {
      const near = reach(from);
      expect(near.size).toBeLessThan(4 * TRAIL_LIMIT);
      const two = new Set([...near].flatMap((step) => [...reach(step)]));
      expect(two.size, `from page ${from}`).toBe(LONG_LESSON_PAGES);
    }
  });

  it('file and folder names with spaces, accents and capitals are slugged', () => {
    expect(existsSync(join(out, 'es', ODD.oddName, 'index.html'))).toBe(true);
  });

  it('a lesson with a title and nothing else says so in the reader’s language', () => {
    const empty = page(`es/${ODD.empty}index.html`);
    expect(texts(byTag(empty, 'h1'))).toEqual(['Vacía']);
    expect(texts(byClass(empty, 'notice'))).toContain('Esta lección aún no tiene contenido.');
  });
});
