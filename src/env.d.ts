/// <reference types="astro/client" />

declare module 'virtual:course/settings' {
  const settings: import('./content/settings.ts').CourseSettings;
  export default settings;
}

declare module 'virtual:course/code-colors.css';

declare namespace App {
  interface Locals {
    /** The page's language. */
    lang: string;
    /** The interface text in the page's language. */
    strings: import('./i18n/types.ts').UiStrings;
  }
}
