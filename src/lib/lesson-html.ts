// A lesson is rendered once; its pages are slices of that HTML, cut at the sentinel the
// Markdown pipeline leaves between pages.
import { resolveLink, withBase, type LinkContext } from './links.ts';

const SENTINEL = /<hr\b[^>]*\bdata-pagebreak\b[^>]*>/g;

export function splitPages(html: string): string[] {
  return html.split(SENTINEL);
}

/** The whole lesson on one page, with a rule where each page ends. */
export function joinPages(html: string): string {
  return html.replace(SENTINEL, '<hr class="page-break">');
}

const CODE = /<(pre|code)\b[\s\S]*?<\/\1>/g;
const URL_ATTRIBUTE = /(\s(?:href|src))="([^"]*)"/g;

function decodeAttribute(value: string): string {
  return value.replace(/&#x26;|&amp;/g, '&');
}

/**
 * Points the lesson's links at pages of the site: lesson files become page URLs and
 * absolute paths get the base path. Code samples are left exactly as written.
 */
export function rewriteLinks(html: string, from: string, fromPath: string, context: LinkContext): string {
  const rewrite = (segment: string) =>
    segment.replace(URL_ATTRIBUTE, (whole, attribute: string, value: string) => {
      const resolved = resolveLink(decodeAttribute(value), from, fromPath, context);
      if (resolved.kind !== 'internal') return whole;
      return `${attribute}="${withBase(context.base, resolved.path)}${resolved.hash.replace(/&/g, '&amp;')}"`;
    });
  let result = '';
  let last = 0;
  for (const match of html.matchAll(CODE)) {
    result += rewrite(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + rewrite(html.slice(last));
}
