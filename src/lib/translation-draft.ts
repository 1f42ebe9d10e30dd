// The start of a translation: the source lesson's file with its frontmatter kept, marked
// as a draft translated from the source's language, and its body as it is (every
// pagebreak marker, code block and table row in place, for the translator to replace
// the words only), under one line for the translator.
import { frontmatterBlock } from './frontmatter-block.ts';

export interface DraftOptions {
  /** The source's language: recorded as `source:` unless the lesson names one already. */
  sourceLang: string;
  /** The line for the translator. */
  note: string;
  format: 'md' | 'mdx';
}

/** A comment line in the lesson's format: MDX has its own comments. */
function comment(text: string, format: 'md' | 'mdx'): string {
  return format === 'mdx' ? `{/* ${text.replace(/\*\//g, '* /')} */}` : `<!-- ${text.replace(/--/g, '—')} -->`;
}

export function translationDraft(text: string, options: DraftOptions): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const found = frontmatterBlock(text);
  const yamlLines = found ? found.yaml.split(/\r?\n/) : [];
  // `draft` is set anew; a key at the start of a line, not one nested in a value.
  const kept = yamlLines.filter((line) => !/^draft\s*:/.test(line));
  const source = kept.some((line) => /^source\s*:/.test(line)) ? [] : [`source: ${options.sourceLang}`];
  const frontmatter = ['---', ...kept, 'draft: true', ...source, '---'].join(newline);
  const body = found ? text.slice(found.block.length) : text;
  return `${frontmatter}${newline}${newline}${comment(options.note, options.format)}${newline}${body.startsWith(newline) ? '' : newline}${body}`;
}
