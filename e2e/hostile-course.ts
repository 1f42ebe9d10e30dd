// A course of hostile and odd lessons that must still build and read well: titles,
// descriptions, section and course titles holding markup, quotes, ampersands and emoji;
// files with CRLF line endings or a byte-order mark; a lesson of 2 MB and one of 300
// pagebreaks; names with spaces, accents and capitals; a lesson with a title and nothing
// else; files in the lessons folder that are not lessons. The build test and the
// end-to-end tests both build it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Markup, a closing script tag, both quotes, an ampersand and an emoji. */
export const PAYLOAD = `<img src=x onerror=alert(1)> </script> "dq" 'sq' & 🚀`;

/** The payload as one quoted YAML scalar. */
const yaml = (text: string) => JSON.stringify(text);

export const HOSTILE = {
  courseTitle: { es: `Curso ${PAYLOAD}`, en: `Course ${PAYLOAD}` },
  sectionTitle: { es: `Sección ${PAYLOAD}`, en: `Section ${PAYLOAD}` },
  lessonTitle: { es: `Lección ${PAYLOAD}`, en: `Lesson ${PAYLOAD}` },
  /** Exists in Spanish only: the English site shows its title in the notice. */
  untranslatedTitle: `Solo en español ${PAYLOAD}`,
  description: `Descripción ${PAYLOAD}`,
  /** A word only the hostile lesson holds, to find it with search. */
  searchWord: 'zarzaparrilla',
};

/** Where the odd lessons land, under `/es/`. */
export const ODD = {
  crlf: '01-hostil/crlf/',
  bom: '01-hostil/bom/',
  crlfMdx: '01-hostil/crlf-mdx/',
  large: '02-seccion-grande/leccion-larga/',
  long: '02-seccion-grande/trescientas-paginas/',
  empty: '02-seccion-grande/vacia/',
  oddName: '02-seccion-grande/leccion-nandu-uber-mayusculas/',
};

const LONG_PAGES = 301;

function frontmatter(fields: Record<string, string>): string {
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`;
}

/** About `bytes` of ordinary prose, in paragraphs. */
function prose(bytes: number): string {
  const paragraph = 'El contenedor se ejecuta en un clúster gestionado; cada tarea declara su imagen, su memoria y sus puertos. '.repeat(8);
  return Array.from({ length: Math.ceil(bytes / (paragraph.length + 2)) }, (_, index) => `${index + 1}. ${paragraph}`).join('\n\n');
}

/** The course's files, by path under the lessons folder. */
export function hostileCourseFiles(): Record<string, string | Buffer> {
  const lesson = (lang: 'es' | 'en') =>
    `${frontmatter({ title: yaml(HOSTILE.lessonTitle[lang]), description: yaml(HOSTILE.description) })}\n` +
    `Texto con ${HOSTILE.searchWord}.\n\n<!-- pagebreak -->\n\n## ${lang === 'es' ? 'Preguntas' : 'Questions'}\n\n` +
    `### ${lang === 'es' ? 'Pregunta' : 'Question'} 1: "quotes" & 'more'\n\n¿Cuál?\n\n` +
    `- A) Uno\n  - ${lang === 'es' ? 'Correcta' : 'Correct'}: sí.\n- B) Dos\n  - ${lang === 'es' ? 'Incorrecta' : 'Incorrect'}: no.\n`;
  const crlf = `${frontmatter({ title: 'CRLF' })}\nUno.\n\n<!-- pagebreak -->\n\nDos.\n\n<!--PageBreak-->\n\nTres.\n`.replace(/\n/g, '\r\n');
  return {
    'course.yml': `es:\n  title: ${yaml(HOSTILE.courseTitle.es)}\n  description: ${yaml(HOSTILE.description)}\nen:\n  title: ${yaml(HOSTILE.courseTitle.en)}\n`,
    'notes.txt': 'Ideas for next term.\n',
    '.DS_Store': Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]),
    'es/notas.txt': 'Pendiente.\n',
    'es/01-hostil/_section.yml': `title: ${yaml(HOSTILE.sectionTitle.es)}\n`,
    'en/01-hostil/_section.yml': `title: ${yaml(HOSTILE.sectionTitle.en)}\n`,
    'es/01-hostil/01-titulo.md': lesson('es'),
    'en/01-hostil/01-titulo.md': lesson('en'),
    'es/01-hostil/02-solo.md': `${frontmatter({ title: yaml(HOSTILE.untranslatedTitle) })}\nSolo en español.\n`,
    'es/01-hostil/crlf.md': crlf,
    'es/01-hostil/crlf-mdx.mdx': crlf,
    'es/01-hostil/bom.mdx': `\uFEFF${frontmatter({ title: 'BOM' })}\nUno.\n\n<!-- pagebreak -->\n\nDos.\n`,
    'es/02-Sección Grande/_section.yml': 'title: Sección grande\n',
    'es/02-Sección Grande/Lección larga.md': `${frontmatter({ title: 'Larga' })}\n${prose(2_000_000)}\n`,
    'es/02-Sección Grande/Trescientas páginas.md': `${frontmatter({ title: 'Trescientas páginas' })}\n${Array.from({ length: LONG_PAGES }, (_, index) => `## Parte ${index + 1}\n\nTexto de la parte ${index + 1}.`).join('\n\n<!-- pagebreak -->\n\n')}\n`,
    'es/02-Sección Grande/vacía.md': frontmatter({ title: 'Vacía' }),
    'es/02-Sección Grande/Lección Ñandú über MAYÚSCULAS.md': `${frontmatter({ title: 'Ñandú' })}\nUn nombre de archivo con espacios, tildes y mayúsculas.\n`,
  };
}

export const LONG_LESSON_PAGES = LONG_PAGES;

/** Writes the course into `folder`, emptied first. */
export function writeHostileCourse(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  for (const [path, content] of Object.entries(hostileCourseFiles())) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
}
