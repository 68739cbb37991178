import type { IdentityId } from './identities';

/** One capability: a row of the facts' comparison table (§2.1) or an extra row the facts support. */
export interface Capability {
	readonly id: string;
	/** The `capability_id` of facts §2.1, or null for an extra row. */
	readonly factsRow: string | null;
	/** Shown first and by default: chat, presence, team and channel access, files. */
	readonly primary: boolean;
	/** Who acts: your users toward the outsider, or the outsider. */
	readonly actor: 'yourUsers' | 'outsider';
	/** Identities the row applies to; absent means all. */
	readonly only?: readonly IdentityId[];
	readonly nameKey: string;
}

function cap(
	id: string,
	factsRow: string | null,
	primary: boolean,
	actor: Capability['actor'],
	only?: readonly IdentityId[],
): Capability {
	return { id, factsRow, primary, actor, nameKey: `capability.${id}.name`, ...(only ? { only } : {}) };
}

/** Every capability in display order: primary rows first, then the rest of facts §2.1, then extras. */
export const CAPABILITIES: readonly Capability[] = [
	cap('chat', 'chat', true, 'yourUsers'),
	cap('presenceLookup', 'presence_lookup', true, 'yourUsers'),
	cap('accessTeamResources', 'access_team_resources', true, 'outsider'),
	cap('channelFiles', null, true, 'outsider'),
	cap('shareFiles', 'share_files', true, 'yourUsers'),
	cap('contactByThem', null, true, 'outsider'),
	cap('addAsGuest', null, true, 'yourUsers', ['guest']),
	cap('groupChat', 'group_chat', false, 'outsider'),
	cap('call', 'call', false, 'yourUsers'),
	cap('searchOtherOrgs', 'search_other_orgs', false, 'yourUsers'),
	cap('seeOoo', 'see_ooo', false, 'yourUsers'),
	cap('blockPerson', 'block_person', false, 'yourUsers'),
	cap('mentionsByYou', 'mentions_by_you', false, 'yourUsers'),
	cap('meetingInvite', 'meeting_invite', false, 'outsider'),
	cap('privateCalls', 'private_calls', false, 'outsider'),
	cap('seeDialinNumbers', 'see_dialin_numbers', false, 'outsider'),
	cap('ipVideo', 'ip_video', false, 'outsider'),
	cap('screenShare', 'screen_share', false, 'outsider'),
	cap('meetNow', 'meet_now', false, 'outsider'),
	cap('editMessage', 'edit_message', false, 'outsider'),
	cap('deleteMessage', 'delete_message', false, 'outsider'),
	cap('giphy', 'giphy', false, 'outsider'),
	cap('memesStickers', 'memes_stickers', false, 'outsider'),
	cap('presenceShown', 'presence_shown', false, 'outsider'),
	cap('mentionsByThem', 'mentions_by_them', false, 'outsider'),
];

/** The id of a capability. */
export type CapabilityId = (typeof CAPABILITIES)[number]['id'];

/** True when the capability is evaluated for the identity. */
export function appliesTo(capability: Capability, identity: IdentityId): boolean {
	return capability.only === undefined || capability.only.includes(identity);
}
