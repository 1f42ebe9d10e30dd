// Reading a course folder: every file under it is a lesson (published, draft or in
// error), course metadata, or an asset. Shared by the build's loader and `npm run check`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildCourse, lessonPath, type Course, type LessonRecord, type SectionMeta } from '../lib/course.ts';
import { isLessonFile, isLocationProblem, lessonSlugOf, locateLesson, type LessonLocation } from '../lib/lessons.ts';
import { resolveLink, type LinkContext } from '../lib/links.ts';
import { error, warning, type Problem } from '../lib/problems.ts';
import { slugify } from '../lib/slugs.ts';
import { uiStrings } from '../i18n/index.ts';
import { htmlCommentsToMdx } from '../markdown/mdx-comments.ts';
import { LESSON_COMPONENTS, relativeImports, undefinedComponents, type MdxReference } from '../markdown/mdx-references.ts';
import { ANALYSIS_KEY, remarkLesson, type LessonAnalysis } from '../markdown/remark-lesson.ts';
import { parseLessonFile, type LessonFrontmatter } from './frontmatter.ts';
import { readCourseMeta, readSectionMetas, type CourseMeta } from './metadata.ts';
import { projectPath, type CourseSettings } from './settings.ts';
import { frontmatterBlock } from '../lib/frontmatter-block.ts';

export interface LessonSource {
  /** Path under the lessons folder: the collection entry id. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  absolutePath: string;
  text: string;
  format: 'md' | 'mdx';
  frontmatter: LessonFrontmatter;
  /** Body line 1 is this file line (Markdown is rendered without its frontmatter). */
  bodyLine: number;
  location: LessonLocation;
  sectionLabel: string;
}

export interface CourseSources {
  lessons: LessonSource[];
  /** Lessons left out of this build because of `draft: true`. */
  drafts: LessonSource[];
  sectionMetas: Map<string, SectionMeta>;
  courseMeta: Map<string, CourseMeta>;
  problems: Problem[];
}

function listFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** Every lesson file under the lessons folder (project paths), whatever is in it. */
export function listLessonFiles(settings: CourseSettings): string[] {
  if (!existsSync(settings.lessonsDir)) return [];
  return listFiles(settings.lessonsDir)
    .filter((path) => isLessonFile(path))
    .map((path) => projectPath(settings, path));
}

/** Lists and validates every lesson file; nothing is skipped without a problem or a draft entry. */
export function readCourseSources(settings: CourseSettings): CourseSources {
  const problems: Problem[] = [];
  const lessons: LessonSource[] = [];
  const drafts: LessonSource[] = [];
  const folder = projectPath(settings, settings.lessonsDir) || '.';
  if (!existsSync(settings.lessonsDir)) {
    problems.push(error(folder, 'the lessons folder does not exist', `create ${folder}/es/ and ${folder}/en/ with your lessons, or set LESSONS_DIR`));
    return { lessons, drafts, sectionMetas: new Map(), courseMeta: new Map(), problems };
  }
  // Lessons in a folder that is not a language: one problem per folder, naming its files.
  const unknownLanguages = new Map<string, string[]>();
  for (const absolutePath of listFiles(settings.lessonsDir)) {
    const id = relative(settings.lessonsDir, absolutePath).split(sep).join('/');
    const file = projectPath(settings, absolutePath);
    if (!isLessonFile(id)) {
      if (/\.(markdown|mdown|mkd)$/i.test(id)) {
        problems.push(error(file, 'this looks like a lesson but only .md and .mdx files are published', 'rename it to .md'));
      }
      continue;
    }
    const location = locateLesson(id, settings.locales);
    if (isLocationProblem(location)) {
      if (location.kind === 'unknown-language') unknownLanguages.set(location.lang, [...(unknownLanguages.get(location.lang) ?? []), id]);
      else {
        problems.push(
          error(
            file,
            'this lesson is not in a language folder, so it would not be published',
            `move it into ${settings.locales.map((locale) => `${folder}/${locale}/`).join(' or ')}`,
          ),
        );
      }
      continue;
    }
    const text = readFileSync(absolutePath, 'utf8');
    const parsed = parseLessonFile(text, file);
    problems.push(...parsed.problems);
    if (!parsed.frontmatter) continue;
    const sectionLabel = location.sectionFolder ?? parsed.frontmatter.section;
    if (!sectionLabel) {
      problems.push(
        error(
          file,
          `a lesson placed directly in ${folder}/${location.lang}/ needs a \`section\` in its frontmatter`,
          `add e.g. \`section: Section-7\` to the frontmatter, or move the file into a section folder such as ${folder}/${location.lang}/section-7/`,
          { line: 1 },
        ),
      );
      continue;
    }
    const source: LessonSource = {
      id,
      file,
      absolutePath,
      text,
      format: id.endsWith('.mdx') ? 'mdx' : 'md',
      frontmatter: parsed.frontmatter,
      bodyLine: parsed.bodyLine,
      location,
      sectionLabel,
    };
    (parsed.frontmatter.draft && !settings.includeDrafts ? drafts : lessons).push(source);
  }
  for (const [lang, ids] of unknownLanguages) {
    const listed = ids.slice(0, 3).map((id) => id.slice(lang.length + 1)).join(', ');
    problems.push(
      error(
        `${folder}/${lang}/`,
        `"${lang}" is not a configured language (${settings.locales.join(', ')}), so its ${ids.length === 1 ? 'lesson' : `${ids.length} lessons`} (${listed}${ids.length > 3 ? ', …' : ''}) would not be published`,
        `move the lessons into ${settings.locales.map((locale) => `${folder}/${locale}/`).join(' or ')}, or add "${lang}" to the locales in astro.config.mjs`,
      ),
    );
  }
  const sectionMetas = readSectionMetas(settings, problems);
  const courseMeta = readCourseMeta(settings, problems);
  return { lessons, drafts, sectionMetas, courseMeta, problems };
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkLesson);
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkLesson);

