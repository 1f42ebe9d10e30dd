// Lesson frontmatter: the schema (SPEC §3) and a reader that says which line is wrong.
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { error, type Problem } from '../lib/problems.ts';

const numberLike = z.union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/).transform(Number)]);

/** Unknown keys (Jekyll's `layout`, `permalink`…) are accepted and ignored. */
export const lessonFrontmatterSchema = z.looseObject({
  title: z.string().trim().min(1),
  description: z.string().optional(),
  lesson: numberLike.optional(),
  order: numberLike.optional(),
  section: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
  draft: z.boolean().optional(),
  updated: z.coerce.date().optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface ParsedLessonFile {
  frontmatter?: LessonFrontmatter;
  /** Lines taken by the frontmatter block: body line 1 is file line `bodyLine`. */
  bodyLine: number;
  problems: Problem[];
}

const FIX_FOR: Record<string, string> = {
  title: 'give the lesson a title, e.g. `title: "Amazon ECS and Fargate"`',
  description: 'write the description as text, e.g. `description: "What ECS does"`',
  lesson: 'use a number for `lesson`, e.g. `lesson: 2`',
  order: 'use a number for `order`, e.g. `order: 1` for a hands-on lesson',
  section: 'write the section label as text, e.g. `section: Section-7`',
  draft: 'use `draft: true` or `draft: false`',
  updated: 'write the date as YYYY-MM-DD, e.g. `updated: 2024-05-31`',
};

/** Reads and validates a lesson's frontmatter, pointing at the offending line. */
export function parseLessonFile(text: string, file: string): ParsedLessonFile {
  const block = FRONTMATTER.exec(text);
  if (!block) {
    return {
      bodyLine: 1,
      problems: [
        error(file, 'the lesson has no frontmatter, so it has no title', 'start the file with a block like:\n    ---\n    title: "Lesson title"\n    ---', { line: 1 }),
      ],
    };
  }
  const bodyLine = block[0].split('\n').length - (block[0].endsWith('\n') ? 1 : 0);
  const lineCounter = new LineCounter();
  const document = parseDocument(block[1], { lineCounter, prettyErrors: false });
  // Positions inside the block are one line below the opening `---`.
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (document.errors.length > 0) {
    return {
      bodyLine,
      problems: document.errors.map((yamlError) =>
        error(
          file,
          `the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]}`,
          'check the quotes and indentation on that line; quote titles that contain a colon, e.g. `title: "ECS: an overview"`',
          at(yamlError.pos[0]),
        ),
      ),
    };
  }
  const data: unknown = document.toJS() ?? {};
  const result = lessonFrontmatterSchema.safeParse(data);
  if (result.success) return { frontmatter: result.data, bodyLine, problems: [] };

  const keyLine = (key: string) => {
    if (!isMap(document.contents)) return { line: 1 };
    const item = document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
    return item && isScalar(item.key) && item.key.range ? at(item.key.range[0]) : { line: 1 };
  };
  return {
    bodyLine,
    problems: result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'title');
      const value = (data as Record<string, unknown>)[key];
      const what =
        value === undefined || value === null
          ? `the frontmatter has no \`${key}\``
          : key === 'title' && typeof value === 'string'
            ? 'the `title` is empty'
            : `\`${key}\` must be ${key === 'title' || key === 'description' || key === 'section' ? 'text' : key === 'draft' ? 'true or false' : key === 'updated' ? 'a date' : 'a number'}, not ${JSON.stringify(value)}`;
      return error(file, what, FIX_FOR[key] ?? `fix the value of \`${key}\``, keyLine(key));
    }),
  };
}
