/** Splitting text at the English-label isolates `showLabel` (admin-labels.ts) writes; browser-safe. */

/** One run of text: English (to be marked `lang="en"`) or in the page's language. */
export interface TextRun {
	readonly text: string;
	readonly english: boolean;
}

/** Splits text at the English-label isolates; text without them is one run. */
export function englishParts(text: string): TextRun[] {
	const out: TextRun[] = [];
	const re = /\u2066([^\u2066-\u2069]*)\u2069/g;
	let last = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m.index > last) out.push({ text: text.slice(last, m.index), english: false });
		out.push({ text: m[1] ?? '', english: true });
		last = m.index + m[0].length;
	}
	if (last < text.length || out.length === 0) out.push({ text: text.slice(last), english: false });
	return out;
}
