// Markdown lessons rendered on every core: the build's single JavaScript thread would
// otherwise spend most of a large course's content sync parsing Markdown.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LessonProcessorOptions } from '../markdown/index.ts';
import type { RenderedLesson, RenderJob, RenderReply } from './render-worker.ts';

/** Below this many lessons a worker's start-up costs more than it saves. */
const LESSONS_PER_WORKER = 60;

export async function renderLessons(
  jobs: { id: string; text: string; absolutePath: string }[],
  processor: LessonProcessorOptions,
  shared: Record<string, unknown>,
): Promise<Map<string, RenderedLesson | Error>> {
  const results = new Map<string, RenderedLesson | Error>();
  if (jobs.length === 0) return results;
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / LESSONS_PER_WORKER)));
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { processor, shared } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const job = jobs[next++];
              if (!job) return resolve();
              worker.postMessage({ id: job.id, text: job.text, fileURL: pathToFileURL(job.absolutePath).href } satisfies RenderJob);
            };
            worker.on('message', (reply: RenderReply) => {
              results.set(reply.id, 'error' in reply ? new Error(reply.error) : reply.rendered);
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
