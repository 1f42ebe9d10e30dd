// The printed report: builds side by side with ratios ours/Starlight, what a maintainer
// waits for, the weighed lesson page, HTML growth with N, our build's phases, and the
// budget verdicts.
import { editLoopMedian, referenceSize } from './budgets.ts';
import type { Bytes } from './page-weight.ts';
import type { BenchResults, MaintainerResult, SizeResult } from './results.ts';
import type { Summary } from './stats.ts';

/** Columns padded to their widest cell; the first column left-aligned, the rest right. */
export function formatTable(rows: readonly string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const mebibytes = (mib: number) => `${Math.round(mib)} MiB`;
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (ours: number, theirs: number | undefined) =>
  theirs === undefined || theirs === 0 ? '' : `${(ours / theirs).toFixed(2)}×`;

function spread(summary: Summary, unit: (value: number) => string): string {
  return summary.samples.length > 1 ? `${unit(summary.median)} [${unit(summary.min)}–${unit(summary.max)}]` : unit(summary.median);
}

function buildsTable(results: BenchResults): string {
  const rows: string[][] = [['', 'N', 'ours', 'Starlight', 'ours/Starlight']];
  const measures: Array<[string, (result: SizeResult) => string, (result: SizeResult) => number]> = [
    ['wall time', (r) => spread(r.wallMs, seconds), (r) => r.wallMs.median],
    ['CPU time (user+sys)', (r) => spread(r.cpuMs, seconds), (r) => r.cpuMs.median],
    ['peak memory (max RSS)', (r) => spread(r.maxRssMiB, mebibytes), (r) => r.maxRssMiB.median],
    ['HTML files', (r) => String(r.dist.htmlFiles), (r) => r.dist.htmlFiles],
    ['dist/ size', (r) => kilobytes(r.dist.bytes), (r) => r.dist.bytes],
    ['pagefind/ folder', (r) => (r.dist.pagefindBytes === null ? 'none' : kilobytes(r.dist.pagefindBytes)), (r) => r.dist.pagefindBytes ?? 0],
    [
      '  of which index (.pf_*)',
      (r) => (r.dist.pagefindIndexBytes === null ? 'none' : kilobytes(r.dist.pagefindIndexBytes)),
      (r) => r.dist.pagefindIndexBytes ?? 0,
    ],
  ];
  for (const [label, text, value] of measures) {
    for (const ours of results.ours) {
      const theirs = results.starlight?.find((result) => result.lessonsPerLanguage === ours.lessonsPerLanguage);
      rows.push([
        label,
        String(ours.lessonsPerLanguage),
        text(ours),
        theirs ? text(theirs) : '-',
        theirs && value(ours) > 0 ? ratio(value(ours), value(theirs)) : '',
      ]);
    }
  }
  return formatTable(rows);
}

function pageTable(ours: SizeResult, theirs: SizeResult | undefined): string {
  const rows: string[][] = [['bytes', 'ours raw', 'ours gzip', 'Starlight raw', 'Starlight gzip', 'ours/Starlight gzip']];
  const lines: Array<[string, (result: SizeResult) => Bytes]> = [
    ['HTML', (r) => r.lessonPage.html],
    ['  of which inline scripts', (r) => r.lessonPage.inlineScripts],
    ['CSS', (r) => r.lessonPage.css],
    ['JS files', (r) => r.lessonPage.js],
    ['fonts', (r) => r.lessonPage.fonts],
    ['JS before interaction (files + inline)', (r) => r.lessonPage.javascriptBeforeInteraction],
    ['first view (HTML+CSS+JS+fonts)', (r) => r.lessonPage.firstView],
  ];
  for (const [label, pick] of lines) {
    const mine = pick(ours);
    const other = theirs ? pick(theirs) : undefined;
    rows.push([
      label,
      String(mine.raw),
      String(mine.gzip),
      other ? String(other.raw) : '-',
      other ? String(other.gzip) : '-',
      other ? ratio(mine.gzip, other.gzip) : '',
    ]);
  }
  return formatTable(rows);
}

function percentChange(from: number, to: number): string {
  const change = (to / from - 1) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}

function htmlGrowth(label: string, sites: readonly SizeResult[]): string {
  const first = sites[0].lessonPage.html;
  const last = sites[sites.length - 1].lessonPage.html;
  const sizes = sites.map((site) => `N=${site.lessonsPerLanguage} ${site.lessonPage.html.gzip} B`).join(' → ');
  return `${label}: gzip ${sizes} (${percentChange(first.gzip, last.gzip)}; raw ${first.raw} → ${last.raw} B, ${percentChange(first.raw, last.raw)})`;
}

function maintainerTable(ours: MaintainerResult, theirs: MaintainerResult | null): string {
  const rows: string[][] = [['', 'ours', 'Starlight', 'ours/Starlight']];
  const saves = (result: MaintainerResult) => result.editLoop.samplesMs;
  const shown = (result: MaintainerResult) => `${saves(result).filter((sample) => sample !== null).length} of ${saves(result).length}`;
  const slowest = (result: MaintainerResult) => Math.max(...saves(result).map((sample) => sample ?? Number.POSITIVE_INFINITY));
  rows.push(['rebuild after one edit', spread(ours.rebuild.wallMs, seconds), theirs ? spread(theirs.rebuild.wallMs, seconds) : '-', theirs ? ratio(ours.rebuild.wallMs.median, theirs.rebuild.wallMs.median) : '']);
  rows.push(['  peak memory', mebibytes(ours.rebuild.maxRssMiB.median), theirs ? mebibytes(theirs.rebuild.maxRssMiB.median) : '-', '']);
  rows.push([
    'astro dev: start to first lesson page',
    seconds(ours.editLoop.startMs),
    theirs ? seconds(theirs.editLoop.startMs) : '-',
    theirs ? ratio(ours.editLoop.startMs, theirs.editLoop.startMs) : '',
  ]);
  rows.push([
    'edit loop: save to page, median',
    seconds(editLoopMedian(saves(ours))),
    theirs ? seconds(editLoopMedian(saves(theirs))) : '-',
    theirs ? ratio(editLoopMedian(saves(ours)), editLoopMedian(saves(theirs))) : '',
  ]);
  rows.push(['  slowest save', seconds(slowest(ours)), theirs ? seconds(slowest(theirs)) : '-', '']);
  rows.push(['  saves shown', shown(ours), theirs ? shown(theirs) : '-', '']);
  return formatTable(rows);
}

function phasesTable(result: Pick<SizeResult, 'phases'>): string {
  const total = result.phases.reduce((sum, phase) => sum + phase.ms, 0);
  const rows = [['phase', 'median', 'share']];
  for (const phase of result.phases) rows.push([phase.name, seconds(phase.ms), `${((phase.ms / total) * 100).toFixed(0)}%`]);
  return formatTable(rows);
}

function marginalCost(label: string, sites: readonly SizeResult[]): string {
  if (sites.length < 2) return '';
  const parts = sites.slice(1).map((site, index) => {
    const previous = sites[index];
    const lessons = 2 * (site.lessonsPerLanguage - previous.lessonsPerLanguage);
    const ms = (site.wallMs.median - previous.wallMs.median) / lessons;
    const mib = (site.maxRssMiB.median - previous.maxRssMiB.median) / lessons;
    return `N=${previous.lessonsPerLanguage}→${site.lessonsPerLanguage}: ${ms.toFixed(1)} ms and ${mib.toFixed(2)} MiB per extra lesson file`;
  });
  return `${label}: ${parts.join('; ')}`;
}

export function renderReport(results: BenchResults): string {
  const { machine, versions, options } = results;
  const size = referenceSize(options.sizes);
  const ours = results.ours.find((result) => result.lessonsPerLanguage === size)!;
  const theirs = results.starlight?.find((result) => result.lessonsPerLanguage === size);
  const verdict = (pass: boolean | null) => (pass === null ? '[ -- ]' : pass ? '[PASS]' : '[FAIL]');
  const sections = [
    `Benchmark ${results.date}: ${machine.cpus} CPUs, load average ${machine.loadAverage.start.toFixed(1)} at start and ${machine.loadAverage.end.toFixed(1)} at end` +
      (Math.max(machine.loadAverage.start, machine.loadAverage.end) > machine.cpus / 2
        ? ' (the machine was busy: timings are noisy)'
        : ''),
    `Node ${machine.node}; our Astro ${versions.astro}` +
      (versions.starlight ? `; Starlight ${versions.starlight} on Astro ${versions.starlightAstro}` : '; Starlight not built') +
      `; ${options.runs} cold build(s) per site and size, median [min–max]`,
    '',
    buildsTable(results),
    '',
    `What a maintainer waits for at N=${results.maintainer.lessonsPerLanguage} (${options.runs} rebuild(s), ${options.saves} saves in astro dev 3 s apart):`,
    maintainerTable(results.maintainer.ours, results.maintainer.starlight),
    '',
    [marginalCost('ours', results.ours), results.starlight ? marginalCost('Starlight', results.starlight) : '']
      .filter(Boolean)
      .join('\n'),
    '',
    'npm run check -- --content-only (ours): ' +
      results.ours
        .filter((result) => result.check)
        .map(
          (result) =>
            `N=${result.lessonsPerLanguage} ${seconds(result.check!.afterBuildMs)} after a build, ${seconds(result.check!.coldMs)} with no cache (micromark alone parses the same lessons in ${seconds(result.check!.parseMs)})`,
        )
        .join('; '),
    '',
    `Lesson page ${options.page} at N=${size}, loaded before interaction:`,
    pageTable(ours, theirs),
    '',
    'Lesson page HTML by corpus size (compressed, then raw):',
    htmlGrowth('ours', results.ours),
    ...(results.starlight ? [htmlGrowth('Starlight', results.starlight)] : []),
    '',
    `Practice exam on the repository's course: ${results.exam.page} loads ${results.exam.javascriptGzip} B of JavaScript (gzip); ${results.exam.banks}`,
    '',
    `Where our build's time goes at N=${size} (from log line arrival times):`,
    phasesTable(ours),
    ...(theirs ? ['', `Starlight at N=${size}, same phases:`, phasesTable(theirs)] : []),
    '',
    `Our rebuild after one edit at N=${results.maintainer.lessonsPerLanguage}, same phases:`,
    phasesTable({ phases: results.maintainer.ours.rebuild.phases }),
    '',
    'Budgets:',
    ...results.budgets.map((item) => `${verdict(item.pass)} ${item.budget}: ${item.measured}`),
  ];
  return sections.join('\n');
}