export interface LessonAnalysisResult {
  analysis?: LessonAnalysis;
  problems: Problem[];
}

/**
 * The lesson's pages, links and images, read with the same remark plugin the renderer
 * uses, without rendering. MDX syntax errors come back as problems.
 */
export async function analyzeSource(source: LessonSource): Promise<LessonAnalysisResult> {
  // Blanked, not removed, so positions stay file lines as MDX reports them.
  const block = frontmatterBlock(source.text)?.block ?? '';
  const blanked = block.replace(/[^\n]/g, ' ') + source.text.slice(block.length);
  const value = source.format === 'mdx' ? htmlCommentsToMdx(blanked) : blanked;
  const frontmatter: Record<string, unknown> = { ...source.frontmatter };
  const file = new VFile({ value, path: source.absolutePath, data: { astro: { frontmatter } } });
  const parser = source.format === 'mdx' ? mdxParser : markdownParser;
  let tree: Root;
  try {
    tree = parser.parse(file);
    await parser.run(tree, file);
  } catch (cause) {
    return { problems: [mdxProblem(source, cause)] };
  }
  const problems = source.format === 'mdx' ? mdxReferenceProblems(source, tree) : [];
  return { analysis: frontmatter[ANALYSIS_KEY] as LessonAnalysis, problems };
}

const IMPORT_EXTENSIONS = ['', '.astro', '.ts', '.js', '.mjs', '.tsx', '.jsx', '.json', '.md', '.mdx'];

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
  const folder = dirname(source.absolutePath);
  const imports = relativeImports(tree)
    .filter((ref) => !IMPORT_EXTENSIONS.some((extension) => existsSync(resolve(folder, `${ref.name}${extension}`))))
    .map((ref) =>
      error(
        source.file,
        `the import '${ref.name}' leads to no file`,
        'fix the path, which is relative to this lesson file, or remove the import',
        at(ref),
      ),
    );
  return [...components, ...imports];
}

