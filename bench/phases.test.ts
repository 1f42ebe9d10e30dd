import { describe, expect, it } from 'vitest';
import { buildPhases, medianPhases, type LogLine } from './phases.ts';

// The markers of a real Astro 7 build log, with arrival times in milliseconds.
const LOG: LogLine[] = [
  { atMs: 2000, text: '12:43:33 [content] Syncing content' },
  { atMs: 3000, text: '12:43:34 [content] Synced content' },
  { atMs: 3010, text: '12:43:34 [types] Generated 2.80s' },
  { atMs: 3020, text: '12:43:34 [build] Collecting build info...' },
  { atMs: 3030, text: '12:43:34 [build] ✓ Completed in 2.94s.' },
  { atMs: 3040, text: '12:43:34 [build] Building static entrypoints...' },
  { atMs: 3400, text: '12:43:35 [vite] ✓ built in 384ms' },
  { atMs: 3500, text: '\u001b[42m generating static routes \u001b[49m' },
  { atMs: 3600, text: '12:43:35   ├─ /es/section-01/lesson-001/index.html (+6ms)' },
  { atMs: 4500, text: '12:43:36 ✓ Completed in 1.11s.' },
  { atMs: 4510, text: '12:43:36 [build] ✓ Completed in 1.57s.' },
  { atMs: 4600, text: '12:43:36 [course] 100 lessons published (500 pages), 0 drafts left out' },
  { atMs: 4900, text: '12:43:36 [build] 514 page(s) built in 4.55s' },
  { atMs: 4905, text: '12:43:36 [build] Complete!' },
];

describe('buildPhases', () => {
  it('cuts the build at the markers Astro prints between its phases', () => {
    expect(buildPhases(LOG, 5000).map((phase) => phase.ms)).toEqual([2000, 1000, 40, 460, 1000, 10, 390, 100]);
  });

  it('always adds up to the whole build', () => {
    const total = buildPhases(LOG, 5000).reduce((sum, phase) => sum + phase.ms, 0);
    expect(total).toBe(5000);
  });

  it('merges a phase whose end marker is missing into the next one', () => {
    const withoutSync = LOG.filter((line) => !line.text.includes('Synced content'));
    const phases = buildPhases(withoutSync, 5000);
    expect(phases[1]).toEqual({ name: 'content sync (load + render Markdown) + types and route collection', ms: 1040 });
    expect(phases).toHaveLength(7);
  });

  it('puts a log without markers in one phase', () => {
    expect(buildPhases([{ atMs: 10, text: 'error' }], 800)).toHaveLength(1);
  });
});

describe('medianPhases', () => {
  it('takes the median of each phase over the builds', () => {
    const builds = [
      [{ name: 'a', ms: 1 }, { name: 'b', ms: 10 }],
      [{ name: 'a', ms: 3 }, { name: 'b', ms: 30 }],
      [{ name: 'a', ms: 2 }, { name: 'b', ms: 90 }],
    ];
    expect(medianPhases(builds)).toEqual([{ name: 'a', ms: 2 }, { name: 'b', ms: 30 }]);
  });
});
