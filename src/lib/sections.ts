// Section labels come from folder names (`section-7`, `07-redes`) or Jekyll frontmatter
// (`Section-7`, `Section-7-ECS`); readers see them localized ("Sección 7 · ECS").
import { slugify } from './slugs.ts';

/** Words that mean "section" in a label; the reader sees their own language's word instead. */
const SECTION_WORDS = new Set(['section', 'seccion', 'sec', 'sect']);

export interface ParsedSectionLabel {
  number?: number;
  /** The part after the number (`ECS` in `Section-7-ECS`), or the whole label when unnumbered. */
  name?: string;
  /** A leading word that is not "section" (`Module` in `Module-2`), kept as written. */
  word?: string;
}

export function parseSectionLabel(label: string): ParsedSectionLabel {
  const match = /^(?:([^\d\s_-][^\d_-]*?)[\s_-]+)?(\d+)(?:[\s_.-]+(.+))?$/u.exec(label.trim());
  if (!match) return { name: humanize(label) };
  const [, word, digits, rest] = match;
  const plainWord = word && slugify(word);
  return {
    number: Number(digits),
    name: rest ? humanize(rest) : undefined,
    word: plainWord && !SECTION_WORDS.has(plainWord) ? word : undefined,
  };
}

function humanize(text: string): string {
  const spaced = text.replace(/[-_]+/g, ' ').trim();
  return spaced === spaced.toLowerCase() ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : spaced;
}

/** "Sección 7 · ECS" from `Section-7-ECS`, given the reader's word for "section". */
export function sectionDisplayName(label: string, sectionWord: string): string {
  const { number, name, word } = parseSectionLabel(label);
  if (number === undefined) return name ?? label;
  const head = `${word ?? sectionWord} ${number}`;
  return name ? `${head} · ${name}` : head;
}

/** Order of a section without metadata: the number in its label; unnumbered sections go last. */
export function sectionOrderFromLabel(label: string): number {
  return parseSectionLabel(label).number ?? Number.POSITIVE_INFINITY;
}
