// Remembers the language the reader reads in, for the site root's redirect.
import { LANGUAGE_KEY, store } from './storage.ts';

const readerLang = document.querySelector<HTMLElement>('[data-reader-lang]')?.dataset.readerLang;
if (readerLang) store(LANGUAGE_KEY, readerLang);
