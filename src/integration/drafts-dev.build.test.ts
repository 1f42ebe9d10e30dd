// Drafts in `astro dev`: a `draft: true` lesson is served with its text and a
// visible draft badge. (Production builds leave drafts out: see site.build.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroDev, DEV_PORT, type DevServer } from './test-builds.ts';

/** The page's visible markup, without the dev toolbar's source annotations. */
const withoutDevAttributes = (html: string) => html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

describe('a draft lesson in astro dev', () => {
  let server: DevServer;
  let lessonPage: string;
  let sectionPage: string;

  beforeAll(async () => {
    server = astroDev('e2e/fixtures/course', DEV_PORT);
    const lesson = await server.fetch('/es/02-compute/04-draft/');
    expect(lesson.status).toBe(200);
    lessonPage = withoutDevAttributes(await lesson.text());
    sectionPage = withoutDevAttributes(await (await server.fetch('/es/02-compute/')).text());
  });

  afterAll(() => {
    server?.process.kill();
  });

  it('is served with its text and a draft badge under its title', () => {
    expect(lessonPage).toMatch(/<h1[^>]*>Lección en borrador<\/h1><p class="badge badge-draft">Borrador<\/p>/);
    expect(lessonPage).toMatch(/<div class="lesson-body"[^>]*>\s*<p>Esta lección aún no está lista\.<\/p>/);
  });

  it('is listed, marked as a draft, in its section', () => {
    expect(sectionPage).toMatch(/href="\/es\/02-compute\/04-draft\/"[\s\S]*?Lección en borrador[\s\S]*?Borrador/);
  });
});
