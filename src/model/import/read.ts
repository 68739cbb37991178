/**
 * Tolerant readers for PowerShell and Graph JSON (facts baselines-and-imports §2.1): keys match
 * case-insensitively, single objects count as one-element arrays, `{"value": [...]}` envelopes are
 * opened, and every reader returns a result instead of throwing on an unexpected type.
 */

/** A plain JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The member `name` of an object, matched case-insensitively; the first of several spellings wins. */
export function member(obj: unknown, ...names: readonly string[]): unknown {
	if (!isObject(obj)) return undefined;
	for (const name of names) {
		if (Object.hasOwn(obj, name)) return obj[name];
		const lower = name.toLowerCase();
		for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) return obj[key];
	}
	return undefined;
}

/** True when the object has any of the members (case-insensitive). */
export function hasMember(obj: unknown, ...names: readonly string[]): boolean {
	return member(obj, ...names) !== undefined;
}

/** A Graph `{"value": [...]}` envelope opened; anything else unchanged. */
export function unwrap(value: unknown): unknown {
	const inner = member(value, 'value');
	return Array.isArray(inner) ? inner : value;
}

/** Every item of a policy or configuration node: an array as is, a single object as one item. */
export function items(value: unknown): readonly unknown[] {
	const v = unwrap(value);
	if (Array.isArray(v)) return v;
	return v === undefined || v === null ? [] : [v];
}

/** The Identity of a policy or configuration object, without a `Tag:` prefix for Global. */
export function identityOf(obj: unknown): string | null {
	const id = member(obj, 'Identity');
	return typeof id === 'string' ? id : null;
}

/** The Global item of a node and its index: the one named `Global`, else the first without a name, else a lone item. */
export function globalItem(node: unknown): { item: unknown; index: number } | null {
	const list = items(node);
	const named = list.findIndex((x) => /^(tag:)?global$/i.test(identityOf(x) ?? ''));
	if (named >= 0) return { item: list[named], index: named };
	const unnamed = list.findIndex((x) => isObject(x) && identityOf(x) === null);
	if (unnamed >= 0) return { item: list[unnamed], index: unnamed };
	// A lone item is the tenant's only one, whatever it is called.
	return list.length === 1 && isObject(list[0]) ? { item: list[0], index: 0 } : null;
}

/** What a reader made of a value: the value, or why it could not read it. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly got: string };

/** A short description of a JSON value's type, for the report. */
export function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** A boolean: `true`/`false`, or the strings "True"/"False" that directory settings use. */
export function readBool(value: unknown): Read<boolean> {
	if (typeof value === 'boolean') return { ok: true, value };
	if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
		return { ok: true, value: value.trim().toLowerCase() === 'true' };
	return { ok: false, got: typeName(value) };
}

/** One of `options` matched case-insensitively, or a number mapped through `numbers` (.NET enums). */
export function readEnum<T extends string>(
	value: unknown,
	options: Readonly<Record<string, T>>,
	numbers: Readonly<Record<number, T>> = {},
): Read<T> {
	if (typeof value === 'number' && Object.hasOwn(numbers, value))
		return { ok: true, value: numbers[value] as T };
	if (typeof value === 'string') {
		const want = value.trim().toLowerCase();
		for (const [key, mapped] of Object.entries(options))
			if (key.toLowerCase() === want) return { ok: true, value: mapped };
	}
	return { ok: false, got: typeof value === 'string' ? 'unknownValue' : typeName(value) };
}
