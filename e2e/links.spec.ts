// "No link on the site leads to a 404": every internal link and asset of every built page exists.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtSite, htmlFiles } from './support.ts';

test('every internal href and src of the built site resolves to a file', ({}, testInfo) => {
  const { outDir, basePath } = builtSite(testInfo);
  const broken: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8').replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, '');
    const pagePath = `${basePath}${relative(outDir, file).replace(/index\.html$/, '')}`;
    for (const [, url] of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
      if (url === '' || /^[a-z]+:|^\/\//i.test(url)) continue;
      const absolute = new URL(url, `http://site${pagePath}`).pathname;
      if (!absolute.startsWith(basePath)) {
        broken.push(`${relative(outDir, file)}: ${url} ignores the base path ${basePath}`);
        continue;
      }
      const target = join(outDir, decodeURI(absolute.slice(basePath.length)));
      if (!existsSync(absolute.endsWith('/') ? join(target, 'index.html') : target)) broken.push(`${relative(outDir, file)}: ${url}`);
    }
  }
  expect(broken).toEqual([]);
});
