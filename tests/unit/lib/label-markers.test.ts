import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADMIN_LABEL_KEYS } from '../../../src/i18n/admin-labels';
import { loadLabels, textRuns, UnknownLabelError } from '../../../src/lib/english-labels.mjs';

/** Every `[[label:<key>]]` in the pages, as [file, key]. */
function markers(): [string, string][] {
	const out: [string, string][] = [];
	for (const locale of readdirSync('content')) {
		for (const file of readdirSync(join('content', locale))) {
			const text = readFileSync(join('content', locale, file), 'utf8');
			for (const m of text.matchAll(/\[\[label:([^\]]*)\]\]/g)) out.push([`${locale}/${file}`, m[1] ?? '']);
		}
	}
	return out;
}

const show = (runs: { text: string; english: boolean }[] | null) =>
	(runs ?? []).map((r) => (r.english ? `<en>${r.text}</en>` : r.text)).join('');

describe('[[label:<key>]] markers in pages', () => {
	test('pages use them (external access and guest access, en and sv)', () => {
		const files = new Set(markers().map(([file]) => file));
		for (const f of [
			'en/external-access.mdx',
			'sv/external-access.mdx',
			'en/guest-access.mdx',
			'sv/guest-access.mdx',
		])
			expect(files).toContain(f);
	});

	test('every marker names a label in the label list', () => {
		const unknown = markers().filter(([, key]) => !ADMIN_LABEL_KEYS.has(key));
		expect(unknown).toEqual([]);
	});

	test('an unknown key stops the build with the key named', () => {
		expect(() => textRuns('See [[label:setting.noSuch.label]].', 'sv', loadLabels('sv'))).toThrow(
			UnknownLabelError,
		);
		expect(() => textRuns('[[label:nope]]', 'en', loadLabels('en'))).toThrow(/nope/);
	});

	test('render from the locale’s list: English UI with a gloss, quoted the locale’s way', () => {
		const sv = textRuns('Välj [[label:setting.fedDomainMode.option.allowAll]].', 'sv', loadLabels('sv'));
		expect(show(sv)).toBe('Välj ”<en>Allow all external domains</en>” (Tillåt alla externa domäner).');
		const en = textRuns('Pick [[label:setting.fedDomainMode.option.allowAll]].', 'en', loadLabels('en'));
		expect(show(en)).toBe('Pick “Allow all external domains”.');
	});

	test('an English label written out in translated text is marked English', () => {
		const runs = textRuns('Läget är Block all external domains nu.', 'sv', loadLabels('sv'));
		expect(show(runs)).toBe('Läget är <en>Block all external domains</en> nu.');
		expect(textRuns('Chat ist erlaubt.', 'de', loadLabels('de'))).toBeNull();
	});
});
