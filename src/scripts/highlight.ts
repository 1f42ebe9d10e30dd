// Landing from a search result: Pagefind's highlight script marks the searched
// words in the lesson text, and a button takes the marks away again.
import { addStylesheet, element } from './dom.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import stylesheet from './highlight.css?url';

/** `pagefind/pagefind-highlight.js`: marks the words in the URL parameter inside `[data-pagefind-body]`. */
interface PagefindHighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

/** The class Pagefind's highlight script gives its `<mark>` elements. */
const MARK_CLASS = 'pagefind-highlight';

function clearHighlight(bar: HTMLElement) {
  for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode!;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
  bar.remove();
  document.getElementById('content')?.focus();
}

/** Marks the searched words in the lesson text, and offers a button that clears them. */
async function highlight(lessonBody: HTMLElement) {
  const { default: PagefindHighlight }: PagefindHighlightModule = await import(/* @vite-ignore */ `${lessonBody.dataset.pagefind}pagefind-highlight.js`);
  // The site's own `mark` style follows the theme; Pagefind's would be yellow on black.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  const marks = document.querySelectorAll(`mark.${MARK_CLASS}`);
  if (marks.length === 0) return;
  // A result without a heading opens at the top of the page: bring the first match into view.
  if (!location.hash) marks[0].scrollIntoView({ block: 'center' });
  await addStylesheet(stylesheet);
  const button = element('button', { type: 'button', textContent: lessonBody.dataset.clearHighlight! });
  const bar = element('p', { className: 'highlight-bar' }, [button]);
  button.addEventListener('click', () => clearHighlight(bar));
  lessonBody.before(bar);
}

const lessonBody = document.querySelector<HTMLElement>('.lesson-body');
if (lessonBody && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) await highlight(lessonBody);
