/**
 * Importing a tenant's real configuration (issue "Your own tenant"): bytes or pasted text in, the
 * model's settings for one organization and a report out. Pure and total: every input, however
 * broken, gives either a result or a reason code, never an exception.
 *
 *   bytes → bytesToText (BOM, UTF-16) → parseJson (size cap, line/column) → detect (which file)
 *         → extract (TenantConfig + read/ignored lines) → toSettings (settings + missing lines)
 */
import { defaultSettings, getSetting, isValidValue, type SettingId } from '../settings';
import { addPolicy, defaultOrgState, isValidName, type SimState } from '../state';
import type { OrgSide } from '../types';
import { bytesToText, isTooLarge, parseJson, tooLargeReason } from './decode';
import { detect } from './detect';
import { extract } from './extract';
import { toPolicies, toSettings } from './to-settings';
import type { ImportResult } from './types';

export { MAX_IMPORT_BYTES, isTooLarge, tooLargeReason, bytesToText, parseJson } from './decode';
export { EXPORT_SCHEMA, EXPORT_SCHEMA_VERSION } from './detect';
export { FIELDS, SECTION_SOURCE, type SectionId } from './fields';
export { readAllowedDomains, readDomainList } from './domains';
export type * from './types';

/** Imports one file or paste; never throws. */
export function importConfig(input: string | Uint8Array): ImportResult {
	try {
		if (isTooLarge(input.length)) return { ok: false, error: tooLargeReason(input.length) };
		const parsed = parseJson(typeof input === 'string' ? input : bytesToText(input));
		if (!parsed.ok) return parsed;
		const found = detect(parsed.value);
		if (!found.ok) return found;
		const { config, read, ignored } = extract(found);
		const mapped = toSettings(config);
		if (read.length + mapped.read.length === 0 && ignored.length === 0)
			return { ok: false, error: { key: 'import.error.nothingRead' } };
		return {
			ok: true,
			config,
			settings: mapped.settings,
			assumed: mapped.assumed,
			policies: toPolicies(config),
			report: {
				format: config.format,
				version: found.version,
				read: [...mapped.read, ...read],
				ignored,
				missing: mapped.missing,
			},
		};
	} catch {
		// Defence in depth: the steps above are written not to throw; if one ever does, the page still answers.
		return { ok: false, error: { key: 'import.error.internal' } };
	}
}

/**
 * The state with an imported organization as `side`'s baseline: its settings (and the export's label as
 * its name), an empty change log and the clock at zero, so every later change is a diff against it.
 */
export function withImported(
	state: SimState,
	side: OrgSide,
	result: Extract<ImportResult, { ok: true }>,
): SimState {
	const org = state.orgs[side];
	const label = result.config?.label;
	const name = typeof label === 'string' && isValidName(label) ? label : org.name;
	// Settings kept on a device may come from an older version: only valid values are taken.
	const settings = defaultSettings();
	for (const [id, value] of Object.entries(result.settings ?? {})) {
		const meta = getSetting(id);
		if (meta && isValidValue(meta, value)) settings[id as SettingId] = value;
	}
	// The imported policies replace the scenario's; people keep their addresses and go back to the
	// Global policy (the export never says who holds which policy).
	const base: SimState = {
		...state,
		presetId: null,
		clock: 0,
		changes: [],
		orgs: {
			...state.orgs,
			[side]: {
				...org,
				name,
				known: true,
				settings,
				policies: [],
				people: defaultOrgState(side, org).people.map((p) => ({ ...p, policy: null })),
			},
		},
	};
	const policies = Array.isArray(result.policies) ? result.policies : [];
	return policies.reduce(
		(acc, p) => (p && typeof p === 'object' ? addPolicy(acc, side, p.name, p.settings ?? {}) : acc),
		base,
	);
}
