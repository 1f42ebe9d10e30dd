// Course and section metadata written by maintainers in YAML inside the lessons folder:
// `course.yml` (title and description per language), `_section.yml` in a section folder,
// and `_sections.yml` in a language folder for flat Jekyll courses.
import { normalizeText } from '../lib/text.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { CourseMeta, SectionMeta } from '../lib/course.ts';
import { error, warning, type Problem } from '../lib/problems.ts';
import { slugify } from '../lib/slugs.ts';
import { projectPath, type CourseSettings } from './settings.ts';

const sectionSchema = z.object({ title: z.string().trim().min(1).optional(), order: z.number().optional() });
const courseSchema = z.object({ title: z.string().trim().min(1), description: z.string().optional() });
const examSchema = z
  .object({ questions: z.number().int().positive().optional(), minutes: z.number().positive().optional(), pass: z.number().min(1).max(100).optional() })
  .strict();

function readYaml(path: string, settings: CourseSettings, problems: Problem[]): unknown {
  try {
    return parse(normalizeText(readFileSync(path, 'utf8'))) ?? {};
  } catch (cause) {
    const { linePos } = cause as { linePos?: [{ line: number; col: number }] };
    problems.push(
      error(projectPath(settings, path), `not valid YAML: ${(cause as Error).message.split('\n')[0]}`, 'check the quotes and indentation on that line', {
        line: linePos?.[0].line,
        column: linePos?.[0].col,
      }),
    );
    return undefined;
  }
}

function addSection(metas: Map<string, SectionMeta>, key: string, value: unknown, file: string, problems: Problem[]) {
  const result = sectionSchema.safeParse(value);
  if (result.success) metas.set(key, result.data);
  else problems.push(error(file, `section metadata for ${key} is invalid`, 'use `title: "Section name"` and `order: 3`'));
}

/** Section titles and order, keyed `<lang>/<section slug>`. */
export function readSectionMetas(settings: CourseSettings, problems: Problem[]): Map<string, SectionMeta> {
  const metas = new Map<string, SectionMeta>();
  for (const lang of settings.locales) {
    const langDir = join(settings.lessonsDir, lang);
    if (!existsSync(langDir)) continue;
    const listFile = join(langDir, '_sections.yml');
    if (existsSync(listFile)) {
      const data = readYaml(listFile, settings, problems);
      if (data && typeof data === 'object') {
        for (const [label, value] of Object.entries(data)) {
          addSection(metas, `${lang}/${slugify(label)}`, value, projectPath(settings, listFile), problems);
        }
      }
    }
    for (const folder of readdirSync(langDir).sort()) {
      const file = join(langDir, folder, '_section.yml');
      if (!existsSync(file)) continue;
      const data = readYaml(file, settings, problems);
      if (data !== undefined) addSection(metas, `${lang}/${slugify(folder)}`, data, projectPath(settings, file), problems);
    }
  }
  return metas;
}

/** Course title and description per language, from `course.yml` at the top of the lessons folder. */
export function readCourseMeta(settings: CourseSettings, problems: Problem[]): Map<string, CourseMeta> {
  const metas = new Map<string, CourseMeta>();
  const path = join(settings.lessonsDir, 'course.yml');
  const file = projectPath(settings, path);
  const template = settings.locales.map((lang) => `${lang}:\n      title: "…"\n      description: "…"`).join('\n    ');
  if (!existsSync(path)) {
    problems.push(warning(file, 'the course has no title and description', `create ${file} with:\n    ${template}`));
    return metas;
  }
  const data = readYaml(path, settings, problems) as Record<string, unknown> | undefined;
  for (const lang of settings.locales) {
    const result = courseSchema.safeParse(data?.[lang]);
    if (!result.success) {
      if (data) problems.push(warning(file, `the course has no title for "${lang}"`, `add to ${file}:\n    ${template}`));
      continue;
    }
    const examData = (data?.[lang] as Record<string, unknown>).exam;
    const exam = examSchema.safeParse(examData ?? {});
    if (!exam.success) {
      problems.push(error(file, `the practice exam settings of "${lang}" are invalid`, 'write them as `exam: { questions: 65, minutes: 90, pass: 70 }`: whole questions, minutes above 0, a pass mark from 1 to 100 (each may be left out)'));
    }
    metas.set(lang, { ...result.data, ...(exam.success && examData !== undefined ? { exam: exam.data } : {}) });
  }
  return metas;
}
