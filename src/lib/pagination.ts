// Cutting a lesson into pages at its pagebreak markers, on the Markdown tree so that
// `.md` and `.mdx` are cut by the same rules. This is the only place a lesson is cut.
import type { List, Nodes, Parent, Root, RootContent } from 'mdast';
import { commentText, isLookalikeText, isMarkerText } from './pagebreak.ts';

/** Containers a marker may sit in and still cut: the list it interrupts is split in two. */
const CUTTABLE_PARENTS = new Set(['root', 'list', 'listItem', 'paragraph']);

export interface Marker {
  node: Nodes;
  /** Ancestors from the root down to the marker's parent. */
  ancestors: Parent[];
  cuts: boolean;
}

export interface MarkerLookalike {
  text: string;
  line?: number;
  column?: number;
}

/** What a comment node says: an HTML comment in Markdown, a comment expression in MDX. */
function commentOf(node: Nodes): string | undefined {
  if (node.type === 'html' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return commentText(node.value);
  return undefined;
}

/** Whether the node is a pagebreak marker written alone on its line. */
function isMarker(node: Nodes, source: string): boolean {
  const text = commentOf(node);
  if (text === undefined || !isMarkerText(text)) return false;
  const position = node.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return true;
  const lineStart = source.lastIndexOf('\n', position.start.offset - 1) + 1;
  const lineEnd = source.indexOf('\n', position.end.offset);
  const line = source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return line.trim() === source.slice(position.start.offset, position.end.offset).trim();
}

/** Every marker in the tree, and whether it cuts (not inside a blockquote, table, component…). */
export function findMarkers(root: Root, source: string): Marker[] {
  const markers: Marker[] = [];
  const walk = (parent: Parent, ancestors: Parent[]) => {
    const chain = [...ancestors, parent];
    for (const child of parent.children as Nodes[]) {
      if (isMarker(child, source)) {
        markers.push({ node: child, ancestors: chain, cuts: chain.every((p) => CUTTABLE_PARENTS.has(p.type)) });
      } else if ('children' in child) {
        walk(child, chain);
      }
    }
  };
  walk(root, []);
  return markers;
}

/** HTML comments and MDX comments that resemble a marker but are not one. */
export function findLookalikes(root: Root): MarkerLookalike[] {
  const found: MarkerLookalike[] = [];
  const walk = (node: Nodes) => {
    const text = commentOf(node);
    if (text !== undefined && isLookalikeText(text)) {
      found.push({ text: (node as { value: string }).value.trim(), line: node.position?.start.line, column: node.position?.start.column });
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  return found;
}

interface Piece {
  node: Nodes;
  /** Index of the child it came from in the original parent (a split child keeps its index). */
  index: number;
}

interface SplitContext {
  markers: Set<Nodes>;
  /** Nodes that contain a cutting marker somewhere below them. */
  containers: Set<Nodes>;
}

function splitChildren(children: Nodes[], context: SplitContext): Piece[][] {
  const parts: Piece[][] = [[]];
  children.forEach((child, index) => {
    if (context.markers.has(child)) {
      parts.push([]);
    } else if (context.containers.has(child)) {
      const [first, ...rest] = splitNode(child as Parent & Nodes, context);
      parts[parts.length - 1].push({ node: first, index });
      for (const piece of rest) parts.push([{ node: piece, index }]);
    } else {
      parts[parts.length - 1].push({ node: child, index });
    }
  });
  return parts;
}

function splitNode(node: Parent & Nodes, context: SplitContext): Nodes[] {
  return splitChildren(node.children as Nodes[], context).map((pieces, partIndex) => {
    const kept = pieces.filter((piece) => !isEmpty(piece.node));
    const copy = { ...node, children: kept.map((piece) => piece.node) } as Parent & Nodes;
    if (node.type === 'list' && node.ordered && partIndex > 0 && kept.length > 0) {
      // The list continues on the next page: keep its numbering.
      (copy as List).start = ((node as List).start ?? 1) + kept[0].index;
    }
    if (node.type === 'paragraph') trimEdges(copy);
    return copy;
  });
}

function trimEdges(paragraph: Parent) {
  const first = paragraph.children[0];
  const last = paragraph.children[paragraph.children.length - 1];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
}

function isEmpty(node: Nodes): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if ('children' in node && ['list', 'listItem', 'paragraph'].includes(node.type)) {
    return node.children.every((child) => isEmpty(child as Nodes));
  }
  return false;
}

const COMMENT_ONLY_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;
const COMMENT_ONLY_EXPRESSION = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;

/** Nodes that show nothing by themselves: a page made only of these is not a page. */
function showsNothing(node: Nodes): boolean {
  switch (node.type) {
    case 'definition':
    case 'footnoteDefinition':
    case 'thematicBreak':
    case 'yaml':
    case 'mdxjsEsm':
      return true;
    case 'html':
      return COMMENT_ONLY_HTML.test(node.value);
    case 'mdxFlowExpression':
      return COMMENT_ONLY_EXPRESSION.test(node.value);
    default:
      return isEmpty(node);
  }
}

/**
 * Cuts the root's content into pages. Markers inside lists split the list (an ordered
 * list continues with `start`); markers in blockquotes, tables or components do not cut.
 * Pages that would show nothing are merged into their neighbour, so definitions,
 * imports and a trailing `---` are kept and no page is blank.
 */
export function paginate(root: Root, source: string): RootContent[][] {
  const markers = findMarkers(root, source).filter((marker) => marker.cuts);
  const context: SplitContext = {
    markers: new Set(markers.map((marker) => marker.node)),
    containers: new Set<Nodes>(markers.flatMap((marker) => marker.ancestors.slice(1) as Nodes[])),
  };
  const parts = splitChildren(root.children as Nodes[], context).map((pieces) =>
    pieces.map((piece) => piece.node).filter((node) => !isEmpty(node)),
  ) as RootContent[][];
  const pages: RootContent[][] = [];
  let pending: RootContent[] = [];
  for (const part of parts) {
    if (part.some((node) => !showsNothing(node))) {
      pages.push([...pending, ...part]);
      pending = [];
    } else if (pages.length > 0) {
      pages[pages.length - 1].push(...part);
    } else {
      pending.push(...part);
    }
  }
  if (pages.length === 0) pages.push(pending);
  return pages;
}
