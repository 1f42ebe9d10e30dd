// sitemap.xml: every page a search engine should index, each with its hreflang alternates.
import { nodePath } from './course.ts';
import { absoluteUrl, indexPath, sectionPath } from './urls.ts';
import { alternatesFor, lessonAlternates, type Alternate, type SiteContext } from './page-model.ts';

export interface SitemapEntry {
  loc: string;
  alternates: Alternate[];
  /** A lesson's `updated` date (`YYYY-MM-DD`), when its frontmatter gives one. */
  lastmod?: string;
}

export function sitemapEntries(context: SiteContext): SitemapEntry[] {
  const { course } = context;
  const indexes = course.locales.map((lang) => ({ lang, path: indexPath(lang) }));
  const entries: SitemapEntry[] = [
    { loc: absoluteUrl(context.site, context.base, '/'), alternates: [] },
    ...indexes.map(({ path }) => ({ loc: absoluteUrl(context.site, context.base, path), alternates: alternatesFor(context, indexes) })),
  ];
  for (const [lang, language] of Object.entries(course.languages)) {
    for (const section of language.sections) {
      const sectionIn = course.locales
        .filter((other) => course.languages[other]?.sections.some((candidate) => candidate.slug === section.slug))
        .map((other) => ({ lang: other, path: sectionPath(other, section.slug) }));
      entries.push({ loc: absoluteUrl(context.site, context.base, sectionPath(lang, section.slug)), alternates: alternatesFor(context, sectionIn) });
      for (const lesson of section.lessons) {
        if (!lesson.record) continue;
        for (let page = 1; page <= lesson.pageCount; page++) {
          entries.push({
            loc: absoluteUrl(context.site, context.base, nodePath(lesson, page)),
            alternates: alternatesFor(context, lessonAlternates(context, lesson, page)),
            lastmod: lesson.record.updated,
          });
        }
      }
    }
  }
  return entries;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${escapeXml(entry.loc)}</loc>`,
      ...(entry.lastmod ? [`    <lastmod>${entry.lastmod}</lastmod>`] : []),
      ...entry.alternates.map(
        (alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escapeXml(alternate.href)}"/>`,
      ),
      '  </url>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
