import { asList } from './domain-match';
import { rule, toggleRule, verdict, type RuleDef } from './rule';
import type { SettingId } from '../settings';

const SHARING_ORDER = ['anyone', 'newAndExisting', 'existing', 'onlyOrg'];

/** The stricter of two SharePoint sharing levels (the organization level caps every site, facts §5). */
function stricter(a: unknown, b: unknown): string {
	const ia = SHARING_ORDER.indexOf(String(a));
	const ib = SHARING_ORDER.indexOf(String(b));
	// Both values are validated sharing levels, so the index is always in range.
	return SHARING_ORDER[Math.max(ia, ib)] as string;
}

function sharingVerdict(level: string, reads: readonly SettingId[], where: 'org' | 'site') {
	if (level === 'onlyOrg') return verdict('failed', `reason.spoOnlyOrg.${where}`, reads);
	// Facts §5 and §9.7: the effect of "Existing guests" on team guests is unconfirmed.
	if (level === 'existing') return verdict('unknown', 'unknown.spoExistingGuests', reads);
	return verdict('passed', 'reason.spoAllowsGuests', reads);
}

/** Guest access rules: the Teams switch and settings, and the Entra, Groups, SharePoint and label layers (facts §3.5, §5). */
export const GUEST_RULES: readonly RuleDef[] = [
	toggleRule('guest.teamsSwitch', 'teamsGuest', 'L4', 'guestAccess', 'reason.guestSwitchOff'),
	rule('guest.crossTenantInbound', 'crossTenant', 'L16', (self, other) =>
		self.settings.crossTenantB2bCollabInbound === 'allow'
			? verdict('passed', 'reason.b2bCollabInboundAllowed', ['crossTenantB2bCollabInbound'], {
					org: other.name,
				})
			: verdict('failed', 'reason.b2bCollabInboundBlocked', ['crossTenantB2bCollabInbound'], {
					org: other.name,
				}),
	),
	toggleRule('guest.ownersAddGuests', 'groups', 'L5', 'groupsOwnersAddGuests', 'reason.ownersCantAddGuests'),
	toggleRule('guest.groupContent', 'groups', 'L5', 'groupsGuestAccessContent', 'reason.groupContentOff'),
	rule('guest.teamLabel', 'purview', 'L15', (self) =>
		self.settings.teamLabel === 'blocksGuests'
			? verdict('failed', 'reason.labelBlocksGuests', ['teamLabel'])
			: verdict('passed', 'reason.labelAllowsGuests', ['teamLabel'], {
					label: String(self.settings.teamLabel),
				}),
	),
	rule('guest.sharepointOrg', 'sharepoint', 'L4', (self) =>
		sharingVerdict(String(self.settings.spoOrgSharing), ['spoOrgSharing'], 'org'),
	),
	rule('guest.sharepointSite', 'sharepoint', 'L4', (self) => {
		const org = String(self.settings.spoOrgSharing);
		const level = stricter(org, self.settings.spoSiteSharing);
		return sharingVerdict(level, ['spoOrgSharing', 'spoSiteSharing'], level === org ? 'org' : 'site');
	}),
	rule('guest.invite', 'entra', 'L4', (self) => {
		const value = self.settings.entraGuestInvite;
		if (value === 'noOne') return verdict('failed', 'reason.inviteNoOne', ['entraGuestInvite']);
		// Older docs [L9]: with admins only, a non-admin team owner can add only existing guests.
		if (value === 'adminsOnly') return verdict('failed', 'reason.inviteAdminsOnly', ['entraGuestInvite']);
		return verdict('passed', 'reason.inviteAllowed', ['entraGuestInvite'], { value: String(value) });
	}),
	rule('guest.collabRestrictions', 'entra', 'L4', (self, other) => {
		const reads: SettingId[] = ['entraCollabRestrictions', 'entraCollabDomains'];
		const listed = asList(self.settings.entraCollabDomains).includes(other.domain);
		const params = { domain: other.domain };
		switch (self.settings.entraCollabRestrictions) {
			case 'denySpecified':
				return listed
					? verdict('failed', 'reason.collabDomainDenied', reads, params, other.domain)
					: verdict('passed', 'reason.collabDomainNotDenied', reads, params, other.domain);
			case 'allowSpecified':
				return listed
					? verdict('passed', 'reason.collabDomainAllowed', reads, params, other.domain)
					: verdict('failed', 'reason.collabDomainNotAllowed', reads, params, other.domain);
			default:
				return verdict('passed', 'reason.collabAnyDomain', reads, params, other.domain);
		}
	}),
	toggleRule('guest.chat', 'teamsGuest', 'L4', 'guestChat', 'reason.guestSettingOff'),
	toggleRule('guest.privateCalls', 'teamsGuest', 'L4', 'guestPrivateCalls', 'reason.guestSettingOff'),
	toggleRule('guest.video', 'teamsGuest', 'L4', 'guestVideo', 'reason.guestSettingOff'),
	toggleRule('guest.meetNow', 'teamsGuest', 'L4', 'guestMeetNow', 'reason.guestSettingOff'),
	toggleRule('guest.editMessages', 'teamsGuest', 'L4', 'guestEditMessages', 'reason.guestSettingOff'),
	toggleRule('guest.deleteMessages', 'teamsGuest', 'L4', 'guestDeleteMessages', 'reason.guestSettingOff'),
	toggleRule('guest.giphy', 'teamsGuest', 'L4', 'guestGiphy', 'reason.guestSettingOff'),
	toggleRule('guest.memes', 'teamsGuest', 'L4', 'guestMemes', 'reason.guestSettingOff'),
	toggleRule('guest.stickers', 'teamsGuest', 'L4', 'guestStickers', 'reason.guestSettingOff'),
	rule('guest.screenSharing', 'teamsGuest', 'L4', (self) =>
		self.settings.guestScreenSharing === 'Disabled'
			? verdict('failed', 'reason.guestSettingOff', ['guestScreenSharing'], { setting: 'guestScreenSharing' })
			: verdict('passed', 'reason.screenSharingMode', ['guestScreenSharing'], {
					mode: String(self.settings.guestScreenSharing),
				}),
	),
];
