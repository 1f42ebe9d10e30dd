import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Node's own loader, not Vitest's, runs the config file: each case loads it in a child process.
const folder = mkdtempSync(join(tmpdir(), 'astro-config-'));
const fakeAstro = join(folder, 'node_modules', 'astro');
mkdirSync(fakeAstro, { recursive: true });
writeFileSync(join(fakeAstro, 'package.json'), JSON.stringify({ name: 'astro', type: 'module', exports: { './config': './config.js' } }));
writeFileSync(
  join(fakeAstro, 'config.js'),
  'globalThis.realAstroConfig = true;\nexport const defineConfig = (config) => config;\nexport const envField = { string: () => ({}) };\n',
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function loadedConfig(name: string, source: string): { config: unknown; realAstroConfig: boolean } {
  const file = join(folder, name);
  writeFileSync(file, source);
  const project = pathToFileURL(join(import.meta.dirname, 'project.ts')).href;
  const script = `const { loadAstroConfig } = await import(${JSON.stringify(project)});
const config = await loadAstroConfig(${JSON.stringify(file)});
console.log(JSON.stringify({ config, realAstroConfig: globalThis.realAstroConfig === true }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout);
}

describe('loadAstroConfig', () => {
  it('reads a config that uses only defineConfig without loading astro/config', () => {
    const result = loadedConfig('plain.mjs', "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org' });\n");
    expect(result).toEqual({ config: { site: 'https://example.org' }, realAstroConfig: false });
  });

  it('loads the real astro/config for a config that imports more of it', () => {
    const result = loadedConfig(
      'env.mjs',
      "import { defineConfig, envField } from 'astro/config';\nexport default defineConfig({ base: '/docs', env: typeof envField.string });\n",
    );
    expect(result).toEqual({ config: { base: '/docs', env: 'function' }, realAstroConfig: true });
  });
});
