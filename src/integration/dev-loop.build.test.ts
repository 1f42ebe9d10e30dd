// The maintainer's loop in a real `astro dev`: every save shows, the last save wins,
// images, new, deleted and broken lessons and section and course metadata show without
// a restart, a broken lesson is reported while the last good course stays up, and a build
// beside the running server leaves it whole.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, astroDev, DEV_PORT, listFiles, outDir, ROOT, runNode, writeCourse, type DevServer } from './test-builds.ts';

const FIXTURE = join(ROOT, 'e2e/fixtures/course');
const lessonsDir = writeCourse('dev-loop', Object.fromEntries(listFiles(FIXTURE).map((path) => [path, readFileSync(join(FIXTURE, path))])));
const file = (path: string) => join(ROOT, lessonsDir, path);

let server: DevServer;

beforeAll(async () => {
  server = astroDev(lessonsDir, DEV_PORT + 1);
  expect((await server.fetch('/en/')).status).toBe(200);
}, 120_000);

afterAll(() => server?.process.kill());

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/** Polls a page until `check` accepts its HTML; gives up after 20 s. */
async function until(path: string, check: (html: string) => boolean): Promise<string> {
  const deadline = Date.now() + 20_000;
  let html = '';
  while (Date.now() < deadline) {
    html = await (await server.fetch(path)).text();
    if (check(html)) return html;
    await pause(100);
  }
  throw new Error(`${path} never showed the change; last served:\n${html.slice(0, 2000)}`);
}

let saves = 0;
/** Appends a sentence with a word no other save used; returns the word. */
function save(path: string): string {
  const word = `savedword${++saves}x`;
  writeFileSync(file(path), `${readFileSync(file(path), 'utf8')}\n\nSaved ${word}.\n`);
  return word;
}

describe.each([
  { format: 'md', lesson: 'en/01-basics/01-cloud.md', lastPage: '/en/01-basics/01-cloud/3/' },
  { format: 'mdx', lesson: 'en/02-compute/01-ec2.mdx', lastPage: '/en/02-compute/01-ec2/5/' },
])('saving a .$format lesson', ({ lesson, lastPage }) => {
  it('five saves 5 s apart each show', async () => {
    for (let count = 0; count < 5; count++) {
      const started = Date.now();
      const word = save(lesson);
      await until(lastPage, (html) => html.includes(word));
      await pause(Math.max(0, 5000 - (Date.now() - started)));
    }
  }, 60_000);

  it('five saves 0.3 s apart: the last one wins', async () => {
    const words: string[] = [];
    for (let count = 0; count < 5; count++) {
      words.push(save(lesson));
      await pause(300);
    }
    const html = await until(lastPage, (page) => page.includes(words[4]));
    for (const word of words) expect(html).toContain(word);
  }, 30_000);
});

/** A PNG of one colour, so two images of one size differ in their bytes. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), ...Array.from({ length: width }, () => Buffer.from(rgb))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

describe('other changes show without a restart', () => {
  it('an image replaced next to a lesson', async () => {
    const page = '/en/01-basics/02-regions/';
    const imageUrl = () => until(page, (html) => /<img[^>]*src="([^"]+)"/.test(html)).then((html) => /<img[^>]*src="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&'));
    const before = Buffer.from(await (await server.fetch(await imageUrl())).arrayBuffer());
    writeFileSync(file('en/01-basics/regions-map.png'), png(240, 120, [200, 30, 30]));
    const deadline = Date.now() + 20_000;
    let response: Response;
    let after: Buffer;
    do {
      await pause(200);
      response = await server.fetch(await imageUrl());
      after = Buffer.from(await response.arrayBuffer());
    } while (after.equals(before) && Date.now() < deadline);
    expect(after.equals(before)).toBe(false);
    // The browser asks again on the next load instead of showing the old image from its cache.
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('a new lesson appears in the tree, and a deleted one disappears', async () => {
    writeFileSync(file('en/01-basics/04-pricing.md'), '---\ntitle: Pricing models\n---\n\nPay as you go.\n');
    await until('/en/01-basics/', (html) => html.includes('Pricing models'));
    expect(await (await server.fetch('/en/01-basics/04-pricing/')).text()).toContain('Pay as you go.');
    rmSync(file('en/01-basics/04-pricing.md'));
    await until('/en/01-basics/', (html) => !html.includes('Pricing models'));
  });

  it('a translation started with npm run translate, shown as a draft', async () => {
    const translate = await runNode(['scripts/translate.ts', `${lessonsDir}/es/01-basics/03-history.md`], { LESSONS_DIR: lessonsDir });
    expect(translate.status, translate.output).toBe(0);
    const draft = /<h1[^>]*>Historia de la nube<\/h1><p class="badge badge-draft"[^>]*>Draft<\/p>/;
    await until('/en/01-basics/03-history/', (html) => draft.test(html));
  });

  it('section and course metadata', async () => {
    writeFileSync(file('en/01-basics/_section.yml'), 'title: Cloud basics\n');
    await until('/en/', (html) => html.includes('Cloud basics'));
    writeFileSync(file('course.yml'), readFileSync(file('course.yml'), 'utf8').replace(/(en:\s*\n\s*title:\s*).*/, '$1Renamed cloud course'));
    await until('/en/', (html) => html.includes('Renamed cloud course'));
  });

  it('a broken lesson is reported, the last good version stays up, and its fix shows', async () => {
    const lesson = 'en/01-basics/02-regions.md';
    const good = readFileSync(file(lesson), 'utf8');
    // What the browser's error overlay receives, over the dev server's update channel.
    const browser = new WebSocket(server.origin.replace('http', 'ws'), 'vite-hmr');
    const messages: { type: string; err?: { message: string } }[] = [];
    browser.onmessage = (event) => messages.push(JSON.parse(String(event.data)));
    await new Promise((opened) => (browser.onopen = opened));
    writeFileSync(file(lesson), good.replace(/^---\ntitle:.*\n/, '---\ntitle: "Unclosed\n'));
    const deadline = Date.now() + 20_000;
    while (!messages.some((message) => message.type === 'error') && Date.now() < deadline) await pause(100);
    browser.close();
    expect(server.output()).toContain('The course has 1 error to fix');
    expect(server.output()).toContain(`${lessonsDir}/${lesson}:2`);
    expect(messages.find((message) => message.type === 'error')?.err?.message).toContain(`${lessonsDir}/${lesson}:2`);
    expect(await (await server.fetch('/en/01-basics/02-regions/')).text()).toContain('<h1');
    writeFileSync(file(lesson), `${good}\n\nFixed for good.\n`);
    await until('/en/01-basics/02-regions/2/', (html) => html.includes('Fixed for good.'));
  });
});

describe('beside other commands', () => {
  it('a build of the same project leaves the pages the dev server serves whole', async () => {
    const word = save('en/01-basics/01-cloud.md');
    await until('/en/01-basics/01-cloud/3/', (html) => html.includes(word));
    const build = await astroBuild(lessonsDir, outDir('dev-loop-beside'));
    expect(build.status, build.output).toBe(0);
    // A lesson saved in the dev server, one it rendered when it started, and a draft only it shows.
    const pages = [
      ['/en/01-basics/01-cloud/3/', word],
      ['/en/02-compute/02-containers/', 'A container packages an application'],
      ['/es/02-compute/04-draft/', '<h1'],
    ];
    for (const [path, text] of pages) {
      const page = await server.fetch(path);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain(text);
    }
  }, 120_000);
});
