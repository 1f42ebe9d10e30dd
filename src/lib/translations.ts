// Whether translations keep up with their source, judged from the history of the lesson
// files. The source of a lesson is the language its frontmatter names (`source: en`),
// else the file that entered the history first (the default language when both came in
// one commit); the other files are its translations. A translation is outdated when its
// source was changed by a later commit than the translation's last one: commits whose
// message says `[skip translation]` do not count, and changes not committed yet are
// newer than any commit. Without a history nothing can be told: the state is unknown.

export interface HistoryCommit {
  hash: string;
  /** `YYYY-MM-DD`. */
  date: string;
  subject: string;
  message: string;
  /** Place in the whole history: 0 is the newest commit. */
  order: number;
  /** The file's path in this commit (it may have been renamed since). */
  path: string;
}

export interface FileHistory {
  /** Commits that touched the file, newest first. */
  commits: HistoryCommit[];
  uncommitted: boolean;
}

export interface LanguageFile {
  lang: string;
  /** Path of the file, for reports. */
  file: string;
  draft: boolean;
  /** The frontmatter's `source`, when it names the source language. */
  source?: string;
  history?: FileHistory;
}

export interface SourceCommit {
  hash: string;
  date: string;
  subject: string;
}

export type TranslationStatus =
  | { status: 'source' }
  | { status: 'current'; sourceLang: string }
  | { status: 'in-progress'; sourceLang: string }
  | { status: 'unknown'; sourceLang: string; reason: string }
  | {
      status: 'outdated';
      sourceLang: string;
      sourceFile: string;
      /** Commits of the source since the translation's last one, newest first. */
      since: SourceCommit[];
      /** The source has changes not committed yet. */
      uncommittedSource: boolean;
      /** When the source last changed, if that change is committed. */
      sourceDate?: string;
    };

const SKIP = /\[skip translation\]/i;

/** Commits that count for translations. */
function counted(history: FileHistory): HistoryCommit[] {
  return history.commits.filter((commit) => !SKIP.test(commit.message));
}

/** The file's last commit that counts for translations. */
export function lastCountedCommit(history: FileHistory): HistoryCommit | undefined {
  return counted(history)[0];
}

/** How recent the file's last counted change is: lower is newer; uncommitted changes are newest of all. */
function lastChange(history: FileHistory): number {
  if (history.uncommitted) return -1;
  return lastCountedCommit(history)?.order ?? Number.POSITIVE_INFINITY;
}

/** How early the file entered the history: higher is earlier; a file not committed yet is the latest. */
function firstCommit(history: FileHistory | undefined): number {
  return history?.commits.at(-1)?.order ?? -1;
}

function sourceOf(files: readonly LanguageFile[], defaultLang: string, historyAvailable: boolean): LanguageFile {
  const named = files.map((file) => file.source).find((lang) => lang !== undefined && files.some((candidate) => candidate.lang === lang));
  const byLang = (lang: string | undefined) => files.find((file) => file.lang === lang);
  if (named) return byLang(named)!;
  if (!historyAvailable) return byLang(defaultLang) ?? files[0];
  const earliest = Math.max(...files.map((file) => firstCommit(file.history)));
  const first = files.filter((file) => firstCommit(file.history) === earliest);
  return first.find((file) => file.lang === defaultLang) ?? first[0];
}

/**
 * The status of each file of one lesson (its versions in every language), by file.
 * `unknownReason` is set when there is no history to judge from.
 */
export function translationStatuses(
  files: readonly LanguageFile[],
  defaultLang: string,
  unknownReason?: string,
): Map<LanguageFile, TranslationStatus> {
  const statuses = new Map<LanguageFile, TranslationStatus>();
  const source = sourceOf(files, defaultLang, unknownReason === undefined);
  for (const file of files) {
    if (file === source) statuses.set(file, { status: 'source' });
    else if (file.draft) statuses.set(file, { status: 'in-progress', sourceLang: source.lang });
    else if (unknownReason !== undefined || !file.history || !source.history) {
      statuses.set(file, { status: 'unknown', sourceLang: source.lang, reason: unknownReason ?? 'the file has no history' });
    } else {
      const translated = lastChange(file.history);
      const changed = lastChange(source.history);
      if (changed >= translated) {
        statuses.set(file, { status: 'current', sourceLang: source.lang });
        continue;
      }
      const since = counted(source.history)
        .filter((commit) => commit.order < translated)
        .map(({ hash, date, subject }) => ({ hash, date, subject }));
      statuses.set(file, {
        status: 'outdated',
        sourceLang: source.lang,
        sourceFile: source.file,
        since,
        uncommittedSource: source.history.uncommitted,
        sourceDate: source.history.uncommitted ? undefined : since[0]?.date,
      });
    }
  }
  return statuses;
}
