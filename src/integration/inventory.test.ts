import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVENTORY_FILE, type InventoryEntry } from '../content/loader.ts';
import { courseSettings } from '../content/settings.ts';
import { inventoryProblems } from './inventory.ts';

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A course of three lessons (b is a draft), whose build published page 1 of a only. */
function course() {
  const root = mkdtempSync(join(tmpdir(), 'inventory-'));
  const settings = courseSettings(
    { root, publicDir: join(root, 'public'), cacheDir: join(root, 'cache'), base: '/' },
    { locales: ['es', 'en'] },
    { includeDrafts: false },
  );
  write(join(root, 'lessons/es/s1/a.md'), '---\ntitle: A\n---\n\nUno.\n');
  write(join(root, 'lessons/es/s1/b.md'), '---\ntitle: B\ndraft: true\n---\n\nDos.\n');
  write(join(root, 'lessons/es/s1/c.md'), '---\ntitle: C\n---\n\nTres.\n');
  const dist = join(root, 'dist');
  write(join(dist, 'es/s1/a/index.html'), '<h1>A</h1>');
  const writeInventory = (entries: InventoryEntry[]) => write(join(root, 'cache', INVENTORY_FILE), JSON.stringify(entries));
  return { settings, dist, writeInventory };
}

const a: InventoryEntry = { file: 'lessons/es/s1/a.md', status: 'published', paths: ['/es/s1/a/', '/es/s1/a/2/'], searchPaths: ['/es/s1/a/', '/es/s1/a/2/'] };
const b: InventoryEntry = { file: 'lessons/es/s1/b.md', status: 'draft', paths: [], searchPaths: [] };
const c: InventoryEntry = { file: 'lessons/es/s1/c.md', status: 'published', paths: [], searchPaths: [] };

describe('inventoryProblems', () => {
  it('reports a lesson file the build neither published nor reported, and a missing page', () => {
    const { settings, dist, writeInventory } = course();
    writeInventory([a, b]);
    expect(inventoryProblems(settings, dist).map((problem) => [problem.file, problem.message])).toEqual([
      ['lessons/es/s1/a.md', 'the page /es/s1/a/2/ of this lesson is missing from the build'],
      ['lessons/es/s1/c.md', 'this lesson was not published and no error explains why'],
    ]);
  });

  it('accepts a build where every published page exists and drafts are reported', () => {
    const { settings, dist, writeInventory } = course();
    writeInventory([{ ...a, paths: ['/es/s1/a/'] }, b, c]);
    expect(inventoryProblems(settings, dist)).toEqual([]);
  });
});
