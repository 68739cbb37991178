/**
 * Which file is this, and where are its sections? Order (facts baselines-and-imports §2.10):
 * our export (`schema`), ScubaGear results (`MetaData.Tool`, sections in `Raw`), a ScubaGear
 * provider export (its snake_case keys), then the output of one cmdlet recognised by its properties.
 */
import type { Reason } from '../types';
import type { SectionId } from './fields';
import { hasMember, isObject, items, member, unwrap } from './read';
import type { ImportFormat } from './types';

/** Our export's schema name and the newest version this importer reads. */
export const EXPORT_SCHEMA = 'external-access-lab/tenant-export';
export const EXPORT_SCHEMA_VERSION = 1;

/** A section's raw value and its path in the file. */
export interface Located {
	readonly raw: unknown;
	readonly path: string;
}

/** The sections of a recognised file, or the reason it was not recognised. */
export type Detected =
	| {
			readonly ok: true;
			readonly format: ImportFormat;
			readonly version: string | null;
			readonly label: string | null;
			readonly sections: Partial<Record<SectionId, Located>>;
			/** Our export's precomputed domain lists (preferred over the raw forms). */
			readonly federationDomains: Located | null;
			readonly notCollected: readonly SectionId[];
			/** Paths of members that hold people's data, which are never read. */
			readonly userData: readonly string[];
	  }
	| { readonly ok: false; readonly error: Reason };

/** Our export's layout: section → path below the root. */
const LAB_PATHS: Readonly<Record<SectionId, readonly string[]>> = {
	federation: ['teams', 'tenantFederationConfiguration'],
	externalAccessPolicies: ['teams', 'externalAccessPolicies'],
	externalAccessConfiguration: ['teams', 'externalAccessConfiguration'],
	client: ['teams', 'clientConfiguration'],
	guestCalling: ['teams', 'guestCallingConfiguration'],
	guestMeeting: ['teams', 'guestMeetingConfiguration'],
	guestMessaging: ['teams', 'guestMessagingConfiguration'],
	meetingConfiguration: ['teams', 'meetingConfiguration'],
	meetingPolicies: ['teams', 'meetingPolicies'],
	channelsPolicies: ['teams', 'channelsPolicies'],
	filesPolicies: ['teams', 'filesPolicies'],
	authorizationPolicy: ['entra', 'authorizationPolicy'],
	crossTenantDefault: ['entra', 'crossTenantAccessPolicy', 'default'],
	crossTenantPartners: ['entra', 'crossTenantAccessPolicy', 'partners'],
	groupSettings: ['entra', 'groupSettings'],
	sharepoint: ['sharepoint', 'tenant'],
};

/** ScubaGear's provider export keys for the sections it has (the rest it never exports). */
const SCUBA_KEYS: Readonly<Partial<Record<SectionId, string>>> = {
	federation: 'federation_configuration',
	meetingPolicies: 'meeting_policies',
	client: 'client_configuration',
	authorizationPolicy: 'authorization_policies',
	groupSettings: 'directory_settings',
	sharepoint: 'SPO_tenant',
};
const SCUBA_USER_DATA = [
	'privileged_users',
	'privileged_service_principals',
	'risky_applications',
	'risky_third_party_service_principals',
];

/** The properties that tell one cmdlet's or resource's output from another's, in test order. */
const SIGNATURES: readonly (readonly [SectionId, readonly string[]])[] = [
	['federation', ['AllowFederatedUsers', 'AllowedDomains', 'AllowTeamsConsumer']],
	['externalAccessPolicies', ['EnableFederationAccess', 'CommunicationWithExternalOrgs']],
	['externalAccessConfiguration', ['BlockExternalUserAccess', 'BlockExternalAccessUserAccess']],
	['meetingPolicies', ['AutoAdmittedUsers', 'AllowAnonymousUsersToJoinMeeting']],
	['client', ['AllowGuestUser']],
	['guestCalling', ['AllowPrivateCalling']],
	['guestMeeting', ['AllowIPVideo', 'ScreenSharingMode', 'AllowMeetNow']],
	['guestMessaging', ['AllowUserEditMessage', 'GiphyRatingType', 'AllowUserChat']],
	['meetingConfiguration', ['DisableAnonymousJoin']],
	['channelsPolicies', ['AllowSharedChannelCreation', 'AllowChannelSharingToExternalUser']],
	['filesPolicies', ['FileSharingInChatswithExternalUsers']],
	['authorizationPolicy', ['allowInvitesFrom', 'guestUserRoleId']],
	['crossTenantDefault', ['b2bDirectConnectInbound', 'b2bCollaborationInbound']],
	['groupSettings', ['templateId']],
	['sharepoint', ['SharingCapability', 'sharingCapability']],
];

