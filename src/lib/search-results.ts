// Search results as the search dialog shows them: one entry per lesson, in the order of
// each lesson's best page, with a few more of its matching pages beneath. Built from
// Pagefind's browser API, loading only the result fragments it shows.

/** A part of a page Pagefind found matches in: the page's start, or a heading with an id. */
export interface PagefindSubResult {
  title: string;
  /** The page URL, with the highlight parameter and the heading's `#id` when there is one. */
  url: string;
  excerpt: string;
  /** Positions of the matching words. */
  locations: number[];
  /** Present when the part starts at a heading. */
  anchor?: { id: string };
}

/** The fields of Pagefind's result data (`await result.data()`) the dialog uses. */
export interface PagefindResultData {
  url: string;
  /** HTML-escaped text with the matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Filters as Pagefind takes them: values by filter name, plus `not` to exclude. */
export type PagefindFilters = Record<string, unknown>;

export interface PagefindResponse {
  /** Matching pages, best first. */
  results: PagefindResult[];
  /** Per filter, how many matching pages carry each value (once the filters are loaded). */
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's browser API grouping needs. */
export interface PagefindSearch {
  search(query: string, options: { filters: PagefindFilters }): Promise<PagefindResponse>;
}

/** The filter every indexed page carries: its lesson's path in its language. */
export const LESSON_FILTER = 'lesson';
/** Pages listed beneath a lesson, besides its best one. */
export const OTHER_PAGES = 3;

export interface PageHit {
  /** Where the result leads: the page, at the heading with the most matches. */
  href: string;
  /** "Página 2 de 5", as written into the index by the page itself. */
  page: string;
  /** The heading the link lands on, when the matches sit under one. */
  heading?: string;
  /** HTML-escaped text with the matched words in `<mark>`. */
  excerpt: string;
}

export interface LessonHit {
  lessonTitle: string;
  section: string;
  /** The lesson's best page. */
  best: PageHit;
  /** Up to three more matching pages, best first. */
  others: PageHit[];
}

export interface SearchCounts {
  lessons: number;
  pages: number;
}

/** The part of the page with the most matches; the earliest one on a tie. */
function bestPart(parts: PagefindSubResult[]): PagefindSubResult | undefined {
  return parts.reduce<PagefindSubResult | undefined>(
    (best, part) => (!best || part.locations.length > best.locations.length ? part : best),
    undefined,
  );
}

export function pageHit(data: PagefindResultData): PageHit {
  const part = bestPart(data.sub_results);
  return {
    href: part?.url ?? data.url,
    page: data.filters.page?.[0] ?? '',
    heading: part?.anchor ? part.title : undefined,
    excerpt: part?.excerpt ?? data.excerpt,
  };
}

const lessonOf = (data: PagefindResultData) => data.filters[LESSON_FILTER]?.[0] ?? data.url;

/** Lessons and pages that match, from the lesson filter's counts: no fragment is loaded. */
export function searchCounts(response: PagefindResponse): SearchCounts {
  const perLesson = Object.values(response.filters[LESSON_FILTER] ?? {}).filter((count) => count > 0);
  return { lessons: perLesson.length, pages: response.results.length };
}

/**
 * The lessons matching one query, handed out a few at a time. Each round loads the
 * fragments of just enough top pages to find the lessons still wanted; when one lesson
 * fills the round, the next search leaves out the lessons already found, so a lesson
 * with forty matching pages costs one fragment, not forty. A lesson found in a round
 * ranks above every lesson found later: its best page came earlier.
 */
export class LessonResults {
  readonly counts: SearchCounts;
  private readonly found = new Set<string>();
  private readonly engine: PagefindSearch;
  private readonly query: string;
  private readonly filters: PagefindFilters;
  private readonly first: PagefindResponse;

  /** `first` is the response to `query` with `filters`, searched with the filters loaded. */
  constructor(engine: PagefindSearch, query: string, filters: PagefindFilters, first: PagefindResponse) {
    this.engine = engine;
    this.query = query;
    this.filters = filters;
    this.first = first;
    this.counts = searchCounts(first);
  }

  /** Lessons not handed out yet. */
  get remaining(): number {
    return this.counts.lessons - this.found.size;
  }

  /** The next `limit` lessons, best first, each with its other matching pages. */
  async next(limit: number): Promise<LessonHit[]> {
    const round: { key: string; id: string; data: PagefindResultData }[] = [];
    let response = this.found.size === 0 ? this.first : await this.searchExcludingFound();
    while (round.length < limit && response.results.length > 0) {
      const batch = response.results.slice(0, limit - round.length);
      const pages = await Promise.all(batch.map((result) => result.data()));
      const before = round.length;
      pages.forEach((data, index) => {
        const key = lessonOf(data);
        if (this.found.has(key)) return;
        this.found.add(key);
        round.push({ key, id: batch[index].id, data });
      });
      // A page without the lesson filter cannot be excluded: stop rather than loop.
      if (round.length === before) break;
      if (round.length < limit) response = await this.searchExcludingFound();
    }
    return Promise.all(round.map((lesson) => this.lessonHit(lesson.key, lesson.id, lesson.data)));
  }

  private searchExcludingFound(): Promise<PagefindResponse> {
    return this.engine.search(this.query, { filters: { ...this.filters, not: { [LESSON_FILTER]: { any: [...this.found] } } } });
  }

  private async lessonHit(key: string, bestId: string, best: PagefindResultData): Promise<LessonHit> {
    const pageCount = this.first.filters[LESSON_FILTER]?.[key] ?? 1;
    const others =
      pageCount > 1 ? (await this.engine.search(this.query, { filters: { ...this.filters, [LESSON_FILTER]: key } })).results : [];
    const shown = others.filter((result) => result.id !== bestId).slice(0, OTHER_PAGES);
    return {
      lessonTitle: best.meta.title ?? '',
      section: best.filters.section?.[0] ?? '',
      best: pageHit(best),
      others: (await Promise.all(shown.map((result) => result.data()))).map(pageHit),
    };
  }
}

/** The section filter's choices in the reader's alphabetical order, numbers by value ("Sección 9" before "Sección 10"). */
export function sectionChoices(filters: Record<string, Record<string, number>>, lang: string): string[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  return Object.keys(filters.section ?? {}).sort(collator.compare);
}
