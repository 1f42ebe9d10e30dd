// Builds the test sites one after another (builds share Astro's cache folder). The
// bundled course is built by `npm test` itself, into dist/.
import { resolve } from 'node:path';
import { exited, startAstro } from '../scripts/astro-cli.ts';
import { writeHistoryCourse } from './history-course.ts';
import { writeHostileCourse } from './hostile-course.ts';
import { writeSearchCourse } from './search-course.ts';
import { HISTORY_COURSE, HOSTILE_COURSE, SEARCH_COURSE, variants, variantEnv } from './variants.ts';

writeHistoryCourse(resolve(import.meta.dirname, '..', HISTORY_COURSE));
writeSearchCourse(resolve(import.meta.dirname, '..', SEARCH_COURSE));
writeHostileCourse(resolve(import.meta.dirname, '..', HOSTILE_COURSE));

for (const variant of variants.filter((candidate) => candidate.outDir !== 'dist')) {
  console.log(`\n› building the ${variant.name} site into ${variant.outDir}`);
  const status = await exited(startAstro(['build', '--outDir', variant.outDir], { env: variantEnv(variant), stdio: 'inherit' }));
  if (status !== 0) throw new Error(`the ${variant.name} site did not build (exit ${status})`);
}
