// Translations that keep in step, on a course with its own git history: the reader's
// notice on an outdated translation, the check's report, and the translator's commands.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHistoryCourse } from '../../e2e/history-course.ts';
import { astroBuild, courseCheck, listFiles, outDir, readText, ROOT, runNode, writeCourse, type Run } from './test-builds.ts';

const dir = writeCourse('translations', {});
const folder = join(ROOT, dir);
const builds: Run[] = [];
const outs = [outDir('translations-1'), outDir('translations-2')];

beforeAll(async () => {
  writeHistoryCourse(folder);
  for (const out of outs) builds.push(await astroBuild(dir, out));
}, 240_000);

it('builds', () => {
  for (const build of builds) expect(build.status, build.output).toBe(0);
});

describe('the reader of an outdated translation', () => {
  it('sees a notice with the date of the source’s change and a link to the same page in its language', () => {
    const page = readText(outs[0], 'en/s1/a/2/index.html');
    expect(page).toContain('This translation may be out of date');
    expect(page).toContain('The Spanish version of this lesson was updated on 14 May 2024, after this translation.');
    expect(page).toMatch(/<a href="\/es\/s1\/a\/2\/" hreflang="es">Read the Spanish version<\/a>/);
  });

  it('sees no notice where the translation is current, the change did not count, or on the source', () => {
    for (const path of ['en/s1/b/index.html', 'es/s1/a/index.html', 'es/s1/b/index.html']) {
      expect(readText(outs[0], path)).not.toContain('This translation may be out of date');
    }
  });

  it('the notice is not in the search index', () => {
    const fragments = join(outs[0], 'pagefind/fragment');
    const texts = readdirSync(fragments).map((file) => gunzipSync(readFileSync(join(fragments, file))).toString('utf8'));
    expect(texts.some((text) => text.includes('Hello.'))).toBe(true);
    for (const text of texts) expect(text).not.toContain('out of date');
  });

  it('two builds of the same commit are byte-identical', () => {
    const files = listFiles(outs[0]);
    expect(listFiles(outs[1])).toEqual(files);
    expect(files.filter((path) => !readFileSync(join(outs[0], path)).equals(readFileSync(join(outs[1], path))))).toEqual([]);
  });
});

describe('the translator', () => {
  it('finds outdated translations in npm run check, with the source commits since', async () => {
    const check = await courseCheck(dir, ['--content-only']);
    expect(check.status).toBe(0);
    expect(check.output).toMatch(new RegExp(`outdated: 1 translation\\n    ${dir}/en/s1/a.md is behind ${dir}/es/s1/a.md:\\n      [0-9a-f]{7} 2024-05-14 Spanish A: a new paragraph\\n`));
    const json = JSON.parse((await courseCheck(dir, ['--content-only', '--json'])).output);
    expect(json.translations.outdated).toEqual([
      { identity: 's1/a', file: `${dir}/en/s1/a.md`, source: `${dir}/es/s1/a.md`, commits: [expect.objectContaining({ date: '2024-05-14', subject: 'Spanish A: a new paragraph' })], uncommitted: false },
    ]);
  });

  it('sees what changed in the source since the translation, with npm run translation-diff', async () => {
    const diff = await runNode(['scripts/translation-diff.ts', `${dir}/en/s1/a.md`], { LESSONS_DIR: dir });
    expect(diff.status, diff.output).toBe(0);
    expect(diff.output).toContain(`${dir}/en/s1/a.md was last updated in`);
    expect(diff.output).toContain('+Un párrafo nuevo.');
    const current = await runNode(['scripts/translation-diff.ts', `${dir}/en/s1/b.md`], { LESSONS_DIR: dir });
    expect(current.output).toContain(`${dir}/en/s1/b.md is up to date with ${dir}/es/s1/b.md.`);
  });

  it('starts a translation with npm run translate, which never overwrites', async () => {
    writeFileSync(join(folder, 'es/s1/c.mdx'), '---\ntitle: Lección C\nlesson: 3\n---\n\nTexto.\n\n<!-- pagebreak -->\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```sh\nls\n```\n');
    const first = await runNode(['scripts/translate.ts', `${dir}/es/s1/c.mdx`], { LESSONS_DIR: dir });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(`Wrote ${dir}/en/s1/c.mdx, a draft translation of ${dir}/es/s1/c.mdx.`);
    const draft = readFileSync(join(folder, 'en/s1/c.mdx'), 'utf8');
    expect(draft).toMatch(/^---\ntitle: Lección C\nlesson: 3\ndraft: true\nsource: es\n---\n\n\{\/\* Translated from Spanish: .* \*\/\}\n\nTexto\.\n\n<!-- pagebreak -->\n\n\| a \| b \|/);
    const again = await runNode(['scripts/translate.ts', `${dir}/es/s1/c.mdx`, '--to', 'en'], { LESSONS_DIR: dir });
    expect(again.status).toBe(1);
    expect(again.output).toContain(`${dir}/en/s1/c.mdx already exists: a translation is not overwritten.`);
    expect(readFileSync(join(folder, 'en/s1/c.mdx'), 'utf8')).toBe(draft);
    const check = await courseCheck(dir, ['--content-only']);
    expect(check.output).toContain(`in progress: 1 translation\n    ${dir}/en/s1/c.mdx`);
    expect(existsSync(join(folder, 'en/s1/c.mdx'))).toBe(true);
  });
});
