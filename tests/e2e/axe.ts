import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * axe-core run straight in the page. `@axe-core/playwright` finishes every analysis in a fresh
 * blank page (its cross-frame mode) and re-injects axe each time: about 0.6 s of fixed cost per
 * call, 1.0–2.5 s per page in all. Our pages have no frames, so one injection per document and
 * `axe.run` in place do the same checks in 0.1–0.5 s. The source is evaluated through the
 * debugging protocol, which the pages' strict CSP does not govern (a <script> tag would be
 * refused).
 */
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeChecks {
	/** A CSS selector to check instead of the whole document. */
	readonly include?: string;
	/** Only these rules. */
	readonly rules?: readonly string[];
	/** Only the rules with these tags (all rules when neither rules nor tags are given). */
	readonly tags?: readonly string[];
	/** Rules to leave out. */
	readonly disable?: readonly string[];
}

/** axe's violations in the page's current state, one readable line each (empty when clean). */
export async function axeViolations(page: Page, checks: AxeChecks = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
	// A changed cell flashes for 1.2 s, and colours ease after a theme switch: contrast is judged on
	// what stays, so every finite animation and transition jumps to its end first.
	// Two frames first, so a change just made (a theme switch, a click) has been styled and every
	// transition it starts exists.
	await page.evaluate(
		() =>
			new Promise<void>((done) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						for (const a of document.getAnimations())
							if (a.effect?.getTiming().iterations !== Infinity) a.finish();
						done();
					}),
				),
			),
	);
	const options = {
		resultTypes: ['violations'],
		...(checks.rules ? { runOnly: { type: 'rule', values: checks.rules } } : {}),
		...(checks.tags ? { runOnly: { type: 'tag', values: checks.tags } } : {}),
		...(checks.disable
			? { rules: Object.fromEntries(checks.disable.map((id) => [id, { enabled: false }])) }
			: {}),
	};
	return page.evaluate(
		async ({ include, options }) => {
			const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } })
				.axe;
			const results = await axe.run(include ?? document, options);
			return results.violations.map(
				(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			);
		},
		{ include: checks.include, options },
	);
}

interface AxeResults {
	readonly violations: readonly {
		readonly id: string;
		readonly impact: string | null;
		readonly help: string;
		readonly nodes: readonly { readonly target: readonly string[] }[];
	}[];
}
