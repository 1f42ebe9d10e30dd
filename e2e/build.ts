// Builds the test sites one after another (builds share Astro's cache folder). The
// bundled course is built by `npm test` itself, into dist/.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeHistoryCourse } from './history-course.ts';
import { writeSearchCourse } from './search-course.ts';
import { HISTORY_COURSE, SEARCH_COURSE, variants, variantEnv } from './variants.ts';

writeHistoryCourse(resolve(import.meta.dirname, '..', HISTORY_COURSE));
writeSearchCourse(resolve(import.meta.dirname, '..', SEARCH_COURSE));

for (const variant of variants.filter((candidate) => candidate.outDir !== 'dist')) {
  console.log(`\n› building the ${variant.name} site into ${variant.outDir}`);
  execFileSync('npx', ['astro', 'build', '--outDir', variant.outDir], {
    stdio: 'inherit',
    env: { ...process.env, ...variantEnv(variant) },
  });
}
