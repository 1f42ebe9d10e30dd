// One thread of the render pool: renders the .md lessons it is sent with the renderer the
// content loader uses in its own thread, against the link targets it was sent last.
import { parentPort, workerData } from 'node:worker_threads';
import type { LinkTargets } from '../lib/links.ts';
import { createPageRenderer } from '../markdown/processor.ts';
import { linkTargetsOf } from './compile.ts';
import type { RenderReply, RenderRequest, RenderWorkerSetup } from './render-pool.ts';
import { pipelineOptions } from './settings.ts';

const { settings, astro } = workerData as RenderWorkerSetup;
let targets: LinkTargets | undefined;
const render = createPageRenderer(pipelineOptions(settings, () => targets), astro);
const port = parentPort!;

port.on('message', async (request: RenderRequest) => {
  if (request.kind === 'targets') {
    targets = linkTargetsOf(settings, request.lessonPaths);
    return;
  }
  let reply: RenderReply;
  try {
    reply = { rendered: await render(request.input) };
  } catch (cause) {
    reply = { error: (cause as Error).message };
  }
  port.postMessage(reply);
});
