// A problem found in a course: what is wrong, where, and how to fix it.

export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, e.g. `lessons/en/section-7/lesson-2.md`. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** What the maintainer should do about it. */
  fix?: string;
}

export function error(file: string, message: string, fix?: string, at?: { line?: number; column?: number }): Problem {
  return { severity: 'error', file, message, fix, line: at?.line, column: at?.column };
}

export function warning(file: string, message: string, fix?: string, at?: { line?: number; column?: number }): Problem {
  return { severity: 'warning', file, message, fix, line: at?.line, column: at?.column };
}

export function location(problem: Problem): string {
  if (problem.line === undefined) return problem.file;
  return problem.column === undefined ? `${problem.file}:${problem.line}` : `${problem.file}:${problem.line}:${problem.column}`;
}

/** Problems in a stable order: by file, then line, so repeated runs print the same. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** One readable block per problem: `file:line:col  message` then `  → fix`. */
export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((problem) => {
      const head = `${problem.severity === 'error' ? '✖' : '⚠'} ${location(problem)}\n  ${problem.message}`;
      return problem.fix ? `${head}\n  → ${problem.fix}` : head;
    })
    .join('\n\n');
}

/** Thrown when a course has errors: its message is the whole, readable report. */
export class CourseError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `The course has ${errors.length === 1 ? '1 error' : `${errors.length} errors`} to fix:\n\n${formatProblems(errors)}`,
    );
    this.name = 'CourseError';
    this.problems = problems;
    // The report is the whole story: Astro prints a stack trace and a "Location" for any
    // error that has a stack, and here they would only point into the loader.
    this.stack = '';
  }
}

/**
 * A lesson that passed every check but failed while rendering, e.g. an MDX expression
 * that throws: the build would otherwise name only the page URL.
 */
export function renderFailure(file: string, cause: unknown): CourseError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new CourseError([
    error(
      file,
      `the lesson failed while rendering: ${reason}`,
      'check the {expressions} and components of this lesson; write `\\{` for a literal brace, or rename the file to .md if it needs no MDX',
    ),
  ]);
}
