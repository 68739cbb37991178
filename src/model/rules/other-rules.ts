import { rule, toggleRule, verdict, type RuleDef } from './rule';

/** Shared channels (facts §3.6, §7.6), unmanaged Teams accounts (§7.4), anonymous join (§3.4) and table rows (§2.1). */
export const OTHER_RULES: readonly RuleDef[] = [
	rule('sc.dcInbound', 'crossTenant', 'L11', (self, other) =>
		self.settings.crossTenantDcInbound === 'allow'
			? verdict('passed', 'reason.dcInboundAllowed', ['crossTenantDcInbound'], {
					org: self.name,
					partner: other.name,
				})
			: verdict('failed', 'reason.dcInboundBlocked', ['crossTenantDcInbound'], {
					org: self.name,
					partner: other.name,
				}),
	),
	rule('sc.dcOutbound', 'crossTenant', 'L11', (self, other) =>
		self.settings.crossTenantDcOutbound === 'allow'
			? verdict('passed', 'reason.dcOutboundAllowed', ['crossTenantDcOutbound'], {
					org: self.name,
					partner: other.name,
				})
			: verdict('failed', 'reason.dcOutboundBlocked', ['crossTenantDcOutbound'], {
					org: self.name,
					partner: other.name,
				}),
	),
	toggleRule('sc.createShared', 'teamsPolicy', 'L14', 'channelsCreateShared', 'reason.channelPolicyOff'),
	toggleRule('sc.inviteExternal', 'teamsPolicy', 'L14', 'channelsInviteExternal', 'reason.channelPolicyOff'),
	toggleRule('sc.joinExternal', 'teamsPolicy', 'L14', 'channelsJoinExternal', 'reason.channelPolicyOff'),
	toggleRule('um.outbound', 'externalAccess', 'L2', 'unmanagedOutbound', 'reason.unmanagedOff'),
	toggleRule('um.userOutbound', 'userPolicy', 'P2', 'userUnmanagedOutbound', 'reason.unmanagedOff'),
	toggleRule('um.inbound', 'externalAccess', 'L2', 'unmanagedInbound', 'reason.unmanagedInboundOff'),
	toggleRule('um.userInbound', 'userPolicy', 'P2', 'userUnmanagedInbound', 'reason.unmanagedInboundOff'),
	toggleRule('meeting.anonymousJoin', 'teamsPolicy', 'P9', 'anonymousJoin', 'reason.anonymousJoinOff'),
	rule('files.externalChats', 'teamsPolicy', 'P8', (self) =>
		self.settings.externalChatFileSharing === 'Enabled'
			? // Facts §2.1 and §9.5: the setting exists, but what users see with it on is unconfirmed.
				verdict('unknown', 'unknown.externalFileSharing', ['externalChatFileSharing'])
			: verdict('failed', 'reason.externalFileSharingOff', ['externalChatFileSharing']),
	),
	rule('table.no', 'capabilityTable', 'L1', () => verdict('failed', 'reason.tableNo', [])),
	rule('table.noTeamAccess', 'capabilityTable', 'L12', () => verdict('failed', 'reason.noTeamAccess', [])),
	rule('table.dialinHidden', 'capabilityTable', 'L1', () => verdict('failed', 'reason.dialinHidden', [])),
	rule('table.exactAddress', 'capabilityTable', 'L1', () =>
		verdict('passed', 'reason.searchExactAddress', []),
	),
	rule('table.undocumented', 'capabilityTable', 'L12', () => verdict('unknown', 'unknown.undocumented', [])),
	rule('table.meetingOnly', 'capabilityTable', 'L12', () =>
		verdict('failed', 'reason.anonymousMeetingOnly', []),
	),
	rule('table.sharedChannelOnly', 'capabilityTable', 'L11', () =>
		verdict('passed', 'reason.sharedChannelScope', []),
	),
];
