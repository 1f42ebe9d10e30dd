// Errors that teach: each mistake fails `astro build` and `npm run check` with
// a message naming the file, the line and column where known, and the fix. Mistakes the
// loader finds together share one build, which also shows that every one is reported.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, COURSE_YML, courseCheck, listFiles, outDir, problemBlock, readText, ROOT, writeCourse, type Run } from './test-builds.ts';

const VALID = {
  'course.yml': COURSE_YML,
  'es/s1/intro.md': '---\ntitle: Introducción\n---\n\nHola.\n',
  'en/s1/intro.md': '---\ntitle: Introduction\n---\n\nHello.\n',
};

const QUOTE_FIX =
  'put the value in double quotes, e.g. `title: "ECS: an overview"` (a colon followed by a space, or a quote inside single quotes, ends the value early)';

/** Builds and checks a course once; the cases of a `describe` read the two outputs. */
function brokenCourse(name: string, files: Record<string, string>, env: Record<string, string> = {}, prepare?: (dir: string) => void) {
  const dir = writeCourse(name, { ...VALID, ...files });
  prepare?.(join(ROOT, dir));
  const runs: { build?: Run; check?: Run } = {};
  beforeAll(async () => {
    runs.build = await astroBuild(dir, outDir(name), env);
    runs.check = await courseCheck(dir, [], env);
  });
  return { dir, runs };
}

function expectFailure({ build, check }: { build?: Run; check?: Run }, errors: number) {
  expect(build!.status).not.toBe(0);
  expect(build!.output).toContain(`The course has ${errors} errors to fix:`);
  expect(check!.status).toBe(1);
  expect(check!.output).toContain(`✖ ${errors} errors, 0 warnings`);
  for (const output of [build!.output, check!.output]) {
    expect(output).not.toMatch(/Stack trace|Location:|\n\s+at /);
  }
}

function expectReported({ build, check }: { build?: Run; check?: Run }, block: string) {
  expect(build!.output).toContain(block);
  expect(check!.output).toContain(block);
}

/** `path:line:column` of the first occurrence of `text` in a lesson's lines. */
function at(path: string, lines: string[], text: string): string {
  const line = lines.findIndex((candidate) => candidate.includes(text));
  return `${path}:${line + 1}:${lines[line].indexOf(text) + 1}`;
}

describe('frontmatter mistakes', () => {
  const { dir, runs } = brokenCourse('frontmatter', {
    'en/s1/no-title.md': '---\ndescription: A lesson without a title\n---\n\nText.\n',
    'en/s1/empty-title.md': "---\ntitle: ''\n---\n\nText.\n",
    'en/s1/number-title.md': '---\ntitle: 2024\n---\n\nText.\n',
    'en/s1/bad-yaml.md': '---\nlayout: posts\ntitle: ECS: Fargate and ECR\nsection: Section-7\n---\n\nText.\n',
  });

  it('fail the build and the check, all four reported in one run', () => expectFailure(runs, 4));

  it('missing title', () => {
    expectReported(runs, problemBlock(`${dir}/en/s1/no-title.md:1`, 'the frontmatter has no `title`', 'give the lesson a title, e.g. `title: "Amazon ECS and Fargate"`'));
  });

  it('empty title', () => {
    expectReported(runs, problemBlock(`${dir}/en/s1/empty-title.md:2:1`, 'the `title` is empty', 'give the lesson a title, e.g. `title: "Amazon ECS and Fargate"`'));
  });

  it('title that is not text', () => {
    expectReported(runs, problemBlock(`${dir}/en/s1/number-title.md:2:1`, '`title` must be text, not 2024', 'write the title as text in quotes, e.g. `title: "2024"`'));
  });

  it('invalid YAML', () => {
    expectReported(
      runs,
      problemBlock(`${dir}/en/s1/bad-yaml.md:3:8`, 'the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings', QUOTE_FIX),
    );
  });
});

