// Each language's web app manifest: with it a phone offers to install the course, which
// then opens on that language's index.
import type { APIRoute } from 'astro';
import settings from 'virtual:course/settings';
import palette from '../../styles/tokens.css?raw';
import { courseModel } from '../../data/compiled-course.ts';
import { paletteColor, webManifest } from '../../lib/offline-files.ts';
import { uiStrings } from '../../i18n/ui-strings.ts';
import { APP_ICON_SIZES, appIconPath, indexPath, withBase } from '../../lib/urls.ts';

export function getStaticPaths() {
  return settings.locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang!;
  const meta = (await courseModel()).courseMeta[lang];
  const manifest = webManifest({
    lang,
    title: meta?.title ?? uiStrings(lang).courseIndex,
    description: meta?.description,
    startUrl: withBase(settings.base, indexPath(lang)),
    scope: settings.base,
    background: paletteColor(palette, 'bg').light,
    theme: paletteColor(palette, 'accent').light,
    icons: APP_ICON_SIZES.map((size) => ({ src: withBase(settings.base, appIconPath(size)), size })),
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
