// `npm run check`: content validation and broken links without a build, a translation
// report, then the type check (`astro check`). Exit code 1 on errors only.
//
//   npm run check                    human-readable report
//   npm run -s check -- --json       the same report as JSON on stdout, for CI
//   npm run check -- --content-only  skip the type check (it takes a while)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkContent } from '../src/content/check.ts';
import { checkReportJson, exitCode, formatConclusion, formatContentReport, type CheckReport, type TypeCheck } from '../src/lib/check-report.ts';
import { projectSettings } from './project.ts';

const FLAGS = ['--json', '--content-only'];
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !FLAGS.includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Options: ${FLAGS.join(', ')}`);
  process.exit(2);
}
const json = args.includes('--json');
const contentOnly = args.includes('--content-only');

const settings = await projectSettings({ includeDrafts: false });
const projectRoot = settings.root;

const content = await checkContent(settings);

function typeCheck(): TypeCheck {
  if (contentOnly) return { status: 'skipped', reason: 'as asked by --content-only' };
  if (content.problems.some((problem) => problem.severity === 'error')) {
    return { status: 'skipped', reason: 'because astro check loads the course: fix the content errors first' };
  }
  const astroPackage = createRequire(join(projectRoot, 'package.json')).resolve('astro/package.json');
  const astroBin = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);
  // The human report streams astro check's own output; JSON keeps stdout for the report.
  const run = spawnSync(process.execPath, [astroBin, 'check'], { cwd: projectRoot, stdio: json ? 'pipe' : 'inherit', encoding: 'utf8' });
  const status = run.status === 0 ? 'passed' : 'failed';
  return json ? { status, output: `${run.stdout}${run.stderr}` } : { status };
}

const contentReport = { ...content, locales: settings.locales };
if (!json) process.stdout.write(formatContentReport(contentReport));
const report: CheckReport = { ...contentReport, types: typeCheck() };
process.stdout.write(json ? checkReportJson(report) : formatConclusion(report));
process.exitCode = exitCode(report);
