// Saves a language's course for offline reading into the service worker's cache: the
// build's list of what to save, what it takes against what the device has free, then
// every file with its progress; the reader may cancel, and remove the copy later.
import type { OfflineSaveStrings } from '../i18n/types.ts';
import { fill } from '../i18n/templates.ts';
import { belongsToLanguage, OFFLINE_CACHE, type OfflineSave } from '../lib/offline-files.ts';
import { forget, store, storedJson } from './storage.ts';

/** Files fetched at once: enough to keep the network busy, few enough to cancel at once. */
const PARALLEL_FETCHES = 4;

interface SavedCopy {
  date: string;
  files: number;
  bytes: number;
}

const root = document.querySelector<HTMLElement>('[data-offline-save]');
const list = root?.dataset.list;

if (root && list && 'serviceWorker' in navigator && 'caches' in window) {
  const text = JSON.parse(root.dataset.strings!) as OfflineSaveStrings;
  const base = root.dataset.base!;
  const lang = document.documentElement.lang;
  const languages = root.dataset.languages!.split(',');
  const offlinePage = root.dataset.offlinePage!;
  const key = `offline:${lang}`;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const [save, start, cancel, remove] = ['save-button', 'start', 'cancel', 'remove'].map((name) => root.querySelector<HTMLButtonElement>(`[data-offline-${name}]`)!);
  const size = (bytes: number) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  let plan: OfflineSave | undefined;
  let stopping: AbortController | undefined;

  const show = (...buttons: HTMLButtonElement[]) => [save, start, cancel, remove].forEach((button) => (button.hidden = !buttons.includes(button)));

  function showSaved() {
    const copy = storedJson<SavedCopy>(key);
    if (!copy.date) return show(save);
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(copy.date));
    status.textContent = fill(text.saved, { date, files: copy.files!, size: size(copy.bytes!) });
    show(save, remove);
  }

  save.addEventListener('click', async () => {
    plan = (await (await fetch(list, { cache: 'no-store' })).json()) as OfflineSave;
    const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
    const free = quota !== undefined && usage !== undefined ? quota - usage : undefined;
    status.textContent = free === undefined ? fill(text.needsUnknownFree, { size: size(plan.bytes) }) : fill(text.needs, { size: size(plan.bytes), free: size(free) });
    show(start, cancel);
    start.focus();
  });

  start.addEventListener('click', async () => {
    const files = plan!.files;
    stopping = new AbortController();
    const { signal } = stopping;
    show(cancel);
    cancel.focus();
    // Asked once the reader has chosen to save: a persistent copy is not cleared for space.
    const persistent = (await navigator.storage?.persist?.()) ?? false;
    const cache = await caches.open(OFFLINE_CACHE);
    let done = 0;
    let saved = 0;
    progress.max = files.length;
    progress.value = 0;
    progress.hidden = false;
    const report = () => {
      progress.value = done;
      status.textContent = fill(text.progress, { done, total: files.length, saved: size(saved), size: size(plan!.bytes) });
    };
    report();
    const queue = [...files];
    let failed: string | undefined;
    const fetchNext = async (): Promise<void> => {
      const url = queue.shift();
      if (url === undefined || signal.aborted || failed) return;
      const response = await fetch(url, { signal, cache: 'no-cache' }).catch(() => undefined);
      if (signal.aborted) return;
      if (!response?.ok) {
        failed = url;
        return;
      }
      saved += (await response.clone().blob()).size;
      await cache.put(url, response);
      done += 1;
      report();
      return fetchNext();
    };
    // A fetch the service worker answers may not stop when it is aborted: cancelling does not wait for it.
    const cancelled = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    await Promise.race([Promise.all(Array.from({ length: PARALLEL_FETCHES }, () => fetchNext())), cancelled]);
    progress.hidden = true;
    stopping = undefined;
    if (signal.aborted) {
      status.textContent = text.cancelled;
      show(save);
    } else if (failed) {
      status.textContent = fill(text.failed, { file: failed });
      show(save);
    } else {
      // Kept with the files, the list tells the service worker this language is saved, so a deploy's new pages are saved too.
      const kept = await fetch(list, { cache: 'no-store' }).catch(() => undefined);
      if (kept?.ok) await cache.put(list, kept);
      store(key, JSON.stringify({ date: new Date().toISOString(), files: files.length, bytes: saved } satisfies SavedCopy));
      showSaved();
      if (!persistent) status.textContent += ` ${text.mayBeCleared}`;
    }
    save.focus();
  });

  cancel.addEventListener('click', () => {
    if (stopping) stopping.abort();
    else {
      status.textContent = '';
      showSaved();
      save.focus();
    }
  });

  remove.addEventListener('click', async () => {
    const cache = await caches.open(OFFLINE_CACHE);
    // Shared code and images stay, and so does the offline page: the other language's copy and the offline pages use them.
    const languageFile = (request: Request) => {
      const { pathname } = new URL(request.url);
      return pathname !== offlinePage && belongsToLanguage(`/${pathname.slice(base.length)}`, lang, languages);
    };
    await Promise.all((await cache.keys()).filter(languageFile).map((request) => cache.delete(request)));
    forget(key);
    status.textContent = text.removed;
    show(save);
    save.focus();
  });

  root.hidden = false;
  showSaved();
}
