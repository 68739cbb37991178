import { describe, expect, test } from 'vitest';
import { sourceHeadings, stableIds, stableHref, headingText } from '../../../src/lib/heading-ids.mjs';
import { adminCenterUrl, tokenizePowerShell } from '../../../src/lib/code-blocks.mjs';
import { prepareForIndex } from '../../../src/lib/search-prep.mjs';
import { reportHref } from '../../../src/lib/report-link';
import { anchorParity } from '../../../scripts/check-links.mjs';

const en =
	'---\ntitle: x\n---\n## Turn on `external` access\n\n```powershell\n# not a heading\n```\n\n### Subdomains\n## Related pages\n';
const sv =
	'---\ntitle: x\n---\n## Slå på extern åtkomst\n\n```powershell\n# ingen rubrik\n```\n\n### Underdomäner\n## Relaterade sidor\n';

describe('stable heading ids', () => {
	test('reads headings outside code fences with their plain text', () => {
		expect(sourceHeadings(en)).toEqual([
			{ depth: 2, text: 'Turn on external access' },
			{ depth: 3, text: 'Subdomains' },
			{ depth: 2, text: 'Related pages' },
		]);
		expect(headingText('**Bold** and [a link](/x/)')).toBe('Bold and a link');
	});

	test('gives a translation the English ids position by position', () => {
		expect(stableIds(sv, en)).toEqual(['turn-on-external-access', 'subdomains', 'related-pages']);
	});

	test('refuses when the structure differs (a missing heading or another depth)', () => {
		expect(stableIds(sv.replace('### Underdomäner\n', ''), en)).toBeUndefined();
		expect(stableIds(sv.replace('### Underdomäner', '## Underdomäner'), en)).toBeUndefined();
	});

	test('rewrites a link to a localized heading id, here or on another page', () => {
		const map = new Map([['slå-på-extern-åtkomst', 'turn-on-external-access']]);
		const mapFor = () => map;
		const ref = { locale: 'sv', slug: 'external-access' };
		expect(stableHref('#slå-på-extern-åtkomst', ref, mapFor)).toBe('#turn-on-external-access');
		expect(stableHref('/sv/external-access/#sl%C3%A5-p%C3%A5-extern-%C3%A5tkomst', ref, mapFor)).toBe(
			'/sv/external-access/#turn-on-external-access',
		);
		expect(stableHref('#preset=x', ref, mapFor)).toBe('#preset=x');
	});
});

describe('code blocks', () => {
	test('colours PowerShell by token class and keeps every character', () => {
		const code = 'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $false # off\n"a b"';
		const tokens = tokenizePowerShell(code) as [string, string][];
		expect(tokens.map(([, text]) => text).join('')).toBe(code);
		expect(tokens).toContainEqual(['cmdlet', 'Set-CsExternalAccessPolicy']);
		expect(tokens).toContainEqual(['parameter', '-Identity']);
		expect(tokens).toContainEqual(['variable', '$false']);
		expect(tokens).toContainEqual(['comment', '# off']);
		expect(tokens).toContainEqual(['string', '"a b"']);
	});

	test('turns admin-center host names into https links, nothing else', () => {
		expect(adminCenterUrl('admin.teams.microsoft.com')).toBe('https://admin.teams.microsoft.com');
		expect(adminCenterUrl('admin.teams.microsoft.com/company-wide-settings/guest-configuration')).toBe(
			'https://admin.teams.microsoft.com/company-wide-settings/guest-configuration',
		);
		expect(adminCenterUrl('Set-CsTenantFederationConfiguration')).toBeUndefined();
		expect(adminCenterUrl('evil.example/admin.teams.microsoft.com')).toBeUndefined();
	});
});

describe('search index preparation', () => {
	test('puts a space at block boundaries and weights troubleshooting titles', () => {
		const out = String(
			prepareForIndex('<p>access to</p><p>Teams</p><div class="trouble-card" id="a"><h3 id="t">x</h3></div>'),
		);
		expect(out).toContain('access to </p>');
		expect(out).toContain('<h3 data-pagefind-weight="10" id="t">');
	});

	test('places a localized error message under the entry of the English one listed before it', () => {
		const html =
			'<article data-pagefind-meta="keywords:error, Contact your administrator, Wenden Sie sich an Ihren Administrator">' +
			'<div class="trouble-card" id="a"><h3 id="t">„Contact your administrator“ beim Hinzufügen</h3><p>Text</p></div></article>';
		expect(prepareForIndex(html)).toMatch(
			/<\/h3><p data-pagefind-weight="10">Wenden Sie sich an Ihren Administrator <\/p>/,
		);
	});
});

describe('report link', () => {
	test('prefills a mail, or an issue form when one is configured', () => {
		expect(reportHref('Fel', 'Sida: x')).toBe(
			'mailto:errors@external-access-lab.example?subject=Fel&body=Sida%3A%20x',
		);
		const issue = new URL(reportHref('T', 'B', { issuesUrl: 'https://github.com/o/r/issues/new' }));
		expect(issue.searchParams.get('title')).toBe('T');
	});
});

describe('anchorParity', () => {
	const page = (path: string, ids: string[], links: string[] = []) => ({
		path,
		text:
			ids.map((id) => `<h2 id="${id}">x</h2>`).join('') + links.map((l) => `<a href="${l}">l</a>`).join(''),
	});

	test('accepts copies whose headings and in-page anchors agree', () => {
		expect(anchorParity([page('/en/a/', ['one', 'two'], ['#two']), page('/sv/a/', ['one', 'two'])])).toEqual(
			[],
		);
	});

	test('reports a translation whose heading ids differ from English', () => {
		const problems = anchorParity([page('/en/a/', ['one', 'two']), page('/sv/a/', ['one', 'tva'])]);
		expect(problems.join('\n')).toContain('/sv/a/: heading 2 has id "tva"');
	});

	test('reports an in-page anchor that one language lacks', () => {
		const problems = anchorParity([page('/en/a/', ['one']), page('/sv/a/', ['one'], ['#egen'])]);
		expect(problems.join('\n')).toContain('/en/a/: no element with id "egen"');
	});
});
