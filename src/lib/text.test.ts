import { describe, expect, it } from 'vitest';
import { isBlankBody, normalizeText } from './text.ts';

describe('normalizeText', () => {
  it('drops a byte-order mark and turns CRLF and CR line endings into LF', () => {
    expect(normalizeText('\uFEFF---\r\ntitle: A\r\n---\r\nOne\rTwo\n')).toBe('---\ntitle: A\n---\nOne\nTwo\n');
  });

  it('keeps the number of lines, and a byte-order mark elsewhere in the text', () => {
    const text = 'a\r\n\r\nb\uFEFF\r\n';
    expect(normalizeText(text).split('\n')).toHaveLength(text.split('\r\n').length);
    expect(normalizeText(text)).toBe('a\n\nb\uFEFF\n');
  });
});

describe('isBlankBody', () => {
  it.each([
    ['', true],
    ['\n  \n', true],
    ['<!-- pagebreak -->\n<!-- nota -->\n', true],
    ['{/* pagebreak */}\n', true],
    ['Hola.', false],
    ['![Diagrama](./diagrama.png)', false],
    ['<!-- nota --> y texto', false],
  ])('%j → %s', (body, blank) => {
    expect(isBlankBody(body)).toBe(blank);
  });
});
