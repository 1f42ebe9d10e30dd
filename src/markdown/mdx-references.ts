// What an MDX lesson refers to that MDX only resolves when the page renders: components
// and imported modules. Found in the parsed tree, so a missing one is reported with its
// line before the build instead of as a render-time error naming only a URL.
import type { Nodes, Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdx';

type Program = NonNullable<NonNullable<MdxjsEsm['data']>['estree']>;

/** Components every lesson page hands to MDX content, so lessons use them without an import. */
export const LESSON_COMPONENTS = ['Callout', 'Comparison'] as const;

export type LessonComponentName = (typeof LESSON_COMPONENTS)[number];

/** Astro's MDX integration provides `Fragment` to every MDX file. */
const MDX_PROVIDED = ['Fragment'];

export interface MdxReference {
  name: string;
  line?: number;
  column?: number;
}

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function reference(name: string, node: Nodes): MdxReference {
  return { name, line: node.position?.start.line, column: node.position?.start.column };
}

function programs(root: Root): Program[] {
  const found: Program[] = [];
  walk(root, (node) => {
    if (node.type === 'mdxjsEsm' && node.data?.estree) found.push(node.data.estree);
  });
  return found;
}

/** Names the lesson's own `import` and `export` statements declare. */
function declaredNames(root: Root): Set<string> {
  const names = new Set<string>();
  for (const statement of programs(root).flatMap((program) => program.body)) {
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
    }
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      const { declaration } = statement;
      if (declaration.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
      } else if (declaration.id) {
        names.add(declaration.id.name);
      }
    }
  }
  return names;
}

/**
 * JSX elements whose component nothing defines: not handed in by the page, not provided
 * by MDX, not imported or exported by the lesson. Lower-case names are HTML elements.
 */
export function undefinedComponents(root: Root): MdxReference[] {
  const known = new Set([...LESSON_COMPONENTS, ...MDX_PROVIDED, ...declaredNames(root)]);
  const missing: MdxReference[] = [];
  walk(root, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const [head] = node.name.split('.');
    const isComponent = node.name.includes('.') || /^[A-Z]/.test(head);
    if (isComponent && !known.has(head)) missing.push(reference(node.name, node));
  });
  return missing;
}

/** Modules the lesson imports by a path relative to its own file (`./`, `../`). */
export function relativeImports(root: Root): MdxReference[] {
  const imports: MdxReference[] = [];
  walk(root, (node) => {
    if (node.type !== 'mdxjsEsm' || !node.data?.estree) return;
    for (const statement of node.data.estree.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      const specifier = String(statement.source.value);
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      // estree columns count from 0, mdast columns from 1.
      const start = statement.source.loc?.start;
      imports.push(start ? { name: specifier, line: start.line, column: start.column + 1 } : reference(specifier, node));
    }
  });
  return imports;
}
