// Hands every page Astro prerenders to the search index while the build goes on.
import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './pagefind.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  sink(context.url.pathname.slice(base.length), html);
  return new Response(html, response);
});
