// `npm run bench`: builds our site and a plain Starlight site from the same synthetic
// course, cold, several times per corpus size, in one run on one machine; at the
// reference size it also measures what a maintainer waits for (a rebuild after one edit,
// and saves in `astro dev`); prints the comparison and the budget verdicts and writes
// them to bench/results.json.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PAGEBREAK_MARKER } from '../src/lib/pagebreak.ts';
import { editLoopMedian, evaluateBudgets, examBudget, referenceSize, type BudgetInput, type MaintainerInput } from './budgets.ts';
import { assertGnuTime, measureBuild, type BuildMeasurement, type BuildSpec } from './build.ts';
import { measureCheck } from './check-time.ts';
import { writeCorpus } from './corpus.ts';
import { distStats } from './dist-stats.ts';
import { measureEditLoop } from './edit-loop.ts';
import { measureExamWeight } from './exam-weight.ts';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { measurePageWeight } from './page-weight.ts';
import { medianPhases } from './phases.ts';
import { renderReport } from './report.ts';
import type { BenchResults, MaintainerResult, SizeResult } from './results.ts';
import { loadCorpus, prepareStarlight, type StarlightVersions } from './starlight.ts';
import { summarize } from './stats.ts';

const REPO = resolve(import.meta.dirname, '..');
const WORK = join(REPO, 'bench', '.work');
const STARLIGHT = join(WORK, 'starlight');
const LANGUAGES = ['es', 'en'] as const;

type Site = 'ours' | 'starlight';

function buildSpec(site: Site, size: number, label: string, corpusDir: string): BuildSpec {
  return {
    projectDir: site === 'ours' ? REPO : STARLIGHT,
    outDir: join(WORK, 'dist', `${site}-${size}`),
    env: site === 'ours' ? { LESSONS_DIR: corpusDir } : {},
    logFile: join(WORK, 'logs', `${site}-${size}-${label}.log`),
  };
}

/** The file of the weighed lesson in each site's copy of the corpus. */
function lessonFile(site: Site, corpusDir: string, page: string): string {
  const relative = `${page.replace(/^\/|\/$/g, '')}.md`;
  return site === 'ours' ? join(corpusDir, relative) : join(STARLIGHT, 'src', 'content', 'docs', relative);
}

/** The page that shows the end of the weighed lesson: our last page, Starlight's only one. */
function lastPageOf(site: Site, file: string, page: string): string {
  if (site === 'starlight') return page;
  const pages = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() === PAGEBREAK_MARKER).length + 1;
  return pages > 1 ? `${page}${pages}/` : page;
}

async function sizeResult(size: number, builds: BuildMeasurement[], spec: BuildSpec, page: string): Promise<SizeResult> {
  return {
    lessonsPerLanguage: size,
    wallMs: summarize(builds.map((build) => build.wallMs)),
    cpuMs: summarize(builds.map((build) => build.cpuMs)),
    maxRssMiB: summarize(builds.map((build) => build.maxRssMiB)),
    phases: medianPhases(builds.map((build) => build.phases)),
    dist: distStats(spec.outDir),
    lessonPage: await measurePageWeight(spec.outDir, page),
  };
}

function budgetInput(result: SizeResult): BudgetInput {
  return {
    lessonsPerLanguage: result.lessonsPerLanguage,
    wallMs: result.wallMs.median,
    maxRssMiB: result.maxRssMiB.median,
    lessonHtmlGzip: result.lessonPage.html.gzip,
    lessonJavascriptGzip: result.lessonPage.javascriptBeforeInteraction.gzip,
    lessonFirstViewGzip: result.lessonPage.firstView.gzip,
    check: result.check,
  };
}

function maintainerInput(result: MaintainerResult): MaintainerInput {
  return { rebuildMs: result.rebuild.wallMs.median, devStartMs: result.editLoop.startMs, editLoopMs: result.editLoop.samplesMs };
}

/**
 * Right after the cold builds, each site's caches hold the last one: each rebuild edits
 * the weighed lesson and builds again; then `astro dev` measures saves of that lesson.
 */
async function measureMaintainer(options: BenchOptions, size: number, corpusDir: string, site: Site, port: number): Promise<MaintainerResult> {
  const file = lessonFile(site, corpusDir, options.page);
  const original = readFileSync(file, 'utf8');
  const rebuilds: BuildMeasurement[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      appendFileSync(file, `\n\nRebuild ${run} edited this lesson.\n`);
      process.stdout.write(`› N=${size} ${site} rebuild after one edit ${run}/${options.runs} … `);
      const measurement = await measureBuild(buildSpec(site, size, `rebuild${run}`, corpusDir), 'rebuild');
      rebuilds.push(measurement);
      console.log(`${(measurement.wallMs / 1000).toFixed(2)} s`);
    }
  } finally {
    writeFileSync(file, original);
  }
  process.stdout.write(`› N=${size} ${site} astro dev, ${options.saves} saves … `);
  const editLoop = await measureEditLoop({
    projectDir: site === 'ours' ? REPO : STARLIGHT,
    env: site === 'ours' ? { LESSONS_DIR: corpusDir } : {},
    port,
    lessonFile: file,
    page: lastPageOf(site, file, options.page),
    saves: options.saves,
    gapMs: 3000,
    logFile: join(WORK, 'logs', `${site}-${size}-dev.log`),
  });
  console.log(`first page after ${(editLoop.startMs / 1000).toFixed(2)} s, saves: median ${(editLoopMedian(editLoop.samplesMs) / 1000).toFixed(2)} s`);
  return {
    rebuild: {
      wallMs: summarize(rebuilds.map((build) => build.wallMs)),
      cpuMs: summarize(rebuilds.map((build) => build.cpuMs)),
      maxRssMiB: summarize(rebuilds.map((build) => build.maxRssMiB)),
      phases: medianPhases(rebuilds.map((build) => build.phases)),
    },
    editLoop,
  };
}

