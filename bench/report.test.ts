import { describe, expect, it } from 'vitest';
import { formatTable, kilobytes, mebibytes, seconds } from './report.ts';

describe('formatTable', () => {
  it('pads the first column on the right and the others on the left', () => {
    expect(formatTable([['', 'ours'], ['wall time', '9.5 s'], ['HTML', '2']])).toBe(
      ['            ours', 'wall time  9.5 s', 'HTML           2'].join('\n'),
    );
  });
});

describe('units', () => {
  it('prints seconds, MiB and kB', () => {
    expect(seconds(9548.3)).toBe('9.55 s');
    expect(mebibytes(650.17)).toBe('650 MiB');
    expect(kilobytes(4530878)).toBe('4530.9 kB');
  });
});
