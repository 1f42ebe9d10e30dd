// The yardstick of the budgets: a plain Starlight site (Spanish and English, search on, as
// Starlight ships it) in a scratch folder that is never committed. It is installed once
// from the npm registry and reused by later runs; `refresh` installs the latest again.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // Same site URL as ours, so that Starlight writes its sitemap as our site does.
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: { es: 'Curso sintético', en: 'Synthetic course' },
      defaultLocale: 'es',
      locales: {
        es: { label: 'Español', lang: 'es' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

export interface StarlightVersions {
  starlight: string;
  astro: string;
}

function installedVersion(projectDir: string, name: string): string | null {
  const manifest = join(projectDir, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : null;
}

function npmInstall(projectDir: string, packages: string[]): boolean {
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...packages], {
      cwd: projectDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes `projectDir` a Starlight project. The latest Starlight is installed with the
 * Astro version our site uses, so that the comparison is between the two sites and not
 * between Astro releases; when Starlight does not accept that version, npm picks the
 * Astro that Starlight asks for.
 */
export function prepareStarlight(projectDir: string, ourAstroVersion: string, refresh: boolean): StarlightVersions {
  if (refresh) rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(join(projectDir, 'src'), { recursive: true });
  if (!installedVersion(projectDir, '@astrojs/starlight')) {
    writeFileSync(
      join(projectDir, 'package.json'),
      JSON.stringify({ name: 'bench-starlight', private: true, type: 'module' }, null, 2) + '\n',
    );
    console.log(`› installing the latest @astrojs/starlight into ${projectDir}`);
    const installed =
      npmInstall(projectDir, ['@astrojs/starlight@latest', `astro@${ourAstroVersion}`]) ||
      npmInstall(projectDir, ['@astrojs/starlight@latest']);
    if (!installed) throw new Error(`could not install @astrojs/starlight into ${projectDir}`);
  }
  writeFileSync(join(projectDir, 'astro.config.mjs'), ASTRO_CONFIG);
  writeFileSync(join(projectDir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  return {
    starlight: installedVersion(projectDir, '@astrojs/starlight')!,
    astro: installedVersion(projectDir, 'astro')!,
  };
}

/** Replaces the site's pages with the corpus lessons: `src/content/docs/<lang>/...`. */
export function loadCorpus(projectDir: string, corpusDir: string, languages: readonly string[]): void {
  const docs = join(projectDir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const lang of languages) cpSync(join(corpusDir, lang), join(docs, lang), { recursive: true });
}
