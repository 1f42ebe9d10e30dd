import { describe, expect, it } from 'vitest';
import { parseLessonFile } from './frontmatter.ts';

const FILE = 'lessons/en/section-8/lesson-2.md';

function problemsOf(text: string) {
  return parseLessonFile(text, FILE).problems.map(({ file, line, column, message, fix }) => ({ file, line, column, message, fix }));
}

describe('parseLessonFile', () => {
  it('reads a Jekyll lesson, ignoring keys it does not know', () => {
    const parsed = parseLessonFile("---\nlayout: posts\ntitle: 'ECS'\nsection: Section-7\nlesson: 2\n---\n\nBody\n", FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontmatter).toMatchObject({ title: 'ECS', section: 'Section-7', lesson: 2, layout: 'posts' });
  });

  it('reports a missing title at the frontmatter', () => {
    expect(problemsOf('---\ndescription: x\n---\nBody')).toEqual([
      { file: FILE, line: 1, column: undefined, message: 'the frontmatter has no `title`', fix: expect.stringContaining('title: "') },
    ]);
  });

  it.each([
    ["title: ''", 'quoted'],
    ['title:', 'bare'],
    ['title: "   "', 'blank'],
  ])('reports an empty title (%s, %s) on its line', (line) => {
    expect(problemsOf(`---\nlesson: 1\n${line}\n---\nBody`)).toEqual([
      { file: FILE, line: 3, column: 1, message: 'the `title` is empty', fix: expect.stringContaining('give the lesson a title') },
    ]);
  });

  it('reports a title that is not text, suggesting quotes', () => {
    expect(problemsOf('---\ntitle: 42\n---\nBody')).toEqual([
      { file: FILE, line: 2, column: 1, message: '`title` must be text, not 42', fix: 'write the title as text in quotes, e.g. `title: "42"`' },
    ]);
  });

  it('reports other wrong values by key', () => {
    expect(problemsOf('---\ntitle: A\nlesson: two\ndraft: maybe\n---\n').map((problem) => [problem.line, problem.message])).toEqual([
      [3, '`lesson` must be a number, not "two"'],
      [4, '`draft` must be true or false, not "maybe"'],
    ]);
  });

  it('reports a colon in an unquoted title once, with the quoting fix', () => {
    const problems = problemsOf('---\ntitle: ECS: Fargate: ECR\n---\nBody');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 8, message: expect.stringMatching(/^the frontmatter is not valid YAML: /) });
    expect(problems[0].fix).toContain('double quotes');
  });

  it.each([
    ["title: 'It's here'", 2, 'double quotes'],
    ['title: "unclosed', 2, 'close the quote'],
    ['title: A\ntitle: B', 3, 'keep only one line'],
    ['\ttitle: A', 2, 'not tabs'],
  ])('explains the YAML mistake in %j', (yaml, line, fix) => {
    const problems = problemsOf(`---\n${yaml}\n---\nBody`);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toMatch(/^the frontmatter is not valid YAML: /);
    expect(problems[0].fix).toContain(fix);
  });

  it('tells apart a missing frontmatter and an unclosed one', () => {
    expect(problemsOf('# Just text')[0].message).toBe('the lesson has no frontmatter, so it has no title');
    expect(problemsOf('---\ntitle: A\n\nBody')[0]).toMatchObject({ line: 1, message: 'the frontmatter block is never closed' });
  });

  it('reports frontmatter that is not key: value lines', () => {
    expect(problemsOf('---\n- a\n- b\n---\nBody')[0].message).toBe('the frontmatter is not a list of `key: value` lines');
  });
});
