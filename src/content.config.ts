import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's prose pages (the JSON API page). Catalog pages are built from the
// validated catalog model in src/pages, not from this collection.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
