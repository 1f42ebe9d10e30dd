import en from './en.ts';
import es from './es.ts';
import type { UiStrings } from './types.ts';

export type { UiStrings };

const STRINGS: Record<string, UiStrings> = { es, en };

/** The languages the interface is written in; a course can use any of them. */
export const UI_LANGUAGES = Object.keys(STRINGS);

export function uiStrings(lang: string): UiStrings {
  const strings = STRINGS[lang];
  if (!strings) throw new Error(`No interface strings for "${lang}": add src/i18n/${lang}.ts`);
  return strings;
}

/** "inglés", "inglés y español": other languages named in the reader's language. */
export function listLanguages(readerLang: string, langs: readonly string[]): string {
  const names = langs.map((lang) => uiStrings(readerLang).languageNames[lang] ?? lang);
  return new Intl.ListFormat(readerLang, { type: 'conjunction' }).format(names);
}
