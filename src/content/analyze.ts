// What one lesson yields when it is read (or, for .md in the build, rendered): its
// analysis, the problems its own text has (MDX syntax, undefined components, imports of
// missing files), and the files it depends on (images next to it, MDX imports).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Root } from 'mdast';
import { error, type Problem } from '../lib/problems.ts';
import { LESSON_COMPONENTS, relativeImports, undefinedComponents, type MdxReference } from '../markdown/mdx-references.ts';
import type { createLessonReader } from '../markdown/lesson-reader.ts';
import type { RenderedPages } from '../markdown/processor.ts';
import type { LessonAnalysis } from '../markdown/remark-lesson.ts';
import { lessonBody, type LessonSource } from './sources.ts';

export interface LessonOutput {
  analysis: LessonAnalysis;
  /** .md lessons in the build: each page's HTML, and the images Astro optimizes. */
  rendered?: { pages: string[]; imagePaths: string[] };
  /** Absolute paths of the files the lesson shows or imports. */
  dependencies: string[];
  problems: Problem[];
}

const IMPORT_EXTENSIONS = ['', '.astro', '.ts', '.js', '.mjs', '.tsx', '.jsx', '.json', '.md', '.mdx'];

const SCHEME = /^[a-z][a-z\d+.-]*:|^\/\//i;

/** Images that sit next to the lesson (relative URLs), as absolute paths. */
export function localImages(source: LessonSource, analysis: LessonAnalysis): string[] {
  return analysis.images
    .filter((image) => !SCHEME.test(image.url) && !image.url.startsWith('/'))
    .map((image) => resolve(dirname(source.absolutePath), decodeURI(image.url.split(/[?#]/)[0])));
}

/** The file a relative MDX import leads to, trying the extensions Vite would. */
function importedFile(source: LessonSource, ref: MdxReference): string | undefined {
  return IMPORT_EXTENSIONS.map((extension) => resolve(dirname(source.absolutePath), `${ref.name}${extension}`)).find(existsSync);
}

/** Components nothing defines and relative imports of files that do not exist. */
function mdxReferenceProblems(source: LessonSource, tree: Root): Problem[] {
  const at = (ref: MdxReference) => ({ line: ref.line, column: ref.column });
  const components = undefinedComponents(tree).map((ref) =>
    error(
      source.file,
      `the component <${ref.name}> is not defined in this lesson`,
      `lessons use ${LESSON_COMPONENTS.map((name) => `<${name}>`).join(' and ')} without an import; import any other component at the top of the lesson, or write \`&lt;${ref.name}\` if it is text`,
      at(ref),
    ),
  );
  const imports = relativeImports(tree)
    .filter((ref) => !importedFile(source, ref))
    .map((ref) =>
      error(source.file, `the import '${ref.name}' leads to no file`, 'fix the path, which is relative to this lesson file, or remove the import', at(ref)),
    );
  return [...components, ...imports];
}

/** An MDX syntax error, explained. */
export function mdxProblem(source: LessonSource, cause: unknown): Problem {
  const message = cause instanceof Error ? cause.message : String(cause);
  const place = cause as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } } };
  const line = place.line ?? place.place?.line ?? place.place?.start?.line;
  const column = place.column ?? place.place?.column ?? place.place?.start?.column;
  const reason = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(note:[\s\S]*$/, '');
  const lessThan = /before name|Unexpected character/.test(reason);
  return error(
    source.file,
    `MDX cannot read this lesson: ${reason}`,
    lessThan
      ? 'a `<` or `{` in text starts a component or an expression in MDX: write `&lt;` or `\\<` (and `\\{`) for the literal character, or rename the file to .md if it uses no components'
      : 'fix the MDX syntax at that line, or rename the file to .md if it uses no components',
    { line, column },
  );
}

/** A lesson that could not be read at all: no analysis, one problem. */
export type FailedLesson = { problems: Problem[] };

/** Reads a lesson without rendering it: its pages, links and, for MDX, what it refers to. */
export async function readLesson(read: ReturnType<typeof createLessonReader>, source: LessonSource): Promise<LessonOutput | FailedLesson> {
  const input = { body: lessonBody(source.text), absolutePath: source.absolutePath, frontmatter: source.frontmatter };
  let result: Awaited<ReturnType<typeof read>>;
  try {
    result = await read(input, source.format);
  } catch (cause) {
    return { problems: [mdxProblem(source, cause)] };
  }
  const imports = source.format === 'mdx' ? relativeImports(result.tree).flatMap((ref) => importedFile(source, ref) ?? []) : [];
  return {
    analysis: result.analysis,
    dependencies: [...localImages(source, result.analysis), ...imports],
    problems: source.format === 'mdx' ? mdxReferenceProblems(source, result.tree) : [],
  };
}

/**
 * Reads or renders lessons one after the other: each syntax tree can be dropped before the
 * next is built, which keeps the heap (and the garbage collector's work) small on large courses.
 */
export async function analyzeInTurn(
  sources: readonly LessonSource[],
  analyzeOne: (source: LessonSource) => Promise<LessonOutput | FailedLesson>,
): Promise<(LessonOutput | FailedLesson)[]> {
  const outputs: (LessonOutput | FailedLesson)[] = [];
  for (const source of sources) outputs.push(await analyzeOne(source));
  return outputs;
}

/** A rendered .md lesson as the course takes it. */
export function renderedLesson(source: LessonSource, rendered: RenderedPages): LessonOutput {
  return {
    analysis: rendered.analysis,
    rendered: { pages: rendered.pages, imagePaths: rendered.imagePaths },
    dependencies: localImages(source, rendered.analysis),
    problems: [],
  };
}
