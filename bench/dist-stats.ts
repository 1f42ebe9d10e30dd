// Size of a build's output: how many HTML files it wrote, how many bytes in all, and
// how large its Pagefind output is (the `pagefind/` folder, when the build made one).
// That folder holds Pagefind's runtime (JS, WebAssembly, UI) besides the index proper,
// the `.pf_*` files, which is what grows with the course; both are reported.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DistStats {
  htmlFiles: number;
  files: number;
  bytes: number;
  /** Bytes under `pagefind/`, or null when the build wrote no Pagefind index. */
  pagefindBytes: number | null;
  pagefindFiles: number | null;
  /** Bytes of the index files proper (`*.pf_meta`, `*.pf_index`, `*.pf_fragment`, `*.pf_filter`). */
  pagefindIndexBytes: number | null;
}

interface Tally {
  files: number;
  htmlFiles: number;
  bytes: number;
  indexBytes: number;
}

const PAGEFIND_INDEX_FILE = /\.pf_[a-z]+$/;

function tally(dir: string): Tally {
  const result: Tally = { files: 0, htmlFiles: 0, bytes: 0, indexBytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    result.files += 1;
    result.bytes += size;
    if (entry.name.endsWith('.html')) result.htmlFiles += 1;
    if (PAGEFIND_INDEX_FILE.test(entry.name)) result.indexBytes += size;
  }
  return result;
}

export function distStats(distDir: string): DistStats {
  const all = tally(distDir);
  const pagefindDir = join(distDir, 'pagefind');
  const pagefind = existsSync(pagefindDir) ? tally(pagefindDir) : null;
  return {
    htmlFiles: all.htmlFiles,
    files: all.files,
    bytes: all.bytes,
    pagefindBytes: pagefind?.bytes ?? null,
    pagefindFiles: pagefind?.files ?? null,
    pagefindIndexBytes: pagefind?.indexBytes ?? null,
  };
}
