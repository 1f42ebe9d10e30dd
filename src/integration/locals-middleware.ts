// Every page knows its language and interface text through `Astro.locals`: the language
// of the page's `[lang]` route, or the course's default language for pages outside the
// language folders (the chooser, the not-found page).
import { defineMiddleware } from 'astro:middleware';
import settings from 'virtual:course/settings';
import { uiStrings } from '../i18n/ui-strings.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = context.params.lang ?? settings.defaultLocale;
  context.locals.lang = lang;
  context.locals.strings = uiStrings(lang);
  return next();
});
