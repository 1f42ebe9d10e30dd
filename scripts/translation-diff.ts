// `npm run translation-diff -- <lesson file>`: what changed in a lesson's source since
// its translation was last updated, as a diff, so the translator sees which sentences
// to revisit. Give either the translation or its source.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { readHistory } from '../src/content/git-history.ts';
import { projectPath } from '../src/content/settings.ts';
import { readCourseSources } from '../src/content/sources.ts';
import { lastCountedCommit, translationStatuses } from '../src/lib/translations.ts';
import { projectSettings } from './project.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [given] = process.argv.slice(2);
if (!given) fail('Usage: npm run translation-diff -- <lesson file>');
const settings = await projectSettings({ includeDrafts: true });
const file = resolve(process.cwd(), given);
if (!existsSync(file)) fail(`${given} does not exist.`);
const id = relative(settings.lessonsDir, file).split(sep).join('/');
const sources = readCourseSources(settings).lessons;
const lesson = sources.find((source) => source.id === id);
if (!lesson) fail(`${projectPath(settings, file)} is not a lesson of the course in ${projectPath(settings, settings.lessonsDir)}/.`);
const versions = sources.filter((source) => source.location.identity === lesson.location.identity);
if (versions.length < 2) fail(`${lesson.file} exists in one language only: there is no translation to compare.`);
const history = readHistory(settings.lessonsDir);
if (!history.available) fail(`Cannot tell what changed: ${history.reason}.`);

const files = versions.map((source) => ({
  lang: source.location.lang,
  file: source.file,
  draft: source.frontmatter.draft ?? false,
  source: source.frontmatter.source,
  history: history.of(source.absolutePath),
}));
const statuses = translationStatuses(files, settings.defaultLocale);
const source = files.find((candidate) => statuses.get(candidate)!.status === 'source')!;
const translations = files.filter((candidate) => candidate !== source && (candidate.file === lesson.file || lesson.file === source.file));
const color = process.stdout.isTTY ? ['--color=always'] : [];
for (const translation of translations) {
  const status = statuses.get(translation)!;
  const last = lastCountedCommit(translation.history);
  if (status.status === 'in-progress') {
    console.log(`${translation.file} is a draft translation of ${source.file}: translate the whole lesson.`);
  } else if (status.status !== 'outdated' || !last) {
    console.log(`${translation.file} is up to date with ${source.file}.`);
  } else {
    // The source's path when the translation was last updated: it may have been renamed since.
    const then = source.history.commits.find((commit) => commit.order >= last.order)?.path;
    const paths = [...new Set([then, resolve(settings.root, source.file)].filter((path): path is string => path !== undefined))];
    console.log(`${translation.file} was last updated in ${last.hash.slice(0, 7)} (${last.date}, ${last.subject}).`);
    console.log(`What changed in ${source.file} since${status.uncommittedSource ? ', changes not committed yet included' : ''}:\n`);
    const diff = spawnSync('git', ['-C', settings.lessonsDir, 'diff', ...color, '-M', last.hash, '--', ...paths], { stdio: 'inherit' });
    if (diff.status !== 0) process.exitCode = diff.status ?? 1;
  }
}
