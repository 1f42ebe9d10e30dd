import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { variants, variantEnv } from './e2e/variants.ts';

// Playwright cannot download its own browser on these machines: use Debian's Chromium
// when it is installed, Playwright's bundled one otherwise.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

/** Which spec files run against which built site. */
const specsFor: Record<string, RegExp> = {
  seed: /seed\.spec\.ts/,
  course: /(navigation|i18n|progress|appearance|search|rendering|a11y|quiz|exam|csp|offline)\.spec\.ts/,
  subpath: /(navigation|search|rendering|quiz|exam|csp|offline)\.spec\.ts/,
  history: /translations\.spec\.ts/,
  search: /search-results\.spec\.ts/,
  hostile: /hostile\.spec\.ts/,
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    // The service worker is tested on its own (offline.spec.ts); elsewhere it would answer
    // requests the tests route or count.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: variants.map((variant) => ({
    name: variant.name,
    testMatch: specsFor[variant.name],
    metadata: { outDir: variant.outDir, basePath: variant.basePath },
    use: { baseURL: `http://localhost:${variant.port}${variant.basePath}` },
  })),
  webServer: variants.map((variant) => ({
    command: `npx astro preview --outDir ${variant.outDir} --port ${variant.port} --ignore-lock`,
    url: `http://localhost:${variant.port}${variant.basePath}`,
    env: variantEnv(variant),
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
