import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsFolderState, linkLoopFilter } from './sources.ts';

describe('linkLoopFilter', () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'course-links-')));
  mkdirSync(join(root, 'es/s1'), { recursive: true });
  mkdirSync(join(root, 'shared'));
  writeFileSync(join(root, 'es/s1/a.md'), '');
  symlinkSync('..', join(root, 'es/s1/loop'));
  symlinkSync('../../shared', join(root, 'es/s1/linked'));
  const isBeyondLinkLoop = (path: string, top: string) => linkLoopFilter(top).isBeyondLoop(path);

  it('is true beyond a link back to a parent folder, at any depth', () => {
    expect(isBeyondLinkLoop(join(root, 'es/s1/loop/s1'), root)).toBe(true);
    expect(isBeyondLinkLoop(join(root, 'es/s1/loop/s1/loop/s1/a.md'), root)).toBe(true);
  });

  it('is false for the link itself, so that its appearance is seen', () => {
    expect(isBeyondLinkLoop(join(root, 'es/s1/loop'), root)).toBe(false);
  });

  it('is false for ordinary files and for links to folders elsewhere', () => {
    expect(isBeyondLinkLoop(join(root, 'es/s1/a.md'), root)).toBe(false);
    expect(isBeyondLinkLoop(join(root, 'es/s1/linked/notes.md'), root)).toBe(false);
  });

  it('sees a folder that came back as a link loop once told that something was removed', () => {
    const filter = linkLoopFilter(root);
    mkdirSync(join(root, 'es/s2'));
    expect(filter.isBeyondLoop(join(root, 'es/s2/a.md'))).toBe(false);
    rmSync(join(root, 'es/s2'), { recursive: true });
    symlinkSync('..', join(root, 'es/s2'));
    expect(filter.isBeyondLoop(join(root, 'es/s2/es'))).toBe(false);
    filter.forget();
    expect(filter.isBeyondLoop(join(root, 'es/s2/es'))).toBe(true);
  });

  it('looks only inside the root, however the root is written', () => {
    expect(isBeyondLinkLoop(join(root, 'es/s1/loop/s1'), `${root}/`)).toBe(true);
    expect(isBeyondLinkLoop('/elsewhere/file.md', root)).toBe(false);
  });
});

describe('lessonsFolderState', () => {
  it('changes when a lesson is added, written or removed, and only then', () => {
    const lessons = mkdtempSync(join(tmpdir(), 'course-state-'));
    mkdirSync(join(lessons, 'es/s1'), { recursive: true });
    writeFileSync(join(lessons, 'es/s1/a.md'), 'Uno');
    const states = [lessonsFolderState(lessons), lessonsFolderState(lessons)];
    writeFileSync(join(lessons, 'es/s1/b.md'), 'Dos');
    states.push(lessonsFolderState(lessons));
    writeFileSync(join(lessons, 'es/s1/b.md'), 'Dos, editada');
    states.push(lessonsFolderState(lessons));
    rmSync(join(lessons, 'es/s1/a.md'));
    states.push(lessonsFolderState(lessons));
    expect(states[1]).toBe(states[0]);
    expect(new Set(states.slice(1)).size).toBe(4);
    expect(lessonsFolderState(join(lessons, 'missing'))).toBe('');
  });

  it('changes when a lesson is written again with the same size and time', () => {
    const lessons = mkdtempSync(join(tmpdir(), 'course-state-'));
    const lesson = join(lessons, 'a.md');
    const time = new Date('2026-01-01T00:00:00Z');
    writeFileSync(lesson, 'Saved one.');
    utimesSync(lesson, time, time);
    const before = lessonsFolderState(lessons);
    writeFileSync(lesson, 'Saved two.');
    utimesSync(lesson, time, time);
    expect(lessonsFolderState(lessons)).not.toBe(before);
  });
});
