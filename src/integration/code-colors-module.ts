// `virtual:course/code-colors.css`: the rule of every code colour class, written from the
// palettes of the two themes the site highlights code with. Code blocks carry classes
// instead of style attributes, so a strict Content Security Policy can forbid those.
import type { Plugin } from 'vite';
import { codeColorsCss, themeColors } from '../markdown/code-colors.ts';
import { shikiConfig } from '../markdown/processor.ts';

export const CODE_COLORS_MODULE = 'virtual:course/code-colors.css';

export function codeColorsModule(): Plugin {
  // The `.css` ending makes Vite treat the module as a stylesheet.
  const resolved = `\0${CODE_COLORS_MODULE}`;
  let css: Promise<string> | undefined;
  return {
    name: 'course:code-colors',
    resolveId: (id) => (id === CODE_COLORS_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      css ??= Promise.all([themeColors(shikiConfig.themes.light), themeColors(shikiConfig.themes.dark)]).then(([light, dark]) => codeColorsCss({ light, dark }));
      return css;
    },
  };
}
