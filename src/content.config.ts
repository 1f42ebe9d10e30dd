import { defineCollection } from 'astro:content';
import settings from 'virtual:course/settings';
import { lessonFrontmatterSchema } from './content/frontmatter.ts';
import { lessonLoader } from './content/loader.ts';

export const collections = {
  lessons: defineCollection({ loader: lessonLoader(settings), schema: lessonFrontmatterSchema }),
};
