import type { SettingValue } from '../types';

/** Reads one input by key; undefined means the input does not hold it (not modelled or not imported). */
export type Get = (key: string) => SettingValue | undefined;

/** A condition in three-valued logic: true passes, false fails, null when an input it needs is missing. */
export type Condition = (get: Get) => boolean | null;

/** Passes when the input holds one of `values`. */
export function is(key: string, ...values: readonly SettingValue[]): Condition {
	return (get) => {
		const v = get(key);
		return v === undefined ? null : values.includes(v);
	};
}

/** Passes when the input holds none of `values`. */
export function isNot(key: string, ...values: readonly SettingValue[]): Condition {
	return (get) => {
		const r = is(key, ...values)(get);
		return r === null ? null : !r;
	};
}

/** Passes when any part passes; fails only when every part is known and fails. */
export function anyOf(...parts: readonly Condition[]): Condition {
	return (get) => {
		let unknown = false;
		for (const part of parts) {
			const r = part(get);
			if (r === true) return true;
			if (r === null) unknown = true;
		}
		return unknown ? null : false;
	};
}

/** Fails when any part fails; passes only when every part is known and passes. */
export function allOf(...parts: readonly Condition[]): Condition {
	return (get) => {
		let unknown = false;
		for (const part of parts) {
			const r = part(get);
			if (r === false) return false;
			if (r === null) unknown = true;
		}
		return unknown ? null : true;
	};
}

/** Passes when the input is a list with at least one entry. */
export function nonEmpty(key: string): Condition {
	return (get) => {
		const v = get(key);
		return v === undefined ? null : Array.isArray(v) && v.length > 0;
	};
}
