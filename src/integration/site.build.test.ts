// The e2e fixture course (plus a lesson pair full of links and images), built twice under
// /curso-aws/ as on GitHub Pages: nothing silently lost, every URL right under the base
// path, and both builds byte for byte the same.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVENTORY_FILE, type InventoryEntry } from '../content/loader.ts';
import { astroBuild, listFiles, outDir, readText, ROOT, writeCourse, type Run } from './test-builds.ts';
import { unpackQuestionBank, type QuestionBankFile } from '../lib/question-bank-file.ts';

const FIXTURE = join(ROOT, 'e2e/fixtures/course');
const SITE = 'https://example.github.io';
const BASE = '/curso-aws/';
const ENV = { SITE_URL: SITE, BASE_PATH: BASE };

// Two tiny, different PNGs (identical files would share one asset), so the image
// pipeline has real work to do.
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const BAR_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGM4IScHRAAIdwIJkXAbPAAAAABJRU5ErkJggg==', 'base64');

const LINKS_EN = `---
title: Links and images
---

[Cloud](../01-basics/01-cloud.md), [EC2 page 2](/en/02-compute/01-ec2/2/), [with the base](/curso-aws/en/02-compute/), [storage](../../section-3/), [the icon](/favicon.svg), [Spanish](../../es/03-links/01-links.mdx#enlaces).

![A dot](./img/dot.png) ![The icon](/favicon.svg)

<!-- pagebreak -->

## Second page

Back to [the first page](./01-links.md).[^note]

[^note]: A footnote.
`;

const LINKS_ES = `---
title: Enlaces e imágenes
---

## Enlaces

[Nube](../01-basics/01-cloud.md) y ![Un punto](./img/punto.png)

<!-- pagebreak -->

<Callout type="tip">Un [enlace](../02-compute/02-containers.md) dentro de un componente.</Callout>
`;

function fixtureFiles(): Record<string, string | Buffer> {
  return Object.fromEntries(listFiles(FIXTURE).map((path) => [path, readFileSync(join(FIXTURE, path))]));
}

const lessonsDir = writeCourse('site', {
  ...fixtureFiles(),
  'en/03-links/01-links.md': LINKS_EN,
  'en/03-links/img/dot.png': DOT_PNG,
  'es/03-links/01-links.mdx': LINKS_ES,
  'es/03-links/img/punto.png': BAR_PNG,
});
const first = outDir('site-1');
const second = outDir('site-2');
let build: Run;
let rebuild: Run;
let inventory: InventoryEntry[];

beforeAll(async () => {
  build = await astroBuild(lessonsDir, first, ENV);
  inventory = JSON.parse(readFileSync(join(ROOT, 'node_modules/.astro', INVENTORY_FILE), 'utf8'));
  rebuild = await astroBuild(lessonsDir, second, ENV);
});

it('builds', () => {
  expect(build.status, build.output).toBe(0);
  expect(rebuild.status, rebuild.output).toBe(0);
});

const htmlFiles = () => listFiles(first).filter((path) => path.endsWith('.html'));
/** Pages that show lesson text (not notices of untranslated lessons). */
const lessonPages = () => htmlFiles().filter((path) => readText(first, path).includes('class="lesson-body"'));
const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

