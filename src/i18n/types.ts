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
  /** Reading without a network: the offline page, and the notice of a new version. */
  offlineTitle: string;
  offlineBody: string;
  offlineHint: string;
  updateReady: string;
  updateReload: string;
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
  /** The practice exam. */
  exam: ExamStrings;
  /** The course index's control that saves the language's course for offline reading. */
  offlineSave: OfflineSaveStrings;
  /** A date (`YYYY-MM-DD`) as readers of this language write it. */
  date: (isoDate: string) => string;
  /** Translations: the notice on a translation whose source changed since. */
  outdatedTitle: string;
  outdatedBody: (language: string, date: string | undefined) => string;
  readUpdatedIn: (language: string) => string;
  /** The line `npm run translate` writes at the top of a new translation, for the translator. */
  translatorNote: (fromLanguage: string) => string;
}

/**
 * The practice exam's strings. The exam script gets them as they are, so every one is
 * a plain template: `{name}` placeholders, and the two forms of strings with a count.
 */
export interface OfflineSaveStrings {
  title: string;
  intro: string;
  save: string;
  /** Before saving: `{size}`, and `{free}` where the browser says what is free. */
  needs: string;
  needsUnknownFree: string;
  start: string;
  cancel: string;
  progressLabel: string;
  /** `{done}`, `{total}` files, `{saved}` and `{size}`. */
  progress: string;
  /** `{date}`, `{files}`, `{size}`. */
  saved: string;
  mayBeCleared: string;
  cancelled: string;
  /** `{file}`: the address that could not be fetched. */
  failed: string;
  remove: string;
  removed: string;
}

export interface ExamStrings {
  /** The link in the course tree and on the course index. */
  link: string;
  title: string;
  lead: string;
  /** The link on the course index: `{count}`. */
  indexLink: PluralForms;
  needsScript: string;
  quizzesTitle: string;
  questionCount: PluralForms;
  setupTitle: string;
  sectionsLegend: string;
  chooseSection: string;
  questionsLabel: string;
  /** `{max}`: the questions the chosen sections hold. */
  questionsHint: string;
  timedLabel: string;
  minutesLabel: string;
  /** `{pass}`. */
  passMark: string;
  start: string;
  /** `{code}`: the seed, which the exam's link carries. */
  examCode: string;
  /** `{number}`, `{total}`. */
  questionOf: string;
  chooseOne: string;
  /** `{count}`. */
  chooseMany: string;
  previous: string;
  next: string;
  flag: string;
  navigatorTitle: string;
  /** `{number}`: one question of the navigator, followed by its states. */
  navigatorItem: string;
  answered: string;
  unanswered: string;
  flagged: string;
  /** `{answered}`, `{total}`, `{flagged}`. */
  progress: string;
  /** `{time}`. */
  timeLeft: string;
  /** Read out to screen readers at a few moments, not every second: `{count}`. */
  minutesLeft: PluralForms;
  timeUp: string;
  submit: string;
  /** `{count}` questions not answered yet. */
  confirmSubmit: PluralForms;
  submitAnyway: string;
  keepAnswering: string;
  abandon: string;
  resultTitle: string;
  /** `{right}`, `{total}`, `{percent}`. */
  score: string;
  /** `{pass}`. */
  passed: string;
  failed: string;
  /** `{time}`. */
  timeTaken: string;
  bySection: string;
  sectionColumn: string;
  scoreColumn: string;
  reviewTitle: string;
  right: string;
  wrong: string;
  /** `{answer}`: labels. */
  yourAnswer: string;
  notAnswered: string;
  rightAnswer: string;
  /** `{lesson}`. */
  openLesson: string;
  retake: string;
  newExam: string;
  attemptsTitle: string;
  attemptPassed: string;
  attemptFailed: string;
  dateColumn: string;
  clearAttempts: string;
  deckTitle: string;
  deckCount: PluralForms;
  deckEmpty: string;
  deckRule: string;
  deckStart: string;
  reviewSession: string;
  finishReview: string;
  /** `{right}`, `{total}`, `{left}`: after a review session. */
  reviewResult: string;
  unavailable: string;
  needsBuild: string;
}
