// The practice exam's weight, on the repository's own course (the synthetic corpus has no
// quiz question, so it has no exam): the JavaScript the exam page loads before
// interaction, and each question bank's compressed size as the build log gives it.
import { readFileSync } from 'node:fs';
import { measureBuild, type BuildSpec } from './build.ts';
import { measurePageWeight } from './page-weight.ts';

export interface ExamWeight {
  page: string;
  javascriptGzip: number;
  /** The build log's line on the question banks. */
  banks: string;
}

const BANKS_LINE = /question banks: .*/;

export async function measureExamWeight(spec: BuildSpec, lang: string): Promise<ExamWeight> {
  await measureBuild(spec, 'cold');
  const banks = readFileSync(spec.logFile, 'utf8').match(BANKS_LINE)?.[0];
  if (!banks) throw new Error(`the build log ${spec.logFile} has no line on the question banks`);
  const page = `/${lang}/exam/`;
  const weight = await measurePageWeight(spec.outDir, page);
  return { page, javascriptGzip: weight.javascriptBeforeInteraction.gzip, banks };
}
