import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleGraph } from '../content/pipeline-version.ts';
import { createLessonReader } from './lesson-reader.ts';

const lessonsDir = '/course/lessons';

describe('createLessonReader', () => {
  it('reads the pages, links and images of a lesson, .md and .mdx alike', async () => {
    const read = createLessonReader({ lessonsDir, locales: ['es', 'en'], defaultLocale: 'es' });
    const body = '# Regiones\n\nUna [zona](../02-zones/) y ![mapa](mapa.png).\n\n<!-- pagebreak -->\n\n## Latencia\n\nTexto.\n';
    for (const format of ['md', 'mdx'] as const) {
      const { analysis } = await read({ body, absolutePath: join(lessonsDir, 'es/01-basics', `02-regions.${format}`), frontmatter: {} }, format);
      expect(analysis.pages).toHaveLength(2);
      expect(analysis.links.map((link) => link.url)).toEqual(['../02-zones/']);
      expect(analysis.images.map((image) => image.url)).toEqual(['mapa.png']);
    }
  });

  it('loads none of the HTML side of the pipeline, so the check starts fast', () => {
    const { packages } = moduleGraph(join(import.meta.dirname, 'lesson-reader.ts'));
    for (const renderer of ['@astrojs/markdown-remark', 'shiki', 'remark-rehype', 'rehype-raw', 'hast-util-to-html']) expect(packages).not.toContain(renderer);
    expect(packages).toContain('remark-parse');
  });
});
