import { EXTERNAL_ACCESS_SETTINGS } from './external-access';
import { GUEST_ACCESS_SETTINGS } from './guest-access';
import { GUEST_LAYER_SETTINGS } from './guest-layers';
import { SHARED_CHANNEL_SETTINGS } from './shared-channels';
import type { SettingMeta } from './setting-meta';
import type { SettingValue } from '../types';

export type { SettingMeta, SettingType, SettingRole, PowerShellRef } from './setting-meta';
export { DELAYS, type DelayId } from './delays';
export { SHARING_CAPABILITY } from './guest-layers';

const ALL = [
	...EXTERNAL_ACCESS_SETTINGS,
	...GUEST_ACCESS_SETTINGS,
	...GUEST_LAYER_SETTINGS,
	...SHARED_CHANNEL_SETTINGS,
] as const;

/** The id of a setting. */
export type SettingId = (typeof ALL)[number]['id'];

/** Every setting of one organization, in panel order. */
export const SETTINGS: readonly (SettingMeta & { readonly id: SettingId })[] = ALL;

/** All settings of one organization, by id. */
export type Settings = Readonly<Record<SettingId, SettingValue>>;

const byId = new Map<string, (typeof SETTINGS)[number]>(SETTINGS.map((s) => [s.id, s]));
const byCode = new Map<string, (typeof SETTINGS)[number]>(SETTINGS.map((s) => [s.code, s]));

/** The metadata of a setting, or undefined for an unknown id. */
export function getSetting(id: string): (SettingMeta & { readonly id: SettingId }) | undefined {
	return byId.get(id);
}

/** The metadata of a setting by its codec code, or undefined. */
export function getSettingByCode(code: string): (SettingMeta & { readonly id: SettingId }) | undefined {
	return byCode.get(code);
}

/** Microsoft's defaults for one organization (a fresh object every call). */
export function defaultSettings(): Record<SettingId, SettingValue> {
	return Object.fromEntries(SETTINGS.map((s) => [s.id, s.default])) as Record<SettingId, SettingValue>;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ADDRESS = /^[a-z0-9._%+-]{1,64}@/;

/** True for a lower-case DNS domain such as `fabrikam.com`. */
export function isDomain(value: string): boolean {
	return DOMAIN.test(value);
}

/** True for a lower-case address such as `ben@fabrikam.com`. */
export function isAddress(value: string): boolean {
	const at = value.indexOf('@');
	return ADDRESS.test(value) && isDomain(value.slice(at + 1));
}

/** Lists hold at most this many entries (Microsoft's limit for domain lists, facts §3.2). */
export const MAX_LIST = 4000;

/** True when `value` is a valid value for the setting (lists: normalized, unique, valid entries). */
export function isValidValue(meta: SettingMeta, value: unknown): value is SettingValue {
	switch (meta.type) {
		case 'toggle':
			return typeof value === 'boolean';
		case 'choice':
			return typeof value === 'string' && meta.options.includes(value);
		default: {
			if (!Array.isArray(value) || value.length > MAX_LIST) return false;
			const check = meta.type === 'domains' ? isDomain : isAddress;
			return value.every((v) => typeof v === 'string' && check(v)) && new Set(value).size === value.length;
		}
	}
}

/** Normalizes a list value: trims, lower-cases, drops invalid and duplicate entries. */
export function normalizeList(meta: SettingMeta, value: readonly unknown[]): string[] {
	const check = meta.type === 'domains' ? isDomain : isAddress;
	const out: string[] = [];
	for (const v of value) {
		if (typeof v !== 'string') continue;
		const n = v.trim().toLowerCase();
		if (check(n) && !out.includes(n) && out.length < MAX_LIST) out.push(n);
	}
	return out;
}
