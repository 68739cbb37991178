/**
 * Which field of which exported section sets which model setting. One row per field; the sections
 * are the cmdlets and Graph resources of facts baselines-and-imports §2.2–§2.9 (Global item only).
 */
import type { SettingId } from '../settings';

/** A section of a tenant's configuration, named for the cmdlet or resource it comes from. */
export type SectionId =
	| 'federation'
	| 'externalAccessPolicies'
	| 'externalAccessConfiguration'
	| 'client'
	| 'guestCalling'
	| 'guestMeeting'
	| 'guestMessaging'
	| 'meetingConfiguration'
	| 'meetingPolicies'
	| 'channelsPolicies'
	| 'filesPolicies'
	| 'authorizationPolicy'
	| 'crossTenantDefault'
	| 'crossTenantPartners'
	| 'groupSettings'
	| 'sharepoint';

/** The cmdlet or endpoint that reads a section; shown in the report and the "not collected" list. */
export const SECTION_SOURCE: Readonly<Record<SectionId, string>> = {
	federation: 'Get-CsTenantFederationConfiguration',
	externalAccessPolicies: 'Get-CsExternalAccessPolicy',
	externalAccessConfiguration: 'Get-CsTeamsExternalAccessConfiguration',
	client: 'Get-CsTeamsClientConfiguration',
	guestCalling: 'Get-CsTeamsGuestCallingConfiguration',
	guestMeeting: 'Get-CsTeamsGuestMeetingConfiguration',
	guestMessaging: 'Get-CsTeamsGuestMessagingConfiguration',
	meetingConfiguration: 'Get-CsTeamsMeetingConfiguration',
	meetingPolicies: 'Get-CsTeamsMeetingPolicy',
	channelsPolicies: 'Get-CsTeamsChannelsPolicy',
	filesPolicies: 'Get-CsTeamsFilesPolicy',
	authorizationPolicy: 'GET /policies/authorizationPolicy',
	crossTenantDefault: 'GET /policies/crossTenantAccessPolicy/default',
	crossTenantPartners: 'GET /policies/crossTenantAccessPolicy/partners',
	groupSettings: 'GET /groupSettings',
	sharepoint: 'GET /admin/sharepoint/settings',
};

/** How a field's raw value is read. */
export type FieldKind =
	| { readonly type: 'bool' }
	| {
			readonly type: 'enum';
			readonly options: Readonly<Record<string, string>>;
			readonly numbers?: Readonly<Record<number, string>>;
	  }
	| { readonly type: 'domains' }
	/** A cross-tenant access direction: blocked when its users or its applications are blocked. */
	| { readonly type: 'access' }
	/** A `Group.Unified` directory setting value ("True"/"False"). */
	| { readonly type: 'groupValue' };

/** One importable field: where it is, how to read it, and the setting it sets. */
export interface FieldRow {
	readonly section: SectionId;
	/** Property names, first the documented one, then other spellings seen in exports. */
	readonly names: readonly string[];
	readonly kind: FieldKind;
	readonly setting: SettingId;
}

const bool = { type: 'bool' } as const;
const same = (...values: string[]) => Object.fromEntries(values.map((v) => [v, v]));
const row = (
	section: SectionId,
	names: string | string[],
	kind: FieldKind,
	setting: SettingId,
): FieldRow => ({
	section,
	names: typeof names === 'string' ? [names] : names,
	kind,
	setting,
});

