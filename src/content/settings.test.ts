import { describe, expect, it } from 'vitest';
import { checkLocales, courseSettings } from './settings.ts';

const project = { root: '/course', publicDir: '/course/public', cacheDir: '/course/node_modules/.astro', base: '/' };

describe('checkLocales', () => {
  it('accepts locales the interface is written in, with the default among them', () => {
    expect(() => checkLocales(['en', 'es'], 'en')).not.toThrow();
  });

  it('names a locale without interface strings and how to add them', () => {
    expect(() => checkLocales(['es', 'fr'], 'es')).toThrow(/"fr".*only in es, en.*src\/i18n\/<locale>\.ts/);
  });

  it('refuses a default locale that is not configured', () => {
    expect(() => checkLocales(['es', 'en'], 'pt')).toThrow(/default locale "pt".*not one of its locales \(es, en\)/);
  });

  it('refuses an empty list of locales', () => {
    expect(() => checkLocales([], 'es')).toThrow(/No locales are configured/);
  });
});

describe('courseSettings', () => {
  it('defaults to Spanish and English, Spanish first', () => {
    const settings = courseSettings(project, {}, { includeDrafts: false });
    expect(settings.locales).toEqual(['es', 'en']);
    expect(settings.defaultLocale).toBe('es');
  });

  it('checks the locales it is given', () => {
    expect(() => courseSettings(project, { locales: ['de'] }, { includeDrafts: false })).toThrow(/"de"/);
  });
});
