import { defineSetting, type SettingMeta } from './setting-meta';

const CALLING = 'Set-CsTeamsGuestCallingConfiguration';
const MEETING = 'Set-CsTeamsGuestMeetingConfiguration';
const MESSAGING = 'Set-CsTeamsGuestMessagingConfiguration';
const GLOBAL = '-Identity Global';

function guestToggle<const I extends string>(
	id: I,
	code: string,
	cmdlet: string,
	parameter: string,
): SettingMeta & { readonly id: I } {
	return defineSetting(id, {
		code,
		layer: 'teamsGuest',
		role: 'host',
		type: 'toggle',
		default: true,
		powershell: { cmdlet, parameter, identity: GLOBAL },
		adminPath: 'tacGuestAccess',
		delay: 'teamsGuest',
		source: 'L4',
	});
}

/** The Teams admin center Guest access page: the switch and its calling, meeting and messaging settings (facts §3.5). */
export const GUEST_ACCESS_SETTINGS = [
	defineSetting('guestAccess', {
		code: 'ga',
		layer: 'teamsGuest',
		role: 'host',
		type: 'toggle',
		default: true,
		powershell: { cmdlet: 'Set-CsTeamsClientConfiguration', parameter: 'AllowGuestUser', identity: GLOBAL },
		adminPath: 'tacGuestAccess',
		delay: 'teamsGuest',
		source: 'L4',
	}),
	guestToggle('guestPrivateCalls', 'gc', CALLING, 'AllowPrivateCalling'),
	guestToggle('guestVideo', 'gv', MEETING, 'AllowIPVideo'),
	defineSetting('guestScreenSharing', {
		code: 'gs',
		layer: 'teamsGuest',
		role: 'host',
		type: 'choice',
		options: ['Disabled', 'SingleApplication', 'EntireScreen'],
		default: 'EntireScreen',
		powershell: { cmdlet: MEETING, parameter: 'ScreenSharingMode', identity: GLOBAL },
		adminPath: 'tacGuestAccess',
		delay: 'teamsGuest',
		source: 'L4',
	}),
	guestToggle('guestMeetNow', 'gn', MEETING, 'AllowMeetNow'),
	guestToggle('guestEditMessages', 'ge', MESSAGING, 'AllowUserEditMessage'),
	guestToggle('guestDeleteMessages', 'gd', MESSAGING, 'AllowUserDeleteMessage'),
	guestToggle('guestDeleteChat', 'gx', MESSAGING, 'AllowUserDeleteChat'),
	guestToggle('guestChat', 'gh', MESSAGING, 'AllowUserChat'),
	guestToggle('guestGiphy', 'gg', MESSAGING, 'AllowGiphy'),
	defineSetting('guestGiphyRating', {
		code: 'gr',
		layer: 'teamsGuest',
		role: 'host',
		type: 'choice',
		options: ['NoRestriction', 'Moderate', 'Strict'],
		default: 'Moderate',
		powershell: { cmdlet: MESSAGING, parameter: 'GiphyRatingType', identity: GLOBAL },
		adminPath: 'tacGuestAccess',
		delay: 'teamsGuest',
		source: 'L4',
	}),
	guestToggle('guestMemes', 'gm', MESSAGING, 'AllowMemes'),
	guestToggle('guestStickers', 'gt', MESSAGING, 'AllowStickers'),
	guestToggle('guestImmersiveReader', 'gi', MESSAGING, 'AllowImmersiveReader'),
] as const;
