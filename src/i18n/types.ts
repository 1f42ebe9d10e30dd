import type { PluralForms } from './templates.ts';

/** Every piece of interface text, once per language. A missing key fails the type check. */
export interface UiStrings {
  /** The language's own name, as shown in the language switcher. */
  languageName: string;
  /** The language's name inside a sentence of this language, keyed by language code. */
  languageNames: Record<string, string>;
  /** The word shown for a section label such as `Section-7`. */
  sectionWord: string;
  skipToContent: string;
  courseContents: string;
  openContents: string;
  courseIndex: string;
  lessonCount: PluralForms;
  pageCount: PluralForms;
  pageOf: (page: number, total: number) => string;
  pageLabel: (page: number) => string;
  lessonPages: string;
  previous: string;
  next: string;
  pagination: string;
  readAll: string;
  readByPages: string;
  readAllNote: string;
  languageSwitcher: string;
  notTranslatedBadge: (languages: string) => string;
  notTranslatedTitle: string;
  notTranslatedBody: (languages: string) => string;
  readInLanguage: (language: string) => string;
  untranslatedNotice: (title: string, languages: string) => string;
  /** Shown on a lesson that has a title and nothing else yet. */
  lessonEmpty: string;
  differentPageCount: string;
  themeToggle: string;
  search: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchClose: string;
  searchSection: string;
  searchAllSections: string;
  searchLoading: string;
  /** Filled in by the search script: `{query}`. */
  searchNoResults: string;
  /** Filled in by the search script: `{lessons}` and `{pages}`, each a count of `lessonCount` and `pageCount`. */
  searchResultCount: string;
  searchResults: string;
  searchOtherPages: string;
  searchMore: string;
  searchNeedsBuild: string;
  searchUnavailable: string;
  clearHighlight: string;
  progressRead: string;
  /** Filled in by the progress script: `{read}` and `{total}`. */
  progressPartial: string;
  continueReading: string;
  notFoundTitle: string;
  notFoundBody: string;
  goToCourse: string;
  chooseLanguage: string;
  callouts: Record<'note' | 'tip' | 'important' | 'warning' | 'caution' | 'exam', string>;
  footnotes: string;
  headingLink: (heading: string) => string;
  tableOf: (name: string) => string;
  comparisonOf: (items: string) => string;
  copyCode: string;
  copied: string;
  draft: string;
  /** When a lesson was last updated: `{date}` stands for the date, written with `date`. */
  updated: string;
  /** Quizzes: a multiple-answer question asks for this many options. */
  quizChoose: (count: number) => string;
  quizShowAnswer: string;
  /** "Answer: B", "Answers: B, D". */
  quizAnswer: (labels: readonly string[]) => string;
  quizCorrect: string;
  quizIncorrect: string;
  quizCheck: string;
  quizRight: string;
  quizWrong: string;
  quizYourAnswer: string;
  quizRightAnswer: string;
  /** Filled in by the quiz script: `{answered}`, `{total}`, `{right}`. */
  quizScore: string;
  quizSummary: string;
  /** Filled in by the quiz script: `{right}`, `{total}`. */
  quizResult: string;
  quizMissed: string;
  quizAllRight: string;
  quizStartAgain: string;
  quizAnswerKey: string;
  /** Filled in by the progress script on the course index: `{right}`, `{total}`. */
  quizTaken: string;
  quizPageOf: (title: string, page: number) => string;
  /** A date (`YYYY-MM-DD`) as readers of this language write it. */
  date: (isoDate: string) => string;
  /** Translations: the notice on a translation whose source changed since. */
  outdatedTitle: string;
  outdatedBody: (language: string, date: string | undefined) => string;
  readUpdatedIn: (language: string) => string;
  /** The line `npm run translate` writes at the top of a new translation, for the translator. */
  translatorNote: (fromLanguage: string) => string;
}
