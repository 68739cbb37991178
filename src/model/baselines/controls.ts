/**
 * Security baseline controls as data (facts baselines-and-imports §1): CIS Microsoft 365 Foundations
 * and CISA SCuBA, the controls that touch external and guest access.
 *
 * Shape: Control = { id, baseline, version, level, topic (i18n), reads, passes, fixes, tool?, applies? }.
 * `passes` is a three-valued condition over one organization's inputs: the simulator's settings by id,
 * plus `x.*` inputs the simulator does not model (meeting policy, Entra role, OneDrive), which only an
 * import or a test supplies. A missing input makes the verdict "not evaluable", never a guess.
 * `fixes` lists single changes, each enough to pass; the cheapest one in result cells is proposed.
 * `tool` is how the baseline's reference automated check decides, where it differs from the text.
 */
import type { SettingValue } from '../types';
import { allOf, anyOf, is, isNot, nonEmpty, type Condition } from './logic';

/** The date these rows were last checked against the facts sheet. */
export const BASELINES_VERIFIED = '2026-12-03';

/** Which baseline a control belongs to. */
export type BaselineId = 'cis' | 'scuba';

/** The cloud a tenant lives in; some SCuBA controls do not apply outside the commercial cloud. */
export type Cloud = 'commercial' | 'gcc' | 'gcchigh' | 'dod';

/** The baselines and the versions the verdicts follow. */
export const BASELINES: Readonly<Record<BaselineId, { readonly version: string; readonly url: string }>> = {
	cis: { version: 'v6.0.1 (ids = v7.0.0)', url: 'https://www.cisecurity.org/benchmark/microsoft_365' },
	scuba: {
		version: 'ScubaGear 1.8.0',
		url: 'https://github.com/cisagov/ScubaGear/tree/main/PowerShell/ScubaGear/baselines',
	},
};

/** Inputs the simulator does not model, with Microsoft's default (facts §1.2 "Default" column). */
export const EXTRA_DEFAULTS = {
	'x.thirdPartyStorage': true,
	'x.anonymousStart': false,
	'x.autoAdmittedUsers': 'EveryoneInCompany',
	'x.pstnBypassLobby': false,
	'x.meetingChat': 'Enabled',
	'x.externalGiveControl': false,
	'x.externalMeetingChat': true,
	'x.guestUserRole': 'limited',
	'x.oneDriveSharing': 'anyone',
	'x.spoDomainRestriction': 'none',
} as const satisfies Readonly<Record<string, SettingValue>>;

/** The name an admin finds each `x.*` input under (PowerShell or Graph property). */
export const EXTRA_NAMES: Readonly<Record<keyof typeof EXTRA_DEFAULTS, string>> = {
	'x.thirdPartyStorage': 'AllowDropBox, AllowBox, AllowGoogleDrive, AllowShareFile, AllowEgnyte',
	'x.anonymousStart': 'AllowAnonymousUsersToStartMeeting',
	'x.autoAdmittedUsers': 'AutoAdmittedUsers',
	'x.pstnBypassLobby': 'AllowPSTNUsersToBypassLobby',
	'x.meetingChat': 'MeetingChatEnabledType',
	'x.externalGiveControl': 'AllowExternalParticipantGiveRequestControl',
	'x.externalMeetingChat': 'AllowExternalNonTrustedMeetingChat',
	'x.guestUserRole': 'guestUserRoleId',
	'x.oneDriveSharing': 'OneDriveSharingCapability',
	'x.spoDomainRestriction': 'SharingDomainRestrictionMode',
};

/** A single change to one input that makes a control pass. */
export type ControlFix = readonly (readonly [key: string, value: SettingValue])[];

/** One baseline control. */
export interface Control {
	/** Stable id, e.g. `cis-8.2.1`, `scuba-MS.TEAMS.2.1v2`. */
	readonly id: string;
	/** The id as the baseline prints it. */
	readonly ref: string;
	readonly baseline: BaselineId;
	readonly level: 'L1' | 'L2' | 'SHALL' | 'SHOULD';
	/** i18n key of what the control asks for (`baselines.topic.<topic>`). */
	readonly topic: string;
	/** Every input the condition may read. */
	readonly reads: readonly string[];
	readonly passes: Condition;
	readonly fixes: readonly ControlFix[];
	/** When the control applies to this tenant; false means "not applicable". */
	readonly applies?: Condition;
	/** Clouds in which the control is not applicable. */
	readonly notIn?: readonly Cloud[];
	/** The reference tool's own check, where it decides differently from the control's text. */
	readonly tool?: { readonly name: 'ScubaGear' | 'Maester' | 'CIPP'; readonly passes: Condition };
	/** SCuBA's "Last modified" month, where the baseline gives one. */
	readonly modified?: string;
	readonly source: string;
	readonly verified: string;
}

