// The HTML-tree half of the lesson pipeline, page by page: heading ids and self-links,
// accessible comparison tables, callouts, footnotes on the page that cites them, lazy
// images. Pages arrive as elements from the Markdown-tree half; they leave as elements
// (for the .md renderer, which writes each page's HTML) or as MDX components.
import type { Expression } from 'estree';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxAttributeValueExpression } from 'mdast-util-mdx';
import { toText } from 'hast-util-to-text';
import { h, s } from 'hastscript';
import type { VFile } from 'vfile';
import { CALLOUT_ICONS, calloutClasses, isCalloutType, type CalloutType } from '../lib/callouts.ts';
import { SlugRegistry } from '../lib/slugs.ts';
import { codeStylesToClasses } from './code-colors.ts';
import { uiStrings, type UiStrings } from '../i18n/ui-strings.ts';
import { PAGE_ELEMENT } from './remark-lesson.ts';

export interface RehypeLessonOptions {
  /** Detects the lesson's language from its file path. */
  languageOf: (filePath: string) => string | undefined;
  defaultLanguage: string;
  /** What pages become: elements for the .md renderer, components in MDX. */
  pages: 'elements' | 'components';
}

type MdxJsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

const HEADING = /^h[2-6]$/;

function isElement(node: RootContent | ElementContent | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function isPage(node: RootContent): node is Element {
  return isElement(node, PAGE_ELEMENT);
}

function visitElements(nodes: readonly (RootContent | ElementContent)[], visit: (element: Element) => void) {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    visit(node);
    visitElements(node.children, visit);
    if (node.content) visitElements(node.content.children, visit);
  }
}

/** Callout icon as hast, from the shared path data. */
export function calloutIcon(type: CalloutType): Element {
  return s('svg', { viewBox: '0 0 24 24', width: 20, height: 20, ariaHidden: 'true', focusable: 'false' }, [
    s('path', { d: CALLOUT_ICONS[type] }),
  ]);
}

/** `> [!TIP] Optional title` blockquotes become callouts; unknown types stay blockquotes. */
function toCallout(blockquote: Element, strings: UiStrings): Element | undefined {
  const paragraph = blockquote.children.find((child) => child.type === 'element');
  if (!isElement(paragraph, 'p')) return undefined;
  const lead = paragraph.children[0];
  if (lead?.type !== 'text') return undefined;
  const match = /^\s*\[!([A-Za-z]+)\][ \t]*/.exec(lead.value);
  const type = match?.[1].toLowerCase();
  if (!match || !type || !isCalloutType(type)) return undefined;

  // The title runs from the marker to the end of its line; the rest is the body.
  lead.value = lead.value.slice(match[0].length);
  const title: ElementContent[] = [];
  while (paragraph.children.length > 0) {
    const node = paragraph.children[0];
    if (node.type === 'text' && node.value.includes('\n')) {
      const newline = node.value.indexOf('\n');
      if (newline > 0) title.push({ type: 'text', value: node.value.slice(0, newline) });
      node.value = node.value.slice(newline + 1);
      break;
    }
    if (isElement(node, 'br')) {
      paragraph.children.shift();
      break;
    }
    title.push(node);
    paragraph.children.shift();
  }
  const body = blockquote.children.filter((child) => child !== paragraph || toText(paragraph).trim() !== '');
  const hasTitle = toText({ type: 'root', children: title }).trim() !== '';
  const heading = hasTitle
    ? [h('span.sr-only', { dataPagefindIgnore: '' }, `${strings.callouts[type]}: `), ...title]
    : [strings.callouts[type]];
  return h('aside', { className: calloutClasses(type), role: 'note' }, [
    h('p.callout-title', [calloutIcon(type), h('span', heading)]),
    ...body,
  ]);
}

/** Wraps a table in a focusable, named, horizontally scrollable region; adds header scopes. */
function toTableRegion(table: Element, name: string, strings: UiStrings): Element {
  visitElements(table.children, (cell) => {
    if (cell.tagName !== 'th' && cell.tagName !== 'td') return;
    // A class, not a style attribute: a strict Content Security Policy blocks those.
    const align = cell.properties.align;
    if (typeof align === 'string') {
      cell.properties.className = [`align-${align}`];
      delete cell.properties.align;
    }
  });
  for (const section of table.children) {
    if (!isElement(section)) continue;
    for (const row of section.children) {
      if (!isElement(row, 'tr')) continue;
      const cells = row.children.filter((cell): cell is Element => isElement(cell));
      if (section.tagName === 'thead') {
        for (const cell of cells) {
          // An empty corner cell is not a header of anything.
          if (toText(cell).trim() === '') cell.tagName = 'td';
          else cell.properties.scope = 'col';
        }
      } else if (cells[0]) {
        // The first column names what each row compares: a row header.
        cells[0].tagName = 'th';
        cells[0].properties.scope = 'row';
      }
    }
  }
  const caption = table.children.find((child) => isElement(child, 'caption'));
  const label = caption ? toText(caption).trim() : name;
  return h('div.table-scroll', { role: 'region', tabIndex: 0, ariaLabel: strings.tableOf(label) }, [table]);
}

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

const BLOCK = new Set(['p', 'ul', 'ol', 'div', 'pre', 'blockquote', 'table']);

/** A task list checkbox is named by its item's text: the text becomes its label. */
function labelTask(item: Element) {
  const holder = isElement(item.children.find((child) => isElement(child, 'p')), 'p')
    ? (item.children.find((child) => isElement(child, 'p')) as Element)
    : item;
  const start = holder.children.findIndex((child) => isElement(child, 'input'));
  if (start === -1) return;
  let end = start + 1;
  while (end < holder.children.length) {
    const child = holder.children[end];
    if (child.type === 'element' && BLOCK.has(child.tagName)) break;
    end++;
  }
  holder.children.splice(start, end - start, h('label', holder.children.slice(start, end)));
}

