import { describe, expect, it } from 'vitest';
import { shikiConfig } from './processor.ts';

describe('shikiConfig', () => {
  it('lifts Shiki’s tokenizing time limit, so a slow machine colours code like a fast one', () => {
    const options: { tokenizeTimeLimit?: number } = {};
    for (const transformer of shikiConfig.transformers) transformer.preprocess?.call({} as never, 'const a = 1;', options as never);
    expect(options.tokenizeTimeLimit).toBe(0);
  });
});