const SHARING_RESTRICTED = ['newAndExisting', 'existing', 'onlyOrg'] as const;
const SCUBA_SHARING = ['existing', 'onlyOrg'] as const;
const GOV: readonly Cloud[] = ['gcc', 'gcchigh', 'dod'];

type Input = Omit<Control, 'baseline' | 'source' | 'verified' | 'id'>;

function cis(input: Input): Control {
	return {
		...input,
		id: `cis-${input.ref}`,
		baseline: 'cis',
		source: BASELINES.cis.url,
		verified: BASELINES_VERIFIED,
	};
}

function scuba(file: 'teams' | 'aad' | 'sharepoint', input: Input): Control {
	return {
		...input,
		id: `scuba-${input.ref}`,
		baseline: 'scuba',
		source: `${BASELINES.scuba.url}/${file}.md`,
		verified: BASELINES_VERIFIED,
	};
}

const one = (key: string, value: SettingValue): ControlFix => [[key, value]];
const flag = (key: string, value: SettingValue) => ({
	reads: [key],
	passes: is(key, value),
	fixes: [one(key, value)],
});

/** CIS Microsoft 365 Foundations v6.0.1, section 8 (Teams), 5.1.6 (Entra guests) and 7.2 (SharePoint). */
const CIS: readonly Control[] = [
	cis({ ref: '8.1.1', level: 'L2', topic: 'thirdPartyStorage', ...flag('x.thirdPartyStorage', false) }),
	cis({
		ref: '8.2.1',
		level: 'L2',
		topic: 'federationDomains',
		reads: ['userFederationAccess', 'allowFederatedUsers', 'fedDomainMode'],
		passes: anyOf(
			is('userFederationAccess', false),
			is('allowFederatedUsers', false),
			is('fedDomainMode', 'allowList', 'blockAll'),
		),
		fixes: [
			one('fedDomainMode', 'allowList'),
			one('allowFederatedUsers', false),
			one('userFederationAccess', false),
		],
	}),
	cis({
		ref: '8.2.2',
		level: 'L1',
		topic: 'unmanagedOff',
		reads: ['userUnmanagedOutbound', 'unmanagedOutbound'],
		passes: anyOf(is('userUnmanagedOutbound', false), is('unmanagedOutbound', false)),
		fixes: [one('unmanagedOutbound', false), one('userUnmanagedOutbound', false)],
	}),
	cis({
		ref: '8.2.3',
		level: 'L1',
		topic: 'unmanagedInbound',
		reads: ['userUnmanagedInbound', 'unmanagedInbound', 'unmanagedOutbound', 'userUnmanagedOutbound'],
		// The CIS text accepts the parent switch (8.2.2) off as well; Maester reads only the inbound flags.
		passes: anyOf(
			is('userUnmanagedInbound', false),
			is('unmanagedInbound', false),
			is('unmanagedOutbound', false),
			is('userUnmanagedOutbound', false),
		),
		fixes: [one('unmanagedInbound', false), one('userUnmanagedInbound', false)],
		tool: {
			name: 'Maester',
			passes: anyOf(is('unmanagedInbound', false), is('userUnmanagedInbound', false)),
		},
	}),
	cis({
		ref: '8.2.4',
		level: 'L1',
		topic: 'trialTenants',
		...flag('fedTrialTenants', 'Blocked'),
		// CIPP's check under this id reads the unmanaged-accounts switch instead (facts §1.5 #4).
		tool: { name: 'CIPP', passes: is('unmanagedOutbound', false) },
	}),
	cis({ ref: '8.5.1', level: 'L2', topic: 'anonymousJoin', ...flag('anonymousJoin', false) }),
	cis({ ref: '8.5.2', level: 'L1', topic: 'anonymousStart', ...flag('x.anonymousStart', false) }),
	cis({
		ref: '8.5.3',
		level: 'L1',
		topic: 'lobbyInvited',
		reads: ['x.autoAdmittedUsers'],
		passes: is('x.autoAdmittedUsers', 'InvitedUsers', 'EveryoneInCompanyExcludingGuests', 'OrganizerOnly'),
		// The one value that also passes SCuBA MS.TEAMS.1.4 (facts §1.5 #1).
		fixes: [one('x.autoAdmittedUsers', 'EveryoneInCompanyExcludingGuests')],
	}),
	cis({ ref: '8.5.4', level: 'L1', topic: 'pstnLobby', ...flag('x.pstnBypassLobby', false) }),
	cis({
		ref: '8.5.5',
		level: 'L2',
		topic: 'meetingChatAnonymous',
		...flag('x.meetingChat', 'EnabledExceptAnonymous'),
		tool: { name: 'CIPP', passes: is('x.meetingChat', 'EnabledExceptAnonymous', 'Disabled') },
	}),
	cis({ ref: '8.5.7', level: 'L1', topic: 'giveControl', ...flag('x.externalGiveControl', false) }),
	cis({ ref: '8.5.8', level: 'L2', topic: 'externalMeetingChat', ...flag('x.externalMeetingChat', false) }),
	cis({
		ref: '5.1.6.1',
		level: 'L2',
		topic: 'inviteDomains',
		...flag('entraCollabRestrictions', 'allowSpecified'),
		// CIPP also passes a non-empty deny list.
		tool: {
			name: 'CIPP',
			passes: anyOf(
				is('entraCollabRestrictions', 'allowSpecified'),
				allOf(is('entraCollabRestrictions', 'denySpecified'), nonEmpty('entraCollabDomains')),
			),
		},
	}),
	cis({
		ref: '5.1.6.2',
		level: 'L1',
		topic: 'guestRole',
		reads: ['x.guestUserRole'],
		passes: is('x.guestUserRole', 'limited', 'restricted'),
		fixes: [one('x.guestUserRole', 'limited')],
		tool: { name: 'CIPP', passes: is('x.guestUserRole', 'restricted') },
	}),
	cis({ ref: '5.1.6.3', level: 'L2', topic: 'guestInviters', ...flag('entraGuestInvite', 'adminsOnly') }),
	cis({
		ref: '7.2.3',
		level: 'L1',
		topic: 'spoSharing',
		reads: ['spoOrgSharing'],
		passes: is('spoOrgSharing', ...SHARING_RESTRICTED),
		fixes: [one('spoOrgSharing', 'newAndExisting')],
	}),
	cis({
		ref: '7.2.4',
		level: 'L2',
		topic: 'oneDriveSharing',
		reads: ['x.oneDriveSharing'],
		passes: is('x.oneDriveSharing', ...SHARING_RESTRICTED),
		fixes: [one('x.oneDriveSharing', 'newAndExisting')],
	}),
	cis({
		ref: '7.2.6',
		level: 'L2',
		topic: 'spoDomains',
		reads: ['x.spoDomainRestriction', 'spoOrgSharing'],
		passes: anyOf(is('x.spoDomainRestriction', 'allowList'), is('spoOrgSharing', 'onlyOrg')),
		fixes: [one('x.spoDomainRestriction', 'allowList')],
		tool: {
			name: 'CIPP',
			passes: anyOf(is('x.spoDomainRestriction', 'allowList', 'blockList'), is('spoOrgSharing', 'onlyOrg')),
		},
	}),
];

