// A course built to test search results: fourteen lessons per language that each name a
// lighthouse once (more lessons than the dialog shows at once), a five-page lesson with a
// compass on every page, and a lesson titled "Glaciers" that mentions a glacier once in a
// long text, against two shorter lessons that mention glaciers again and again.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Section folders, the same in both languages: a lesson's identity is its path. */
const SECTIONS = ['01-coast', '02-mountain', '03-ice'];

interface LanguageText {
  course: string;
  sectionTitles: string[];
  /** Lesson titles, in section order: five, five and four. */
  titles: string[];
  lighthouse: (lesson: number) => string;
  glacierSeen: string;
  glacierAtEnd: string;
  compass: (page: number) => string;
  compassHeading: string;
  filler: string[];
}

const TEXT: Record<'es' | 'en', LanguageText> = {
  es: {
    course: 'Curso de geografía',
    sectionTitles: ['Costa', 'Montaña', 'Hielo'],
    titles: ['Puertos', 'Mareas', 'Acantilados', 'Dunas', 'Arrecifes', 'Cumbres', 'Valles', 'Orientación', 'Refugios', 'Senderos', 'Glaciares', 'Icebergs', 'Auroras', 'Tundra'],
    lighthouse: (lesson) => `En el mapa ${lesson} aparece un faro al fondo.`,
    glacierSeen: 'Desde aquí se ve el glaciar.',
    glacierAtEnd: 'Al final del camino espera un glaciar.',
    compass: (page) => `En la etapa ${page} la brújula marca el camino de vuelta.`,
    compassHeading: 'La etapa central',
    filler: [
      'El mapa muestra la línea de la costa, los caminos y los pueblos de la zona.',
      'Cada ruta tiene su desnivel, su distancia y el tiempo que suele llevar.',
      'Conviene salir temprano, llevar agua y avisar a alguien del plan del día.',
      'Las estaciones cambian el paisaje: la nieve, la lluvia y el viento mandan.',
      'Los nombres de los lugares cuentan la historia de quienes vivieron allí.',
      'Un buen cuaderno de campo guarda fechas, notas y dibujos de cada salida.',
    ],
  },
  en: {
    course: 'Geography course',
    sectionTitles: ['Coast', 'Mountain', 'Ice'],
    titles: ['Harbours', 'Tides', 'Cliffs', 'Dunes', 'Reefs', 'Summits', 'Valleys', 'Orienteering', 'Huts', 'Trails', 'Glaciers', 'Icebergs', 'Auroras', 'Tundra'],
    lighthouse: (lesson) => `Map ${lesson} shows a lighthouse at its edge.`,
    glacierSeen: 'From here you can see the glacier.',
    glacierAtEnd: 'At the end of the path waits a glacier.',
    compass: (page) => `On stage ${page} the compass points the way back.`,
    compassHeading: 'The middle stage',
    filler: [
      'The map shows the shoreline, the paths and the villages of the area.',
      'Every route has its climb, its distance and the time it usually takes.',
      'Start early, carry water and tell someone the plan for the day.',
      'The seasons change the landscape: snow, rain and wind decide.',
      'Place names tell the story of the people who lived there.',
      'A good field notebook keeps dates, notes and drawings of every outing.',
    ],
  },
};

/** The lessons, by their place in `titles`, that test ranking and grouping. */
const GLACIER_MENTIONS: Record<number, number> = { 5: 4, 6: 3, 10: 1 };
const COMPASS_LESSON = 7;
const TITLE_LESSON = 10;

function body(text: LanguageText, index: number): string {
  const filler = (from: number, count: number) => Array.from({ length: count }, (_, at) => text.filler[(from + at) % text.filler.length]).join(' ');
  const paragraphs = [text.lighthouse(index + 1), filler(index, 3)];
  const mentions = GLACIER_MENTIONS[index] ?? 0;
  if (index === TITLE_LESSON) {
    // A long lesson with one mention: only its title can put it first.
    paragraphs.push(...Array.from({ length: 8 }, (_, at) => filler(at, 5)), text.glacierAtEnd);
  } else if (mentions > 0) {
    paragraphs.push(Array.from({ length: mentions }, (_, at) => `${text.glacierSeen} ${text.filler[at]}`).join(' '));
  }
  if (index === COMPASS_LESSON) {
    const pages = Array.from({ length: 5 }, (_, at) => `${at === 2 ? `## ${text.compassHeading}\n\n` : ''}${text.compass(at + 1)} ${filler(at, 2)}`);
    return [paragraphs.join('\n\n'), ...pages].join('\n\n<!-- pagebreak -->\n\n');
  }
  return paragraphs.join('\n\n');
}

/** Writes the course into `folder`, emptied first. */
export function writeSearchCourse(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  };
  write('course.yml', Object.entries(TEXT).map(([lang, text]) => `${lang}:\n  title: ${text.course}\n`).join(''));
  for (const [lang, text] of Object.entries(TEXT)) {
    text.titles.forEach((title, index) => {
      const section = Math.floor(index / 5);
      const slug = SECTIONS[section];
      if (index % 5 === 0) write(`${lang}/${slug}/_section.yml`, `title: ${text.sectionTitles[section]}\n`);
      write(`${lang}/${slug}/${String(index + 1).padStart(2, '0')}-lesson.md`, `---\ntitle: ${title}\n---\n\n${body(text, index)}\n`);
    });
  }
}
