// @ts-check
import { defineConfig } from 'astro/config';
import course from './src/integration/course-integration.ts';

// Where the site is deployed. SITE_URL and BASE_PATH override these (see README).
const SITE_URL = 'http://localhost:4321';
const BASE_PATH = '/';

export default defineConfig({
  site: process.env.SITE_URL || SITE_URL,
  base: process.env.BASE_PATH || BASE_PATH,
  // Several pages in flight at once: rendering overlaps with writing files.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Pages whose cache key and code are unchanged are copied from the previous build.
  experimental: { incrementalBuild: true },
  // The benchmark's builds and its Starlight site are tens of thousands of files the dev
  // server has no reason to watch (its generated courses next to them are watched).
  vite: { server: { watch: { ignored: ['**/bench/.work/dist/**', '**/bench/.work/starlight/**'] } } },
  integrations: [
    course({
      // LESSONS_DIR overrides the lessons folder, e.g. to build a test course.
      lessonsDir: 'lessons',
      locales: ['es', 'en'],
      defaultLocale: 'es',
    }),
  ],
});
