// Lesson frontmatter: the schema and a reader that says which line is wrong.
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar, type YAMLError } from 'yaml';
import { error, type Problem } from '../lib/problems.ts';
import { frontmatterBlock } from '../lib/frontmatter-block.ts';

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
  /** The language this lesson was written in first, when its history does not tell. */
  source: z.string().trim().min(1).optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;


export interface ParsedLessonFile {
  frontmatter?: LessonFrontmatter;
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
  source: 'name the language the lesson was first written in, e.g. `source: en`',
};

const QUOTE_FIX =
  'put the value in double quotes, e.g. `title: "ECS: an overview"` (a colon followed by a space, or a quote inside single quotes, ends the value early)';

/** What to do about a YAML error, by the parser's error code. */
function yamlFix(yamlError: YAMLError): string {
  switch (yamlError.code) {
    case 'DUPLICATE_KEY':
      return 'keep only one line for this key';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'MISSING_CHAR':
      return 'close the quote at the end of the value';
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return `start each key at the beginning of its line; ${QUOTE_FIX}`;
    default:
      return QUOTE_FIX;
  }
}

/** Reads and validates a lesson's frontmatter, pointing at the offending line. */
export function parseLessonFile(text: string, file: string): ParsedLessonFile {
  const found = frontmatterBlock(text);
  if (!found) {
    const unclosed = /^(?:\uFEFF)?---[ \t]*\r?\n/.test(text);
    return {
      problems: [
        unclosed
          ? error(file, 'the frontmatter block is never closed', 'add a line with only `---` after the last frontmatter line', { line: 1 })
          : error(file, 'the lesson has no frontmatter, so it has no title', 'start the file with a block like:\n    ---\n    title: "Lesson title"\n    ---', { line: 1 }),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(found.yaml, { lineCounter, prettyErrors: false });
  // Positions inside the block are one line below the opening `---`.
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (document.errors.length > 0) {
    // One mistake often upsets the parser several times on the same line: report it once.
    const firstPerLine = new Map<number, YAMLError>();
    for (const yamlError of document.errors) {
      const { line } = at(yamlError.pos[0]);
      if (!firstPerLine.has(line)) firstPerLine.set(line, yamlError);
    }
    return {
      problems: [...firstPerLine.values()].map((yamlError) =>
        error(file, `the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]}`, yamlFix(yamlError), at(yamlError.pos[0])),
      ),
    };
  }
  if (document.contents !== null && !isMap(document.contents)) {
    return {
      problems: [error(file, 'the frontmatter is not a list of `key: value` lines', 'write one setting per line, e.g. `title: "Lesson title"`', { line: 2 })],
    };
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  const result = lessonFrontmatterSchema.safeParse(data);
  if (result.success) return { frontmatter: result.data, problems: [] };

  const keyLine = (key: string) => {
    const item = isMap(document.contents) && document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
    return item && isScalar(item.key) && item.key.range ? at(item.key.range[0]) : { line: 1 };
  };
  // One problem per key: zod may report several issues for one value (e.g. each branch of a union).
  const keys = [...new Set(result.error.issues.map((issue) => String(issue.path[0])))];
  return { problems: keys.map((key) => valueProblem(file, key, data[key], keyLine(key))) };
}

const EXPECTED: Record<string, string> = { title: 'text', description: 'text', section: 'text', draft: 'true or false', updated: 'a date', source: 'a language' };

function valueProblem(file: string, key: string, value: unknown, at: { line?: number; column?: number }): Problem {
  if (value === undefined) return error(file, `the frontmatter has no \`${key}\``, FIX_FOR[key], at);
  if (value === null || (typeof value === 'string' && value.trim() === '')) return error(file, `the \`${key}\` is empty`, FIX_FOR[key], at);
  const message = `\`${key}\` must be ${EXPECTED[key] ?? 'a number'}, not ${JSON.stringify(value)}`;
  if (key === 'title') return error(file, message, `write the title as text in quotes, e.g. \`title: "${String(value)}"\``, at);
  return error(file, message, FIX_FOR[key] ?? `fix the value of \`${key}\``, at);
}
