// After a build, once every other file is written: the list of the site's files with a
// hash of each, each language's list of what a reader saves to read it offline, and the
// service worker, bundled with its settings. Both depend only on
// the output, so two builds of the same sources write the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { digestOf } from '../lib/digest.ts';
import { filesToSave, imagesOfPage, offlineSavePath, sitePathOfFile, type OfflineFiles, type OfflineSave } from '../lib/offline-files.ts';
import { OFFLINE_FILES_PATH, offlinePath, SERVICE_WORKER_PATH, withBase } from '../lib/urls.ts';
import { REPOSITORY } from './output-folder.ts';

/** What the worker keeps when it is installed, besides the offline pages: the site's styles, scripts and icon. */
const PRECACHED = /^\/(_astro\/.+\.(css|js)|favicon\.svg)$/;

function filesOf(folder: string, root = folder): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === REPOSITORY) return [];
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesOf(path, root) : [relative(root, path)];
  });
}

export function writeOfflineFiles(distDir: string, base: string, locales: readonly string[], defaultLocale: string) {
  // Written from the list, so not in it.
  const derived = new Set([SERVICE_WORKER_PATH, OFFLINE_FILES_PATH, ...locales.map(offlineSavePath)]);
  const bytes = new Map<string, number>();
  const images = new Map(locales.map((lang) => [lang, new Set<string>()]));
  const files = Object.fromEntries(
    filesOf(distDir)
      .map((file) => [sitePathOfFile(file), file] as const)
      .filter(([path]) => !derived.has(path))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, file]) => {
        const content = readFileSync(join(distDir, file));
        bytes.set(path, content.length);
        const pageImages = file.endsWith('.html') ? images.get(path.split('/')[1]) : undefined;
        if (pageImages) for (const image of imagesOfPage(content.toString('utf8'), base)) pageImages.add(image);
        return [path, digestOf(content)];
      }),
  );
  const list: OfflineFiles = { version: digestOf(JSON.stringify(files)), files };
  writeFileSync(join(distDir, OFFLINE_FILES_PATH), JSON.stringify(list));
  for (const lang of locales) {
    const saved = filesToSave(Object.keys(files), lang, locales, images.get(lang)!);
    const save: OfflineSave = { version: list.version, bytes: saved.reduce((sum, path) => sum + bytes.get(path)!, 0), files: saved.map((path) => withBase(base, path)) };
    writeFileSync(join(distDir, offlineSavePath(lang)), JSON.stringify(save));
  }

  const offlinePages = Object.fromEntries(locales.map((lang) => [lang, withBase(base, offlinePath(lang))]));
  const settings = {
    base,
    version: list.version,
    offlinePages,
    defaultLanguage: defaultLocale,
    precache: [...Object.values(offlinePages), ...Object.keys(files).filter((path) => PRECACHED.test(path)).map((path) => withBase(base, path))],
    filesUrl: withBase(base, OFFLINE_FILES_PATH),
  };
  const bundle = buildSync({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { __OFFLINE_SETTINGS__: JSON.stringify(settings) },
  });
  writeFileSync(join(distDir, SERVICE_WORKER_PATH), bundle.outputFiles[0].contents);
}
