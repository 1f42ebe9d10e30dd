// Counts the pages Astro renders during a build: the others it reused from the previous
// build, and the build log says how many of each.
import { defineMiddleware } from 'astro:middleware';
import { processState } from './process-state.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered && response.headers.get('content-type')?.includes('text/html')) processState().renderedPages?.add(context.url.pathname);
  return response;
});
