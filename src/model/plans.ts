import type { CapabilityId } from './capabilities';
import type { IdentityId } from './identities';

/** Which organization a step reads: the host ("your organization"), the partner, or neither (a table row). */
export type StepOn = 'host' | 'partner' | 'none';

/** One step of a plan: a rule applied to one organization, skipped when an earlier rule on that side failed. */
export interface Step {
	readonly rule: string;
	readonly on: StepOn;
	/** Skip this step (as overridden) when this rule already failed or was skipped on the same side. */
	readonly after?: string;
	/** The setting only governs adding guests: skipped for a guest who is already a member (facts C5). */
	readonly addingOnly?: true;
}

/** The ordered checks for one identity and capability, with an optional fallback (anonymous meeting join). */
export interface Plan {
	readonly steps: readonly Step[];
	readonly fallback?: Step;
}

const s = (rule: string, on: StepOn = 'host', after?: string): Step =>
	after ? { rule, on, after } : { rule, on };

function federationSide(on: StepOn): Step[] {
	const m = 'fed.masterSwitch';
	return [
		s(m, on),
		s('fed.userPolicy', on, m),
		s('fed.trialTenants', on, m),
		s('fed.blockedUsers', on, m),
		s('fed.domainScope', on, m),
	];
}

/** permits(host → partner) and permits(partner → host): both admins and both users (facts §7.1). */
const FED = [...federationSide('host'), ...federationSide('partner')];
const TEAMS_ONLY = [s('fed.teamsOnly', 'host'), s('fed.teamsOnly', 'partner')];
const adding = (rule: string): Step => ({ rule, on: 'host', addingOnly: true });
const ANON = s('meeting.anonymousJoin');
const TABLE_NO = [s('table.no', 'none')];
const UNDOCUMENTED = s('table.undocumented', 'none');

/** Guest uses Teams in your tenant: the Teams switch and cross-tenant B2B collaboration inbound. */
const GUEST = [s('guest.teamsSwitch'), s('guest.crossTenantInbound')];
/**
 * Guest is a member of the team: also the Groups owner setting and the team's label, which only stop
 * ADDING guests (facts C5): a guest who is already a member keeps access.
 */
const MEMBER = [...GUEST, adding('guest.ownersAddGuests'), adding('guest.teamLabel')];
/** Shared channel with the partner: B2B direct connect both ways, channel policies, Groups guest settings. */
const SHARED = [
	s('sc.dcInbound'),
	s('sc.dcOutbound', 'partner'),
	s('sc.createShared'),
	s('sc.inviteExternal'),
	s('sc.joinExternal', 'partner'),
	s('guest.ownersAddGuests'),
	s('guest.groupContent'),
];
const OUT = [s('um.outbound'), s('um.userOutbound')];
const IN = [...OUT, s('um.inbound', 'host', 'um.outbound'), s('um.userInbound', 'host', 'um.userOutbound')];

type PlanTable = Readonly<Partial<Record<CapabilityId, Plan>>>;
const p = (...steps: Step[]): Plan => ({ steps });

const FEDERATED: PlanTable = {
	chat: p(...FED),
	call: p(...FED),
	presenceLookup: p(...FED),
	presenceShown: p(...FED),
	blockPerson: p(...FED),
	groupChat: p(...FED),
	privateCalls: p(...FED),
	ipVideo: p(...FED),
	contactByThem: p(...FED),
	searchOtherOrgs: p(...FED, s('table.exactAddress', 'none')),
	shareFiles: p(...FED, s('files.externalChats')),
	seeOoo: p(...TABLE_NO),
	accessTeamResources: p(s('table.noTeamAccess', 'none')),
	channelFiles: p(s('table.noTeamAccess', 'none')),
	meetNow: p(...TABLE_NO),
	seeDialinNumbers: p(s('table.dialinHidden', 'none')),
	mentionsByYou: p(...FED, ...TEAMS_ONLY),
	mentionsByThem: p(...FED, ...TEAMS_ONLY),
	screenShare: p(...FED, ...TEAMS_ONLY),
	editMessage: p(...FED, ...TEAMS_ONLY),
	deleteMessage: p(...FED, ...TEAMS_ONLY),
	giphy: p(...FED, ...TEAMS_ONLY),
	memesStickers: p(...FED, ...TEAMS_ONLY),
	meetingInvite: { steps: FED, fallback: ANON },
};

