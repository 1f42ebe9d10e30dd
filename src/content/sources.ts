// Reading a course folder: every file under it is a lesson (published, draft or in
// error), course metadata, or an asset. Nothing is skipped without a problem or a draft
// entry. Shared by the content loader and `npm run check`.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CourseMeta, SectionMeta } from '../lib/course.ts';
import { digestOf } from '../lib/digest.ts';
import { frontmatterBlock } from '../lib/frontmatter-block.ts';
import { isLessonFile, isLocationProblem, locateLesson, sectionLabelOf, type LessonLocation } from '../lib/lessons.ts';
import { error, type Problem } from '../lib/problems.ts';
import { normalizeText } from '../lib/text.ts';
import { parseLessonFile, type LessonFrontmatter } from './frontmatter.ts';
import { readCourseMeta, readSectionMetas } from './metadata.ts';
import { projectPath, type CourseSettings } from './settings.ts';

export interface LessonSource {
  /** Path under the lessons folder: the collection entry id. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  absolutePath: string;
  text: string;
  format: 'md' | 'mdx';
  frontmatter: LessonFrontmatter;
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

interface Listing {
  files: string[];
  /** Symbolic links that lead back into a folder above them, or nowhere. */
  badLinks: { path: string; target?: string }[];
}

/**
 * Every file under `directory`, following symbolic links. A link that leads back into
 * one of its own parent folders would be listed forever: it is reported instead, as is
 * a link to nothing. Hidden files and folders (`.DS_Store`, `.git`) are left out.
 */
function listFiles(directory: string, ancestors: ReadonlySet<string> = new Set([realpathSync(directory)])): Listing {
  const listing: Listing = { files: [], badLinks: [] };
  for (const name of readdirSync(directory).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(directory, name);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code !== 'ELOOP' && code !== 'ENOENT') throw cause;
      listing.badLinks.push({ path });
      continue;
    }
    if (!isDirectory) {
      listing.files.push(path);
      continue;
    }
    const real = realpathSync(path);
    if (ancestors.has(real)) {
      listing.badLinks.push({ path, target: real });
      continue;
    }
    const inner = listFiles(path, new Set([...ancestors, real]));
    listing.files.push(...inner.files);
    listing.badLinks.push(...inner.badLinks);
  }
  return listing;
}

/**
 * What a file watcher must not follow: paths beyond a symbolic link that leads back to one
 * of its own parent folders, where it would descend forever. The link itself is not beyond
 * one, so its appearance is seen (and reported by the listing above). A watcher asks about
 * every file of the project, so each folder's real path is looked up once, and looked up
 * again after something was removed (a folder may come back as a link).
 */
export function linkLoopFilter(root: string): { isBeyondLoop: (path: string) => boolean; forget: () => void } {
  const top = `${resolve(root)}${sep}`;
  const loops = new Map<string, boolean>();
  const isLoop = (folder: string): boolean | undefined => {
    if (loops.has(folder)) return loops.get(folder);
    try {
      const real = realpathSync(folder);
      const loop = real !== folder && `${folder}${sep}`.startsWith(`${real}${sep}`);
      loops.set(folder, loop);
      return loop;
    } catch {
      return undefined;
    }
  };
  return {
    isBeyondLoop: (path) => {
      for (let folder = dirname(resolve(path)); folder.startsWith(top); folder = dirname(folder)) {
        const loop = isLoop(folder);
        // A folder that cannot be read (gone already) leads nowhere.
        if (loop === undefined) return false;
        if (loop) return true;
      }
      return false;
    },
    forget: () => loops.clear(),
  };
}

/** Files up to this size are told apart by content; larger ones (images, videos) by size and time. */
const DIGESTED_FILE_BYTES = 1 << 20;

/**
 * What the lessons folder holds, as text that changes whenever a file in it is added,
 * removed or written. In `astro dev` the loader notes it before reading the folder, and
 * the folder is compiled again until a run's note matches the folder as it is after the
 * run. Lessons and metadata count by their content: two saves of the same size within one
 * tick of the file system's clock leave the same size and time.
 */
export function lessonsFolderState(lessonsDir: string): string {
  try {
    if (!existsSync(lessonsDir)) return '';
    return listFiles(lessonsDir)
      .files.map((path) => {
        const stat = statSync(path, { throwIfNoEntry: false });
        if (!stat) return `${path}\0gone`;
        const version = stat.size <= DIGESTED_FILE_BYTES ? digestOf(readFileSync(path)) : stat.mtimeMs;
        return `${path}\0${stat.size}\0${version}`;
      })
      .join('\n');
  } catch (cause) {
    // A folder removed while it was listed: the next save lists it again.
    return `unreadable: ${(cause as Error).message}`;
  }
}

/** Every lesson file under the lessons folder (project paths), whatever is in it. */
export function listLessonFiles(settings: CourseSettings): string[] {
  if (!existsSync(settings.lessonsDir)) return [];
  return listFiles(settings.lessonsDir)
    .files.filter((path) => isLessonFile(path))
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
  const { files, badLinks } = listFiles(settings.lessonsDir);
  for (const link of badLinks) {
    const path = projectPath(settings, link.path);
    problems.push(
      link.target
        ? error(path, `this symbolic link leads back to ${projectPath(settings, link.target) || '.'}/, a folder it is in, so the folder would never end`, 'remove the link, or point it outside the lessons folder')
        : error(path, 'this symbolic link leads nowhere: its target does not exist, or is a loop of links', 'remove the link, or point it at an existing file or folder'),
    );
  }
  for (const absolutePath of files) {
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
    const text = normalizeText(readFileSync(absolutePath, 'utf8'));
    const parsed = parseLessonFile(text, file);
    problems.push(...parsed.problems);
    if (!parsed.frontmatter) continue;
    if (parsed.frontmatter.source !== undefined && !settings.locales.includes(parsed.frontmatter.source)) {
      problems.push(
        error(file, `\`source: ${parsed.frontmatter.source}\` is not a language of this course`, `write one of ${settings.locales.map((lang) => `\`source: ${lang}\``).join(' or ')}, or remove it`),
      );
    }
    const sectionLabel = sectionLabelOf(location, parsed.frontmatter.section);
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

/** The lesson with its frontmatter blanked out, not removed: positions in it are file lines. */
export function lessonBody(text: string): string {
  const block = frontmatterBlock(text)?.block ?? '';
  return block.replace(/[^\n]/g, ' ') + text.slice(block.length);
}