describe('lessons in the wrong place', () => {
  const { dir, runs } = brokenCourse('placement', {
    'en/flat.md': '---\ntitle: Flat lesson\nlesson: 2\n---\n\nText.\n',
    'fr/s1/lecon.md': '---\ntitle: Leçon\n---\n\nBonjour.\n',
    'en/s1/2024-01-05-intro.md': '---\ntitle: Introduction again\n---\n\nHello again.\n',
    'stray.md': '---\ntitle: Stray lesson\n---\n\nText.\n',
  });

  it('fail the build and the check, all four reported in one run', () => expectFailure(runs, 4));

  it('lesson outside the language folders', () => {
    expectReported(
      runs,
      problemBlock(`${dir}/stray.md`, 'this lesson is not in a language folder, so it would not be published', `move it into ${dir}/es/ or ${dir}/en/`),
    );
  });

  it('flat lesson without section', () => {
    expectReported(
      runs,
      problemBlock(
        `${dir}/en/flat.md:1`,
        `a lesson placed directly in ${dir}/en/ needs a \`section\` in its frontmatter`,
        `add e.g. \`section: Section-7\` to the frontmatter, or move the file into a section folder such as ${dir}/en/section-7/`,
      ),
    );
  });

  it('unknown language folder', () => {
    expectReported(
      runs,
      problemBlock(
        `${dir}/fr/`,
        '"fr" is not a configured language (es, en), so its lesson (s1/lecon.md) would not be published',
        `move the lessons into ${dir}/es/ or ${dir}/en/, or add "fr" to the locales in astro.config.mjs`,
      ),
    );
  });

  it('two files on one URL', () => {
    expectReported(
      runs,
      problemBlock(
        `${dir}/en/s1/intro.md`,
        `this lesson and ${dir}/en/s1/2024-01-05-intro.md both map to the URL /en/s1/intro/ (URLs leave out the date prefix and the extension)`,
        'rename one of the files (or change its `section`) so each lesson has its own URL',
      ),
    );
  });
});

describe('MDX mistakes', () => {
  const { dir, runs } = brokenCourse('mdx', {
    'en/s1/latency.mdx': '---\ntitle: Latency\n---\n\nKeep latency <24 ms.\n',
    'en/s1/component.mdx': '---\ntitle: Component\n---\n\nSee the diagram:\n\n<Diagram />\n',
    'en/s1/import.mdx': "---\ntitle: Import\n---\nimport Box from './box.astro';\n\n<Box />\n",
  });

  it('fail the build and the check, all three reported in one run', () => expectFailure(runs, 3));

  it('syntax error such as `<24`, with the &lt; and .md fixes', () => {
    expectReported(
      runs,
      problemBlock(
        `${dir}/en/s1/latency.mdx:5:15`,
        'MDX cannot read this lesson: Unexpected character `2` (U+0032) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
        'a `<` or `{` in text starts a component or an expression in MDX: write `&lt;` or `\\<` (and `\\{`) for the literal character, or rename the file to .md if it uses no components',
      ),
    );
  });

  it('component nothing defines', () => {
    expectReported(
      runs,
      problemBlock(
        `${dir}/en/s1/component.mdx:7:1`,
        'the component <Diagram> is not defined in this lesson',
        'lessons use <Callout> and <Comparison> without an import; import any other component at the top of the lesson, or write `&lt;Diagram` if it is text',
      ),
    );
  });

  it('import of a missing file', () => {
    expectReported(
      runs,
      problemBlock(`${dir}/en/s1/import.mdx:4:17`, "the import './box.astro' leads to no file", 'fix the path, which is relative to this lesson file, or remove the import'),
    );
  });
});

