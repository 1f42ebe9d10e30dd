// A course with its own git history, in which one English translation fell behind its
// Spanish source: for the tests of outdated translations.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const lesson = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n\n<!-- pagebreak -->\n\n## Second page\n\nMore.\n`;

/** The course's commits, a day apart from 11 May 2024: each writes the files it names. */
export const HISTORY: { message: string; files: Record<string, string> }[] = [
  { message: 'Course', files: { 'course.yml': 'es:\n  title: Curso de prueba\nen:\n  title: Test course\n' } },
  { message: 'Spanish lessons', files: { 'es/s1/a.md': lesson('Lección A', 'Hola.'), 'es/s1/b.md': lesson('Lección B', 'Uno.') } },
  { message: 'English translations', files: { 'en/s1/a.md': lesson('Lesson A', 'Hello.'), 'en/s1/b.md': lesson('Lesson B', 'One.') } },
  { message: 'Spanish A: a new paragraph', files: { 'es/s1/a.md': lesson('Lección A', 'Hola.\n\nUn párrafo nuevo.') } },
  { message: 'Spanish B: typo\n\n[skip translation]', files: { 'es/s1/b.md': lesson('Lección B', 'Uno!') } },
];

/** Writes the course into `folder` (emptied first) and commits its history there. */
export function writeHistoryCourse(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const git = (day: number, ...args: string[]) => {
    const date = new Date(Date.UTC(2024, 4, 10 + day)).toISOString();
    execFileSync('git', ['-C', folder, ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Course', GIT_AUTHOR_EMAIL: 'course@example.org', GIT_COMMITTER_NAME: 'Course', GIT_COMMITTER_EMAIL: 'course@example.org' },
    });
  };
  git(0, 'init', '-q');
  HISTORY.forEach(({ message, files }, index) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    git(index + 1, 'add', '-A');
    git(index + 1, 'commit', '-q', '-m', message);
  });
}
