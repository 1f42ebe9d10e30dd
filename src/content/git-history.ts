// The lessons folder's git history, read once: which commits touched each lesson file
// (following renames), and which files have changes not committed yet. Translations are
// judged from it; without a history (no git, a shallow clone) they cannot be.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileHistory, HistoryCommit } from '../lib/translations.ts';

export type History = { available: true; of(absolutePath: string): FileHistory } | { available: false; reason: string };

interface LoggedCommit extends Omit<HistoryCommit, 'order' | 'path'> {
  /** Files the commit touched (absolute paths), and where renamed files came from. */
  touched: Set<string>;
  renamedFrom: Map<string, string>;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

const RECORD = '\u001e';
const FIELD = '\u001f';

function parseLog(output: string, top: string): LoggedCommit[] {
  return output
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [hash, date, message, changes = ''] = record.split(FIELD);
      const touched = new Set<string>();
      const renamedFrom = new Map<string, string>();
      for (const line of changes.split('\n')) {
        const [status, first, second] = line.split('\t');
        if (!status || !first) continue;
        if (status.startsWith('R') && second) {
          touched.add(resolve(top, second));
          renamedFrom.set(resolve(top, second), resolve(top, first));
        } else {
          touched.add(resolve(top, first));
        }
      }
      return { hash, date: date.slice(0, 10), message: message.trim(), subject: message.trim().split('\n')[0], touched, renamedFrom };
    });
}

/** Files under `folder` with changes not committed: modified, added, or not tracked at all. */
function uncommittedFiles(root: string, top: string, folder: string): Set<string> {
  const output = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', folder]);
  const files = new Set<string>();
  const items = output.split('\0');
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.length < 4) continue;
    files.add(resolve(top, item.slice(3)));
    // A rename is followed by the path it came from.
    if (item[0] === 'R') index++;
  }
  return files;
}

/** The history of `folder` (absolute), in whatever repository holds it. */
export function readHistory(folder: string): History {
  if (!existsSync(folder)) return { available: false, reason: 'the lessons folder does not exist' };
  const root = folder;
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return { available: false, reason: 'the repository is a shallow clone (fetch the whole history: git fetch --unshallow)' };
    }
  } catch {
    return { available: false, reason: 'the course is not in a git repository' };
  }
  let commits: LoggedCommit[];
  try {
    commits = parseLog(git(root, ['log', '-M', '--name-status', `--format=${RECORD}%H${FIELD}%cI${FIELD}%B${FIELD}`, '--', folder]), top);
  } catch {
    // A repository without any commit yet.
    commits = [];
  }
  const uncommitted = uncommittedFiles(root, top, folder);
  return {
    available: true,
    of(absolutePath) {
      let name = absolutePath;
      const touching: FileHistory['commits'] = [];
      commits.forEach((commit, order) => {
        if (!commit.touched.has(name)) return;
        touching.push({ hash: commit.hash, date: commit.date, subject: commit.subject, message: commit.message, order, path: name });
        // Older commits know the file by the name it had before.
        name = commit.renamedFrom.get(name) ?? name;
      });
      return { commits: touching, uncommitted: uncommitted.has(absolutePath) };
    },
  };
}
