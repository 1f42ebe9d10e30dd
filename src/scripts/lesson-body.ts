// A copy button on every code block of the lesson text; landing from a search result
// (the searched words are in the query string), the words are marked.
import { loadOnDemand } from './on-demand.ts';

const body = document.querySelector<HTMLElement>('.lesson-body');

if (body) {
  const text = body.dataset;
  body.querySelectorAll('pre').forEach((pre) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = text.copy!;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText);
      button.textContent = text.copied!;
      setTimeout(() => (button.textContent = text.copy!), 2000);
    });
    pre.before(button);
  });
  if (location.search) loadOnDemand('highlight');
}