function at(root: unknown, path: readonly string[]): unknown {
	return path.reduce<unknown>((node, key) => member(node, key), root);
}

function shortText(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	// Control characters and bidi overrides are dropped: the label is shown as a heading.
	const clean = value.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '').trim();
	return clean === '' ? null : clean.slice(0, 64);
}

function detectLab(root: unknown): Detected {
	const version = member(root, 'schemaVersion');
	if (typeof version === 'number' && version > EXPORT_SCHEMA_VERSION)
		return {
			ok: false,
			error: { key: 'import.error.newerVersion', params: { version, supported: EXPORT_SCHEMA_VERSION } },
		};
	const sections: Partial<Record<SectionId, Located>> = {};
	for (const [id, path] of Object.entries(LAB_PATHS) as [SectionId, readonly string[]][]) {
		const raw = at(root, path);
		if (raw !== undefined && raw !== null) sections[id] = { raw, path: path.join('.') };
	}
	const notCollected: SectionId[] = [];
	for (const error of items(member(root, 'errors'))) {
		const section = member(error, 'section');
		const id = (Object.entries(LAB_PATHS) as [SectionId, readonly string[]][]).find(
			([, path]) => typeof section === 'string' && path.join('.').toLowerCase() === section.toLowerCase(),
		)?.[0];
		if (id && !notCollected.includes(id) && !sections[id]) notCollected.push(id);
	}
	const domains = at(root, ['teams', 'federationDomains']);
	return {
		ok: true,
		format: 'labExport',
		version: typeof version === 'number' ? String(version) : null,
		label: shortText(at(root, ['tenant', 'label'])),
		sections,
		federationDomains: isObject(domains) ? { raw: domains, path: 'teams.federationDomains' } : null,
		notCollected,
		userData: [],
	};
}

function detectScuba(root: unknown, format: ImportFormat, prefix: string, version: unknown): Detected {
	const sections: Partial<Record<SectionId, Located>> = {};
	for (const [id, key] of Object.entries(SCUBA_KEYS) as [SectionId, string][]) {
		const raw = member(root, key);
		if (raw !== undefined && raw !== null) sections[id] = { raw, path: `${prefix}${key}` };
	}
	return {
		ok: true,
		format,
		version: typeof version === 'string' ? version.slice(0, 20) : null,
		label: null,
		sections,
		federationDomains: null,
		notCollected: [],
		userData: SCUBA_USER_DATA.filter((k) => hasMember(root, k)).map((k) => `${prefix}${k}`),
	};
}

function detectCmdlet(root: unknown): Detected {
	const value = unwrap(root);
	const first = items(value).find(isObject);
	const section = SIGNATURES.find(([, names]) => hasMember(first, ...names))?.[0];
	// A Group.Unified setting is recognised by its name as well as its template id.
	const group =
		section ??
		(/^group\.unified$/i.test(String(member(first, 'displayName') ?? '')) ? 'groupSettings' : undefined);
	if (!group) return { ok: false, error: { key: 'import.error.unknownFormat' } };
	return {
		ok: true,
		format: 'cmdlet',
		version: null,
		label: null,
		sections: { [group]: { raw: value, path: '' } },
		federationDomains: null,
		notCollected: [],
		userData: [],
	};
}

/** Recognises the file and locates its sections; never throws. */
export function detect(root: unknown): Detected {
	const schema = member(root, 'schema');
	if (typeof schema === 'string') {
		if (schema === EXPORT_SCHEMA) return detectLab(root);
		return { ok: false, error: { key: 'import.error.unknownFormat' } };
	}
	const meta = member(root, 'MetaData');
	if (String(member(meta, 'Tool') ?? '').toLowerCase() === 'scubagear') {
		const raw = member(root, 'Raw');
		if (!isObject(raw)) return { ok: false, error: { key: 'import.error.scubaNoRaw' } };
		return detectScuba(raw, 'scubaResults', 'Raw.', member(meta, 'ToolVersion'));
	}
	if (isObject(root) && Object.values(SCUBA_KEYS).some((k) => hasMember(root, k)))
		return detectScuba(root, 'scubaGear', '', member(root, 'module_version'));
	const first = Array.isArray(root) ? root.find(isObject) : undefined;
	if (hasMember(first, 'PolicyId') && hasMember(first, 'RequirementMet'))
		return { ok: false, error: { key: 'import.error.scubaTestResults' } };
	return detectCmdlet(root);
}