/** Moves positions counted from the body (Markdown rendered without frontmatter) to file lines. */
export function shiftAnalysis(analysis: LessonAnalysis, lines: number): LessonAnalysis {
  const shift = <T extends { line?: number }>(ref: T): T => (ref.line === undefined ? ref : { ...ref, line: ref.line + lines });
  return {
    ...analysis,
    links: analysis.links.map(shift),
    images: analysis.images.map(shift),
    lookalikes: analysis.lookalikes.map(shift),
  };
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

/** The lesson as the course tree needs it, from its entry id, frontmatter and analysis. */
export function lessonRecord(
  id: string,
  file: string,
  frontmatter: LessonFrontmatter,
  analysis: LessonAnalysis | undefined,
  locales: readonly string[],
): LessonRecord {
  const location = locateLesson(id, locales);
  if (isLocationProblem(location)) throw new Error(`${file}: ${location.message}`);
  const sectionLabel = location.sectionFolder ?? frontmatter.section ?? '';
  return {
    lang: location.lang,
    identity: location.identity,
    file,
    sectionLabel,
    sectionSlug: slugify(sectionLabel),
    lessonSlug: lessonSlugOf(location),
    fileName: location.fileName,
    title: frontmatter.title,
    description: frontmatter.description,
    lesson: frontmatter.lesson,
    order: frontmatter.order,
    draft: frontmatter.draft ?? false,
    updated: frontmatter.updated,
    pages: analysis?.pages ?? [{}],
  };
}

export function courseFromRecords(records: LessonRecord[], settings: CourseSettings, sectionMetas: Map<string, SectionMeta>) {
  return buildCourse(records, {
    locales: settings.locales,
    sectionWord: (lang) => uiStrings(lang).sectionWord,
    sectionMeta: (lang, slug) => sectionMetas.get(`${lang}/${slug}`),
  });
}

/** Every page path of the site (without the base), for link checks. */
export function sitePaths(course: Course): Set<string> {
  const paths = new Set<string>(['/', '/404.html', '/sitemap.xml', '/robots.txt']);
  for (const [lang, language] of course.languages) {
    paths.add(`/${lang}/`);
    for (const section of language.sections) {
      paths.add(`/${lang}/${section.slug}/`);
      for (const lesson of section.lessons) {
        for (let page = 1; page <= lesson.pageCount; page++) {
          paths.add(lessonPath(lang, lesson.sectionSlug, lesson.lessonSlug, page));
        }
        if (lesson.record) paths.add(lessonPath(lang, lesson.sectionSlug, lesson.lessonSlug, 'all'));
      }
    }
  }
  return paths;
}

export function linkContext(
  settings: CourseSettings,
  course: Course,
  lessons: readonly { id: string; record: LessonRecord }[],
): LinkContext {
  return {
    base: settings.base,
    lessonPaths: new Map(lessons.map(({ id, record }) => [id, lessonPath(record.lang, record.sectionSlug, record.lessonSlug)])),
    sitePaths: sitePaths(course),
    publicFileExists: (path) => path !== '' && existsSync(join(settings.publicDir, path)),
    lessonsFolder: projectPath(settings, settings.lessonsDir),
  };
}

/** Broken links, missing images and marker look-alikes of one lesson. */
export function checkLesson(
  source: LessonSource,
  analysis: LessonAnalysis,
  context: LinkContext,
  settings: CourseSettings,
): Problem[] {
  const problems: Problem[] = [];
  const at = (ref: { line?: number; column?: number }) => ({ line: ref.line, column: ref.column });
  const fromPath = context.lessonPaths.get(source.id) ?? '/';
  for (const link of analysis.links) {
    const resolved = resolveLink(link.url, source.id, fromPath, context);
    if (resolved.kind === 'broken') problems.push(error(source.file, resolved.reason, resolved.fix, at(link)));
  }
  for (const image of analysis.images) {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(image.url) || image.url.startsWith('data:')) continue;
    const path = decodeURI(image.url.split(/[?#]/)[0]);
    const base = settings.base.replace(/\/$/, '');
    const target = path.startsWith('/')
      ? join(settings.publicDir, base && path.startsWith(`${base}/`) ? path.slice(base.length) : path)
      : join(source.absolutePath, '..', path);
    if (!existsSync(target)) {
      problems.push(
        error(
          source.file,
          `the image ${image.url} does not exist (looked for ${projectPath(settings, target)})`,
          path.startsWith('/') ? 'put the image in public/ or fix the path' : 'put the image next to the lesson or fix the relative path',
          at(image),
        ),
      );
    }
  }
  for (const lookalike of analysis.lookalikes) {
    problems.push(
      warning(
        source.file,
        `${lookalike.text} looks like a pagebreak marker but is not one, so the lesson is not cut here`,
        'write the marker exactly as <!-- pagebreak --> on a line of its own',
        at(lookalike),
      ),
    );
  }
  return problems;
}

export interface InspectedCourse {
  sources: CourseSources;
  /** Published lessons with their analysis and record, in file order. */
  lessons: { source: LessonSource; analysis: LessonAnalysis; record: LessonRecord }[];
  course: Course;
  problems: Problem[];
}

/**
 * Everything the build and `npm run check` verify, in one pass: files, frontmatter,
 * MDX syntax, URL clashes, links, images and marker look-alikes. `analyze` reads the
 * lessons' pages and links, in their order (the build renders Markdown there; the check
 * only parses).
 */
export async function inspectCourse(
  settings: CourseSettings,
  analyze: (sources: LessonSource[]) => Promise<LessonAnalysisResult[]>,
): Promise<InspectedCourse> {
  const sources = readCourseSources(settings);
  const problems = [...sources.problems];
  const lessons: InspectedCourse['lessons'] = [];
  const results = await analyze(sources.lessons);
  sources.lessons.forEach((source, index) => {
    const result = results[index];
    problems.push(...result.problems);
    if (!result.analysis) return;
    const record = lessonRecord(source.id, source.file, source.frontmatter, result.analysis, settings.locales);
    lessons.push({ source, analysis: result.analysis, record });
  });
  const records = lessons.map((lesson) => lesson.record);
  const built = courseFromRecords(records, settings, sources.sectionMetas);
  problems.push(...built.problems);
  const context = linkContext(
    settings,
    built.course,
    lessons.map((lesson) => ({ id: lesson.source.id, record: lesson.record })),
  );
  for (const lesson of lessons) problems.push(...checkLesson(lesson.source, lesson.analysis, context, settings));
  return { sources, lessons, course: built.course, problems };
}
