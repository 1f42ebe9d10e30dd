// Runs before @astrojs/mdx so lessons written with HTML comments (pagebreaks, Jekyll
// notes) compile as MDX.
import type { Plugin } from 'vite';
import { htmlCommentsToMdx } from './mdx-comments.ts';

export function viteMdxComments(): Plugin {
  return {
    name: 'course:mdx-comments',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code) {
        return { code: htmlCommentsToMdx(code), map: null };
      },
    },
  };
}
