import { describe, expect, it } from 'vitest';
import { headersFile, policyHeader } from './security-policy.ts';

describe('headersFile', () => {
  it('gives every path the policy, and has the service worker and its list of files asked for afresh', () => {
    expect(headersFile('/curso-aws/')).toBe(
      [
        '/curso-aws/*',
        `  Content-Security-Policy: ${policyHeader()}`,
        '/curso-aws/sw.js',
        '  Cache-Control: no-cache',
        '/curso-aws/offline-files.json',
        '  Cache-Control: no-cache',
        '',
      ].join('\n'),
    );
  });
});

describe('policyHeader', () => {
  it('lets the site run its own service worker and manifest only', () => {
    expect(policyHeader()).toContain("worker-src 'self'");
    expect(policyHeader()).toContain("manifest-src 'self'");
  });
});
