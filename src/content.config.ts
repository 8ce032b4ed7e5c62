import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/**
 * Starlight's frontmatter schema, built once. Every catalog page is a
 * `<StarlightPage>`, which validates its frontmatter against the docs
 * collection's schema, and a schema given as a function (as `docsSchema()`
 * returns it) is rebuilt for every page: about a tenth of the build's render
 * time. Built here, the one thing it cannot do is resolve an image file in a
 * docs page's frontmatter (a hero image): no page has one.
 */
const docsFrontmatter = docsSchema({
	extend: z.object({
		/** An error page's id, shown beside its title in the page's heading (src/components/PageTitle.astro); search keeps it as the page's title. */
		headingId: z.string().optional(),
	}),
})({
	// An imported image's metadata, as `<StarlightPage>` expects it; a file path in a docs page's frontmatter fails here.
	image: () =>
		z.object({
			src: z.string(),
			width: z.number(),
			height: z.number(),
			format: z.union([z.literal('png'), z.literal('jpg'), z.literal('jpeg'), z.literal('tiff'), z.literal('webp'), z.literal('gif'), z.literal('svg'), z.literal('avif'), z.literal('apng')]),
		}),
});

// Starlight's prose pages (the JSON API page) and its UI translations. Catalog
// pages are built from the validated catalog model in src/pages, not from here.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatter }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
