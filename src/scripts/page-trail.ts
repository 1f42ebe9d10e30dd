// Records the page read, for the reader's progress.
import { recordPage } from './storage.ts';

const progress = document.querySelector<HTMLElement>('.page-trail[data-progress]')?.dataset.progress;
if (progress) {
  const cut = progress.lastIndexOf(':');
  recordPage(progress.slice(0, cut), Number(progress.slice(cut + 1)));
}
