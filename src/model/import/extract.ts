/**
 * From located sections to a TenantConfig and the report's read and ignored lines. Only the Global
 * item of each section is read; other policies are listed (custom external access policies are kept
 * in the config for the model's per-user policies).
 */
import type { Reason, SettingValue } from '../types';
import { readAllowedDomains, readDomainList, type AllowedDomains, type DomainList } from './domains';
import type { Detected, Located } from './detect';
import { FIELDS, type FieldRow, type SectionId } from './fields';
import {
	globalItem,
	identityOf,
	isObject,
	items,
	member,
	readBool,
	readEnum,
	typeName,
	type Read,
} from './read';
import type {
	ExternalAccessPolicyConfig,
	FederationDomains,
	FieldValue,
	ReportEntry,
	TenantConfig,
} from './types';

type Found = Extract<Detected, { ok: true }>;

/** Builds report lines while the config is extracted. */
class Lines {
	readonly read: ReportEntry[] = [];
	readonly ignored: ReportEntry[] = [];
	ignore(path: string, key: string, params?: Reason['params']): void {
		this.ignored.push({ path, reason: params ? { key, params } : { key } });
	}
}

const join = (base: string, key: string) => (base === '' ? key : `${base}.${key}`);
const indexed = (base: string, list: boolean, i: number) => (list ? `${base}[${i}]` : base);

/** The Global item of a section and its path. */
function globalOf(section: Located): { item: unknown; path: string } | null {
	const g = globalItem(section.raw);
	if (!g) return null;
	const list = Array.isArray(section.raw) || Array.isArray(member(section.raw, 'value'));
	return { item: g.item, path: indexed(section.path, list, g.index) };
}

/** The `Group.Unified` directory setting's values as name → value (empty when there is none). */
function groupUnified(section: Located): { values: Map<string, unknown>; path: string } | null {
	const list = items(section.raw);
	const index = list.findIndex(
		(x) =>
			/^group\.unified$/i.test(String(member(x, 'displayName') ?? '')) ||
			String(member(x, 'templateId') ?? '').toLowerCase() === '62375ab9-6b52-47ed-826b-58e47e0e304b',
	);
	if (index < 0) return null;
	const values = new Map<string, unknown>();
	for (const pair of items(member(list[index], 'values'))) {
		const name = member(pair, 'name');
		if (typeof name === 'string') values.set(name.toLowerCase(), member(pair, 'value'));
	}
	return { values, path: `${indexed(section.path, Array.isArray(section.raw), index)}.values` };
}

/** A cross-tenant access direction: blocked when its users or its applications are blocked. */
function readAccess(value: unknown): Read<string> {
	const types = ['usersAndGroups', 'applications'].map((k) => member(member(value, k), 'accessType'));
	if (types.some((t) => typeof t === 'string' && t.toLowerCase() === 'blocked'))
		return { ok: true, value: 'block' };
	if (types.some((t) => typeof t === 'string' && t.toLowerCase() === 'allowed'))
		return { ok: true, value: 'allow' };
	return { ok: false, got: typeName(value) };
}

function readField(
	row: FieldRow,
	raw: unknown,
): Read<SettingValue> | { ok: false; got: string; invalid?: readonly string[] } {
	switch (row.kind.type) {
		case 'bool':
		case 'groupValue':
			return readBool(raw);
		case 'enum':
			return readEnum(raw, row.kind.options, row.kind.numbers);
		case 'access':
			return readAccess(raw);
		default: {
			const list = readDomainList(raw);
			return list.kind === 'list' ? { ok: true, value: list.domains } : { ok: false, got: list.got };
		}
	}
}

