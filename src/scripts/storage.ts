// What the site keeps in the reader's browser (the practice exam's own records are in
// exam-storage.ts, which only its pages load). Storage may be refused
// (private windows, full quota): reading then finds nothing and writing does nothing, and
// every page still works, only without memory.

/** Keys: the theme chosen, the language last read (read by the chooser's own inline script), pages read. */
export const THEME_KEY = 'theme';
export const LANGUAGE_KEY = 'lang';
const PROGRESS_KEY = 'progress';
/** The last page read in one language, for "continue where you left off". */
const lastPageKey = (lang: string) => `last:${lang}`;
/** A quiz's answers: `<lang>:<lesson identity>`. */
const quizKey = (quiz: string) => `quiz:${quiz}`;

export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Nothing is kept; the page works as it is.
  }
}

export function forget(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}

export function storedJson<T extends object>(key: string): Partial<T> {
  try {
    const value: unknown = JSON.parse(stored(key) ?? '{}');
    return value && typeof value === 'object' ? (value as Partial<T>) : {};
  } catch {
    return {};
  }
}

/** Pages read, per lesson (`<lang>:<lesson identity>`), in page order. */
export type Progress = Record<string, number[]>;

export const readProgress = () => storedJson<Progress>(PROGRESS_KEY);

/** Marks a page of a lesson as read and as the last page read in its language. */
export function recordPage(lesson: string, page: number) {
  const progress = readProgress();
  progress[lesson] = [...new Set([...(progress[lesson] ?? []), page])].sort((a, b) => a - b);
  store(PROGRESS_KEY, JSON.stringify(progress));
  store(lastPageKey(lesson.slice(0, lesson.indexOf(':'))), location.pathname);
}

export const lastPage = (lang: string) => stored(lastPageKey(lang));

/** A question's answer: the options chosen and whether they were right. */
export interface QuizAnswer {
  chosen: string[];
  right: boolean;
}

/** A quiz's answers, by question id. */
export type QuizAnswers = Record<string, QuizAnswer>;

export const readQuizAnswers = (quiz: string) => storedJson<QuizAnswers>(quizKey(quiz)) as QuizAnswers;

export const storeQuizAnswers = (quiz: string, answers: QuizAnswers) => store(quizKey(quiz), JSON.stringify(answers));

