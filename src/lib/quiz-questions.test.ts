import type { ListItem } from 'mdast';
import { describe, expect, it } from 'vitest';
import { optionLabel, questionAnchor, verdictOf } from './quiz-questions.ts';

const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] });

describe('optionLabel', () => {
  it.each([
    ['A) Amazon EC2', 'A'],
    ['B. AWS Fargate', 'B'],
    ['c) lower case', 'c'],
    ['  D)  spaced', 'D'],
  ])('%j is option %s', (text, label) => {
    expect(optionLabel(item(text))).toBe(label);
  });

  it.each(['Amazon EC2', 'AB) two letters', 'A)no space', '1) a number'])('%j is no option', (text) => {
    expect(optionLabel(item(text))).toBeUndefined();
  });
});

describe('verdictOf', () => {
  it.each([
    ['Correct: yes', true],
    ['Correcto: sí', true],
    ['Correcta: sí', true],
    ['correct : spaced', true],
    ['Incorrect: no', false],
    ['Incorrecto: no', false],
    ['Incorrecta: no', false],
  ])('%j is %s', (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  it.each(['Correctly done', 'Note: none', 'correct'])('%j is no verdict', (text) => {
    expect(verdictOf(text)).toBeUndefined();
  });
});

describe('questionAnchor', () => {
  it('names the section a summary links to', () => {
    expect(questionAnchor('abc')).toBe('question-abc');
  });
});
