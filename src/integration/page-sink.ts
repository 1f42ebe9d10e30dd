// Hands every page Astro renders during a build to the integration, which counts them
// (the others were reused from the previous build) and indexes them for search.
import { defineMiddleware } from 'astro:middleware';
import { processState } from './process-state.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = processState().pageSink;
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  sink(context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, '').length), html);
  return new Response(html, response);
});
