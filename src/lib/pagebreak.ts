// The pagebreak marker, in the one place that knows how it is written: a line holding
// only `<!-- pagebreak -->` (any case, any inner spacing), or `{/* pagebreak */}` in MDX.

/** The marker as maintainers write it, and as commands write it for them. */
export const PAGEBREAK_MARKER = '<!-- pagebreak -->';

/** The same marker as an MDX comment. */
export const MDX_PAGEBREAK_MARKER = '{/* pagebreak */}';

const MARKER_WORD = /^\s*pagebreak\s*$/i;
/** Comments that look like a marker but are not one (`<!-- pagepage -->`, `<!-- page break -->`). */
const LOOKALIKE = /^\s*page[\s_-]*\w*\s*$|^\s*\w*[\s_-]*break\s*$/i;

/** The text inside an HTML comment (`<!-- x -->`) or an MDX comment expression (`/* x *\/`). */
export function commentText(written: string): string | undefined {
  const trimmed = written.trim();
  return /^<!--([\s\S]*)-->$/.exec(trimmed)?.[1] ?? /^\/\*([\s\S]*)\*\/$/.exec(trimmed)?.[1];
}

/** Whether a comment's text makes it a marker. */
export function isMarkerText(text: string): boolean {
  return MARKER_WORD.test(text);
}

/** Whether a comment's text looks like a misspelled marker. */
export function isLookalikeText(text: string): boolean {
  return LOOKALIKE.test(text) && !MARKER_WORD.test(text);
}
