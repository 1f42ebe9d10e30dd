// The content check on the e2e fixture course, which has an untranslated lesson each way,
// translations with different page counts and a draft.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check.ts';
import { courseSettings } from './settings.ts';

const root = resolve(import.meta.dirname, '../..');
const settings = courseSettings(
  { root, publicDir: resolve(root, 'public'), cacheDir: resolve(root, 'node_modules/.astro'), base: '/' },
  { locales: ['es', 'en'] },
  { includeDrafts: false, lessonsDirOverride: 'e2e/fixtures/course' },
);
const course = 'e2e/fixtures/course';

describe('checkContent on the fixture course', async () => {
  const result = await checkContent(settings);

  it('finds no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('reports the translation state', () => {
    // Whether a fixture translation is outdated depends on this repository's history (and
    // a shallow clone has none): those states are tested on histories built for the purpose.
    const { outdated: _outdated, unknown: _unknown, ...translations } = result.translations;
    expect(translations).toEqual({
      missing: [
        { lang: 'es', lessons: [{ identity: '02-compute/03-serverless', files: [`${course}/en/02-compute/03-serverless.md`] }] },
        { lang: 'en', lessons: [{ identity: '01-basics/03-history', files: [`${course}/es/01-basics/03-history.md`] }] },
      ],
      pageCounts: [
        {
          identity: '01-basics/02-regions',
          counts: [
            { lang: 'es', file: `${course}/es/01-basics/02-regions.md`, pages: 4 },
            { lang: 'en', file: `${course}/en/01-basics/02-regions.md`, pages: 2 },
          ],
        },
      ],
      drafts: [`${course}/es/02-compute/04-draft.md`],
      inProgress: [],
    });
  });
});
