// A worker thread that renders Markdown lessons with the site's processor, so a large
// course's Markdown is rendered on every core (see render-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lessonProcessor, type LessonProcessorOptions } from '../markdown/index.ts';

export interface RenderJob {
  id: string;
  text: string;
  fileURL: string;
}

export interface RenderWorkerData {
  processor: LessonProcessorOptions;
  /** The shared renderer options Astro passes its processor (image, syntaxHighlight, shikiConfig…). */
  shared: Record<string, unknown>;
}

const { processor, shared } = workerData as RenderWorkerData;
const renderer = await lessonProcessor(processor).createRenderer(shared as never);

parentPort!.on('message', async (job: RenderJob) => {
  try {
    const { frontmatter, content } = parseFrontmatter(job.text);
    const { code, metadata } = await renderer.render(content, { frontmatter, fileURL: new URL(job.fileURL) });
    const imagePaths = [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])];
    parentPort!.postMessage({ id: job.id, rendered: { html: code, metadata: { ...metadata, imagePaths } } });
  } catch (cause) {
    parentPort!.postMessage({ id: job.id, error: cause instanceof Error ? cause.message : String(cause) });
  }
});
