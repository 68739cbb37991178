import { describe, expect, test } from 'vitest';
import { componentName, expandMarkers } from '../../../src/lib/mdx-components.mjs';

describe('expandMarkers', () => {
	test('turns a component marker into a self-closing tag', () => {
		expect(expandMarkers('Intro.\n\n{/* component: mode-explorer */}\n\n## Next')).toBe(
			'Intro.\n\n<ModeExplorer />\n\n## Next',
		);
	});

	test('leaves ordinary MDX comments alone', () => {
		expect(expandMarkers('{/* a note for translators */}')).toBe('{/* a note for translators */}');
	});

	test('names components in PascalCase', () => {
		expect(componentName('guest-simulator')).toBe('GuestSimulator');
		expect(componentName('comparison-table')).toBe('ComparisonTable');
	});
});
