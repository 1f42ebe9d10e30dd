// Every page knows its language and interface text through `Astro.locals`, set here from
// the page's URL (`<base><lang>/…`; pages outside a language folder use the default).
import { defineMiddleware } from 'astro:middleware';
import settings from 'virtual:course/settings';
import { uiStrings } from '../i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const [first] = context.url.pathname.slice(settings.base.length).split('/');
  const lang = settings.locales.includes(first) ? first : settings.defaultLocale;
  context.locals.lang = lang;
  context.locals.strings = uiStrings(lang);
  return next();
});
