/// <reference types="astro/client" />

declare module 'virtual:course/settings' {
  const settings: import('./content/settings.ts').CourseSettings;
  export default settings;
}