describe('nothing silently lost', () => {
  const sources = listFiles(join(ROOT, lessonsDir))
    .filter((path) => /\.mdx?$/.test(path))
    .map((path) => {
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readText(join(ROOT, lessonsDir), path))![1]);
      return { file: `${lessonsDir}/${path}`, lang: path.split('/')[0], title: String(frontmatter.title), draft: frontmatter.draft === true };
    });

  it('the fixture has published lessons and a draft', () => {
    expect(sources.filter((source) => source.draft).map((source) => source.file)).toEqual([`${lessonsDir}/es/02-compute/04-draft.md`]);
    expect(sources.length).toBeGreaterThan(10);
  });

  it('every source file is in the build inventory, published or as a draft', () => {
    expect(inventory.map((entry) => [entry.file, entry.status]).sort()).toEqual(
      sources.map((source) => [source.file, source.draft ? 'draft' : 'published']).sort(),
    );
  });

  it('every published lesson has its pages in dist/, with its title and text', () => {
    const missing = sources
      .filter((source) => !source.draft)
      .filter((source) => !lessonPages().some((path) => path.startsWith(`${source.lang}/`) && h1(readText(first, path)) === source.title))
      .map((source) => source.file);
    expect(missing).toEqual([]);
    for (const entry of inventory) {
      for (const path of entry.paths) expect(existsSync(join(first, path, 'index.html')), `${entry.file}: ${path}`).toBe(true);
    }
  });

  it('every lesson page in dist/ is one the inventory accounts for', () => {
    const listed = inventory.flatMap((entry) => entry.paths.map((path) => `${path.slice(1)}index.html`)).sort();
    expect(lessonPages().sort()).toEqual(listed);
  });

  it('drafts are reported by the build and absent from dist/', () => {
    for (const draft of sources.filter((source) => source.draft)) {
      expect(build.output).toContain(`draft, not published: ${draft.file}`);
      expect(htmlFiles().filter((path) => readText(first, path).includes(draft.title))).toEqual([]);
    }
    const published = inventory.filter((entry) => entry.status === 'published');
    const pages = published.reduce((sum, entry) => sum + entry.paths.length, 0);
    expect(build.output).toContain(`${published.length} lessons published (${pages} pages), 1 drafts left out`);
  });
});

/** Every URL a page refers to: href, src, srcset, and og:url. */
function urlsOf(html: string): string[] {
  const attributes = [...html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)].flatMap(([, name, value]) =>
    name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value],
  );
  const ogUrl = [...html.matchAll(/<meta property="og:url" content="([^"]*)"/g)].map(([, value]) => value);
  return [...attributes, ...ogUrl].map((url) => url.replace(/&amp;/g, '&'));
}

