import type { APIRoute } from 'astro';
import { settings } from '../data/site.ts';
import { withBase } from '../lib/links.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${settings.site}${withBase(settings.base, '/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