function readFields(found: Found, lines: Lines): Record<string, FieldValue> {
	const fields: Record<string, FieldValue> = {};
	const globals = new Map<SectionId, { item: unknown; path: string } | null>();
	for (const row of FIELDS) {
		const section = found.sections[row.section];
		if (!section) continue;
		let raw: unknown;
		let path: string;
		if (row.section === 'groupSettings') {
			const group = groupUnified(section);
			path = join(group?.path ?? section.path, row.names[0] as string);
			// No Group.Unified object means the tenant never changed these: both are on (facts §2.9).
			if (!group) {
				fields[`${row.section}.${row.names[0]}`] = { value: true, path };
				lines.read.push({
					path,
					setting: row.setting,
					value: true,
					reason: { key: 'import.read.noGroupUnified' },
				});
				continue;
			}
			raw = row.names.map((n) => group.values.get(n.toLowerCase())).find((v) => v !== undefined);
		} else {
			if (!globals.has(row.section)) globals.set(row.section, globalOf(section));
			const global = globals.get(row.section);
			if (!global) continue;
			raw = member(global.item, ...row.names);
			path = join(global.path, row.names[0] as string);
		}
		if (raw === undefined) continue;
		const r = readField(row, raw);
		if (r.ok) {
			fields[`${row.section}.${row.names[0]}`] = { value: r.value, path };
			lines.read.push({ path, setting: row.setting, value: r.value, reason: { key: 'import.read.value' } });
			if (row.kind.type === 'domains') reportInvalid(readDomainList(raw), path, lines);
		} else lines.ignore(path, 'import.ignored.wrongType', { got: r.got });
	}
	return fields;
}

function reportInvalid(list: DomainList | AllowedDomains, path: string, lines: Lines): void {
	const invalid = 'invalid' in list ? list.invalid : [];
	if (invalid.length > 0)
		lines.ignore(path, 'import.ignored.notDomains', {
			n: invalid.length,
			examples: invalid.slice(0, 3).join(', '),
		});
}

function readDomains(found: Found, lines: Lines): FederationDomains | null {
	const pre = found.federationDomains;
	if (pre) {
		const mode = member(pre.raw, 'allowedMode');
		const allowed = readDomainList(member(pre.raw, 'allowed'));
		const blocked = readDomainList(member(pre.raw, 'blocked'));
		const isAll = typeof mode === 'string' && /allowallknowndomains/i.test(mode);
		const isList = typeof mode === 'string' && /allowlist/i.test(mode);
		if ((isAll || isList) && allowed.kind === 'list' && blocked.kind === 'list') {
			reportInvalid(allowed, `${pre.path}.allowed`, lines);
			reportInvalid(blocked, `${pre.path}.blocked`, lines);
			return {
				allowed: isAll ? { mode: 'all' } : { mode: 'list', domains: allowed.domains },
				blocked: blocked.domains,
				path: pre.path,
			};
		}
		lines.ignore(pre.path, 'import.ignored.domainsUnreadable');
	}
	const section = found.sections.federation;
	const global = section ? globalOf(section) : null;
	if (!global) return null;
	const rawAllowed = member(global.item, 'AllowedDomains');
	const rawBlocked = member(global.item, 'BlockedDomains');
	if (rawAllowed === undefined && rawBlocked === undefined) return null;
	const allowedPath = join(global.path, 'AllowedDomains');
	const blockedPath = join(global.path, 'BlockedDomains');
	const allowed = rawAllowed === undefined ? ({ kind: 'all' } as const) : readAllowedDomains(rawAllowed);
	if (allowed.kind === 'unreadable') {
		lines.ignore(allowedPath, 'import.ignored.domainsUnreadable');
		return null;
	}
	if (allowed.kind === 'list') {
		reportInvalid(allowed, allowedPath, lines);
		if (allowed.fromNull) lines.ignore(allowedPath, 'import.ignored.nullAllowList');
	}
	let blocked: readonly string[] | null = [];
	if (rawBlocked !== undefined) {
		const list = readDomainList(rawBlocked);
		if (list.kind === 'list') {
			blocked = list.domains;
			reportInvalid(list, blockedPath, lines);
		} else {
			// `{}` is a list PowerShell could not serialise, not an empty one (facts §2.2).
			blocked = null;
			lines.ignore(blockedPath, 'import.ignored.domainsUnreadable');
		}
	}
	return {
		allowed: allowed.kind === 'all' ? { mode: 'all' } : { mode: 'list', domains: allowed.domains },
		blocked,
		path: global.path,
	};
}