/** Every field the importer maps, in the order the report lists them. */
export const FIELDS: readonly FieldRow[] = [
	row('federation', 'AllowFederatedUsers', bool, 'allowFederatedUsers'),
	row('federation', 'BlockAllSubdomains', bool, 'fedBlockAllSubdomains'),
	row(
		'federation',
		'ExternalAccessWithTrialTenants',
		{ type: 'enum', options: same('Blocked', 'Allowed') },
		'fedTrialTenants',
	),
	row('federation', 'AllowedTrialTenantDomains', { type: 'domains' }, 'fedAllowedTrialDomains'),
	row('federation', 'AllowTeamsConsumer', bool, 'unmanagedOutbound'),
	row('federation', 'AllowTeamsConsumerInbound', bool, 'unmanagedInbound'),
	row(
		'externalAccessConfiguration',
		['BlockExternalUserAccess', 'BlockExternalAccessUserAccess'],
		bool,
		'fedBlockedUsersEnabled',
	),
	row('externalAccessPolicies', 'EnableFederationAccess', bool, 'userFederationAccess'),
	row('externalAccessPolicies', 'EnableTeamsConsumerAccess', bool, 'userUnmanagedOutbound'),
	row('externalAccessPolicies', 'EnableTeamsConsumerInbound', bool, 'userUnmanagedInbound'),
	row('meetingPolicies', 'AllowAnonymousUsersToJoinMeeting', bool, 'anonymousJoin'),
	row(
		'filesPolicies',
		'FileSharingInChatswithExternalUsers',
		{ type: 'enum', options: same('Enabled', 'Disabled') },
		'externalChatFileSharing',
	),
	row('client', 'AllowGuestUser', bool, 'guestAccess'),
	row('guestCalling', 'AllowPrivateCalling', bool, 'guestPrivateCalls'),
	row('guestMeeting', 'AllowIPVideo', bool, 'guestVideo'),
	row(
		'guestMeeting',
		'ScreenSharingMode',
		{ type: 'enum', options: same('Disabled', 'SingleApplication', 'EntireScreen') },
		'guestScreenSharing',
	),
	row('guestMeeting', 'AllowMeetNow', bool, 'guestMeetNow'),
	row('guestMessaging', 'AllowUserEditMessage', bool, 'guestEditMessages'),
	row('guestMessaging', 'AllowUserDeleteMessage', bool, 'guestDeleteMessages'),
	row('guestMessaging', 'AllowUserDeleteChat', bool, 'guestDeleteChat'),
	row('guestMessaging', 'AllowUserChat', bool, 'guestChat'),
	row('guestMessaging', 'AllowGiphy', bool, 'guestGiphy'),
	row(
		'guestMessaging',
		'GiphyRatingType',
		{ type: 'enum', options: same('NoRestriction', 'Moderate', 'Strict') },
		'guestGiphyRating',
	),
	row('guestMessaging', 'AllowMemes', bool, 'guestMemes'),
	row('guestMessaging', 'AllowStickers', bool, 'guestStickers'),
	row('guestMessaging', 'AllowImmersiveReader', bool, 'guestImmersiveReader'),
	row('channelsPolicies', 'AllowSharedChannelCreation', bool, 'channelsCreateShared'),
	row('channelsPolicies', 'AllowChannelSharingToExternalUser', bool, 'channelsInviteExternal'),
	row('channelsPolicies', 'AllowUserToParticipateInExternalSharedChannel', bool, 'channelsJoinExternal'),
	row(
		'authorizationPolicy',
		'allowInvitesFrom',
		{
			type: 'enum',
			options: {
				everyone: 'everyone',
				adminsGuestInvitersAndAllMembers: 'membersAndAdmins',
				adminsAndGuestInviters: 'adminsOnly',
				none: 'noOne',
			},
		},
		'entraGuestInvite',
	),
	row('crossTenantDefault', 'b2bCollaborationInbound', { type: 'access' }, 'crossTenantB2bCollabInbound'),
	row('crossTenantDefault', 'b2bDirectConnectInbound', { type: 'access' }, 'crossTenantDcInbound'),
	row('crossTenantDefault', 'b2bDirectConnectOutbound', { type: 'access' }, 'crossTenantDcOutbound'),
	row('groupSettings', 'AllowToAddGuests', { type: 'groupValue' }, 'groupsOwnersAddGuests'),
	row('groupSettings', 'AllowGuestsToAccessGroups', { type: 'groupValue' }, 'groupsGuestAccessContent'),
	row(
		'sharepoint',
		'SharingCapability',
		{
			type: 'enum',
			// Get-SPOTenant and Graph names; ScubaGear's SPO REST object writes the .NET enum as a number (§2.8).
			options: {
				ExternalUserAndGuestSharing: 'anyone',
				ExternalUserSharingOnly: 'newAndExisting',
				ExistingExternalUserSharingOnly: 'existing',
				Disabled: 'onlyOrg',
			},
			numbers: { 0: 'onlyOrg', 1: 'newAndExisting', 2: 'anyone', 3: 'existing' },
		},
		'spoOrgSharing',
	),
];

/** Settings the importer never sets, with the reason shown in the report. */
export const NOT_IMPORTED: Readonly<Partial<Record<SettingId, string>>> = {
	fedBlockedUsers: 'import.missing.privacy',
	entraCollabRestrictions: 'import.missing.notExported',
	entraCollabDomains: 'import.missing.notExported',
	spoSiteSharing: 'import.missing.perSite',
	teamLabel: 'import.missing.perTeam',
	userExternalOrgsScope: 'import.missing.customPolicy',
	userAllowedExternalDomains: 'import.missing.customPolicy',
	userBlockedExternalDomains: 'import.missing.customPolicy',
};
