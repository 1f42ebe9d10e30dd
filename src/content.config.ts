import { defineCollection } from 'astro:content';
import settings from 'virtual:course/settings';
import { COLLECTION } from './content/entries.ts';
import { courseLoader } from './content/loader.ts';

export const collections = {
  [COLLECTION]: defineCollection({ loader: courseLoader(settings) }),
};
