// How many worker threads render .md lessons. On two cores a pool rendered no faster than
// the loader's own thread and took 200 MB more, so the pool starts at three cores, with one
// core left to the main thread (which reads MDX lessons and runs Astro meanwhile).

/** The environment variable that sets the number of threads; 0 renders in the loader's thread. */
export const RENDER_THREADS_VARIABLE = 'COURSE_RENDER_THREADS';

export function renderThreadCount(setting: string | undefined, cores: number): number {
  if (setting === undefined || setting.trim() === '') return cores > 2 ? cores - 1 : 0;
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`${RENDER_THREADS_VARIABLE}=${setting} is not a number of threads: set it to 0 (render in the main thread) or a whole number such as ${Math.max(1, cores - 1)}, or unset it`);
  }
  return count;
}
