// Short content digests: cache keys for lessons and pages. Parts are separated so that
// ("ab", "c") and ("a", "bc") differ.
import { createHash } from 'node:crypto';

export function digestOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('base64url').slice(0, 22);
}
