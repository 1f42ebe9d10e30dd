/** The URL parameter that carries the searched words from a result to the page it opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
