// The installed course's icon, drawn from one square image: `public/app-icon.svg` or
// `public/app-icon.png` when the course has one, the site's favicon otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import settings from 'virtual:course/settings';
import { APP_ICON_SIZES } from '../../lib/urls.ts';

const SOURCES = ['app-icon.svg', 'app-icon.png', 'favicon.svg'];

export function getStaticPaths() {
  return APP_ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const source = SOURCES.map((name) => join(settings.publicDir, name)).find((path) => existsSync(path));
  if (!source) throw new Error(`the course has no icon: add public/app-icon.svg or public/app-icon.png (square, at least 512 px), or public/favicon.svg`);
  const size = Number(params.size);
  const input = readFileSync(source);
  // An SVG is drawn at the icon's size, not enlarged from a small drawing of it.
  const width = (await sharp(input).metadata()).width ?? size;
  const drawing = source.endsWith('.svg') ? { density: (72 * size) / width } : {};
  const png = await sharp(input, drawing).resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
