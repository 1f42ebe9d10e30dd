import { describe, expect, it } from 'vitest';
import { activity, codeOrigin, functionLabel, selfTimes, selfTimesByPhase, type CallFrame, type CpuProfile } from './cpu-profile.ts';

const PROJECT = '/work/site';
const BUILD = '/work/site/bench/.work/dist/profile-250';
const frame = (url: string, functionName = 'f', lineNumber = 0): CallFrame => ({ url, functionName, lineNumber });

describe('codeOrigin', () => {
  it('names the package, including scoped and nested ones', () => {
    expect(codeOrigin(frame('file:///work/site/node_modules/micromark/lib/x.js'), PROJECT, BUILD)).toBe('micromark');
    expect(codeOrigin(frame('file:///work/site/node_modules/a/node_modules/@shikijs/core/dist/i.mjs'), PROJECT, BUILD)).toBe('@shikijs/core');
  });

  it('tells our sources, compiled pages, Node core, WebAssembly and V8 buckets apart', () => {
    expect(codeOrigin(frame('file:///work/site/src/markdown/rehype-lesson.ts'), PROJECT, BUILD)).toBe('src/markdown');
    expect(codeOrigin(frame(`file://${BUILD}/.prerender/chunks/page.mjs`), PROJECT, BUILD)).toBe('compiled pages and components');
    expect(codeOrigin(frame('node:internal/fs/promises'), PROJECT, BUILD)).toBe('node core');
    expect(codeOrigin(frame('wasm://wasm/001c7aca'), PROJECT, BUILD)).toBe('WebAssembly');
    expect(codeOrigin(frame('', '(garbage collector)'), PROJECT, BUILD)).toBe('(garbage collector)');
    expect(codeOrigin(frame('', 'mkdir'), PROJECT, BUILD)).toBe('node native (fs, module compile, text)');
  });
});

describe('activity', () => {
  it('groups packages by the work they do', () => {
    expect(activity('micromark-extension-gfm-table')).toBe('Markdown parsing (micromark, mdast)');
    expect(activity('WebAssembly')).toBe('syntax highlighting (Shiki, Oniguruma WebAssembly)');
    expect(activity('unist-util-visit-parents')).toBe('HTML trees (hast, unist, rehype)');
    expect(activity('@astrojs/markdown-remark')).toBe('unified pipeline (unified, vfile, trough)');
    expect(activity('src/lib')).toBe('our src/');
    expect(activity('(idle)')).toBe('(idle)');
    expect(activity('left-pad')).toBe('other packages');
  });
});

describe('selfTimes', () => {
  it('adds the time before each sample to the frame it landed in, across threads', () => {
    const profile = (samples: number[], timeDeltas: number[]): CpuProfile => ({
      startTime: 0,
      nodes: [
        { id: 1, callFrame: frame('file:///x/node_modules/vite/a.js') },
        { id: 2, callFrame: frame('file:///x/node_modules/astro/b.js') },
      ],
      samples,
      timeDeltas,
    });
    const times = selfTimes([profile([1, 2, 1], [1000, 3000, 500]), profile([2], [2000])], (f) => codeOrigin(f, '/x', '/x/dist'));
    expect(times).toEqual([
      { name: 'astro', ms: 5 },
      { name: 'vite', ms: 1.5 },
    ]);
  });
});

describe('functionLabel', () => {
  it('shortens paths and counts lines from one', () => {
    expect(functionLabel(frame('file:///w/node_modules/micromark/lib/t.js', 'write', 133), '/w')).toBe('write (micromark/lib/t.js:134)');
    expect(functionLabel(frame('file:///w/src/lib/x.ts', '', 9), '/w')).toBe('(anonymous) (src/lib/x.ts:10)');
  });
});

describe('selfTimesByPhase', () => {
  it('puts each sample in the phase its time falls in', () => {
    const profile: CpuProfile = {
      startTime: 1_000_000,
      nodes: [
        { id: 1, callFrame: frame('file:///x/node_modules/micromark/a.js') },
        { id: 2, callFrame: frame('file:///x/node_modules/vite/b.js') },
      ],
      // Samples at 1 ms, 2 ms (micromark, in "sync") and 4 ms (vite, in "bundle").
      samples: [1, 1, 2],
      timeDeltas: [1000, 1000, 2000],
    };
    const phases = [
      { name: 'sync', ms: 3 },
      { name: 'bundle', ms: 10 },
    ];
    expect(selfTimesByPhase([profile], phases, (f) => codeOrigin(f, '/x', '/x/dist'))).toEqual([
      { phase: 'sync', ms: 3, selfTimes: [{ name: 'micromark', ms: 2 }] },
      { phase: 'bundle', ms: 10, selfTimes: [{ name: 'vite', ms: 2 }] },
    ]);
  });
});
