import { expect, test, type Page } from '@playwright/test';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';

// Right-to-left pages: Latin code, cmdlets and organization names must keep their own order, and
// an arrow between two names must point the way the sentence reads (issue 16). Compared by where
// the glyphs land on screen, not by the DOM text.
test.skip(!PUBLISHED_LOCALES.some((l) => l.code === 'ar' && l.dir === 'rtl'), 'no right-to-left locale');

/** The x position (CSS px) of the first occurrence of `needle` inside `selector`'s text. */
async function xOf(page: Page, selector: string, needle: string): Promise<number[]> {
	return page.evaluate(
		([sel, text]) => {
			const out: number[] = [];
			for (const el of document.querySelectorAll(sel)) {
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const at = node.textContent?.indexOf(text) ?? -1;
					if (at < 0) continue;
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + 1);
					out.push(range.getBoundingClientRect().left);
					return out;
				}
			}
			return out;
		},
		[selector, needle] as const,
	);
}

test('Arabic: a PowerShell parameter in running text reads left to right', async ({ page }) => {
	await page.goto('/ar/chat-with-external-users/');
	const code = page.locator('p code, li code', { hasText: '$false' }).first();
	await expect(code).toHaveAttribute('dir', 'ltr');
	const text = (await code.textContent()) ?? '';
	const box = await code.evaluate((el) => {
		const node = el.firstChild as Text;
		const rect = (i: number) => {
			const r = document.createRange();
			r.setStart(node, i);
			r.setEnd(node, i + 1);
			return r.getBoundingClientRect().left;
		};
		return { first: rect(0), last: rect((node.textContent ?? '').length - 1) };
	});
	// "-AllowFederatedUsers $false": the hyphen is drawn left of the final "e", not after "$false".
	expect(text.startsWith('-') || text.startsWith('Set-') || text.startsWith('Get-')).toBe(true);
	expect(box.first).toBeLessThan(box.last);
});

test('Arabic: the direction arrow between two Latin organization names follows the reading order', async ({
	page,
}) => {
	await page.goto('/ar/external-access/');
	// The results table heads each direction "host ← partner": host first in reading order, so on
	// the right in a right-to-left line, and the arrow pointing from it towards the partner.
	const header = page
		.locator('th, caption, h3, h4', { hasText: /Contoso.*←.*Fabrikam|Contoso\u2069 ← \u2068Fabrikam/ })
		.first();
	await expect(header).toBeAttached();
	const text = (await header.textContent()) ?? '';
	const firstName = text.indexOf('Contoso') < text.indexOf('Fabrikam') ? 'Contoso' : 'Fabrikam';
	const secondName = firstName === 'Contoso' ? 'Fabrikam' : 'Contoso';
	const selector = await header.evaluate((el) => {
		el.setAttribute('data-bidi-probe', '');
		return '[data-bidi-probe]';
	});
	const [first] = await xOf(page, selector, firstName);
	const [second] = await xOf(page, selector, secondName);
	const [arrow] = await xOf(page, selector, '←');
	expect(first).toBeGreaterThan(arrow ?? 0);
	expect(arrow).toBeGreaterThan(second ?? 0);
});