function headingWithLink(heading: Element, id: string, text: string, strings: UiStrings): Element {
  heading.properties.id = id;
  return h('div.heading', [
    heading,
    h('a.heading-link', { href: `#${id}`, dataPagefindIgnore: '' }, [
      h('span.sr-only', strings.headingLink(text)),
      h('span', { ariaHidden: 'true' }, '#'),
    ]),
  ]);
}

/** Rewrites one page's top-level nodes: headings, tables, callouts, images. */
function enhancePage(nodes: RootContent[], ids: SlugRegistry, lessonTitle: string, strings: UiStrings): RootContent[] {
  let lastHeading = lessonTitle;
  const rewrite = (node: RootContent | ElementContent): RootContent | ElementContent => {
    if (node.type !== 'element' || node.properties.dataFootnotes !== undefined) return node;
    if (HEADING.test(node.tagName)) {
      const text = toText(node).trim();
      lastHeading = text || lastHeading;
      const id = typeof node.properties.id === 'string' ? node.properties.id : ids.unique(text, 'section');
      return headingWithLink(node, id, text, strings);
    }
    if (node.tagName === 'blockquote') {
      const callout = toCallout(node, strings);
      if (callout) {
        callout.children = callout.children.map(rewrite) as ElementContent[];
        return callout;
      }
    }
    if (node.tagName === 'table') return toTableRegion(node, lastHeading, strings);
    if (node.tagName === 'pre') {
      codeStylesToClasses(node);
      return node;
    }
    if (isElement(node, 'li') && hasClass(node, 'task-list-item')) labelTask(node);
    if (node.tagName === 'img') {
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
    }
    node.children = node.children.map(rewrite) as ElementContent[];
    return node;
  };
  return nodes.map(rewrite) as RootContent[];
}

/** GFM puts every footnote at the end of the lesson; each page gets the ones it cites. */
function distributeFootnotes(root: Root, pages: Element[], strings: UiStrings) {
  const section = root.children.find(
    (node): node is Element => isElement(node, 'section') && node.properties.dataFootnotes !== undefined,
  );
  if (!section) return;
  root.children.splice(root.children.indexOf(section), 1);
  const items = new Map<string, Element>();
  visitElements(section.children, (element) => {
    if (element.tagName === 'li' && typeof element.properties.id === 'string') items.set(element.properties.id, element);
  });
  const placed = new Set<string>();
  pages.forEach((page, index) => {
    const labelId = index === 0 ? 'footnote-label' : `footnote-label-${index + 1}`;
    const cited: Element[] = [];
    const pageIds = new Map<string, string>();
    visitElements(page.children, (element) => {
      if (element.properties.dataFootnoteRef === undefined || typeof element.properties.href !== 'string') return;
      const id = element.properties.href.slice(1);
      const item = items.get(id);
      if (!item) return;
      let pageId = pageIds.get(id);
      if (!pageId) {
        // A note cited on two pages is shown on both; the second copy gets its own id.
        pageId = placed.has(id) ? `${id}-${index + 1}` : id;
        pageIds.set(id, pageId);
        placed.add(id);
        cited.push({ ...item, properties: { ...item.properties, id: pageId } });
      }
      element.properties.href = `#${pageId}`;
      element.properties.ariaDescribedBy = [labelId];
    });
    if (cited.length === 0) return;
    page.children.push(
      h('section.footnotes', { dataFootnotes: '' }, [h('h2.sr-only', { id: labelId }, strings.footnotes), h('ol', cited)]),
    );
  });
}

/** The MDX component a page becomes: it shows its content when the page asked for is its own. */
export const PAGE_COMPONENT = 'LessonPage';

function expression(value: Expression): MdxJsxAttributeValueExpression {
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: '',
    data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: value }] } },
  };
}

/** `<LessonPage number={n} shown={props.page}>`: MDX content renders one page, or all of them. */
function pageComponent(page: Element, number: number): MdxJsxFlowElement {
  const shown: Expression = {
    type: 'MemberExpression',
    object: { type: 'Identifier', name: 'props' },
    property: { type: 'Identifier', name: 'page' },
    computed: false,
    optional: false,
  };
  return {
    type: 'mdxJsxFlowElement',
    name: PAGE_COMPONENT,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'number', value: expression({ type: 'Literal', value: number, raw: String(number) }) },
      { type: 'mdxJsxAttribute', name: 'shown', value: expression(shown) },
    ],
    children: page.children,
  };
}

export function rehypeLesson(options: RehypeLessonOptions) {
  return (root: Root, file: VFile) => {
    const lang = (file.path && options.languageOf(file.path)) || options.defaultLanguage;
    const strings = uiStrings(lang);
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const lessonTitle = typeof frontmatter?.title === 'string' ? frontmatter.title : '';
    const pages = root.children.filter(isPage);
    distributeFootnotes(root, pages, strings);
    const ids = new SlugRegistry();
    for (const page of pages) page.children = enhancePage(page.children, ids, lessonTitle, strings) as ElementContent[];
    // Whitespace between pages would end up outside every page.
    root.children = root.children.filter((node) => node.type !== 'text');
    if (options.pages === 'components') {
      root.children = root.children.map((node) => (isPage(node) ? pageComponent(node, pages.indexOf(node) + 1) : node));
    }
  };
}
