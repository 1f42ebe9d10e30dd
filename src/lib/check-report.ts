// The report of `npm run check`: content problems, the translation state of the
// course, and the type check, for people (text) and for CI (JSON).
import { formatProblems, type Problem } from './problems.ts';
import type { SourceCommit, TranslationStatus } from './translations.ts';

/** A published lesson file as the translation report sees it. */
export interface ReportLesson {
  lang: string;
  /** Shared by the translations of one lesson. */
  identity: string;
  file: string;
  pageCount: number;
}

export interface TranslationReport {
  /** Per language (course order): lessons published in another language but not in this one. */
  missing: { lang: string; lessons: { identity: string; files: string[] }[] }[];
  /** Lessons whose translations have different page counts. */
  pageCounts: { identity: string; counts: { lang: string; file: string; pages: number }[] }[];
  /** Files left out of production builds by `draft: true`. */
  drafts: string[];
  /** Translations whose source changed since they were last updated, with the source's commits since. */
  outdated: { identity: string; file: string; source: string; commits: SourceCommit[]; uncommitted: boolean }[];
  /** Translations still being written (`draft: true`). */
  inProgress: string[];
  /** Why outdated translations cannot be told, when they cannot. */
  unknown?: string;
}

/** A lesson file in a language that has another, with how it stands against its source. */
export interface ReportTranslation {
  identity: string;
  file: string;
  status: TranslationStatus;
}

export type TypeCheck =
  | { status: 'passed' | 'failed'; output?: string }
  | { status: 'skipped'; reason: string };

export interface CheckReport {
  lessonsFolder: string;
  locales: readonly string[];
  problems: Problem[];
  translations: TranslationReport;
  types: TypeCheck;
}

export function translationReport(
  lessons: readonly ReportLesson[],
  drafts: readonly string[],
  locales: readonly string[],
  translations: readonly ReportTranslation[] = [],
): TranslationReport {
  const byIdentity = new Map<string, ReportLesson[]>();
  for (const lesson of lessons) byIdentity.set(lesson.identity, [...(byIdentity.get(lesson.identity) ?? []), lesson]);
  const identities = [...byIdentity.keys()].sort();
  const rank = (lang: string) => locales.indexOf(lang);
  const inLocaleOrder = (list: ReportLesson[]) => [...list].sort((a, b) => rank(a.lang) - rank(b.lang));
  return {
    missing: locales.map((lang) => ({
      lang,
      lessons: identities
        .filter((identity) => !byIdentity.get(identity)!.some((lesson) => lesson.lang === lang))
        .map((identity) => ({ identity, files: inLocaleOrder(byIdentity.get(identity)!).map((lesson) => lesson.file) })),
    })),
    pageCounts: identities
      .map((identity) => inLocaleOrder(byIdentity.get(identity)!))
      .filter((list) => new Set(list.map((lesson) => lesson.pageCount)).size > 1)
      .map((list) => ({
        identity: list[0].identity,
        counts: list.map((lesson) => ({ lang: lesson.lang, file: lesson.file, pages: lesson.pageCount })),
      })),
    drafts: [...drafts].sort(),
    outdated: translations.flatMap(({ identity, file, status }) =>
      status.status === 'outdated' ? [{ identity, file, source: status.sourceFile, commits: status.since, uncommitted: status.uncommittedSource }] : [],
    ),
    inProgress: translations.filter(({ status }) => status.status === 'in-progress').map(({ file }) => file),
    unknown: translations.map(({ status }) => (status.status === 'unknown' ? status.reason : undefined)).find(Boolean),
  };
}

function counts(report: CheckReport): { errors: number; warnings: number } {
  const errors = report.problems.filter((problem) => problem.severity === 'error').length + (report.types.status === 'failed' ? 1 : 0);
  return { errors, warnings: report.problems.filter((problem) => problem.severity === 'warning').length };
}

/** Errors fail the check; warnings and translation gaps are reported only. */
export function exitCode(report: CheckReport): number {
  return counts(report).errors > 0 ? 1 : 0;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function formatTranslations({ missing, pageCounts, drafts, outdated, inProgress, unknown }: TranslationReport): string[] {
  const lines = ['Translations'];
  for (const { lang, lessons } of missing) {
    lines.push(`  missing in ${lang}: ${lessons.length === 0 ? 'none' : plural(lessons.length, 'lesson')}`);
    for (const lesson of lessons) lines.push(`    ${lesson.files.join(', ')}`);
  }
  lines.push(`  page counts differ: ${pageCounts.length === 0 ? 'none' : plural(pageCounts.length, 'lesson')}`);
  for (const { counts: perLanguage } of pageCounts) {
    lines.push(`    ${perLanguage.map((count) => `${count.file} (${plural(count.pages, 'page')})`).join(' vs ')}`);
  }
  if (unknown) lines.push(`  outdated: cannot tell, ${unknown}`);
  else lines.push(`  outdated: ${outdated.length === 0 ? 'none' : plural(outdated.length, 'translation')}`);
  for (const entry of outdated) {
    lines.push(`    ${entry.file} is behind ${entry.source}:`);
    for (const commit of entry.commits) lines.push(`      ${commit.hash.slice(0, 7)} ${commit.date} ${commit.subject}`);
    if (entry.uncommitted) lines.push('      (changes not committed yet)');
  }
  lines.push(`  in progress: ${inProgress.length === 0 ? 'none' : plural(inProgress.length, 'translation')}`);
  for (const file of inProgress) lines.push(`    ${file}`);
  lines.push(`  drafts, left out of the build: ${drafts.length === 0 ? 'none' : drafts.length}`);
  for (const draft of drafts) lines.push(`    ${draft}`);
  return lines;
}

function formatTypes(types: TypeCheck): string {
  if (types.status === 'skipped') return `Types: not checked, ${types.reason}`;
  return types.status === 'passed' ? 'Types: astro check passed' : 'Types: astro check found errors (listed above)';
}

/** The first part of the terminal report: what the content check found. */
export function formatContentReport(report: Omit<CheckReport, 'types'>): string {
  const sections = [
    `Course check: ${report.lessonsFolder}/ (${report.locales.join(', ')})`,
    report.problems.length === 0 ? 'Content: no problems' : `Content\n\n${formatProblems(report.problems)}`,
    formatTranslations(report.translations).join('\n'),
  ];
  return `${sections.join('\n\n')}\n\n`;
}

/** The last part of the terminal report, after the type checker's own output: the verdict. */
export function formatConclusion(report: CheckReport): string {
  const { errors, warnings } = counts(report);
  const verdict = errors === 0 && warnings === 0 ? '✔ no problems' : `${errors === 0 ? '✔' : '✖'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `${formatTypes(report.types)}\n\n${verdict}\n`;
}

/** The report for CI: everything above as data. */
export function checkReportJson(report: CheckReport): string {
  return `${JSON.stringify({ ok: exitCode(report) === 0, ...counts(report), ...report }, null, 2)}\n`;
}