describe('odd files', () => {
  const badYaml = '---\ntitle: ECS: Fargate\n---\n\nText.\n';
  const badMdx = '---\ntitle: Latency\n---\n\nKeep latency <24 ms.\n';
  const { dir, runs } = brokenCourse(
    'odd',
    {
      'es/s1/🚀.md': '---\ntitle: Cohete\n---\n\nTexto.\n',
      'en/s1/yaml-lf.md': badYaml,
      'en/s1/yaml-crlf.md': badYaml.replace(/\n/g, '\r\n'),
      'en/s1/mdx-lf.mdx': badMdx,
      'en/s1/mdx-bom-crlf.mdx': `\uFEFF${badMdx.replace(/\n/g, '\r\n')}`,
    },
    {},
    // A link from inside a folder back to the folder itself.
    (course) => symlinkSync('..', join(course, 'es/s1/loop')),
  );

  it('fail the build and the check, all six reported in one run, never hanging on the loop', () => expectFailure(runs, 6));

  it('a symbolic link loop names the link and the folder it leads back to', () => {
    expectReported(
      runs,
      problemBlock(`${dir}/es/s1/loop`, `this symbolic link leads back to ${dir}/es/, a folder it is in, so the folder would never end`, 'remove the link, or point it outside the lessons folder'),
    );
  });

  it('a file name with nothing a URL can use', () => {
    expectReported(runs, problemBlock(`${dir}/es/s1/🚀.md`, 'the file name "🚀" has no letter or digit a URL can use', 'rename the file with at least one letter (a–z, accents are fine) or digit'));
  });

  it('CRLF line endings and a byte-order mark give the same lines and columns as LF', () => {
    for (const file of ['yaml-lf.md', 'yaml-crlf.md']) {
      expectReported(runs, problemBlock(`${dir}/en/s1/${file}:2:8`, 'the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings', QUOTE_FIX));
    }
    for (const file of ['mdx-lf.mdx', 'mdx-bom-crlf.mdx']) {
      expect(runs.build!.output).toContain(`${dir}/en/s1/${file}:5:15`);
      expect(runs.check!.output).toContain(`${dir}/en/s1/${file}:5:15`);
    }
  });
});

describe('links and images leading nowhere (site under /curso-aws/)', () => {
  const lines = [
    '---',
    'title: Links',
    '---',
    '',
    '[fine](./intro.md) [gone](./outro.md) [no base](/en/s1/missing/) [with base](/curso-aws/en/s1/missing/)',
    '',
    '![relative](./img/missing.png) ![public](/img/missing.png)',
  ];
  const { dir, runs } = brokenCourse('links', { 'en/s1/links.md': `${lines.join('\n')}\n` }, { BASE_PATH: '/curso-aws/' });
  const file = `${dir}/en/s1/links.md`;
  const pageFix = 'link to a lesson file (e.g. `../section-8/lesson-3.md`) or to an existing page, or fix the spelling';

  it('fail the build and the check, all five reported in one run', () => expectFailure(runs, 5));

  it('link to a lesson file that does not exist', () => {
    expectReported(
      runs,
      problemBlock(
        at(file, lines, '[gone]'),
        `the link ./outro.md points to ${dir}/en/s1/outro.md, which is not a published lesson`,
        'check the file name and the ../ steps, or remove `draft: true` from the target lesson',
      ),
    );
  });

  it('link to a missing page, written without the base path', () => {
    expectReported(runs, problemBlock(at(file, lines, '[no base]'), 'the link /en/s1/missing/ leads to /curso-aws/en/s1/missing/, which is not a page of this course', pageFix));
  });

  it('link to a missing page, written with the base path', () => {
    expectReported(
      runs,
      problemBlock(at(file, lines, '[with base]'), 'the link /curso-aws/en/s1/missing/ leads to /curso-aws/en/s1/missing/, which is not a page of this course', pageFix),
    );
  });

  it('missing image next to the lesson', () => {
    expectReported(
      runs,
      problemBlock(
        at(file, lines, '![relative]'),
        `the image ./img/missing.png does not exist (looked for ${dir}/en/s1/img/missing.png)`,
        'put the image next to the lesson or fix the relative path',
      ),
    );
  });

  it('missing image in public/', () => {
    expectReported(
      runs,
      problemBlock(at(file, lines, '![public]'), 'the image /img/missing.png does not exist (looked for public/img/missing.png)', 'put the image in public/ or fix the path'),
    );
  });
});

