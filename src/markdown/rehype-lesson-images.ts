// Images next to a .md lesson are optimized by Astro when the page renders the stored
// HTML: Astro looks for an `__ASTRO_IMAGE_` attribute holding the image's properties,
// and for the image's path in the entry's image list. This marks them as Astro expects.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function rehypeLessonImages() {
  return (tree: Root, file: VFile) => {
    const local = new Set((file.data.astro as { localImagePaths?: string[] } | undefined)?.localImagePaths ?? []);
    if (local.size === 0) return;
    const seen = new Map<string, number>();
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = decodeURI(node.properties.src);
      if (!local.has(src)) return;
      // Astro tells repeated uses of one image apart by their order.
      const index = seen.get(node.properties.src) ?? 0;
      seen.set(node.properties.src, index + 1);
      const { className, ...image } = node.properties;
      node.properties = { ...(className === undefined ? {} : { className }), __ASTRO_IMAGE_: JSON.stringify({ ...image, src, index }) };
    });
  };
}
