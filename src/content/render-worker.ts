// A worker thread rendering Markdown lessons with the site's processor (see render-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lessonProcessor, shikiConfig, type LessonProcessorOptions } from '../markdown/index.ts';

export interface RenderJob {
  id: string;
  text: string;
  fileURL: string;
}

/** What Astro's own `renderMarkdown` returns for a lesson. */
export interface RenderedLesson {
  html: string;
  metadata: Record<string, unknown> & { frontmatter: Record<string, unknown>; imagePaths: string[] };
}

export type RenderReply = { id: string; rendered: RenderedLesson } | { id: string; error: string };

const { processor, shared } = workerData as { processor: LessonProcessorOptions; shared: Record<string, unknown> };
const renderer = await lessonProcessor(processor).createRenderer({ ...shared, shikiConfig } as never);

parentPort!.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    const { frontmatter, content } = parseFrontmatter(job.text);
    const { code, metadata } = await renderer.render(content, { frontmatter, fileURL: new URL(job.fileURL) });
    const imagePaths = [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])];
    reply = { id: job.id, rendered: { html: code, metadata: { ...metadata, imagePaths } } };
  } catch (cause) {
    reply = { id: job.id, error: cause instanceof Error ? cause.message : String(cause) };
  }
  parentPort!.postMessage(reply);
});
