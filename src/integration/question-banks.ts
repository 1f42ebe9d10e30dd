// After a build: each language's question bank, read from the quiz pages as they stand
// in the output folder (rendered now or reused from the last build). A language with no
// question gets no bank, and no exam page links to one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import type { CourseModel } from '../content/entries.ts';
import { nodePath } from '../lib/course.ts';
import { questionBank, type QuizPage } from '../lib/question-bank.ts';
import { packQuestionBank } from '../lib/question-bank-file.ts';
import { questionBankPath, withBase } from '../lib/urls.ts';

function quizPages(model: CourseModel, lang: string, distDir: string, base: string): QuizPage[] {
  return model.course.languages[lang].sections.flatMap((section) =>
    section.lessons.flatMap((node) => {
      const pages = [...new Set(node.record?.questions.map((question) => question.page) ?? [])];
      return pages.map((page) => {
        const path = nodePath(node, page);
        return { section: section.slug, lesson: node.title, href: withBase(base, path), html: readFileSync(join(distDir, path, 'index.html'), 'utf8') };
      });
    }),
  );
}

export function writeQuestionBanks(model: CourseModel, distDir: string, base: string, logger: AstroIntegrationLogger) {
  const counts: string[] = [];
  const sizes: string[] = [];
  for (const lang of model.course.locales) {
    const sections = model.course.languages[lang].sections.map(({ slug, title }) => ({ slug, title }));
    const bank = questionBank(sections, quizPages(model, lang, distDir, base));
    if (bank.questions.length === 0) continue;
    const file = join(distDir, questionBankPath(lang));
    mkdirSync(dirname(file), { recursive: true });
    const json = JSON.stringify(packQuestionBank(bank));
    writeFileSync(file, json);
    counts.push(`${lang} ${bank.questions.length}`);
    // What a reader downloads when opening the exam: the bank has a size budget.
    sizes.push(`${lang} ${(gzipSync(json).length / 1024).toFixed(1)} KB`);
  }
  logger.info(`question banks: ${counts.length === 0 ? 'none (the course has no quiz question)' : `${counts.join(', ')} questions; compressed: ${sizes.join(', ')}`}`);
}
