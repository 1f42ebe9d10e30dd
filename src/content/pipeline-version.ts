// The version of the lesson pipeline: a digest of our plugins' code (every module the
// pipeline imports, followed through relative imports), the versions of the packages
// they use, and the options they run with. A lesson rendered by an earlier version is
// rendered again; Astro's own cache checks know nothing of our plugins.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { digestOf } from '../lib/digest.ts';

/**
 * `import … from '…'`, `export … from '…'`, `import '…'`, and modules named by URL for
 * Astro to load (a relative `.ts` path in `new URL(…, import.meta.url)`); type-only imports are no code.
 */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|new URL\(\s*['"](\.[^'"]+\.ts)['"],\s*import\.meta\.url\)/g;

/** The package a bare import names: `hast-util-to-text`, `@astrojs/markdown-remark`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** `name@version` of an installed package, as `from` (a path or file URL) resolves it. */
export function packageVersion(name: string, from: string): string {
  let manifest: string;
  try {
    manifest = createRequire(from).resolve(`${name}/package.json`);
  } catch {
    // Packages that export neither their package.json nor a CommonJS entry: find it above their ES entry point.
    let folder = dirname(fileURLToPath(import.meta.resolve(name, pathToFileURL(from).href)));
    while (!folder.endsWith(`node_modules/${name}`) && dirname(folder) !== folder) folder = dirname(folder);
    manifest = resolve(folder, 'package.json');
  }
  return `${name}@${JSON.parse(readFileSync(manifest, 'utf8')).version}`;
}

/** Every module reachable from `entry` through relative imports, and the packages they import. */
export function moduleGraph(entry: string): { modules: Map<string, string>; packages: Set<string> } {
  const modules = new Map<string, string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (modules.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    modules.set(file, text);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      // `node:`, `astro:` and `virtual:` modules belong to Node, Astro and this integration: no package.
      else if (!/^[a-z]+:/.test(specifier)) packages.add(packageName(specifier));
    }
  }
  return { modules, packages };
}

const PIPELINE_ENTRY = fileURLToPath(new URL('../markdown/processor.ts', import.meta.url));
/** What the packages' own dependencies resolve to (Shiki, its themes, micromark…). */
const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

const digests = new Map<string, string>();

/** A digest of the code reachable from `entry` and of the packages it uses, computed once per process. */
export function codeDigest(entry: string): string {
  let digest = digests.get(entry);
  if (digest === undefined) {
    const { modules, packages } = moduleGraph(entry);
    const files = [...modules.keys()].sort();
    digest = digestOf(
      ...files.flatMap((file) => [file.slice(file.lastIndexOf('/src/')), modules.get(file)!]),
      ...[...packages].sort().map((name) => packageVersion(name, entry)),
      existsSync(LOCK_FILE) ? readFileSync(LOCK_FILE) : '',
    );
    digests.set(entry, digest);
  }
  return digest;
}

/** The pipeline version for these options (anything JSON can write). */
export function pipelineVersion(options: unknown): string {
  return digestOf(codeDigest(PIPELINE_ENTRY), JSON.stringify(options));
}
