// Code colours as classes. Shiki writes each token's light and dark colour, and its font
// style, as declarations in a style attribute, which a strict Content Security Policy
// blocks. Each declaration becomes a class instead, and `codeColorsCss` writes the rule of
// every colour class the two themes can produce.
import type { Element } from 'hast';
import { createHighlighter } from 'shiki';

const HEX_COLOR = /^#[0-9a-f]{3,8}$/;

/** Font styles as Shiki writes them, per theme; both themes style fonts alike, so one class serves both. */
const FONT_CLASSES: Record<string, string> = {
  'font-style:italic': 'code-italic',
  'font-weight:bold': 'code-bold',
  'text-decoration:underline': 'code-underline',
  'text-decoration:line-through': 'code-strike',
};

/** The class of one declaration: `--shiki-light:#A0111F` → `cl-a0111f`, `--shiki-dark-font-style:italic` → `code-italic`. */
export function declarationClass(property: string, value: string): string | undefined {
  const name = property.trim();
  const written = value.trim().toLowerCase();
  if (name === '--shiki-light' || name === '--shiki-dark') {
    return HEX_COLOR.test(written) ? `${name === '--shiki-light' ? 'cl' : 'cd'}-${written.slice(1)}` : undefined;
  }
  const font = /^--shiki-(?:light|dark)-(font-style|font-weight|text-decoration)$/.exec(name);
  // The rest (the block's background and text colours) the stylesheet sets itself.
  return font ? FONT_CLASSES[`${font[1]}:${written}`] : undefined;
}

/** Replaces the style attributes of a highlighted block and its tokens by classes. */
export function codeStylesToClasses(pre: Element) {
  const visit = (element: Element) => {
    const style = element.properties.style;
    if (typeof style === 'string') {
      const classes = style
        .split(';')
        .map((declaration) => declaration.split(':'))
        .filter((parts) => parts.length === 2)
        .map(([property, value]) => declarationClass(property, value))
        .filter((name): name is string => name !== undefined);
      // Shiki's own classes on the block (`class`) name its themes; the stylesheet has no use for them.
      const { className: existing, class: _themes, style: _style, ...others } = element.properties;
      element.properties = { className: [...(Array.isArray(existing) ? existing.map(String) : []), ...new Set(classes)], ...others };
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  visit(pre);
}

/** The rules of every colour class: each sets the variable the stylesheet reads in its theme. */
export function codeColorsCss(colors: { light: readonly string[]; dark: readonly string[] }): string {
  const rules = (theme: 'light' | 'dark', prefix: string) =>
    [...new Set(colors[theme].map((color) => color.toLowerCase()))]
      .filter((color) => HEX_COLOR.test(color))
      .sort()
      .map((color) => `.${prefix}-${color.slice(1)}{--shiki-${theme}:${color}}`);
  return `@layer content{${[...rules('light', 'cl'), ...rules('dark', 'cd')].join('')}}\n`;
}

/** Every colour a Shiki theme gives tokens: its default text colour and each scope's. */
export async function themeColors(theme: string): Promise<string[]> {
  const highlighter = await createHighlighter({ themes: [theme], langs: [] });
  try {
    const resolved = highlighter.getTheme(theme);
    return [resolved.fg, ...resolved.settings.map((setting) => setting.settings?.foreground)].filter((color): color is string => !!color);
  } finally {
    highlighter.dispose();
  }
}
