import { describe, expect, it } from 'vitest';
import { parseClock, parseGnuTime } from './gnu-time.ts';

const REPORT = `	Command being timed: "node astro.mjs build --outDir /tmp/out"
	User time (seconds): 5.37
	System time (seconds): 1.49
	Percent of CPU this job got: 108%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:06.30
	Average shared text size (kbytes): 0
	Maximum resident set size (kbytes): 681248
	Average resident set size (kbytes): 0
	Page size (bytes): 4096
	Exit status: 0
`;

describe('parseClock', () => {
  it('reads m:ss.cc and h:mm:ss', () => {
    expect(parseClock('0:06.30')).toBeCloseTo(6.3);
    expect(parseClock('1:02:03')).toBe(3723);
  });

  it('refuses text that is not a clock', () => {
    expect(() => parseClock('6.30')).toThrow(/unreadable/);
    expect(() => parseClock('a:b')).toThrow(/unreadable/);
  });
});

describe('parseGnuTime', () => {
  it('reads CPU times, wall time, peak memory and exit status', () => {
    expect(parseGnuTime(REPORT)).toEqual({
      wallSeconds: 6.3,
      userSeconds: 5.37,
      systemSeconds: 1.49,
      maxRssKiB: 681248,
      exitStatus: 0,
    });
  });

  it('names the line it could not find', () => {
    expect(() => parseGnuTime('Exit status: 0')).toThrow(/Elapsed/);
  });
});
