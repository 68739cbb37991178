// Code in articles: PowerShell blocks coloured with class names (no inline styles, so the strict
// CSP holds; the colours are in global.css), each block wrapped with a copy button in the
// article's language (shown only with JS; the page tools, src/scripts/article.ts, make it copy),
// and admin-center host names written as code turned into links.
import { readFileSync } from 'node:fs';
import { localeOfPath } from './locale-text-plugin.mjs';

/** Token classes, tried in order at each position of a PowerShell line. */
const POWERSHELL_TOKENS = [
	['comment', /^#.*/],
	['string', /^"(?:[^"`]|`.)*"?|^'[^']*'?/],
	['variable', /^\$(?:\{[^}]*\}|[\w:]+)/],
	['parameter', /^-[A-Za-z][\w]*/],
	['cmdlet', /^[A-Z][a-z]+-[A-Za-z][\w]*/],
	['keyword', /^(?:if|else|elseif|foreach|for|while|function|return|param|in)\b/i],
	['number', /^\d+(?:\.\d+)?\b/],
];

/** Splits PowerShell source into `[class, text]` pairs; class '' is plain text. Total for any input. */
export function tokenizePowerShell(code) {
	const out = [];
	let plain = '';
	let rest = code;
	let atWordStart = true;
	while (rest.length > 0) {
		let matched;
		if (atWordStart) {
			for (const [kind, pattern] of POWERSHELL_TOKENS) {
				const m = pattern.exec(rest);
				if (m && m[0].length > 0) {
					matched = [kind, kind === 'comment' ? m[0] : m[0]];
					break;
				}
			}
		}
		if (matched) {
			if (plain) out.push(['', plain]);
			plain = '';
			out.push(matched);
			rest = rest.slice(matched[1].length);
			atWordStart = false;
			continue;
		}
		const ch = rest[0];
		plain += ch;
		rest = rest.slice(1);
		atWordStart = !/[\w$-]/.test(ch);
	}
	if (plain) out.push(['', plain]);
	return out;
}

/** Admin centers whose host names appear in the text as code; the link opens the site. */
const ADMIN_HOST =
	/^(?:https:\/\/)?((?:admin\.teams\.microsoft\.com|admin\.microsoft\.com|entra\.microsoft\.com|portal\.azure\.com|purview\.microsoft\.com|security\.microsoft\.com)(?:\/[\w\-./?=&#%]*)?)$/;

/** The https URL for admin-center text such as `admin.teams.microsoft.com/x`, or undefined. */
export function adminCenterUrl(text) {
	const m = ADMIN_HOST.exec(text.trim());
	return m ? `https://${m[1]}` : undefined;
}

const text = (value) => ({ type: 'text', value });

/**
 * The copy button's text and accessible name in `locale` (English where the locale or the key is missing).
 * @param {string | null} locale
 * @returns {{ text: string, label: string }}
 */
export function copyButtonLabels(locale) {
	const read = (code) => {
		try {
			return JSON.parse(readFileSync(new URL(`../i18n/ui/${code}.json`, import.meta.url), 'utf8'));
		} catch {
			return {};
		}
	};
	const en = read('en');
	const own = locale && /^[a-z]{2,3}$/.test(locale) ? read(locale) : {};
	return {
		text: own['code.copy'] ?? en['code.copy'] ?? 'Copy',
		label: own['code.copyLabel'] ?? en['code.copyLabel'] ?? 'Copy',
	};
}

/**
 * Sätteri hast plugin: class-based PowerShell colouring, copy-button wrappers, admin-center links.
 * Called once per document (a plugin factory), so the button speaks the document's language.
 * @param {{ fileURL?: URL | undefined }} [ctx]
 */
export function codeBlocksPlugin(ctx = {}) {
	const copy = copyButtonLabels(localeOfPath(ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : ''));
	return {
		name: 'code-blocks',
		element: [
			{
				filter: ['pre'],
				visit(node, v) {
					const code = node.children?.find((c) => c.type === 'element' && c.tagName === 'code');
					if (!code || code.type !== 'element') return;
					const classes = Array.isArray(code.properties?.className)
						? code.properties.className.map(String)
						: [];
					const lang = classes.find((c) => c.startsWith('language-'))?.slice(9) ?? code.data?.lang ?? '';
					const source = v.textContent(code).replace(/\n$/, '');
					const powershell = /^(powershell|ps1|pwsh)$/i.test(lang);
					const children = powershell
						? tokenizePowerShell(source).map(([kind, value]) =>
								kind
									? {
											type: 'element',
											tagName: 'span',
											properties: { className: [`tok-${kind}`] },
											children: [text(value)],
										}
									: text(value),
							)
						: [text(source)];
					return {
						type: 'element',
						tagName: 'div',
						properties: { className: ['code-block'], dataLang: lang || undefined },
						children: [
							{
								type: 'element',
								tagName: 'pre',
								properties: { ...node.properties, tabIndex: 0 },
								children: [{ type: 'element', tagName: 'code', properties: code.properties ?? {}, children }],
							},
							{
								type: 'element',
								tagName: 'button',
								properties: {
									type: 'button',
									className: ['button', 'code-copy'],
									ariaLabel: copy.label,
									dataPagefindIgnore: '',
								},
								children: [text(copy.text)],
							},
						],
					};
				},
			},
			{
				filter: ['code'],
				visit(node, v) {
					const parent = v.parent(node);
					if (parent?.type === 'element' && (parent.tagName === 'pre' || parent.tagName === 'a')) return;
					const url = adminCenterUrl(v.textContent(node));
					if (!url) return;
					v.wrapNode(node, {
						type: 'element',
						tagName: 'a',
						properties: { href: url, rel: 'noopener', className: ['admin-link'] },
						children: [],
					});
				},
			},
		],
	};
}