interface SizeMeasurements {
  results: Record<Site, SizeResult | null>;
  maintainer: Record<Site, MaintainerResult | null>;
}

async function measureSize(options: BenchOptions, size: number, reference: boolean): Promise<SizeMeasurements> {
  const corpusDir = join(WORK, `corpus-${size}`);
  writeCorpus(corpusDir, size);
  const sites: Site[] = options.starlight ? ['ours', 'starlight'] : ['ours'];
  if (options.starlight) loadCorpus(STARLIGHT, corpusDir, LANGUAGES);
  const builds: Record<Site, BuildMeasurement[]> = { ours: [], starlight: [] };
  // Alternating the sites spreads the drift of a shared machine's load over both.
  for (let run = 1; run <= options.runs; run++) {
    for (const site of sites) {
      process.stdout.write(`› N=${size} ${site} build ${run}/${options.runs} … `);
      const measurement = await measureBuild(buildSpec(site, size, `run${run}`, corpusDir), 'cold');
      builds[site].push(measurement);
      console.log(`${(measurement.wallMs / 1000).toFixed(2)} s, ${Math.round(measurement.maxRssMiB)} MiB`);
    }
  }
  const results: Record<Site, SizeResult | null> = { ours: null, starlight: null };
  for (const site of sites) results[site] = await sizeResult(size, builds[site], buildSpec(site, size, 'weighed', corpusDir), options.page);
  // Our last build was the last one of this size to touch our cache folder.
  process.stdout.write(`› N=${size} ours npm run check -- --content-only … `);
  results.ours!.check = await measureCheck(corpusDir);
  console.log(`${(results.ours!.check.afterBuildMs / 1000).toFixed(2)} s after a build, ${(results.ours!.check.coldMs / 1000).toFixed(2)} s without a cache`);
  const maintainer: Record<Site, MaintainerResult | null> = { ours: null, starlight: null };
  if (reference) {
    for (const [index, site] of sites.entries()) maintainer[site] = await measureMaintainer(options, size, corpusDir, site, 4500 + index);
  }
  return { results, maintainer };
}

function installedAstroVersion(): string {
  return (JSON.parse(readFileSync(join(REPO, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  assertGnuTime();
  const loadAtStart = loadavg()[0];
  const astro = installedAstroVersion();
  const starlightVersions: StarlightVersions | null = options.starlight ? prepareStarlight(STARLIGHT, astro, options.refreshStarlight) : null;
  const reference = referenceSize(options.sizes);

  const ours: SizeResult[] = [];
  const starlight: SizeResult[] = [];
  let maintainer: SizeMeasurements['maintainer'] | undefined;
  for (const size of options.sizes) {
    const measured = await measureSize(options, size, size === reference);
    ours.push(measured.results.ours!);
    if (measured.results.starlight) starlight.push(measured.results.starlight);
    if (size === reference) maintainer = measured.maintainer;
  }

  process.stdout.write('› the practice exam on the repository\'s course … ');
  const exam = await measureExamWeight({ projectDir: REPO, outDir: join(WORK, 'dist', 'exam'), logFile: join(WORK, 'logs', 'exam.log') }, 'en');
  console.log(`${exam.javascriptGzip} B of JavaScript`);

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), loadAverage: { start: loadAtStart, end: loadavg()[0] }, node: process.version },
    versions: { astro, starlight: starlightVersions?.starlight ?? null, starlightAstro: starlightVersions?.astro ?? null },
    options: { sizes: options.sizes, runs: options.runs, page: options.page, saves: options.saves },
    ours,
    starlight: options.starlight ? starlight : null,
    maintainer: { lessonsPerLanguage: reference, ours: maintainer!.ours!, starlight: maintainer!.starlight },
    exam,
    budgets: [
      ...evaluateBudgets(ours.map(budgetInput), options.starlight ? starlight.map(budgetInput) : null, {
        ours: maintainerInput(maintainer!.ours!),
        starlight: maintainer!.starlight ? maintainerInput(maintainer!.starlight) : null,
      }),
      examBudget(exam),
    ],
  };
  console.log(`\n${renderReport(results)}`);
  const output = resolve(REPO, options.output);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nResults written to ${output}; build and dev server logs in ${join(WORK, 'logs')}`);
}

await main();
