// Search loads on first use: the button, `/`, or Ctrl/Cmd+K. The search module opens the
// dialog once it has loaded, and again at every later request.
import { loadOnDemand } from './on-demand.ts';

/** The event the search module listens for on the dialog (`search.ts` names it too). */
const OPEN_REQUEST = 'search-open-request';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
let loaded = false;

function openSearch() {
  if (loaded) dialog!.dispatchEvent(new Event(OPEN_REQUEST));
  else {
    loaded = true;
    loadOnDemand('search');
  }
}

if (dialog) {
  document.querySelector('[data-search-open]')?.addEventListener('click', openSearch);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    // In a field, `/` is just a character.
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const command = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing && !document.querySelector('dialog[open]');
    if (command || slash) {
      event.preventDefault();
      openSearch();
    }
  });
}
