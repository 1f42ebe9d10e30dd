import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishOutput, prepareOutput } from './output-folder.ts';

function write(path: string, text = 'x') {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** An output folder as a build leaves it: pages, scripts, the search index, a public file. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'output-folder-'));
  const dist = join(root, 'dist');
  const cache = join(root, 'cache');
  const publicDir = join(root, 'public');
  mkdirSync(cache);
  write(join(publicDir, 'google123.html'));
  for (const file of ['index.html', 'es/a/index.html', 'es/b/index.html', '_astro/page.abc.js', 'pagefind/pagefind.js', 'google123.html', '.git/HEAD']) {
    write(join(dist, file));
  }
  const built = (...files: string[]) => new Set(files.map((file) => join(dist, file)));
  return { root, dist, cache, publicDir, built };
}

describe('prepareOutput and finishOutput', () => {
  it('empties the whole folder when no build has finished writing it, but for a repository in it', () => {
    const { dist, cache } = project();
    expect(prepareOutput(dist, cache)).toBe(false);
    expect(filesIn(dist)).toEqual(['.git/HEAD']);
  });

  it('keeps the pages, and only the pages, of the last build that finished there', () => {
    const { dist, cache, publicDir, built } = project();
    finishOutput(dist, cache, publicDir, built('index.html', 'es/a/index.html', 'es/b/index.html'));
    expect(prepareOutput(dist, cache)).toBe(true);
    expect(filesIn(dist)).toEqual(['.git/HEAD', 'es/a/index.html', 'es/b/index.html', 'google123.html', 'index.html']);
  });

  it('deletes after a build the pages it no longer has, and the folders left empty', () => {
    const { dist, cache, publicDir, built } = project();
    finishOutput(dist, cache, publicDir, built('index.html', 'es/a/index.html'));
    expect(filesIn(dist)).toEqual(['.git/HEAD', '_astro/page.abc.js', 'es/a/index.html', 'google123.html', 'index.html', 'pagefind/pagefind.js']);
    expect(existsSync(join(dist, 'es/b'))).toBe(false);
  });

  it('empties the folder after a build into another folder, or one that did not finish', () => {
    const { root, dist, cache, publicDir, built } = project();
    finishOutput(dist, cache, publicDir, built('index.html'));
    mkdirSync(join(root, 'elsewhere'));
    finishOutput(join(root, 'elsewhere'), cache, publicDir, new Set());
    expect(prepareOutput(dist, cache)).toBe(false);

    write(join(dist, 'index.html'));
    finishOutput(dist, cache, publicDir, built('index.html'));
    prepareOutput(dist, cache);
    expect(prepareOutput(dist, cache)).toBe(false);
    expect(filesIn(dist)).toEqual(['.git/HEAD']);
  });
});
