/// <reference lib="webworker" />
// The course's service worker: pages come from the network first and from the copy kept
// the last time they were opened when the network is gone or slow; files with a hash in
// their name come from the cache first. A page never opened shows the language's offline
// page. On a new deploy the worker compares the build's list of files with the last one
// and fetches again only the kept files that changed, and a saved language's new files. The build bundles this file with
// its settings as `__OFFLINE_SETTINGS__`.
import { changedFiles, OFFLINE_CACHE, offlineSavePath, type OfflineFiles, type OfflineSave } from '../lib/offline-files.ts';

interface OfflineSettings {
  /** The base path, with its slashes: the worker's scope. */
  base: string;
  /** The build's version, from its list of files. */
  version: string;
  /** The offline page of each language, under the base path. */
  offlinePages: Record<string, string>;
  defaultLanguage: string;
  /** What the offline pages need, kept when the worker is installed. */
  precache: string[];
  /** The build's list of files, under the base path. */
  filesUrl: string;
}

declare const __OFFLINE_SETTINGS__: OfflineSettings;
const settings = __OFFLINE_SETTINGS__;
const worker = self as unknown as ServiceWorkerGlobalScope;

/** One cache for the whole site: a deploy replaces what changed in it, file by file. */
const CACHE = OFFLINE_CACHE;
/** How long a page waits for the network before its kept copy is shown. */
const NETWORK_TIMEOUT_MS = 3000;
/** The list of files the kept copies came from, kept beside them. */
const KEPT_FILES = `${settings.filesUrl}#kept`;

/** Pages are kept without their query (a search's highlight) or fragment. */
const cacheKey = (url: URL) => `${url.origin}${url.pathname}`;

async function keep(key: string, response: Response) {
  if (response.ok && response.type === 'basic') await (await caches.open(CACHE)).put(key, response.clone());
}

function languageOf(url: URL): string {
  const first = url.pathname.slice(settings.base.length).split('/')[0];
  return settings.offlinePages[first] ? first : settings.defaultLanguage;
}

async function page(request: Request, url: URL): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    await keep(cacheKey(url), response);
    return response;
  });
  const kept = caches.match(cacheKey(url));
  const slow = new Promise<Response>((resolve) => setTimeout(() => resolve(kept.then((copy) => copy ?? network)), NETWORK_TIMEOUT_MS));
  try {
    return await Promise.race([network, slow]);
  } catch {
    return (await kept) ?? (await caches.match(settings.offlinePages[languageOf(url)])) ?? Response.error();
  }
}

async function asset(request: Request, url: URL): Promise<Response> {
  const key = cacheKey(url);
  // A file with a hash in its name never changes: the kept copy is the file.
  if (url.pathname.startsWith(`${settings.base}_astro/`)) {
    const kept = await caches.match(key);
    if (kept) return kept;
  }
  try {
    const response = await fetch(request);
    await keep(key, response);
    return response;
  } catch {
    return (await caches.match(key)) ?? Response.error();
  }
}

/** After a deploy: kept files that changed are fetched again, files the site no longer has are dropped. */
async function refreshKeptFiles() {
  const cache = await caches.open(CACHE);
  const response = await fetch(settings.filesUrl, { cache: 'no-store' });
  if (!response.ok) return;
  const next = (await response.clone().json()) as OfflineFiles;
  const previous = (await (await cache.match(KEPT_FILES))?.json()) as OfflineFiles | undefined;
  if (previous && previous.version !== next.version) {
    const { changed, removed } = changedFiles(previous.files, next.files);
    const url = (path: string) => new URL(`${settings.base}${path.slice(1)}`, worker.location.origin).href;
    await Promise.all(removed.map((path) => cache.delete(url(path))));
    await Promise.all(
      changed.map(async (path) => {
        if (!(await cache.match(url(path)))) return;
        const fresh = await fetch(url(path), { cache: 'no-store' });
        if (fresh.ok) await cache.put(url(path), fresh);
      }),
    );
    // A saved language (its save list is kept with its files) also gets the deploy's new files.
    for (const lang of Object.keys(settings.offlinePages)) {
      const listUrl = url(offlineSavePath(lang));
      if (!(await cache.match(listUrl))) continue;
      const list = await fetch(listUrl, { cache: 'no-store' });
      if (!list.ok) continue;
      for (const file of ((await list.clone().json()) as OfflineSave).files) {
        if (await cache.match(file)) continue;
        const fresh = await fetch(file, { cache: 'no-store' });
        if (fresh.ok) await cache.put(file, fresh);
      }
      await cache.put(listUrl, list);
    }
  }
  await cache.put(KEPT_FILES, response);
}

/** What the offline pages need and is not kept yet: a deploy's changes to kept files are fetched on activation. */
async function precache() {
  const cache = await caches.open(CACHE);
  const missing = await Promise.all(settings.precache.map(async (url) => ((await cache.match(url)) ? [] : [url])));
  await cache.addAll(missing.flat());
}

worker.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

/** The pages open when the worker first takes over were loaded without it: they are kept now, so the first page read also opens offline. */
async function keepOpenPages() {
  const cache = await caches.open(CACHE);
  const windows = await worker.clients.matchAll({ type: 'window' });
  await Promise.all(
    windows.map(async (client) => {
      const url = new URL(client.url);
      if (url.origin !== worker.location.origin || !url.pathname.startsWith(settings.base) || (await cache.match(cacheKey(url)))) return;
      await keep(cacheKey(url), await fetch(cacheKey(url)));
    }),
  );
}

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    refreshKeptFiles()
      .catch(() => undefined)
      .then(() => worker.clients.claim())
      .then(() => keepOpenPages())
      .catch(() => undefined),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || !url.pathname.startsWith(settings.base)) return;
  if (url.pathname === new URL(worker.location.href).pathname || url.href === new URL(settings.filesUrl, worker.location.origin).href) return;
  event.respondWith(request.mode === 'navigate' ? page(request, url) : asset(request, url));
});
