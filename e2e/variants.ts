// The built sites the end-to-end tests run against: the bundled course, a richer test
// course, that course again under a sub-path as on GitHub Pages, a course with its own
// git history in which a translation fell behind, a course written to test search
// results (under a deeper sub-path), and a course of hostile and odd lessons.
/** Where e2e/build.ts writes the course with a git history. */
export const HISTORY_COURSE = 'e2e/.work/history-course';
/** Where e2e/build.ts writes the course for search results. */
export const SEARCH_COURSE = 'e2e/.work/search-course';
/** Where e2e/build.ts writes the course of hostile and odd lessons. */
export const HOSTILE_COURSE = 'e2e/.work/hostile-course';

export interface Variant {
  name: string;
  /** LESSONS_DIR for the build; the bundled `lessons/` when absent. */
  lessonsDir?: string;
  basePath: string;
  outDir: string;
  port: number;
}

/** E2E_PORT_BASE moves the preview servers, so two checkouts can test at once. */
const portBase = Number(process.env.E2E_PORT_BASE ?? 4330);

export const variants: Variant[] = [
  { name: 'seed', basePath: '/', outDir: 'dist', port: portBase },
  { name: 'course', lessonsDir: 'e2e/fixtures/course', basePath: '/', outDir: 'e2e/.work/course', port: portBase + 1 },
  { name: 'subpath', lessonsDir: 'e2e/fixtures/course', basePath: '/curso-aws/', outDir: 'e2e/.work/subpath', port: portBase + 2 },
  { name: 'history', lessonsDir: HISTORY_COURSE, basePath: '/', outDir: 'e2e/.work/history', port: portBase + 3 },
  { name: 'search', lessonsDir: SEARCH_COURSE, basePath: '/cursos/geografia/', outDir: 'e2e/.work/search', port: portBase + 4 },
  { name: 'hostile', lessonsDir: HOSTILE_COURSE, basePath: '/', outDir: 'e2e/.work/hostile', port: portBase + 5 },
];

export function variantEnv(variant: Variant): Record<string, string> {
  return {
    ...(variant.lessonsDir ? { LESSONS_DIR: variant.lessonsDir } : {}),
    BASE_PATH: variant.basePath,
  };
}
