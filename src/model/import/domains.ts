/**
 * The federation domain lists in every form `ConvertTo-Json` and the Teams APIs write them
 * (facts baselines-and-imports §2.2): `{}` for all known domains, `Domain=x` strings cut off at the
 * default depth (several joined by spaces), `{Domain}` objects, plain strings, a wrapping array,
 * an empty list or string, the old `<AllowAllKnownDomains/>` XML, and null.
 */
import { isDomain } from '../settings';
import { isObject, member, typeName } from './read';

/** The allowed-domains value as the model reads it, or why it could not be read. */
export type AllowedDomains =
	| { readonly kind: 'all' }
	| {
			readonly kind: 'list';
			readonly domains: readonly string[];
			readonly invalid: readonly string[];
			readonly fromNull?: true;
	  }
	| { readonly kind: 'unreadable'; readonly got: string };

/** A list of domains, the entries that were not domains, or why the list could not be read. */
export type DomainList =
	| { readonly kind: 'list'; readonly domains: readonly string[]; readonly invalid: readonly string[] }
	| { readonly kind: 'unreadable'; readonly got: string };

const ALL_KNOWN = /AllowAllKnownDomains/i;
/** Entries longer than this are not domains; they are cut in the report. */
const MAX_SHOWN = 80;

/** The entries of one list item: `Domain=a Domain=b`, `a`, or `{ "Domain": "a" }`. */
function entriesOf(item: unknown, out: string[], bad: string[]): void {
	if (isObject(item)) {
		const d = member(item, 'Domain', 'Name');
		if (typeof d === 'string') entriesOf(d, out, bad);
		else bad.push(typeName(item));
		return;
	}
	if (typeof item !== 'string') {
		bad.push(typeName(item));
		return;
	}
	for (const token of item.split(/[\s,;]+/)) {
		if (token === '') continue;
		const n = token
			.replace(/^domain=/i, '')
			.trim()
			.toLowerCase()
			.replace(/\.$/, '');
		if (isDomain(n)) {
			if (!out.includes(n)) out.push(n);
		} else bad.push(token.length > MAX_SHOWN ? `${token.slice(0, MAX_SHOWN)}…` : token);
	}
}

function listOf(value: readonly unknown[] | string): { domains: string[]; invalid: string[] } {
	const domains: string[] = [];
	const invalid: string[] = [];
	for (const item of typeof value === 'string' ? [value] : value) entriesOf(item, domains, invalid);
	return { domains, invalid };
}

/** Reads `AllowedDomains` in any of its nine forms. */
export function readAllowedDomains(value: unknown): AllowedDomains {
	if (value === null) return { kind: 'list', domains: [], invalid: [], fromNull: true };
	if (typeof value === 'string') {
		if (ALL_KNOWN.test(value)) return { kind: 'all' };
		return { kind: 'list', ...listOf(value) };
	}
	if (Array.isArray(value)) {
		// `[{ "AllowedDomain": [...] }]` wraps the object; a bare array is the list itself.
		if (value.length === 1 && isObject(value[0]) && member(value[0], 'Domain') === undefined)
			return readAllowedDomains(value[0]);
		return { kind: 'list', ...listOf(value) };
	}
	if (!isObject(value)) return { kind: 'unreadable', got: typeName(value) };
	const element = member(value, 'Element');
	if (typeof element === 'string' && ALL_KNOWN.test(element)) return { kind: 'all' };
	const inner = member(value, 'AllowedDomain');
	if (inner === undefined)
		return Object.keys(value).length === 0 ? { kind: 'all' } : { kind: 'unreadable', got: 'object' };
	if (inner === null) return { kind: 'list', domains: [], invalid: [] };
	if (typeof inner === 'string' || Array.isArray(inner)) return { kind: 'list', ...listOf(inner) };
	if (isObject(inner)) return { kind: 'list', ...listOf([inner]) };
	return { kind: 'unreadable', got: typeName(inner) };
}

/** Reads `BlockedDomains` or any plain domain list; `{}` is a list PowerShell could not write, not an empty one. */
export function readDomainList(value: unknown): DomainList {
	if (value === null || value === undefined) return { kind: 'list', domains: [], invalid: [] };
	if (typeof value === 'string' || Array.isArray(value)) return { kind: 'list', ...listOf(value) };
	if (isObject(value)) {
		const inner = member(value, 'Domain', 'BlockedDomain', 'AllowedDomain');
		if (typeof inner === 'string' || Array.isArray(inner)) return { kind: 'list', ...listOf(inner) };
	}
	return { kind: 'unreadable', got: typeName(value) };
}
