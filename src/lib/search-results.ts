// Search results as the search dialog shows them, made from what Pagefind's browser API
// returns for each matching page.

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

export interface SearchHit {
  /** Where the result leads: the page, at the heading with the most matches. */
  href: string;
  lessonTitle: string;
  section: string;
  /** "Página 2 de 5", as written into the index by the page itself. */
  page: string;
  /** The heading the link lands on, when the matches sit under one. */
  heading?: string;
  /** HTML-escaped text with the matched words in `<mark>`. */
  excerpt: string;
}

/** The part of the page with the most matches; the earliest one on a tie. */
function bestPart(parts: PagefindSubResult[]): PagefindSubResult | undefined {
  return parts.reduce<PagefindSubResult | undefined>(
    (best, part) => (!best || part.locations.length > best.locations.length ? part : best),
    undefined,
  );
}

export function searchHit(data: PagefindResultData): SearchHit {
  const part = bestPart(data.sub_results);
  return {
    href: part?.url ?? data.url,
    lessonTitle: data.meta.title ?? '',
    section: data.filters.section?.[0] ?? '',
    page: data.filters.page?.[0] ?? '',
    heading: part?.anchor ? part.title : undefined,
    excerpt: part?.excerpt ?? data.excerpt,
  };
}

/** The section filter's choices in the reader's alphabetical order, numbers by value ("Sección 9" before "Sección 10"). */
export function sectionChoices(filters: Record<string, Record<string, number>>, lang: string): string[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  return Object.keys(filters.section ?? {}).sort(collator.compare);
}
