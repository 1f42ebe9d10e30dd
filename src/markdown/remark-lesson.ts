// The Markdown-tree half of the lesson pipeline, for .md and .mdx alike: title and
// heading levels, the cut into pages, links resolved to the site's URLs, and the facts
// the course check needs (pages, links, images, marker look-alikes).
import { relative, sep } from 'node:path';
import type { Heading, Nodes, Paragraph, Parent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { uiStrings } from '../i18n/ui-strings.ts';
import type { PageSummary, QuestionSummary } from '../lib/course.ts';
import { digestOf } from '../lib/digest.ts';
import { linkHref, resolveLink, type LinkTargets, type ResolvedLink } from '../lib/links.ts';
import { findLookalikes, paginate, type MarkerLookalike } from '../lib/pagination.ts';
import { findQuestions, questionContent, type QuizNearMiss } from '../lib/quiz-questions.ts';
import { slugify } from '../lib/slugs.ts';
import { quizQuestionNode } from './quiz-tree.ts';

export interface SourceRef {
  url: string;
  line?: number;
  column?: number;
}

/** A link as written, and where the pipeline resolved it to. */
export interface LinkRef extends SourceRef {
  resolved: ResolvedLink;
}

export interface LessonAnalysis {
  pages: PageSummary[];
  links: LinkRef[];
  images: SourceRef[];
  lookalikes: MarkerLookalike[];
  questions: QuestionSummary[];
  /** Lists that look like quiz options but are not a question. */
  quizNearMisses: QuizNearMiss[];
}

/** One page of a lesson in the Markdown tree; the HTML-tree half receives it as an element. */
export interface LessonPageNode extends Parent {
  type: 'lessonPage';
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    lessonPage: LessonPageNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    lessonAnalysis: LessonAnalysis;
  }
}

/** The element a page becomes in the HTML tree. */
export const PAGE_ELEMENT = 'lesson-page';

export interface RemarkLessonOptions {
  /** The lessons folder (absolute): a lesson's path under it names it in links. */
  lessonsDir: string;
  /** What links resolve against; without it links stay as written. */
  linkTargets?: () => LinkTargets | undefined;
  /** Detects the lesson's language from its file path. */
  languageOf: (filePath: string) => string | undefined;
  defaultLanguage: string;
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

/**
 * Resolves every link and the site's own images once: lesson files become page URLs
 * and site paths get the base path. Images next to the lesson stay relative: Astro
 * optimizes them.
 */
function resolveLinks(root: Root, from: string | undefined, targets: LinkTargets | undefined): Pick<LessonAnalysis, 'links' | 'images'> {
  const links: LinkRef[] = [];
  const images: SourceRef[] = [];
  const imageLabels = new Set<string>();
  walk(root.children, (node) => {
    if (node.type === 'imageReference') imageLabels.add(node.identifier);
  });
  const resolve = (url: string): ResolvedLink => (from !== undefined && targets ? resolveLink(url, from, targets) : { kind: 'external' });
  walk(root.children, (node) => {
    if (node.type === 'image' || (node.type === 'definition' && imageLabels.has(node.identifier))) {
      images.push(sourceRef(node.url, node));
      // Only site paths are rewritten: relative images are the lesson's own files.
      if (node.url.startsWith('/') && targets) node.url = linkHref(resolve(node.url), targets.base) ?? node.url;
    } else if (node.type === 'link' || node.type === 'definition') {
      const resolved = resolve(node.url);
      links.push({ ...sourceRef(node.url, node), resolved });
      if (targets) node.url = linkHref(resolved, targets.base) ?? node.url;
    }
  });
  return { links, images };
}

function summarize(page: readonly RootContent[]): PageSummary {
  const heading = first<Heading>(page, 'heading');
  const paragraph = page.find((node): node is Paragraph => node.type === 'paragraph');
  return {
    title: heading ? toString(heading) : undefined,
    excerpt: paragraph ? excerptOf(toString(paragraph)) : undefined,
  };
}

/** Nodes MDX needs at the top level of the document: imports, exports and frontmatter. */
function isModuleLevel(node: RootContent): boolean {
  return node.type === 'mdxjsEsm' || node.type === 'yaml';
}

export function remarkLesson(options: RemarkLessonOptions) {
  return (root: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    // Jekyll's `layout: posts` names a template, not a component: MDX would try to import it.
    delete frontmatter.layout;
    if (typeof frontmatter.title === 'string') removeRepeatedTitle(root, frontmatter.title);
    shiftHeadings(root);
    const lookalikes = findLookalikes(root);
    const from = file.path ? relative(options.lessonsDir, file.path).split(sep).join('/') : undefined;
    const { links, images } = resolveLinks(root, from, options.linkTargets?.());
    const pages = paginate(root, String(file.value));
    const strings = uiStrings((file.path && options.languageOf(file.path)) || options.defaultLanguage);
    const questions: QuestionSummary[] = [];
    const quizNearMisses: QuizNearMiss[] = [];
    pages.forEach((page, index) => {
      const found = findQuestions(page);
      quizNearMisses.push(...found.nearMisses);
      const ids = found.questions.map((question) => digestOf(questionContent(question)).slice(0, 12));
      found.questions.forEach((question, n) => {
        questions.push({ id: ids[n], page: index + 1, title: toString(question.heading), answer: question.options.filter((option) => option.correct).map((option) => option.label) });
      });
      // From the last question back, so earlier positions stay right.
      for (let n = found.questions.length - 1; n >= 0; n--) {
        const question = found.questions[n];
        page.splice(question.start, question.end - question.start, quizQuestionNode(question, ids[n], strings));
      }
    });
    const moduleLevel = pages.flat().filter(isModuleLevel);
    root.children = [
      ...moduleLevel,
      ...pages.map((page): LessonPageNode => ({
        type: 'lessonPage',
        children: page.filter((node) => !isModuleLevel(node)),
        data: { hName: PAGE_ELEMENT },
      })),
    ];
    file.data.lessonAnalysis = { pages: pages.map(summarize), links, images, lookalikes, questions, quizNearMisses };
  };
}
