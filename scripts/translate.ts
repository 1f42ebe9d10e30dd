// `npm run translate -- <lesson file> [--to es|en]`: starts a translation. Writes the
// lesson's counterpart in the other language at the same path: frontmatter kept, marked
// `draft: true` (shown in `npm run dev`, left out of builds) with the language it is
// translated from, and the body to translate with every marker, code block and table in
// place. Never overwrites a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { listLessonFiles } from '../src/content/sources.ts';
import { normalizeText } from '../src/lib/text.ts';
import { projectPath } from '../src/content/settings.ts';
import { uiStrings } from '../src/i18n/ui-strings.ts';
import { isLocationProblem, locateLesson } from '../src/lib/lessons.ts';
import { translationDraft } from '../src/lib/translation-draft.ts';
import { projectSettings } from './project.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { to: { type: 'string' } } });
if (positionals.length !== 1) fail('Usage: npm run translate -- <lesson file> [--to es|en]');
const settings = await projectSettings({ includeDrafts: true });
const file = resolve(process.cwd(), positionals[0]);
if (!existsSync(file)) fail(`${positionals[0]} does not exist.`);
const id = relative(settings.lessonsDir, file).split(sep).join('/');
const location = locateLesson(id, settings.locales);
if (id.startsWith('..') || isLocationProblem(location)) {
  fail(`${projectPath(settings, file)} is not a lesson: lessons are .md and .mdx files in ${settings.locales.map((lang) => `${projectPath(settings, join(settings.lessonsDir, lang))}/`).join(' or ')}.`);
}
const others = settings.locales.filter((lang) => lang !== location.lang);
const target = values.to ?? (others.length === 1 ? others[0] : undefined);
if (!target) fail(`Say which language to translate into: --to ${others.join(' or --to ')}`);
if (!settings.locales.includes(target) || target === location.lang) fail(`--to must be another language of the course: ${others.join(', ')}.`);

// The same lesson in the target language, whatever its date prefix or extension.
const existing = listLessonFiles(settings).find((candidate) => {
  const other = locateLesson(relative(projectPath(settings, settings.lessonsDir), candidate), settings.locales);
  return !isLocationProblem(other) && other.lang === target && other.identity === location.identity;
});
if (existing) fail(`${existing} already exists: a translation is not overwritten.`);

const destination = join(settings.lessonsDir, target, id.slice(location.lang.length + 1));
const strings = uiStrings(target);
const draft = translationDraft(normalizeText(readFileSync(file, 'utf8')), {
  sourceLang: location.lang,
  note: strings.translatorNote(strings.languageNames[location.lang] ?? location.lang),
  format: id.endsWith('.mdx') ? 'mdx' : 'md',
});
mkdirSync(dirname(destination), { recursive: true });
writeFileSync(destination, draft, { flag: 'wx' });
console.log(`Wrote ${projectPath(settings, destination)}, a draft translation of ${projectPath(settings, file)}.`);
console.log('Translate its text, check it with npm run dev (drafts show there with a badge), then remove `draft: true` to publish it.');
