// The search dialog's behaviour, loaded the first time a reader opens search. The dialog
// and its labels are in the page (Search.astro); this loads Pagefind's script and the
// index of the page's language from the built site, and lists one entry per lesson with
// its other matching pages beneath, ten lessons at a time.
import { fill, plural } from '../i18n/templates.ts';
import { LessonResults, sectionChoices, type LessonHit, type PageHit, type PagefindFilters, type PagefindResponse } from '../lib/search-results.ts';
import { addStylesheet, element } from './dom.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import stylesheet from './search.css?url';

/** The part of Pagefind's browser API (`pagefind/pagefind.js`) used here. */
interface Pagefind {
  options(options: { baseUrl: string; highlightParam: string; excerptLength: number; excerptEllipsis: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options: { filters: PagefindFilters }): Promise<PagefindResponse>;
  debouncedSearch(query: string, options: { filters: PagefindFilters }, wait: number): Promise<PagefindResponse | null>;
}

/** Lessons shown at once, and added by each "show more". */
const LESSONS_AT_ONCE = 10;
/** The count reaches screen readers once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 1000;

// The dialog opens styled: importing this module waits for its stylesheet.
await addStylesheet(stylesheet);

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const text = dialog.dataset;
/** The site's base path: Pagefind's files are under it, and its result URLs are not. */
const base = text.base!;
const input = dialog.querySelector('input')!;
const section = dialog.querySelector('select')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const announcer = dialog.querySelector<HTMLElement>('[data-search-announcer]')!;
const list = dialog.querySelector('ol')!;
const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind is loaded and the section filter filled. */
let ready = false;
/** Numbers searches, so that a slow one never overwrites the results of a later one. */
let latestSearch = 0;
let shown: LessonResults | undefined;
let returnFocus: HTMLElement | null = null;
let announcement: ReturnType<typeof setTimeout> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const engine: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await engine.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, excerptEllipsis: '…' });
    await engine.init();
    // Loading the filters makes every search count pages per lesson and section.
    const filters = await engine.filters();
    section.append(...sectionChoices(filters, document.documentElement.lang).map((choice) => element('option', { value: choice, textContent: choice })));
    return engine;
  })();
  // A failed load is tried again the next time the dialog opens.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function setStatus(message: string) {
  status.textContent = message;
  clearTimeout(announcement);
  announcement = setTimeout(() => (announcer.textContent = message), ANNOUNCE_DELAY_MS);
}

/** Marks the result list as being updated (`aria-busy`), or as showing the latest query's results. */
function setBusy(busy: boolean) {
  list.setAttribute('aria-busy', String(busy));
}

/** Pagefind escapes the page text of excerpts and adds only `<mark>` elements. */
const excerpt = (html: string) => element('p', { className: 'search-result-excerpt', innerHTML: html });

function pageItem(page: PageHit): HTMLLIElement {
  const label = page.heading ? `${page.page} · ${page.heading}` : page.page;
  return element('li', {}, [element('a', { href: page.href, textContent: label }), excerpt(page.excerpt)]);
}

function lessonItem(hit: LessonHit): HTMLLIElement {
  // The space keeps title and page apart in the link's accessible name.
  const link = element('a', { href: hit.best.href, className: 'search-result-link' }, [
    element('span', { className: 'search-result-title', textContent: hit.lessonTitle }),
    ' ',
    element('span', { className: 'search-result-page', textContent: hit.best.page }),
  ]);
  const where = [hit.section, hit.best.heading].filter(Boolean).join(' › ');
  const item = element('li', { className: 'search-result' }, [link, element('p', { className: 'search-result-where', textContent: where }), excerpt(hit.best.excerpt)]);
  if (hit.others.length > 0) {
    const pages = element('ul', { className: 'search-result-pages' }, hit.others.map(pageItem));
    pages.setAttribute('aria-label', text.otherPages!);
    item.append(pages);
  }
  return item;
}

function countText(results: LessonResults): string {
  const { lessons, pages } = results.counts;
  return fill(text.resultCount!, {
    lessons: plural({ one: text.lessonsOne!, other: text.lessonsOther! }, lessons),
    pages: plural({ one: text.pagesOne!, other: text.pagesOther! }, pages),
  });
}

