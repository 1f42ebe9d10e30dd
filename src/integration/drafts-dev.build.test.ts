// Drafts in `astro dev` (SPEC §3): a `draft: true` lesson is served with its text and a
// visible draft badge. (Production builds leave drafts out: see site.build.test.ts.)
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroDev } from './test-builds.ts';

// The first port of this checkout's e2e range: e2e servers never run during unit tests.
const PORT = Number(process.env.E2E_PORT_BASE ?? 4330);
const ORIGIN = `http://localhost:${PORT}`;

async function fetchWhenReady(path: string): Promise<Response> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      return await fetch(`${ORIGIN}${path}`);
    } catch (cause) {
      if (Date.now() > deadline) throw cause;
      await new Promise((resume) => setTimeout(resume, 500));
    }
  }
}

/** The page's visible markup, without the dev toolbar's source annotations. */
const withoutDevAttributes = (html: string) => html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

describe('a draft lesson in astro dev', () => {
  let server: ChildProcess;
  let lessonPage: string;
  let sectionPage: string;

  beforeAll(async () => {
    server = astroDev('e2e/fixtures/course', PORT);
    const lesson = await fetchWhenReady('/es/02-compute/04-draft/');
    expect(lesson.status).toBe(200);
    lessonPage = withoutDevAttributes(await lesson.text());
    sectionPage = withoutDevAttributes(await (await fetchWhenReady('/es/02-compute/')).text());
  });

  afterAll(() => {
    server?.kill();
  });

  it('is served with its text and a draft badge under its title', () => {
    expect(lessonPage).toMatch(/<h1[^>]*>Lección en borrador<\/h1><p class="badge badge-draft">Borrador<\/p>/);
    expect(lessonPage).toMatch(/<div class="lesson-body"[^>]*>\s*<p>Esta lección aún no está lista\.<\/p>/);
  });

  it('is listed, marked as a draft, in its section', () => {
    expect(sectionPage).toMatch(/href="\/es\/02-compute\/04-draft\/"[\s\S]*?Lección en borrador[\s\S]*?Borrador/);
  });
});