const GUESTS: PlanTable = {
	chat: p(...GUEST, s('guest.chat')),
	groupChat: p(...GUEST, s('guest.chat')),
	contactByThem: p(...GUEST, s('guest.chat')),
	call: p(...GUEST, s('guest.privateCalls')),
	privateCalls: p(...GUEST, s('guest.privateCalls')),
	presenceLookup: p(...GUEST),
	presenceShown: p(...GUEST),
	seeOoo: p(...GUEST),
	blockPerson: p(...GUEST),
	mentionsByYou: p(...GUEST),
	mentionsByThem: p(...GUEST),
	seeDialinNumbers: p(...GUEST),
	searchOtherOrgs: p(...TABLE_NO),
	shareFiles: p(...GUEST, s('guest.sharepointOrg')),
	accessTeamResources: p(...MEMBER, s('guest.groupContent')),
	channelFiles: p(...MEMBER, s('guest.groupContent'), s('guest.sharepointSite')),
	meetingInvite: { steps: GUEST, fallback: ANON },
	ipVideo: p(...GUEST, s('guest.video')),
	screenShare: p(...GUEST, s('guest.screenSharing')),
	// Meet now is a channel feature: it needs the team, and so the Groups guest-content switch (facts §5).
	meetNow: p(...MEMBER, s('guest.groupContent'), s('guest.meetNow')),
	editMessage: p(...GUEST, s('guest.editMessages')),
	deleteMessage: p(...GUEST, s('guest.deleteMessages')),
	giphy: p(...GUEST, s('guest.giphy')),
	memesStickers: p(...GUEST, s('guest.memes'), s('guest.stickers')),
	addAsGuest: p(
		s('guest.teamsSwitch'),
		s('guest.ownersAddGuests'),
		s('guest.teamLabel'),
		s('guest.invite'),
		s('guest.collabRestrictions'),
		s('guest.crossTenantInbound'),
	),
};

const SHARED_CHANNEL: PlanTable = {
	// Facts §7.6: the SharePoint org sharing level must allow guests for shared channels too.
	accessTeamResources: p(...SHARED, s('guest.sharepointOrg'), s('table.sharedChannelOnly', 'none')),
	channelFiles: p(...SHARED, s('guest.sharepointSite')),
	// Facts §7.6: presence and meetings of external channel members also need external access.
	presenceLookup: p(...SHARED, ...FED),
	presenceShown: p(...SHARED, ...FED),
	meetingInvite: { steps: [...SHARED, ...FED], fallback: ANON },
	searchOtherOrgs: p(UNDOCUMENTED),
};

const UNMANAGED: PlanTable = {
	chat: p(...OUT),
	contactByThem: p(...IN),
	meetingInvite: { steps: OUT, fallback: ANON },
	accessTeamResources: p(s('table.noTeamAccess', 'none')),
	channelFiles: p(s('table.noTeamAccess', 'none')),
};

const ANONYMOUS: PlanTable = {
	meetingInvite: p(ANON),
};

const TABLES: Readonly<Record<IdentityId, { table: PlanTable; otherwise: Plan }>> = {
	federated: { table: FEDERATED, otherwise: p(...TABLE_NO) },
	guest: { table: GUESTS, otherwise: p(...TABLE_NO) },
	// Facts §2.1 has no column for these identities: rows it doesn't cover answer "depends".
	sharedChannel: { table: SHARED_CHANNEL, otherwise: p(...SHARED, UNDOCUMENTED) },
	unmanaged: { table: UNMANAGED, otherwise: p(...OUT, UNDOCUMENTED) },
	anonymous: { table: ANONYMOUS, otherwise: p(s('table.meetingOnly', 'none')) },
};

/** The plan (ordered rule steps) for one identity and capability. */
export function planFor(identity: IdentityId, capability: CapabilityId): Plan {
	const entry = TABLES[identity];
	return entry.table[capability] ?? entry.otherwise;
}
