// Every indexable page with its language alternates (read-all views and notices left out).
import type { APIRoute } from 'astro';
import { contextFor, getSite, settings } from '../data/site.ts';
import { sitemapEntries, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const context = contextFor(site, settings.defaultLocale);
  const xml = sitemapXml(sitemapEntries(context));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
