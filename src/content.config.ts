import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './content-schema';

/** One MDX file per page and locale: `content/<locale>/<slug>.mdx`; ids look like `sv/guest-access`. */
const pages = defineCollection({
	loader: glob({
		pattern: '**/[^_]*.{md,mdx}',
		base: './content',
		// Keep `<locale>/<file name>` as the id (the default turns `en/index` into `en`).
		generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
	}),
	schema: pageSchema,
});

export const collections = { pages };
