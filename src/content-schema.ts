/**
 * Frontmatter schema for every page in `content/<locale>/`. Kept apart from
 * `content.config.ts` so unit tests can validate frontmatter without Astro's runtime.
 */
import { z } from 'astro/zod';

export const pageSchema = z.object({
	title: z.string().min(1),
	description: z.string().min(1).max(300),
	/** When the facts on the page were last checked. */
	updated: z.coerce.date(),
	/** Where the facts come from: public URLs only. */
	sources: z.array(z.url()).default([]),
	/** Extra words a searcher may type that the text does not contain verbatim. */
	keywords: z.array(z.string()).default([]),
	/** Sort order in the page list (lower first). */
	order: z.number().int().default(100),
	/**
	 * For translations: the source page's revision (a short content hash of `content/en/<slug>`)
	 * this translation was made from. `npm run i18n:stale` lists pages whose source changed since.
	 */
	sourceRevision: z
		// YAML reads an all-digit hash as a number (losing leading zeros), so it must be quoted.
		.string({ error: 'sourceRevision must be a quoted string, e.g. sourceRevision: "0123abcd4567"' })
		.regex(/^[0-9a-f]{12}$/, { error: 'sourceRevision must be 12 lowercase hex characters' })
		.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
