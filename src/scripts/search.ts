// The search dialog (SPEC §7), loaded the first time a reader opens search. It builds
// itself, loads Pagefind's script and the index of the page's language from the built
// site, and lists the matching lesson pages with Pagefind's marked excerpts.
import { uiStrings } from '../i18n/index.ts';
import { searchHit, sectionChoices, type PagefindResultData, type SearchHit } from '../lib/search-results.ts';
import { addStyles, element } from './dom.ts';
import styles from './search.css?inline';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** The part of Pagefind's browser API (`pagefind/pagefind.js`) used here. */
interface Pagefind {
  options(options: { baseUrl: string; highlightParam: string; excerptLength: number; excerptEllipsis: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options: { filters: Record<string, string> },
    wait: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface SearchView {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  section: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  /** Pagefind is loaded and the section filter filled. */
  ready: boolean;
}

/** Results shown at once; the count still says how many pages matched. */
const RESULT_LIMIT = 20;
const root = document.documentElement;
const base = root.dataset.base ?? '/';
const strings = uiStrings(root.lang);

let view: SearchView | undefined;
let pagefind: Promise<Pagefind> | undefined;
/** Numbers searches, so that a slow one never overwrites the results of a later one. */
let latestSearch = 0;
let returnFocus: HTMLElement | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const engine: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await engine.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, excerptEllipsis: '…' });
    await engine.init();
    return engine;
  })();
  // A failed load is tried again the next time the dialog opens.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function resultItem(hit: SearchHit): HTMLLIElement {
  // The space keeps title and page apart in the link's accessible name.
  const link = element('a', { href: hit.href, className: 'search-result-link' }, [
    element('span', { className: 'search-result-title', textContent: hit.lessonTitle }),
    ' ',
    element('span', { className: 'search-result-page', textContent: hit.page }),
  ]);
  const where = [hit.section, hit.heading].filter(Boolean).join(' › ');
  // Pagefind escapes the page text of excerpts and adds only <mark> elements.
  const excerpt = element('p', { className: 'search-result-excerpt', innerHTML: hit.excerpt });
  return element('li', { className: 'search-result' }, [link, element('p', { className: 'search-result-where', textContent: where }), excerpt]);
}

/** Marks the result list as being updated (`aria-busy`), or as showing the latest query's results. */
function setBusy(current: SearchView, busy: boolean) {
  current.results.setAttribute('aria-busy', String(busy));
}

async function search(current: SearchView) {
  const ticket = ++latestSearch;
  const query = current.input.value.trim();
  if (query === '') {
    current.results.replaceChildren();
    current.status.textContent = '';
    setBusy(current, false);
    return;
  }
  setBusy(current, true);
  const engine = await loadPagefind();
  const filters: Record<string, string> = current.section.value ? { section: current.section.value } : {};
  const found = await engine.debouncedSearch(query, { filters }, 150);
  if (found === null || ticket !== latestSearch) return;
  const hits = (await Promise.all(found.results.slice(0, RESULT_LIMIT).map((result) => result.data()))).map(searchHit);
  if (ticket !== latestSearch) return;
  current.results.replaceChildren(...hits.map(resultItem));
  current.status.textContent = hits.length > 0 ? strings.searchResultCount(found.results.length) : strings.searchNoResults(query);
  setBusy(current, false);
}

/** Pagefind could not be loaded, or an index file not fetched: say so instead of failing silently. */
function showUnavailable(current: SearchView) {
  current.status.textContent = strings.searchUnavailable;
  setBusy(current, false);
}

async function prepare(current: SearchView) {
  if (import.meta.env.DEV) {
    // The index is written by `astro build`; the dev server has none.
    current.status.textContent = strings.searchNeedsBuild;
    current.input.disabled = true;
    current.section.disabled = true;
    setBusy(current, false);
    return;
  }
  if (current.ready) return;
  current.status.textContent = strings.searchLoading;
  try {
    const engine = await loadPagefind();
    const choices = sectionChoices(await engine.filters(), root.lang);
    current.section.append(...choices.map((choice) => element('option', { value: choice, textContent: choice })));
    current.ready = true;
    current.status.textContent = '';
    await search(current);
  } catch {
    showUnavailable(current);
  }
}

/** Arrow keys walk from the query to the results and along them. */
function moveThroughResults(current: SearchView, event: KeyboardEvent) {
  const links = [...current.results.querySelectorAll<HTMLAnchorElement>('a')];
  const focused = document.activeElement;
  const at = links.indexOf(focused as HTMLAnchorElement);
  if (focused !== current.input && at === -1) return;
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next >= links.length || (focused === current.input && event.key === 'ArrowUp')) return;
  event.preventDefault();
  (next < 0 ? current.input : links[next]).focus();
}

/** Tab and Shift+Tab cycle inside the dialog instead of leaving it. */
function trapFocus(dialog: HTMLDialogElement, event: KeyboardEvent) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input, select, a[href]')].filter(
    (candidate) => !(candidate as HTMLInputElement).disabled,
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

function buildView(): SearchView {
  addStyles(styles);
  const titleId = 'search-dialog-title';
  const title = element('h2', { id: titleId, className: 'search-title', textContent: strings.searchLabel });
  const close = element('button', { type: 'button', className: 'search-close', title: strings.searchClose });
  close.setAttribute('aria-label', strings.searchClose);
  close.innerHTML = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"></path></svg>';
  const input = element('input', { type: 'search', id: 'search-query', placeholder: strings.searchPlaceholder, autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-labelledby', titleId);
  const section = element('select', { id: 'search-section' }, [element('option', { value: '', textContent: strings.searchAllSections })]);
  const form = element('form', { className: 'search-form' }, [
    input,
    element('label', { htmlFor: section.id, className: 'search-section-label', textContent: strings.searchSection }),
    section,
  ]);
  form.setAttribute('role', 'search');
  const status = element('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = element('ol', { className: 'search-results' });
  const dialog = element('dialog', { className: 'search-dialog' }, [
    element('div', { className: 'search-panel' }, [element('div', { className: 'search-head' }, [title, close]), form, status, results]),
  ]);
  dialog.setAttribute('aria-labelledby', titleId);
  const current: SearchView = { dialog, input, section, status, results, ready: false };
  setBusy(current, true); // until Pagefind is loaded

  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself: the panel fills the box.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('close', () => {
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
    if (event.key === 'Tab') trapFocus(dialog, event);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveThroughResults(current, event);
  });
  // Before Pagefind is ready, `prepare` runs the search for whatever was typed meanwhile.
  const refresh = () => current.ready && search(current).catch(() => showUnavailable(current));
  input.addEventListener('input', refresh);
  section.addEventListener('change', refresh);
  // Enter opens the first result.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    results.querySelector('a')?.click();
  });
  document.body.append(dialog);
  return current;
}

export function openSearch() {
  view ??= buildView();
  if (!view.dialog.open) {
    returnFocus = document.activeElement as HTMLElement | null;
    view.dialog.showModal();
    prepare(view);
  }
  view.input.focus();
  view.input.select();
}
