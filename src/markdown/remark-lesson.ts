// The Markdown-tree half of the lesson pipeline: title and heading levels, pages, and
// the facts the loader checks (links, images, marker look-alikes). Runs for .md and .mdx.
import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { findLookalikes, paginate, type MarkerLookalike } from '../lib/pagination.ts';
import { slugify } from '../lib/slugs.ts';

/** Where the analysis travels: Astro hands plugin-added frontmatter to `render()` as `remarkPluginFrontmatter`. */
export const ANALYSIS_KEY = 'lessonAnalysis';

export interface SourceRef {
  url: string;
  line?: number;
  column?: number;
}

export interface PageFacts {
  /** Text of the page's first heading. */
  title?: string;
  /** Text of the page's first paragraph, shortened for a meta description. */
  excerpt?: string;
}

export interface LessonAnalysis {
  pages: PageFacts[];
  links: SourceRef[];
  images: SourceRef[];
  lookalikes: MarkerLookalike[];
}

const EXCERPT_LENGTH = 160;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : undefined)}…`;
}

function walk(nodes: readonly Nodes[], visit: (node: Nodes) => void) {
  for (const node of nodes) {
    visit(node);
    if ('children' in node) walk(node.children as Nodes[], visit);
  }
}

function first<T extends Nodes>(nodes: readonly Nodes[], type: T['type']): T | undefined {
  let found: T | undefined;
  walk(nodes, (node) => {
    if (!found && node.type === type) found = node as T;
  });
  return found;
}

/** Drops the first heading when it only repeats the lesson title (Jekyll lessons often do). */
function removeRepeatedTitle(root: Root, title: string) {
  const index = root.children.findIndex((node) => node.type === 'heading');
  if (index === -1 || first<Heading>(root.children, 'heading') !== root.children[index]) return;
  if (slugify(toString(root.children[index])) === slugify(title)) root.children.splice(index, 1);
}

/** Shifts headings so the lesson's top content level is h2: the title is the page's only h1. */
function shiftHeadings(root: Root) {
  const headings: Heading[] = [];
  walk(root.children, (node) => {
    if (node.type === 'heading') headings.push(node);
  });
  if (headings.length === 0) return;
  const shift = Math.min(...headings.map((heading) => heading.depth)) - 2;
  for (const heading of headings) {
    heading.depth = Math.min(6, Math.max(2, heading.depth - shift)) as Heading['depth'];
  }
}

function sourceRef(url: string, node: Nodes): SourceRef {
  return { url, line: node.position?.start.line, column: node.position?.start.column };
}

function analyze(pages: RootContent[][], root: Root): LessonAnalysis {
  const links: SourceRef[] = [];
  const images: SourceRef[] = [];
  const imageLabels = new Set<string>();
  walk(root.children, (node) => {
    if (node.type === 'link') links.push(sourceRef(node.url, node));
    if (node.type === 'image') images.push(sourceRef(node.url, node));
    if (node.type === 'imageReference') imageLabels.add(node.identifier);
  });
  walk(root.children, (node) => {
    if (node.type !== 'definition') return;
    (imageLabels.has(node.identifier) ? images : links).push(sourceRef(node.url, node));
  });
  return {
    pages: pages.map((page) => {
      const heading = first<Heading>(page, 'heading');
      const paragraph = page.find((node): node is Paragraph => node.type === 'paragraph');
      return {
        title: heading ? toString(heading) : undefined,
        excerpt: paragraph ? excerptOf(toString(paragraph)) : undefined,
      };
    }),
    links,
    images,
    lookalikes: findLookalikes(root),
  };
}

/** The element left between pages; routes cut the rendered HTML at it. */
function pageSentinel(): RootContent {
  return { type: 'thematicBreak', data: { hName: 'hr', hProperties: { dataPagebreak: 'true' } } };
}

export function remarkLesson() {
  return (root: Root, file: VFile) => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    // Jekyll's `layout: posts` names a template, not a component: MDX would try to import it.
    delete frontmatter.layout;
    if (typeof frontmatter.title === 'string') removeRepeatedTitle(root, frontmatter.title);
    shiftHeadings(root);
    const pages = paginate(root, String(file.value));
    root.children = pages.flatMap((page, index) => (index === 0 ? page : [pageSentinel(), ...page]));
    frontmatter[ANALYSIS_KEY] = analyze(pages, root);
  };
}
