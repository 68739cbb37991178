// Search in `npm run dev`: the dev server renders pages on request, so there is nothing to
// index up front. Instead it serves the index from the last production build (dist/pagefind),
// which is cheap and good enough while writing; run `npm run build` to refresh it.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/**
 * An Astro integration that mounts <dist>/pagefind at /pagefind/ in the dev server.
 * @returns {import('astro').AstroIntegration}
 */
export function devSearch() {
	return {
		name: 'external-access-lab:dev-search',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				const root = join(process.env.DIST_DIR ?? 'dist', 'pagefind');
				logger.info(`Search in dev uses the last build's index in ${root}/ (npm run build refreshes it).`);
				server.middlewares.use('/pagefind', async (req, res, next) => {
					const path = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0])));
					if (!path.startsWith(normalize(root))) return next();
					try {
						const body = await readFile(path);
						res.setHeader(
							'Content-Type',
							path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
						);
						res.end(body);
					} catch {
						next();
					}
				});
			},
		},
	};
}
