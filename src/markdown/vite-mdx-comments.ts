// Runs before @astrojs/mdx so lessons written with HTML comments (pagebreaks, Jekyll
// notes), and lessons saved with CRLF line endings or a byte-order mark, compile as MDX
// the way the rest of the pipeline reads them.
import type { Plugin } from 'vite';
import { normalizeText } from '../lib/text.ts';
import { htmlCommentsToMdx } from './mdx-comments.ts';

export function viteMdxComments(): Plugin {
  return {
    name: 'course:mdx-comments',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code) {
        return { code: htmlCommentsToMdx(normalizeText(code)), map: null };
      },
    },
  };
}
