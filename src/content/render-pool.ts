// Worker threads that render .md lessons, for machines with cores to spare: each thread
// builds the same renderer the content loader builds in its own thread, and takes the next
// lesson as soon as it is done with one. Lessons come back in the order they were asked for
// by whoever awaits them; the output does not depend on which thread rendered what.
import { Worker } from 'node:worker_threads';
import type { LessonInput } from '../markdown/lesson-reader.ts';
import type { AstroMarkdownSettings, RenderedPages } from '../markdown/processor.ts';
import type { CourseSettings } from './settings.ts';

/** What every thread is started with. */
export interface RenderWorkerSetup {
  settings: CourseSettings;
  astro: AstroMarkdownSettings;
}

/** Messages to a thread: the link targets of the lessons that follow, or one lesson. */
export type RenderRequest = { kind: 'targets'; lessonPaths: ReadonlyMap<string, string> } | { kind: 'render'; input: LessonInput };

/** A thread's answer to one lesson. */
export type RenderReply = { rendered: RenderedPages } | { error: string };

interface Job {
  input: LessonInput;
  resolve: (rendered: RenderedPages) => void;
  reject: (cause: Error) => void;
}

export interface RenderPool {
  /** The link targets of the lessons asked for next (a compile run's). */
  setLessonPaths(lessonPaths: ReadonlyMap<string, string>): void;
  render(input: LessonInput): Promise<RenderedPages>;
  /** Stops the threads, freeing their memory (a build needs them no more once its lessons are rendered). */
  close(): Promise<void>;
}

export function createRenderPool(size: number, setup: RenderWorkerSetup): RenderPool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const current = new Map<Worker, Job>();
  let broken: Error | undefined;

  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      // An idle thread does not keep the process alive; a busy one does.
      worker.unref();
      idle.push(worker);
      return;
    }
    current.set(worker, job);
    worker.ref();
    worker.postMessage({ kind: 'render', input: job.input } satisfies RenderRequest);
  };

  const fail = (cause: Error) => {
    broken = new Error(`a render thread stopped: ${cause.message}`);
    for (const job of [...current.values(), ...queue.splice(0)]) job.reject(broken);
    current.clear();
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup });
    worker.on('message', (reply: RenderReply) => {
      const job = current.get(worker);
      // A reply that comes after another thread stopped the pool: its job was failed already.
      if (!job) return;
      current.delete(worker);
      if ('rendered' in reply) job.resolve(reply.rendered);
      else job.reject(new Error(reply.error));
      next(worker);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!broken) fail(new Error(`it exited with code ${code}`));
    });
    worker.unref();
    idle.push(worker);
    return worker;
  });

  return {
    setLessonPaths(lessonPaths) {
      for (const worker of workers) worker.postMessage({ kind: 'targets', lessonPaths } satisfies RenderRequest);
    },
    render(input) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        queue.push({ input, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      });
    },
    async close() {
      broken = new Error('the render threads were stopped');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
