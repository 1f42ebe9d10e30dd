// The render pool against the loader's own renderer: the same pages for the same lessons,
// links resolved against the targets it was sent, each answer to the lesson asked for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPageRenderer, type AstroMarkdownSettings } from '../markdown/processor.ts';
import { linkTargetsOf } from './compile.ts';
import { createRenderPool } from './render-pool.ts';
import { courseSettings, pipelineOptions } from './settings.ts';

const root = mkdtempSync(join(tmpdir(), 'course-render-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const settings = courseSettings(
  { root, publicDir: join(root, 'public'), cacheDir: join(root, 'cache'), base: '/curso/' },
  { locales: ['es', 'en'] },
  { includeDrafts: false },
);
const astro: AstroMarkdownSettings = { image: { service: { entrypoint: 'astro/assets/services/noop', config: {} }, domains: [], remotePatterns: [] } as never, syntaxHighlight: 'shiki' };
const lessonPaths = new Map([['en/s1/b.md', '/en/s1/b/']]);

const lessons = Array.from({ length: 6 }, (_, index) => ({
  body: `## Lesson ${index}\n\nSee [the next one](./b.md).\n\n<!-- pagebreak -->\n\n| A | B |\n|---|---|\n| ${index} | x |\n\n\`\`\`js\nconst n = ${index};\n\`\`\`\n`,
  absolutePath: join(settings.lessonsDir, 'en/s1/a.md'),
  frontmatter: { title: `Lesson ${index}` },
}));

// Each thread loads the renderer and its highlighter first, which takes seconds on a busy machine.
const STARTUP_TIMEOUT_MS = 60_000;

describe('createRenderPool', () => {
  it('renders each lesson as the main thread does, in the order asked', { timeout: STARTUP_TIMEOUT_MS }, async () => {
    const targets = linkTargetsOf(settings, lessonPaths);
    const render = createPageRenderer(pipelineOptions(settings, () => targets), astro);
    const pool = createRenderPool(2, { settings, astro });
    pool.setLessonPaths(lessonPaths);
    const fromPool = await Promise.all(lessons.map((lesson) => pool.render(lesson)));
    await pool.close();
    const inThread = [];
    for (const lesson of lessons) inThread.push(await render(lesson));
    expect(fromPool).toEqual(inThread);
    expect(fromPool[3].pages).toHaveLength(2);
    expect(fromPool[3].pages[0]).toContain('href="/curso/en/s1/b/"');
    expect(fromPool[3].pages[1]).toContain('3');
  });

  it('refuses lessons once stopped', { timeout: STARTUP_TIMEOUT_MS }, async () => {
    const pool = createRenderPool(1, { settings, astro });
    await pool.close();
    await expect(pool.render(lessons[0])).rejects.toThrow('the render threads were stopped');
  });
});