function optionalBool(obj: unknown, name: string): { [k: string]: boolean } {
	const r = readBool(member(obj, name));
	return r.ok ? { [name.charAt(0).toLowerCase() + name.slice(1)]: r.value } : {};
}

function readPolicies(found: Found, lines: Lines): ExternalAccessPolicyConfig[] {
	const section = found.sections.externalAccessPolicies;
	if (!section) return [];
	const list = items(section.raw);
	const isList = Array.isArray(section.raw) || Array.isArray(member(section.raw, 'value'));
	const out: ExternalAccessPolicyConfig[] = [];
	list.forEach((item, i) => {
		if (!isObject(item)) return;
		const identity = identityOf(item) ?? 'Global';
		const path = indexed(section.path, isList, i);
		const scope = member(item, 'CommunicationWithExternalOrgs');
		const allowed = readDomainList(member(item, 'AllowedExternalDomains'));
		const blocked = readDomainList(member(item, 'BlockedExternalDomains'));
		out.push({
			identity: identity.slice(0, 80),
			path,
			...optionalBool(item, 'EnableFederationAccess'),
			...optionalBool(item, 'EnableTeamsConsumerAccess'),
			...optionalBool(item, 'EnableTeamsConsumerInbound'),
			...(typeof scope === 'string' ? { communicationWithExternalOrgs: scope } : {}),
			allowedExternalDomains: allowed.kind === 'list' ? allowed.domains : [],
			blockedExternalDomains: blocked.kind === 'list' ? blocked.domains : [],
		});
		if (!/^(tag:)?global$/i.test(identity))
			lines.read.push({
				path,
				reason: {
					key: 'import.read.customPolicy',
					params: { name: identity.replace(/^tag:/i, '').slice(0, 64) },
				},
			});
	});
	return out;
}

/** Lists what the file holds that the model does not simulate, and people's data that is never read. */
function reportOthers(found: Found, lines: Lines): void {
	for (const path of found.userData) lines.ignore(path, 'import.ignored.userData');
	const meetings = found.sections.meetingPolicies;
	if (meetings) {
		const others = items(meetings.raw).filter(
			(x) => !/^(tag:)?global$/i.test(identityOf(x) ?? 'Global'),
		).length;
		if (others > 0) lines.ignore(meetings.path, 'import.ignored.otherPolicies', { n: others });
	}
	const partners = found.sections.crossTenantPartners;
	if (partners) {
		const count = items(partners.raw).length;
		if (count > 0) lines.ignore(partners.path, 'import.ignored.partners', { n: count });
	}
	const config = found.sections.externalAccessConfiguration;
	const global = config ? globalOf(config) : null;
	if (global) {
		// Blocked people's addresses are never read, only counted (facts §3: never collect).
		const users = member(global.item, 'BlockedUsers');
		const counted = member(global.item, 'BlockedUsersCount');
		const count = typeof counted === 'number' ? counted : items(users).length;
		if (users !== undefined || typeof counted === 'number')
			lines.ignore(join(global.path, 'BlockedUsers'), 'import.ignored.blockedUsers', { n: count });
	}
	if (found.sections.meetingConfiguration)
		lines.ignore(
			found.sections.meetingConfiguration.path || 'DisableAnonymousJoin',
			'import.ignored.notSimulated',
		);
}

/** The tenant's configuration and the read/ignored lines of the report. */
export function extract(found: Found): { config: TenantConfig; read: ReportEntry[]; ignored: ReportEntry[] } {
	const lines = new Lines();
	const fields = readFields(found, lines);
	const domains = readDomains(found, lines);
	const externalAccessPolicies = readPolicies(found, lines);
	reportOthers(found, lines);
	const sections = Object.fromEntries(Object.entries(found.sections).map(([id, s]) => [id, s.path]));
	return {
		config: {
			format: found.format,
			label: found.label,
			sections,
			notCollected: found.notCollected,
			fields,
			domains,
			externalAccessPolicies,
		},
		read: lines.read,
		ignored: lines.ignored,
	};
}