/** Why a URL is wrong on a site served at SITE + BASE, or undefined when it is right. */
function urlProblem(url: string): string | undefined {
  // An empty href is the page itself: placeholders that scripts fill in use it.
  if (url === '' || url.startsWith('#') || url.startsWith('mailto:')) return undefined;
  if (/^https?:\/\//.test(url) && !url.startsWith(SITE)) return undefined;
  const path = url.startsWith(SITE) ? url.slice(SITE.length) : url;
  if (!path.startsWith('/')) return 'relative URL: breaks on 404.html, which is served at any depth';
  if (!path.startsWith(BASE)) return `does not start with the base path ${BASE}`;
  const file = decodeURI(path.slice(BASE.length).split(/[?#]/)[0]);
  const target = file === '' || file.endsWith('/') ? `${file}index.html` : file;
  return existsSync(join(first, target)) ? undefined : 'leads to no file in dist/';
}

describe('hosting under a sub-path', () => {
  it('every link, asset, canonical, hreflang and og:url of every page works under the base path', () => {
    const wrong = htmlFiles().flatMap((path) =>
      urlsOf(readText(first, path)).flatMap((url) => {
        const problem = urlProblem(url);
        return problem ? [`${path}: ${url} (${problem})`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('lesson links, images and footnotes were rewritten for the base path', () => {
    const en = readText(first, 'en/03-links/01-links/index.html');
    for (const href of ['/curso-aws/en/01-basics/01-cloud/', '/curso-aws/en/02-compute/01-ec2/2/', '/curso-aws/en/02-compute/', '/curso-aws/en/section-3/', '/curso-aws/favicon.svg', '/curso-aws/es/03-links/01-links/#enlaces']) {
      expect(en).toContain(`href="${href}"`);
    }
    expect(en).toMatch(/<img [^>]*src="\/curso-aws\/_astro\/dot\.[^"]+\.webp"/);
    expect(en).toContain('src="/curso-aws/favicon.svg"');
    expect(readText(first, 'en/03-links/01-links/2/index.html')).toContain('href="/curso-aws/en/03-links/01-links/"');
    const es = readText(first, 'es/03-links/01-links/index.html');
    expect(es).toMatch(/<img [^>]*src="\/curso-aws\/_astro\/punto\.[^"]+\.webp"/);
    expect(readText(first, 'es/03-links/01-links/2/index.html')).toContain('href="/curso-aws/es/02-compute/02-containers/"');
  });

  it('no image is left unprocessed', () => {
    expect(htmlFiles().filter((path) => readText(first, path).includes('__ASTRO_IMAGE_'))).toEqual([]);
  });

  it('the sitemap lists absolute URLs of existing pages, and robots.txt points to it', () => {
    const sitemap = readText(first, 'sitemap.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>|href="([^"]*)"/g)].map(([, loc, href]) => loc ?? href);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.flatMap((url) => (urlProblem(url) || !url.startsWith(SITE) ? [url] : []))).toEqual([]);
    expect(readText(first, 'robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });

  it('404.html refers to everything by absolute, base-prefixed URLs', () => {
    const urls = urlsOf(readText(first, '404.html')).filter((url) => url !== '' && !url.startsWith('#'));
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => !url.startsWith(BASE) && !url.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });
});

describe('question banks', () => {
  const bankFile = (lang: string): QuestionBankFile => JSON.parse(readText(first, `${lang}/exam/questions.json`));
  const bank = (lang: string) => unpackQuestionBank(bankFile(lang));

  it('one per language, said in the build log, with every question of the course', () => {
    expect(build.output).toMatch(/question banks: es 3, en 3 questions; compressed: es \d+\.\d KB, en \d+\.\d KB/);
    expect(listFiles(first).filter((path) => path.endsWith('questions.json'))).toEqual(['en/exam/questions.json', 'es/exam/questions.json']);
    for (const lang of ['en', 'es']) expect(bank(lang).sections).toEqual([{ slug: '04-practice', title: lang === 'en' ? 'Practice' : 'Práctica' }]);
  });

  it('holds each question as readers see it, with where it is, its options, verdicts and explanations', () => {
    const [first, second] = bank('en').questions;
    expect(first).toEqual({
      id: expect.stringMatching(/^[\w-]{12}$/),
      section: '04-practice',
      lesson: 'Cloud quiz',
      href: `${BASE}en/04-practice/01-quiz/#question-${first.id}`,
      html: '<p>Which service runs containers without managing servers?</p>',
      options: [
        { label: 'A', html: 'Amazon EC2', correct: false, explanation: '<p>you manage the instances.</p>' },
        { label: 'B', html: 'AWS Fargate', correct: true, explanation: '<p>serverless containers.</p>' },
        { label: 'C', html: 'Amazon S3', correct: false, explanation: '<p>S3 stores objects.</p>' },
      ],
    });
    expect(second.href).toBe(`${BASE}en/04-practice/01-quiz/2/#question-${second.id}`);
    expect(second.options.filter((option: { correct: boolean }) => option.correct).map((option: { label: string }) => option.label)).toEqual(['A', 'C']);
    expect(bank('es').questions[0].html).toBe('<p>¿Qué servicio ejecuta contenedores sin administrar servidores?</p>');
  });

  it('writes what the questions of a lesson share once', () => {
    expect(bankFile('en').lessons).toEqual([{ section: 0, title: 'Cloud quiz', href: `${BASE}en/04-practice/01-quiz/` }]);
    expect(bankFile('en').questions.map((question) => question.at.replace(question.id, 'ID'))).toEqual(['#question-ID', '2/#question-ID', '3/#question-ID']);
  });

  it('is loaded by the exam page only', () => {
    const loading = htmlFiles().filter((path) => readText(first, path).includes('questions.json'));
    expect(loading).toEqual(['en/exam/index.html', 'es/exam/index.html']);
  });
});

describe('determinism', () => {
  it('two builds of the same sources are byte-identical', () => {
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter((path) => !readFileSync(join(first, path)).equals(readFileSync(join(second, path))));
    expect(differing).toEqual([]);
  });
});
