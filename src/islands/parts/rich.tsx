import type { ComponentChildren } from 'preact';
import { englishParts } from '../../i18n/english-runs';

/**
 * Text with its English admin-center labels marked `lang="en"` (WCAG 3.1.2) and isolated
 * left to right, as `showLabel` flagged them; other text comes back as it is.
 */
export function rich(text: string): ComponentChildren {
	const parts = englishParts(text);
	if (parts.length === 1 && !parts[0]?.english) return text;
	return parts.map((p, i) =>
		p.english ? (
			<span key={i} lang="en" dir="ltr">
				{p.text}
			</span>
		) : (
			p.text
		),
	);
}

/** True when all of `text` is one English label (so a plain-text element can carry `lang="en"`). */
export function englishOnly(text: string): boolean {
	const parts = englishParts(text);
	return parts.length === 1 && parts[0]?.english === true;
}

/** The text without the English-label marks, for places that take plain text only. */
export function plainText(text: string): string {
	return text.replace(/[\u2066\u2069]/g, '');
}
