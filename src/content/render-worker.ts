// A worker thread rendering .md lessons page by page (see render-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createPageRenderer, type AstroMarkdownSettings, type RenderedPages } from '../markdown/processor.ts';
import { linkTargetsOf } from './compile.ts';
import { pipelineOptions, type CourseSettings } from './settings.ts';

export interface RenderSetup {
  settings: CourseSettings;
  astro: AstroMarkdownSettings;
  lessonPaths: [string, string][];
}

export interface RenderJob {
  index: number;
  body: string;
  absolutePath: string;
  frontmatter: Record<string, unknown>;
}

export type RenderReply = { index: number; rendered: RenderedPages } | { index: number; error: string };

const { settings, astro, lessonPaths } = workerData as RenderSetup;
const targets = linkTargetsOf(settings, new Map(lessonPaths));
const render = createPageRenderer(pipelineOptions(settings, () => targets), astro);

parentPort!.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    reply = { index: job.index, rendered: await render(job) };
  } catch (cause) {
    reply = { index: job.index, error: cause instanceof Error ? cause.message : String(cause) };
  }
  parentPort!.postMessage(reply);
});