describe('an MDX lesson that fails only while rendering', () => {
  const dir = writeCourse('render', { ...VALID, 'en/s1/expression.mdx': '---\ntitle: Expression\n---\n\nThe answer is {answer.value}.\n' });
  let build: Run;
  beforeAll(async () => {
    build = await astroBuild(dir, outDir('render'));
  });

  it('fails the build naming the lesson file, not only its URL', () => {
    expect(build.status).not.toBe(0);
    expect(build.output.trimEnd()).toMatch(
      new RegExp(
        `The course has 1 error to fix:\\n\\n✖ ${dir}/en/s1/expression\\.mdx\\n  the lesson failed while rendering: answer is not defined\\n  → .+$`,
      ),
    );
  });
});

describe('warnings', () => {
  const dir = writeCourse('warnings', {
    ...VALID,
    'es/s1/marker.md': '---\ntitle: Marcador\n---\n\nUno.\n\n<!-- pagepage -->\n\nDos.\n',
    'es/s1/draft.md': '---\ntitle: Borrador\ndraft: true\n---\n\nAún no.\n',
  });

  it('are printed by the check, which still passes', async () => {
    const check = await courseCheck(dir, ['--content-only']);
    expect(check.status).toBe(0);
    expect(check.output).toContain(
      `⚠ ${dir}/es/s1/marker.md:7:1\n  <!-- pagepage --> looks like a pagebreak marker but is not one, so the lesson is not cut here\n  → write the marker exactly as <!-- pagebreak --> on a line of its own`,
    );
    expect(check.output).toContain(`missing in en: 1 lesson\n    ${dir}/es/s1/marker.md`);
    expect(check.output).toContain(`drafts, left out of the build: 1\n    ${dir}/es/s1/draft.md`);
    expect(check.output).toContain('✔ 0 errors, 1 warning');
  });

  it('are part of the JSON report for CI', async () => {
    const check = await courseCheck(dir, ['--content-only', '--json']);
    expect(check.status).toBe(0);
    const report = JSON.parse(check.output);
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 1, types: { status: 'skipped' } });
    expect(report.problems).toEqual([expect.objectContaining({ severity: 'warning', file: `${dir}/es/s1/marker.md`, line: 7 })]);
    expect(report.translations.drafts).toEqual([`${dir}/es/s1/draft.md`]);
  });
});

describe('quiz questions that almost match', () => {
  const dir = writeCourse('quiz-warnings', {
    ...VALID,
    'en/s1/quiz.md': '---\ntitle: Quiz\n---\n\n## Question 1\n\n- A) one\n  - Incorrect: no.\n- B) two\n  - Incorrect: no.\n\n## Question 2\n\n- A) one\n- B) two\n  - Correct: yes.\n',
  });

  it('are warnings naming file and line; the check and the build pass and show them as text', async () => {
    const check = await courseCheck(dir, ['--content-only']);
    expect(check.status).toBe(0);
    expect(check.output).toContain(
      `⚠ ${dir}/en/s1/quiz.md:7:1\n  this looks like a quiz question, but none of its options is marked \`Correct:\`\n  → mark the right option (or options) with \`Correct:\``,
    );
    expect(check.output).toContain(`⚠ ${dir}/en/s1/quiz.md:14:1\n  this looks like a quiz question, but option A) has no \`Correct:\` or \`Incorrect:\` explanation of its own`);
    const out = outDir('quiz-warnings');
    const build = await astroBuild(dir, out);
    expect(build.status, build.output).toBe(0);
    const page = readText(out, 'en/s1/quiz/index.html');
    expect(page).not.toContain('quiz-question');
    expect(page).toContain('<li>B) two');
    // With no question there is no practice exam, and nothing links to one.
    expect(build.output).toContain('question banks: none (the course has no quiz question)');
    expect(listFiles(out).filter((path) => path.includes('exam/'))).toEqual([]);
    expect(page).not.toContain('/exam/');
  });
});
