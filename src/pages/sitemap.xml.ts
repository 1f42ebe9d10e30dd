// Every indexable page with its language alternates (read-all views and notices left out).
import type { APIRoute } from 'astro';
import settings from 'virtual:course/settings';
import { courseModel } from '../data/compiled-course.ts';
import { siteContext } from '../lib/page-views.ts';
import { sitemapEntries, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const context = siteContext({ ...(await courseModel()), site: settings.site, base: settings.base }, settings.defaultLocale);
  const xml = sitemapXml(sitemapEntries(context));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
