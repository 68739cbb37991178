import type { SettingMeta } from '../settings';
import type { SettingValue } from '../types';

/** The compact JSON shape inside a share link. Every field is optional; absent means default. */
export interface CompactState {
	p?: string;
	c?: number;
	a?: CompactOrg;
	b?: CompactOrg;
	/** Changes: [at, side (0 = A, 1 = B), setting code, compact value, custom policy name (v2, optional)]. */
	x?: ([number, number, string, CompactValue] | [number, number, string, CompactValue, string])[];
}

/**
 * One organization in compact form: name, domain, user, trial-only, known, settings by code; since v2
 * also m (0: not TeamsOnly), q (custom policies: [name, values by code]) and w (people: [user, policy
 * name or "" for Global, 1 if already a guest member]). q and w replace the defaults when present.
 */
export interface CompactOrg {
	n?: string;
	d?: string;
	u?: string;
	t?: 1;
	k?: 0;
	m?: 0;
	s?: Record<string, CompactValue>;
	q?: [string, Record<string, CompactValue>][];
	w?: [string, string, 0 | 1][];
}

/** A setting value in compact form: 1/0 for a switch, the option index for a choice, the list itself. */
export type CompactValue = number | string[];

/** The share-link prefix of the current version (v2: people and policies; v1 links still open). */
export const PREFIX = 'v2.';

/** Converts a setting value to its compact form. */
export function compactValue(meta: SettingMeta, value: SettingValue): CompactValue {
	if (meta.type === 'toggle') return value === true ? 1 : 0;
	if (meta.type === 'choice') return meta.options.indexOf(String(value));
	return [...(value as readonly string[])];
}

/** Converts a compact value back, or returns undefined when it does not fit the setting. */
export function expandValue(meta: SettingMeta, value: unknown): SettingValue | undefined {
	if (meta.type === 'toggle') return value === 1 ? true : value === 0 ? false : undefined;
	if (meta.type === 'choice') return Number.isInteger(value) ? meta.options[value as number] : undefined;
	return Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? v : '')) : undefined;
}
