// Translations judged from a real git history, built in a temporary repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { translationStatuses, type LanguageFile, type TranslationStatus } from '../lib/translations.ts';
import { readHistory } from './git-history.ts';

const work = mkdtempSync(join(tmpdir(), 'course-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let repo: string;
let day = 0;

function git(...args: string[]): string {
  // Each commit a day later, so dates are stable and in order.
  const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString();
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@e.st', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@e.st' },
  });
}

function write(path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function commit(message: string, ...paths: string[]) {
  day++;
  git('add', '-A', ...paths);
  git('commit', '-q', '-m', message);
}

beforeEach(() => {
  repo = mkdtempSync(join(work, 'repo-'));
  day = 0;
  git('init', '-q');
});

/** The status of the English and Spanish files of lesson `s1/a`, as the build would judge them. */
function statuses(options: { en?: string; es?: string; draft?: boolean; source?: string } = {}): Record<string, TranslationStatus> {
  const history = readHistory(join(repo, 'lessons'));
  const files: LanguageFile[] = ['es', 'en'].map((lang) => ({
    lang,
    file: `lessons/${lang}/${options[lang as 'en' | 'es'] ?? 's1/a.md'}`,
    draft: lang === 'en' && options.draft === true,
    source: options.source,
    history: history.available ? history.of(join(repo, 'lessons', lang, options[lang as 'en' | 'es'] ?? 's1/a.md')) : undefined,
  }));
  const result = translationStatuses(files, 'es', history.available ? undefined : history.reason);
  return Object.fromEntries(files.map((file) => [file.lang, result.get(file)!]));
}

describe('translations judged from the history', () => {
  it('a translation committed after its source is current', () => {
    write('lessons/es/s1/a.md', 'Hola');
    commit('Spanish lesson');
    write('lessons/en/s1/a.md', 'Hello');
    commit('English translation');
    expect(statuses()).toEqual({ es: { status: 'source' }, en: { status: 'current', sourceLang: 'es' } });
  });

  it('a source changed by a later commit makes it outdated, with the commits since', () => {
    write('lessons/es/s1/a.md', 'Hola');
    commit('Spanish lesson');
    write('lessons/en/s1/a.md', 'Hello');
    commit('English translation');
    write('lessons/es/s1/a.md', 'Hola, mundo');
    commit('Spanish: greet the world');
    write('lessons/es/s1/a.md', 'Hola, mundo entero');
    commit('Spanish: the whole world');
    const en = statuses().en;
    expect(en).toMatchObject({ status: 'outdated', sourceLang: 'es', sourceFile: 'lessons/es/s1/a.md', uncommittedSource: false, sourceDate: '2024-01-05' });
    expect(en.status === 'outdated' && en.since.map((item) => [item.subject, item.date, item.hash.length])).toEqual([
      ['Spanish: the whole world', '2024-01-05', 40],
      ['Spanish: greet the world', '2024-01-04', 40],
    ]);
  });

  it('a commit marked [skip translation] does not count', () => {
    write('lessons/es/s1/a.md', 'Hola');
    commit('Spanish lesson');
    write('lessons/en/s1/a.md', 'Hello');
    commit('English translation');
    write('lessons/es/s1/a.md', 'Hola.');
    commit('Fix a typo\n\n[skip translation]');
    expect(statuses().en).toEqual({ status: 'current', sourceLang: 'es' });
  });

  it('uncommitted edits of the source are newer than any commit, and have no date yet', () => {
    write('lessons/es/s1/a.md', 'Hola');
    write('lessons/en/s1/a.md', 'Hello');
    commit('Both');
    write('lessons/es/s1/a.md', 'Hola de nuevo');
    expect(statuses().en).toMatchObject({ status: 'outdated', since: [], uncommittedSource: true, sourceDate: undefined });
    write('lessons/en/s1/a.md', 'Hello again');
    expect(statuses().en).toEqual({ status: 'current', sourceLang: 'es' });
  });

  it('the source is the file that entered the history first, the default language on a tie, or the one the frontmatter names', () => {
    write('lessons/en/s1/a.md', 'Hello');
    commit('English lesson');
    write('lessons/es/s1/a.md', 'Hola');
    commit('Spanish translation');
    expect(statuses()).toEqual({ en: { status: 'source' }, es: { status: 'current', sourceLang: 'en' } });
    // Named the source, Spanish changed after the English file was last committed.
    expect(statuses({ source: 'es' })).toMatchObject({ es: { status: 'source' }, en: { status: 'outdated', sourceLang: 'es' } });
  });

  it('both in one commit: the default language is the source', () => {
    write('lessons/en/s1/a.md', 'Hello');
    write('lessons/es/s1/a.md', 'Hola');
    commit('Both');
    expect(statuses().es).toEqual({ status: 'source' });
  });

  it('a draft translation is in progress, never outdated', () => {
    write('lessons/es/s1/a.md', 'Hola');
    commit('Spanish lesson');
    write('lessons/en/s1/a.md', '---\ndraft: true\n---\nHello');
    commit('English draft');
    write('lessons/es/s1/a.md', 'Hola, mundo');
    commit('Spanish changed');
    expect(statuses({ draft: true }).en).toEqual({ status: 'in-progress', sourceLang: 'es' });
  });

  it('renamed files keep their history', () => {
    write('lessons/es/old/a.md', 'Hola\n'.repeat(20));
    commit('Spanish lesson');
    write('lessons/en/s1/a.md', 'Hello');
    commit('English translation');
    write('lessons/es/old/a.md', `${'Hola\n'.repeat(20)}Adiós\n`);
    commit('Spanish: say goodbye');
    git('mv', 'lessons/es/old', 'lessons/es/s1');
    commit('Move the Spanish lesson [skip translation]');
    const en = statuses().en;
    expect(en).toMatchObject({ status: 'outdated', sourceFile: 'lessons/es/s1/a.md' });
    expect(en.status === 'outdated' && en.since.map((item) => item.subject)).toEqual(['Spanish: say goodbye']);
  });

  it('a shallow clone has no history to judge from: unknown, never outdated', () => {
    write('lessons/es/s1/a.md', 'Hola');
    commit('Spanish lesson');
    write('lessons/en/s1/a.md', 'Hello');
    commit('English translation');
    write('lessons/es/s1/a.md', 'Hola, mundo');
    commit('Spanish changed');
    const origin = repo;
    repo = join(work, `shallow-${Date.now()}`);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, repo]);
    expect(statuses().en).toEqual({ status: 'unknown', sourceLang: 'es', reason: expect.stringContaining('shallow clone') });
  });

  it('a folder outside any repository has no history', () => {
    const outside = mkdtempSync(join(tmpdir(), 'course-no-git-'));
    try {
      expect(readHistory(outside)).toEqual({ available: false, reason: 'the course is not in a git repository' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
