import { defineSetting } from './setting-meta';

const CHANNELS = 'Set-CsTeamsChannelsPolicy';

/** Shared channels: Entra B2B direct connect on both organizations and the three Teams policies (facts §3.6, §7.6). */
export const SHARED_CHANNEL_SETTINGS = [
	defineSetting('crossTenantDcInbound', {
		code: 'di',
		layer: 'crossTenant',
		role: 'host',
		type: 'choice',
		options: ['allow', 'block'],
		default: 'block',
		powershell: null,
		adminPath: 'entraCrossTenant',
		delay: 'crossTenant',
		source: 'L11',
	}),
	defineSetting('crossTenantDcOutbound', {
		code: 'do',
		layer: 'crossTenant',
		role: 'partner',
		type: 'choice',
		options: ['allow', 'block'],
		default: 'block',
		powershell: null,
		adminPath: 'entraCrossTenant',
		delay: 'crossTenant',
		source: 'L11',
	}),
	defineSetting('channelsCreateShared', {
		code: 'cs',
		layer: 'teamsPolicy',
		role: 'host',
		type: 'toggle',
		default: true,
		powershell: { cmdlet: CHANNELS, parameter: 'AllowSharedChannelCreation', identity: '-Identity Global' },
		adminPath: 'tacTeamsPolicies',
		delay: 'userPolicy',
		source: 'L14',
	}),
	defineSetting('channelsInviteExternal', {
		code: 'cx',
		layer: 'teamsPolicy',
		role: 'host',
		type: 'toggle',
		default: true,
		powershell: {
			cmdlet: CHANNELS,
			parameter: 'AllowChannelSharingToExternalUser',
			identity: '-Identity Global',
		},
		adminPath: 'tacTeamsPolicies',
		delay: 'userPolicy',
		source: 'L14',
	}),
	defineSetting('channelsJoinExternal', {
		code: 'cj',
		layer: 'teamsPolicy',
		role: 'partner',
		type: 'toggle',
		default: true,
		powershell: {
			cmdlet: CHANNELS,
			parameter: 'AllowUserToParticipateInExternalSharedChannel',
			identity: '-Identity Global',
		},
		adminPath: 'tacTeamsPolicies',
		delay: 'userPolicy',
		source: 'L14',
	}),
] as const;
