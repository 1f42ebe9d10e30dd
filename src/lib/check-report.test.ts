import { describe, expect, it } from 'vitest';
import { checkReportJson, exitCode, formatConclusion, formatContentReport, translationReport, type CheckReport } from './check-report.ts';
import { error, warning } from './problems.ts';

const lesson = (lang: string, identity: string, pageCount = 1) => ({ lang, identity, file: `lessons/${lang}/${identity}.md`, pageCount });

describe('translationReport', () => {
  const report = translationReport(
    [lesson('en', 's/b', 2), lesson('es', 's/a', 3), lesson('en', 's/a', 2), lesson('es', 's/c')],
    ['lessons/es/s/z.md', 'lessons/en/s/d.md'],
    ['es', 'en'],
  );

  it('lists, per language in course order, the lessons published only in other languages', () => {
    expect(report.missing).toEqual([
      { lang: 'es', lessons: [{ identity: 's/b', files: ['lessons/en/s/b.md'] }] },
      { lang: 'en', lessons: [{ identity: 's/c', files: ['lessons/es/s/c.md'] }] },
    ]);
  });

  it('lists lessons whose translations have different page counts', () => {
    expect(report.pageCounts).toEqual([
      {
        identity: 's/a',
        counts: [
          { lang: 'es', file: 'lessons/es/s/a.md', pages: 3 },
          { lang: 'en', file: 'lessons/en/s/a.md', pages: 2 },
        ],
      },
    ]);
  });

  it('lists drafts in a stable order', () => {
    expect(report.drafts).toEqual(['lessons/en/s/d.md', 'lessons/es/s/z.md']);
  });
});

function reportWith(overrides: Partial<CheckReport>): CheckReport {
  return {
    lessonsFolder: 'lessons',
    locales: ['es', 'en'],
    problems: [],
    translations: translationReport([lesson('es', 's/a', 2), lesson('en', 's/a', 1)], ['lessons/es/s/d.md'], ['es', 'en']),
    types: { status: 'passed' },
    ...overrides,
  };
}

describe('exit code', () => {
  it('is 0 without errors, even with warnings and translation gaps', () => {
    expect(exitCode(reportWith({ problems: [warning('lessons/es/s/a.md', 'looks like a marker')] }))).toBe(0);
  });

  it('is 1 with a content error or a failed type check', () => {
    expect(exitCode(reportWith({ problems: [error('lessons/es/s/a.md', 'no title')] }))).toBe(1);
    expect(exitCode(reportWith({ types: { status: 'failed' } }))).toBe(1);
  });
});

describe('terminal report', () => {
  const report = reportWith({
    problems: [error('lessons/es/s/a.md', 'the frontmatter has no `title`', 'give the lesson a title', { line: 1 }), warning('lessons/es/s/b.md', 'looks like a marker', 'write it exactly', { line: 4 })],
    types: { status: 'skipped', reason: 'because of content errors' },
  });

  it('shows problems with their place and fix, then the translation state', () => {
    const text = formatContentReport(report);
    expect(text).toContain('Course check: lessons/ (es, en)');
    expect(text).toContain('✖ lessons/es/s/a.md:1\n  the frontmatter has no `title`\n  → give the lesson a title');
    expect(text).toContain('⚠ lessons/es/s/b.md:4\n  looks like a marker');
    expect(text).toContain('missing in es: none');
    expect(text).toContain('page counts differ: 1 lesson\n    lessons/es/s/a.md (2 pages) vs lessons/en/s/a.md (1 page)');
    expect(text).toContain('drafts, left out of the build: 1\n    lessons/es/s/d.md');
  });

  it('ends with the type check and the totals', () => {
    expect(formatConclusion(report)).toBe('Types: not checked, because of content errors\n\n✖ 1 error, 1 warning\n');
    expect(formatConclusion(reportWith({}))).toBe('Types: astro check passed\n\n✔ no problems\n');
  });
});

describe('JSON report', () => {
  it('carries the verdict, the counts and every part of the report', () => {
    const report = reportWith({ problems: [error('lessons/es/s/a.md', 'no title')] });
    expect(JSON.parse(checkReportJson(report))).toEqual({ ok: false, errors: 1, warnings: 0, ...JSON.parse(JSON.stringify(report)) });
  });
});
