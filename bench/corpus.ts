// Deterministic synthetic course for the benchmark: N lessons per language,
// ~3 KB each, sections of 10 lessons, the same structure in Spanish and English.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/lib/random.ts';

type Lang = 'es' | 'en';

const WORDS: Record<Lang, string[]> = {
  es: [
    'contenedor', 'instancia', 'región', 'función', 'configuración', 'almacenamiento', 'política',
    'aplicación', 'red', 'seguridad', 'cómputo', 'escalado', 'análisis', 'página', 'búsqueda',
    'lección', 'sección', 'útil', 'rápido', 'práctica', 'servicio', 'gestión', 'automática',
    'también', 'después', 'según', 'más', 'fácil', 'examen', 'pregunta', 'máquina', 'energía',
    'código', 'número', 'título', 'último', 'índice', 'capítulo', 'método', 'sólido',
  ],
  en: [
    'container', 'instance', 'region', 'function', 'configuration', 'storage', 'policy',
    'application', 'network', 'security', 'compute', 'scaling', 'analysis', 'page', 'search',
    'lesson', 'section', 'useful', 'fast', 'practice', 'service', 'management', 'automatic',
    'also', 'after', 'according', 'more', 'easy', 'exam', 'question', 'machine', 'energy',
    'code', 'number', 'title', 'last', 'index', 'chapter', 'method', 'solid',
  ],
};

const LABELS: Record<Lang, { lesson: string; table: string[]; summary: string; tip: string }> = {
  es: { lesson: 'Lección', table: ['Criterio', 'Opción A', 'Opción B', 'Opción C'], summary: 'Resumen', tip: 'Consejo' },
  en: { lesson: 'Lesson', table: ['Criterion', 'Option A', 'Option B', 'Option C'], summary: 'Summary', tip: 'Tip' },
};

function lessonText(lang: Lang, index: number): string {
  // Both languages draw from the same sequence, so their structure is identical.
  const next = seededRandom(index + 1);
  const words = WORDS[lang];
  const label = LABELS[lang];
  const phrase = (count: number) =>
    Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
  const sentence = (count: number) => {
    const text = phrase(count);
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence(10)).join(' ');
  const title = `${label.lesson} ${index + 1}: ${phrase(3)}`;
  const part = (n: number) => [
    `### ${sentence(3).slice(0, -1)} ${n}`,
    '',
    paragraph(),
    '',
    `#### ${sentence(2).slice(0, -1)}`,
    '',
    ...Array.from({ length: 3 }, () => `- **${phrase(1)}**: ${sentence(8)}`),
    '',
  ];
  const table = [
    `| ${label.table.join(' | ')} |`,
    '| --- | --- | --- | --- |',
    ...Array.from({ length: 4 }, () => `| ${phrase(1)} | ${phrase(2)} | ${phrase(2)} | ${phrase(2)} |`),
  ];
  const code = ['```js', `const ${'x'.repeat(1 + (index % 3))} = ${index};`, 'console.log("hola", x);', '```'];
  return [
    '---',
    `title: "${title}"`,
    `description: "${sentence(8).slice(0, -1)}"`,
    '---',
    '',
    ...part(1),
    paragraph(),
    '',
    '<!-- pagebreak -->',
    '',
    ...part(2),
    table.join('\n'),
    '',
    '<!-- pagebreak -->',
    '',
    ...part(3),
    code.join('\n'),
    '',
    '<!-- pagebreak -->',
    '',
    `### ${label.summary}`,
    '',
    paragraph(),
    '',
    `**${label.tip}**: ${sentence(12)}`,
    '',
  ].join('\n');
}

// The site reads the course title and description from `course.yml` at the top of the
// lessons folder and only warns without it; the benchmark builds the complete case.
const COURSE_YML = [
  'es:',
  '  title: Curso sintético',
  '  description: Curso generado para medir la compilación, lección a lección.',
  'en:',
  '  title: Synthetic course',
  '  description: A generated course for measuring the build, lesson by lesson.',
  '',
].join('\n');

/**
 * Writes `<outDir>/course.yml` and `<outDir>/<lang>/section-NN/lesson-NNN.md` for both
 * languages; returns the lesson files.
 */
export function writeCorpus(outDir: string, lessonsPerLanguage: number): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'course.yml'), COURSE_YML);
  const files: string[] = [];
  for (const lang of ['es', 'en'] as const) {
    for (let i = 0; i < lessonsPerLanguage; i++) {
      const section = `section-${String(Math.floor(i / 10) + 1).padStart(2, '0')}`;
      const dir = join(outDir, lang, section);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `lesson-${String(i + 1).padStart(3, '0')}.md`);
      writeFileSync(file, lessonText(lang, i));
      files.push(file);
    }
  }
  return files;
}

if (import.meta.main) {
  const [outDir = 'bench/.corpus', count = '50'] = process.argv.slice(2);
  const files = writeCorpus(outDir, Number(count));
  console.log(`wrote ${files.length} lessons to ${outDir}`);
}
