import { configDefaults, defineConfig } from 'vitest/config';

const BUILD_TESTS = '**/*.build.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BUILD_TESTS],
        },
      },
      {
        // Real `astro build`s of small test courses. One file at a time: builds of one
        // project share its .astro/ folder and Astro's cache.
        test: {
          name: 'build',
          include: [`src/${BUILD_TESTS}`],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
