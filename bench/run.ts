// `npm run bench`: builds our site and a plain Starlight site from the same synthetic
// course, cold, several times per corpus size, in one run on one machine; prints the
// comparison and the SPEC §10 verdicts and writes them to bench/results.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { evaluateBudgets, type BudgetInput } from './budgets.ts';
import { assertGnuTime, coldBuild, type BuildMeasurement, type BuildSpec } from './cold-build.ts';
import { writeCorpus } from './corpus.ts';
import { distStats } from './dist-stats.ts';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { measurePageWeight } from './page-weight.ts';
import { medianPhases } from './phases.ts';
import { renderReport } from './report.ts';
import type { BenchResults, SizeResult } from './results.ts';
import { loadCorpus, prepareStarlight, type StarlightVersions } from './starlight.ts';
import { summarize } from './stats.ts';

const REPO = resolve(import.meta.dirname, '..');
const WORK = join(REPO, 'bench', '.work');
const STARLIGHT = join(WORK, 'starlight');
const LANGUAGES = ['es', 'en'] as const;

type Site = 'ours' | 'starlight';

function buildSpec(site: Site, size: number, run: number, corpusDir: string): BuildSpec {
  return {
    projectDir: site === 'ours' ? REPO : STARLIGHT,
    outDir: join(WORK, 'dist', `${site}-${size}`),
    env: site === 'ours' ? { LESSONS_DIR: corpusDir } : {},
    logFile: join(WORK, 'logs', `${site}-${size}-run${run}.log`),
  };
}

function sizeResult(size: number, builds: BuildMeasurement[], spec: BuildSpec, page: string): SizeResult {
  return {
    lessonsPerLanguage: size,
    wallMs: summarize(builds.map((build) => build.wallMs)),
    cpuMs: summarize(builds.map((build) => build.cpuMs)),
    maxRssMiB: summarize(builds.map((build) => build.maxRssMiB)),
    phases: medianPhases(builds.map((build) => build.phases)),
    dist: distStats(spec.outDir),
    lessonPage: measurePageWeight(spec.outDir, page),
  };
}

function budgetInput(result: SizeResult): BudgetInput {
  return {
    lessonsPerLanguage: result.lessonsPerLanguage,
    wallMs: result.wallMs.median,
    maxRssMiB: result.maxRssMiB.median,
    lessonHtmlBytes: result.lessonPage.html.raw,
    lessonJavascriptGzip: result.lessonPage.javascriptBeforeInteraction.gzip,
    lessonFirstViewGzip: result.lessonPage.firstView.gzip,
  };
}

async function measureSize(options: BenchOptions, size: number): Promise<Record<Site, SizeResult | null>> {
  const corpusDir = join(WORK, `corpus-${size}`);
  writeCorpus(corpusDir, size);
  const sites: Site[] = options.starlight ? ['ours', 'starlight'] : ['ours'];
  if (options.starlight) loadCorpus(STARLIGHT, corpusDir, LANGUAGES);
  const builds: Record<Site, BuildMeasurement[]> = { ours: [], starlight: [] };
  // Alternating the sites spreads the drift of a shared machine's load over both.
  for (let run = 1; run <= options.runs; run++) {
    for (const site of sites) {
      process.stdout.write(`› N=${size} ${site} build ${run}/${options.runs} … `);
      const measurement = await coldBuild(buildSpec(site, size, run, corpusDir));
      builds[site].push(measurement);
      console.log(`${(measurement.wallMs / 1000).toFixed(2)} s, ${Math.round(measurement.maxRssMiB)} MiB`);
    }
  }
  const result = (site: Site) =>
    builds[site].length === 0 ? null : sizeResult(size, builds[site], buildSpec(site, size, options.runs, corpusDir), options.page);
  return { ours: result('ours'), starlight: result('starlight') };
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
  const starlightVersions: StarlightVersions | null = options.starlight
    ? prepareStarlight(STARLIGHT, astro, options.refreshStarlight)
    : null;

  const ours: SizeResult[] = [];
  const starlight: SizeResult[] = [];
  for (const size of options.sizes) {
    const measured = await measureSize(options, size);
    ours.push(measured.ours!);
    if (measured.starlight) starlight.push(measured.starlight);
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), loadAverage: { start: loadAtStart, end: loadavg()[0] }, node: process.version },
    versions: { astro, starlight: starlightVersions?.starlight ?? null, starlightAstro: starlightVersions?.astro ?? null },
    options: { sizes: options.sizes, runs: options.runs, page: options.page },
    ours,
    starlight: options.starlight ? starlight : null,
    budgets: evaluateBudgets(ours.map(budgetInput), options.starlight ? starlight.map(budgetInput) : null),
  };
  console.log(`\n${renderReport(results)}`);
  const output = resolve(REPO, options.output);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nResults written to ${output}; build logs in ${join(WORK, 'logs')}`);
}

await main();
