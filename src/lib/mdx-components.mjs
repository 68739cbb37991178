// Pages mark where a simulator goes with an MDX comment, e.g. `{/* component: mode-explorer */}`,
// so translations never carry import paths. This Vite pre-transform turns each marker into a
// component tag; the page route supplies the components (src/components/simulators/).
const MARKER = /\{\/\*\s*component:\s*([a-z][a-z0-9-]*)\s*\*\/\}/g;

/** `mode-explorer` → `ModeExplorer`. */
export function componentName(marker) {
	return marker.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}

/** The MDX source with every component marker replaced by its self-closing tag. */
export function expandMarkers(source) {
	return source.replace(MARKER, (_, name) => `<${componentName(name)} />`);
}

/**
 * A Vite plugin that expands component markers in .mdx files before MDX compiles them.
 * @returns {import('vite').Plugin}
 */
export function mdxComponentMarkers() {
	return {
		name: 'external-access-lab:mdx-component-markers',
		enforce: 'pre',
		transform(code, id) {
			if (!id.split('?')[0].endsWith('.mdx') || !code.includes('component:')) return null;
			return { code: expandMarkers(code), map: null };
		},
	};
}