/** CISA SCuBA (ScubaGear 1.8.0): Teams, Entra ID (AAD) and SharePoint. */
const SCUBA: readonly Control[] = [
	scuba('teams', {
		ref: 'MS.TEAMS.1.1v1',
		level: 'SHOULD',
		modified: '2023-07',
		topic: 'giveControl',
		...flag('x.externalGiveControl', false),
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.1.2v2',
		level: 'SHALL',
		modified: '2025-08',
		topic: 'anonymousStart',
		...flag('x.anonymousStart', false),
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.1.3v1',
		level: 'SHOULD',
		modified: '2023-07',
		topic: 'lobbyNoAnonymous',
		reads: ['x.autoAdmittedUsers', 'x.pstnBypassLobby'],
		passes: allOf(isNot('x.autoAdmittedUsers', 'Everyone'), is('x.pstnBypassLobby', false)),
		fixes: [
			[
				['x.autoAdmittedUsers', 'EveryoneInCompanyExcludingGuests'],
				['x.pstnBypassLobby', false],
			],
		],
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.1.4v1',
		level: 'SHOULD',
		modified: '2023-07',
		topic: 'lobbyInternal',
		reads: ['x.autoAdmittedUsers'],
		passes: is(
			'x.autoAdmittedUsers',
			'EveryoneInCompany',
			'EveryoneInSameAndFederatedCompany',
			'EveryoneInCompanyExcludingGuests',
		),
		fixes: [one('x.autoAdmittedUsers', 'EveryoneInCompanyExcludingGuests')],
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.1.5v1',
		level: 'SHOULD',
		modified: '2023-07',
		topic: 'pstnLobby',
		...flag('x.pstnBypassLobby', false),
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.2.1v2',
		level: 'SHALL',
		modified: '2025-08',
		topic: 'federationDomains',
		reads: ['allowFederatedUsers', 'fedDomainMode'],
		// Fails when federation is on and no allow list is set; the Global policy is not read.
		passes: anyOf(is('allowFederatedUsers', false), is('fedDomainMode', 'allowList', 'blockAll')),
		fixes: [one('fedDomainMode', 'allowList'), one('allowFederatedUsers', false)],
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.2.2v2',
		level: 'SHALL',
		modified: '2025-08',
		topic: 'unmanagedInbound',
		notIn: GOV,
		reads: ['unmanagedOutbound', 'unmanagedInbound', 'userUnmanagedOutbound', 'userUnmanagedInbound'],
		// The baseline's instructions switch off the Global policy; its Rego reads only the org flags.
		passes: anyOf(
			is('unmanagedOutbound', false),
			is('unmanagedInbound', false),
			is('userUnmanagedOutbound', false),
			is('userUnmanagedInbound', false),
		),
		fixes: [one('unmanagedInbound', false), one('userUnmanagedInbound', false)],
		tool: { name: 'ScubaGear', passes: anyOf(is('unmanagedOutbound', false), is('unmanagedInbound', false)) },
	}),
	scuba('teams', {
		ref: 'MS.TEAMS.2.3v2',
		level: 'SHOULD',
		modified: '2025-08',
		topic: 'unmanagedOff',
		notIn: GOV,
		reads: ['unmanagedOutbound', 'userUnmanagedOutbound'],
		passes: anyOf(is('unmanagedOutbound', false), is('userUnmanagedOutbound', false)),
		fixes: [one('unmanagedOutbound', false), one('userUnmanagedOutbound', false)],
		tool: { name: 'ScubaGear', passes: is('unmanagedOutbound', false) },
	}),
	scuba('aad', {
		ref: 'MS.AAD.8.1v1',
		level: 'SHOULD',
		modified: '2023-06',
		topic: 'guestRole',
		reads: ['x.guestUserRole'],
		passes: is('x.guestUserRole', 'limited', 'restricted'),
		fixes: [one('x.guestUserRole', 'limited')],
	}),
	scuba('aad', {
		ref: 'MS.AAD.8.2v1',
		level: 'SHOULD',
		modified: '2023-06',
		topic: 'guestInviters',
		...flag('entraGuestInvite', 'adminsOnly'),
		// Maester's CISA check also accepts "no one can invite".
		tool: { name: 'Maester', passes: is('entraGuestInvite', 'adminsOnly', 'noOne') },
	}),
	scuba('aad', {
		ref: 'MS.AAD.8.3v1',
		level: 'SHOULD',
		modified: '2023-06',
		topic: 'inviteDomains',
		...flag('entraCollabRestrictions', 'allowSpecified'),
		// ScubaGear does not check it; Maester requires the cross-tenant default inbound to be blocked.
		tool: { name: 'Maester', passes: is('crossTenantB2bCollabInbound', 'block') },
	}),
	scuba('sharepoint', {
		ref: 'MS.SHAREPOINT.1.1v1',
		level: 'SHALL',
		modified: '2023-06',
		topic: 'spoSharing',
		reads: ['spoOrgSharing'],
		passes: is('spoOrgSharing', ...SCUBA_SHARING),
		fixes: [one('spoOrgSharing', 'existing')],
	}),
	scuba('sharepoint', {
		ref: 'MS.SHAREPOINT.1.2v1',
		level: 'SHALL',
		modified: '2023-06',
		topic: 'oneDriveSharing',
		reads: ['x.oneDriveSharing'],
		passes: is('x.oneDriveSharing', ...SCUBA_SHARING),
		fixes: [one('x.oneDriveSharing', 'existing')],
	}),
	scuba('sharepoint', {
		ref: 'MS.SHAREPOINT.1.3v1',
		level: 'SHALL',
		modified: '2025-03',
		topic: 'spoDomains',
		reads: ['spoOrgSharing', 'x.spoDomainRestriction'],
		applies: isNot('spoOrgSharing', 'onlyOrg'),
		passes: is('x.spoDomainRestriction', 'allowList'),
		fixes: [one('x.spoDomainRestriction', 'allowList')],
	}),
];

/** Every control, CIS first. */
export const CONTROLS: readonly Control[] = [...CIS, ...SCUBA];

/** The control with this id, or undefined. */
export function getControl(id: string): Control | undefined {
	return CONTROLS.find((c) => c.id === id);
}
