// Registers the `client:strings` directive (src/directives/strings.ts) with Astro.
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function stringsDirective() {
	return {
		name: 'eal-strings-directive',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) =>
				addClientDirective({
					name: 'strings',
					entrypoint: fileURLToPath(new URL('./strings.ts', import.meta.url)),
				}),
		},
	};
}