async function search() {
  const ticket = ++latestSearch;
  const query = input.value.trim();
  if (query === '') {
    list.replaceChildren();
    more.hidden = true;
    setStatus('');
    setBusy(false);
    return;
  }
  setBusy(true);
  const engine = await loadPagefind();
  const filters: PagefindFilters = section.value ? { section: section.value } : {};
  const first = await engine.debouncedSearch(query, { filters }, 150);
  if (first === null || ticket !== latestSearch) return;
  const results = new LessonResults(engine, query, filters, first);
  const lessons = await results.next(LESSONS_AT_ONCE);
  if (ticket !== latestSearch) return;
  shown = results;
  list.replaceChildren(...lessons.map(lessonItem));
  more.hidden = results.remaining === 0;
  setStatus(lessons.length > 0 ? countText(results) : fill(text.noResults!, { query }));
  setBusy(false);
}

/** The next lessons join the list; focus moves to the first of them. */
async function showMore() {
  const ticket = latestSearch;
  const results = shown;
  if (!results || more.disabled) return;
  more.disabled = true;
  setBusy(true);
  try {
    const lessons = await results.next(LESSONS_AT_ONCE);
    if (ticket !== latestSearch) return;
    const items = lessons.map(lessonItem);
    list.append(...items);
    more.hidden = results.remaining === 0;
    items[0]?.querySelector('a')?.focus();
  } finally {
    more.disabled = false;
    if (ticket === latestSearch) setBusy(false);
  }
}

/** Pagefind could not be loaded, or an index file not fetched: say so instead of failing silently. */
function showUnavailable() {
  setStatus(text.unavailable!);
  setBusy(false);
}

async function prepare() {
  if (import.meta.env.DEV) {
    // The index is written by `astro build`; the dev server has none.
    setStatus(text.needsBuild!);
    input.disabled = true;
    section.disabled = true;
    setBusy(false);
    return;
  }
  if (ready) return;
  setStatus(text.loading!);
  try {
    await loadPagefind();
    ready = true;
    setStatus('');
    await search();
  } catch {
    showUnavailable();
  }
}

/** Up and down arrows walk from the query through every result link, and to "show more". */
function moveThroughResults(event: KeyboardEvent) {
  const stops: HTMLElement[] = [input, ...list.querySelectorAll('a'), ...(more.hidden ? [] : [more])];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (at === -1 || next < 0 || next >= stops.length) return;
  event.preventDefault();
  stops[next].focus();
}

/** Tab and Shift+Tab cycle inside the dialog instead of leaving it. */
function trapFocus(event: KeyboardEvent) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input, select, a[href]')].filter(
    (candidate) => !(candidate as HTMLInputElement).disabled && !candidate.closest('[hidden]'),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
// A click on the backdrop lands on the dialog element itself: the panel fills the box.
dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
dialog.addEventListener('close', () => {
  // The close event comes a task after closing: by then the reader may have reopened it.
  if (dialog.open) return;
  // Opened from the page itself (the `/` shortcut), focus must still leave the closed dialog.
  (document.activeElement as HTMLElement | null)?.blur();
  returnFocus?.focus();
});
dialog.addEventListener('keydown', (event) => {
  // Escape closes at once; a search field would first only clear its text.
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
  }
  if (event.key === 'Tab') trapFocus(event);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveThroughResults(event);
});
// Before Pagefind is ready, `prepare` runs the search for whatever was typed meanwhile.
const refresh = () => ready && search().catch(showUnavailable);
input.addEventListener('input', refresh);
section.addEventListener('change', refresh);
more.addEventListener('click', () => showMore().catch(showUnavailable));
// Enter opens the first result.
dialog.querySelector('form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  list.querySelector('a')?.click();
});

function openSearch() {
  if (!dialog.open) {
    returnFocus = document.activeElement as HTMLElement | null;
    dialog.showModal();
    prepare();
  }
  input.focus();
  input.select();
}

/** The page's search launcher asks with this event on the dialog (`search-launcher.ts` names it too). */
const OPEN_REQUEST = 'search-open-request';
dialog.addEventListener(OPEN_REQUEST, openSearch);
// This module loads when the reader first asks for search.
openSearch();
