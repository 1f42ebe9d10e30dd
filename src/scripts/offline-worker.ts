// The service worker that keeps the pages a reader opens, registered once the page has
// loaded so its own downloads never slow the page; its place (the top of the site) makes
// the whole site its scope. When a new deploy's worker takes over an open page, the
// reader is told and may reload to see the new version.
import { OFFLINE_CACHE } from '../lib/offline-files.ts';

const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;

if (import.meta.env.DEV) {
  // `npm run dev` serves pages as they are edited: a worker left by `npm run preview` on the same address would serve old copies.
  // An unregistered worker keeps answering the tabs it controls until they close: without its kept copies it can only pass pages on from the dev server.
  workers?.getRegistrations().then((registrations) => registrations.forEach((registration) => registration.unregister()));
  if ('caches' in window) caches.delete(OFFLINE_CACHE);
} else {
  const notice = document.querySelector<HTMLElement>('[data-service-worker]');
  if (notice && workers) {
    // The first worker taking over the page is no new version; any later one is.
    let controlled = Boolean(workers.controller);
    workers.addEventListener('controllerchange', () => {
      notice.hidden = !controlled;
      controlled = true;
    });
    notice.querySelector('button')!.addEventListener('click', () => location.reload());
    // A browser that refuses workers (private modes, `file://`) still shows every page.
    addEventListener('load', () => workers.register(notice.dataset.serviceWorker!).catch(() => undefined));
  }
}
