// Translation freshness: each translated page records the revision (a short content hash) of
// the English page it was made from; a translation is stale when the English page changed since.
import { createHash } from 'node:crypto';

/** The revision of a source page: the first 12 hex characters of the SHA-256 of its bytes. */
export function revisionOf(text) {
	return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The `sourceRevision` recorded in a page's frontmatter, or undefined. */
export function recordedRevision(text) {
	const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
	return front.match(/^sourceRevision:\s*["']?([0-9a-f]+)["']?\s*$/m)?.[1];
}

/**
 * The state of one translation: 'current', 'stale' (source changed), 'untracked' (no revision
 * recorded) or 'orphan' (no English source page).
 */
export function translationState(sourceText, translationText) {
	if (sourceText === undefined) return 'orphan';
	const recorded = recordedRevision(translationText);
	if (!recorded) return 'untracked';
	return recorded === revisionOf(sourceText) ? 'current' : 'stale';
}

/** The page text with `sourceRevision` set to `revision` (added after `updated:` if absent). */
export function stampRevision(text, revision) {
	if (/^sourceRevision:.*$/m.test(text))
		return text.replace(/^sourceRevision:.*$/m, `sourceRevision: "${revision}"`);
	return text.replace(/^(---\r?\n[\s\S]*?)(\r?\n---)/, `$1\nsourceRevision: "${revision}"$2`);
}

/**
 * UI strings: `stamps` records, per key, the revision of the English string a translation was
 * made from. Returns the keys whose English changed since (`stale`) and those never stamped
 * (`untracked`); keys English no longer has are ignored (the strings test reports them).
 */
export function uiStringStates(english, stamps = {}) {
	const stale = [];
	const untracked = [];
	for (const [key, value] of Object.entries(english)) {
		const recorded = stamps[key];
		if (recorded === undefined) untracked.push(key);
		else if (recorded !== revisionOf(value)) stale.push(key);
	}
	return { stale, untracked };
}

/** Stamps for every key of `english` (or only `keys`), merged into `stamps`. */
export function stampUiStrings(english, stamps = {}, keys = Object.keys(english)) {
	const out = { ...stamps };
	for (const key of keys) if (key in english) out[key] = revisionOf(english[key]);
	return out;
}

/**
 * The English source of a glossary: the admin-center labels it decides how to show (keys listed
 * in src/i18n/admin-labels.ts, values from en.json). A glossary is stale when one of them changed.
 */
export function glossarySource(adminLabelsTs, english) {
	const keys = [...adminLabelsTs.matchAll(/label\('([^']+)'/g)].map((m) => m[1]);
	return JSON.stringify(keys.map((k) => [k, english[k] ?? null]));
}
