import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	ISLAND_GUARD,
	externalize,
	ownHashesOnly,
	sharedScriptName,
	sharedScripts,
} from '../../../scripts/build-page-scripts.mjs';
import { missingHashes, metaPolicy } from '../../../deploy/headers.mjs';

const big = `(()=>{${'customElements.define("x",class{});'.repeat(40)}})()`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (body: string, policy = "default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='") =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('sharedScripts', () => {
	test('picks a large classic inline script that several pages carry, not one page’s own or a small one', () => {
		const other = `(()=>{${'a();'.repeat(400)}})()`;
		const pages = [
			page(`<script>${big}</script><script>tiny()</script>`),
			page(`<script>${big}</script><script>tiny()</script>`),
			page(`<script>${other}</script>`),
		];
		expect(sharedScripts(pages)).toEqual([big]);
	});

	test('leaves module scripts and scripts with attributes alone', () => {
		const pages = [
			page(`<script type="module">${big}</script>`),
			page(`<script type="module">${big}</script>`),
		];
		expect(sharedScripts(pages)).toEqual([]);
	});
});

describe('externalize and ownHashesOnly', () => {
	test('a shared script loads deferred from its file, and the page’s policy keeps only its own hashes', () => {
		const small = 'document.documentElement.dataset.js=""';
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(big)} ${hash(small)} 'sha256-OTHERPAGE='; style-src 'self' 'sha256-UNUSED='`;
		const html = page(`<script>${small}</script><script>${big}</script><style>p{}</style>`, policy);
		const url = `/_astro/${sharedScriptName(big)}`;
		const moved = externalize(html, new Set([big]));
		expect([...moved.files]).toEqual([[url, big]]);
		const out = ownHashesOnly(moved.html);
		expect(out).toContain(`<script>${small}</script><script defer src="${url}"></script>`);
		expect(out).not.toContain(big);
		expect(metaPolicy(out)).toBe(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(small)}; style-src 'self' ${hash('p{}')}`,
		);
		// Nothing the page runs inline is left out of its policy.
		expect(missingHashes(out, metaPolicy(out)).filter((m) => m.kind === 'script')).toEqual([]);
	});

	test('adjacent shared scripts load as one file, in their order', () => {
		const second = big.replace('"x"', '"y"');
		const { html, files } = externalize(
			page(`<script>${big}</script><script>${second}</script><p>x</p>`),
			new Set([big, second]),
		);
		expect([...files.values()]).toEqual([`${big};\n${second}`]);
		expect(html.match(/<script/g)).toHaveLength(1);
	});

	test('where the island runtime was, a guard runs inline before it, and the policy allows it', () => {
		const runtime = `(()=>{class I extends HTMLElement{};customElements.define("astro-island",I);${'x();'.repeat(300)}})()`;
		const { html } = externalize(
			page(`<script>${runtime}</script><astro-island></astro-island>`),
			new Set([runtime]),
		);
		expect(html).toContain(
			`<script>${ISLAND_GUARD}</script><script defer src="/_astro/${sharedScriptName(runtime)}"></script><astro-island>`,
		);
		const out = ownHashesOnly(html);
		expect(missingHashes(out, metaPolicy(out))).toEqual([]);
		expect(metaPolicy(out)).toContain(hash(ISLAND_GUARD));
	});

	test('a page without a policy is left as it was', () => {
		const html = `<p>no policy</p><script>${big}</script>`;
		expect(ownHashesOnly(html)).toBe(html);
	});

	test('the file name follows the content, so a changed runtime gets a new URL', () => {
		expect(sharedScriptName(big)).toMatch(/^inline-[0-9a-f]{10}\.js$/);
		expect(sharedScriptName(`${big};`)).not.toBe(sharedScriptName(big));
	});
});
