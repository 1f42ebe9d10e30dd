// What lesson Markdown renders to, through the real plugins.
import { describe, expect, it } from 'vitest';
import { renderLesson } from './test-render.ts';

describe('comparison tables', () => {
  const source = '### ECS vs Fargate\n\n| | ECS | Fargate |\n| :-- | :-: | --: |\n| Servers | You | AWS |\n| Control | More | Less |\n';

  it('keep table semantics, scope their headers and sit in a named, focusable scroll region', async () => {
    const { html } = await renderLesson(source, { lang: 'es' });
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tabla: ECS vs Fargate"><table>');
    expect(html).toMatch(/<thead>\s*<tr>\s*<td class="align-left"><\/td>\s*<th class="align-center" scope="col">ECS<\/th>/);
    expect(html).toMatch(/<th class="align-left" scope="row">Servers<\/th>\s*<td class="align-center">You<\/td>\s*<td class="align-right">AWS<\/td>/);
  });

  it('are named after the lesson when no heading precedes them', async () => {
    const { html } = await renderLesson('| a | b |\n| - | - |\n| 1 | 2 |\n', { title: 'Redes', lang: 'en' });
    expect(html).toContain('aria-label="Table: Redes"');
  });
});

describe('callouts', () => {
  it.each([
    ['NOTE', 'Note', 'Nota'],
    ['TIP', 'Tip', 'Consejo'],
    ['IMPORTANT', 'Important', 'Importante'],
    ['WARNING', 'Warning', 'Advertencia'],
    ['CAUTION', 'Caution', 'Precaución'],
    ['EXAM', 'Exam tip', 'Para el examen'],
  ])('> [!%s] is an aside titled "%s" / "%s"', async (type, english, spanish) => {
    const source = `> [!${type}]\n> Body text.\n`;
    for (const [lang, title] of [['en', english], ['es', spanish]]) {
      for (const format of ['md', 'mdx'] as const) {
        const { html } = await renderLesson(source, { lang, format });
        expect(html).toContain(`<aside class="callout callout-${type.toLowerCase()}" role="note">`);
        expect(html).toMatch(new RegExp(`<p class="callout-title"><svg[^>]*>.*?</svg><span>${title}</span></p>`));
        expect(html).toMatch(/<p>Body text.<\/p>\s*<\/aside>/);
        expect(html).not.toContain('[!');
      }
    }
  });

  it('takes a custom title from the marker line, keeping the type for screen readers', async () => {
    const { html } = await renderLesson('> [!EXAM] Palabra clave examen\n> "Run Docker containers on AWS" → **ECS**\n', { lang: 'es' });
    expect(html).toContain('<span><span class="sr-only" data-pagefind-ignore="">Para el examen: </span>Palabra clave examen</span>');
    expect(html).toContain('<p>"Run Docker containers on AWS" → <strong>ECS</strong></p>');
  });

  it('leaves unknown alert types and plain quotes as blockquotes', async () => {
    const { html } = await renderLesson('> [!FOO]\n> Text.\n\n> Just a quote.\n');
    expect(html).not.toContain('<aside');
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html).toContain('[!FOO]');
  });
});

describe('headings', () => {
  it('shift so the top content level is h2, and drop a first heading that repeats the title', async () => {
    const source = '### Understanding ECS, Fargate, and ECR\n\nIntro.\n\n#### Amazon ECS\n\n### Conclusion\n';
    const { html } = await renderLesson(source, { title: 'Understanding ECS, Fargate, and ECR' });
    expect(html).not.toContain('Understanding ECS');
    expect(html).toContain('<h3 id="amazon-ecs">Amazon ECS</h3>');
    expect(html).toContain('<h2 id="conclusion">Conclusion</h2>');
  });

  it('keeps a first heading that differs from the title', async () => {
    const { html } = await renderLesson('# Overview\n\n## Details\n', { title: 'Lesson' });
    expect(html).toContain('<h2 id="overview">Overview</h2>');
    expect(html).toContain('<h3 id="details">Details</h3>');
  });

  it('get stable ids without accents, unique in the lesson, and a self-link', async () => {
    const { html } = await renderLesson('## Comparación\n\n## Comparacion\n\n<!-- pagebreak -->\n\n## Comparación\n', { lang: 'es' });
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['comparacion', 'comparacion-2', 'comparacion-3']);
    expect(html).toContain(
      '<div class="heading"><h2 id="comparacion">Comparación</h2><a class="heading-link" href="#comparacion" data-pagefind-ignore=""><span class="sr-only">Enlace a la sección «Comparación»</span><span aria-hidden="true">#</span></a></div>',
    );
  });
});

describe('GFM', () => {
  it('renders task lists, strikethrough, autolinks and footnotes', async () => {
    const { html } = await renderLesson('- [x] done\n- [ ] todo\n\n~~old~~ https://aws.amazon.com\n\nNote[^1].\n\n[^1]: The note.\n');
    expect(html).toContain('<li class="task-list-item"><label><input type="checkbox" checked disabled> done</label></li>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://aws.amazon.com">https://aws.amazon.com</a>');
    expect(html).toMatch(/<section class="footnotes" data-footnotes=""><h2 class="sr-only" id="footnote-label">Footnotes<\/h2>/);
  });

  it('loads images lazily', async () => {
    const { html } = await renderLesson('![Diagram](/images/diagram.png)\n');
    expect(html).toContain('<img src="/images/diagram.png" alt="Diagram" loading="lazy" decoding="async">');
  });
});
