// .md lessons rendered on every core when there are many: the build's single JavaScript
// thread would otherwise spend most of a large course's content sync in Markdown. A few
// lessons (a save in `astro dev`, a rebuild after an edit) render in this thread: a
// worker's start-up would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedPages } from '../markdown/processor.ts';
import type { RenderJob, RenderReply, RenderSetup } from './render-worker.ts';

/** Below this many lessons per worker, a worker's start-up costs more than it saves. */
const LESSONS_PER_WORKER = 60;

export function shouldUseWorkers(count: number): boolean {
  return count >= LESSONS_PER_WORKER;
}

export async function renderInWorkers(jobs: Omit<RenderJob, 'index'>[], setup: RenderSetup): Promise<(RenderedPages | Error)[]> {
  const results: (RenderedPages | Error)[] = [];
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / LESSONS_PER_WORKER)));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const index = next++;
              if (index >= jobs.length) return resolve();
              worker.postMessage({ ...jobs[index], index } satisfies RenderJob);
            };
            worker.on('message', (reply: RenderReply) => {
              results[reply.index] = 'error' in reply ? new Error(reply.error) : reply.rendered;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
