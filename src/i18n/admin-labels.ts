/**
 * The admin-center labels the site quotes: each is a UI key whose English value is the label as
 * Microsoft's English admin center shows it (facts sheet §3, source key and the period it was seen).
 *
 * Each non-English locale has a label list, `labels/<code>.json`, that says per label either
 * - `{ "status": "english-ui", "gloss": "…" }`: no localized admin-center label was verified, so
 *   readers see the English label (what they can search for in any UI language) followed by the
 *   gloss in their language, or
 * - `{ "status": "localized", "label": "…", "source": "<url>", "checked": "YYYY-MM-DD" }`: the label
 *   as Microsoft shows it in that language, followed by the English label.
 * `prepareStrings` (translator.ts) builds the shown text from the list, so pages, server renders
 * and islands all show a label the same way.
 */
export interface AdminLabel {
	/** The UI key that holds the English label. */
	readonly key: string;
	/** Facts sheet source key for the English wording. */
	readonly source: string;
}

/**
 * Sources of label wording that the model does not cite (its SOURCES table holds the rest): the
 * ASD Blueprint's as-built Teams settings record the July 2025 admin-center labels (facts X2).
 */
export const LABEL_SOURCES: Readonly<Record<string, string>> = {
	X2: 'https://github.com/ASD-Blueprint/ASD-Blueprint-for-Secure-Cloud',
};

const label = (key: string, source: string): AdminLabel => ({ key, source });

export const ADMIN_LABELS: readonly AdminLabel[] = [
	// Teams admin center, External access, organization settings (facts §3.2).
	label('setting.fedDomainMode.label', 'L2'),
	label('setting.fedDomainMode.option.allowAll', 'L2'),
	label('setting.fedDomainMode.option.allowList', 'L2'),
	label('setting.fedDomainMode.option.blockList', 'L2'),
	label('setting.fedDomainMode.option.blockAll', 'L2'),
	label('setting.fedTrialTenants.label', 'X2'),
	label('setting.fedBlockedUsersEnabled.label', 'X2'),
	label('setting.unmanagedOutbound.label', 'X1'),
	label('setting.unmanagedInbound.label', 'L2'),
	label('setting.skypeConsumer.label', 'X1'),
	// External access policies, 2026 policy labels (facts §3.3).
	label('setting.userUnmanagedOutbound.label', 'X1'),
	label('setting.userUnmanagedInbound.label', 'X1'),
	// Teams admin center, Guest access (facts §3.5).
	label('setting.guestPrivateCalls.label', 'L4'),
	label('setting.guestVideo.label', 'L4'),
	label('setting.guestScreenSharing.label', 'L4'),
	label('setting.guestScreenSharing.option.Disabled', 'L4'),
	label('setting.guestScreenSharing.option.SingleApplication', 'L4'),
	label('setting.guestScreenSharing.option.EntireScreen', 'L4'),
	label('setting.guestMeetNow.label', 'L4'),
	label('setting.guestEditMessages.label', 'L4'),
	label('setting.guestDeleteMessages.label', 'L4'),
	label('setting.guestDeleteChat.label', 'L4'),
	label('setting.guestChat.label', 'L4'),
	label('setting.guestGiphy.label', 'L4'),
	label('setting.guestGiphyRating.label', 'L4'),
	label('setting.guestMemes.label', 'L4'),
	label('setting.guestStickers.label', 'L4'),
	label('setting.guestImmersiveReader.label', 'L4'),
	// Entra External collaboration settings (facts §5).
	label('setting.entraGuestInvite.label', 'L17'),
	label('setting.entraGuestInvite.option.everyone', 'L17'),
	label('setting.entraGuestInvite.option.membersAndAdmins', 'L17'),
	label('setting.entraGuestInvite.option.adminsOnly', 'L17'),
	label('setting.entraGuestInvite.option.noOne', 'L17'),
	label('setting.entraCollabRestrictions.label', 'L17'),
	label('setting.entraCollabRestrictions.option.anyDomain', 'L17'),
	label('setting.entraCollabRestrictions.option.denySpecified', 'L17'),
	label('setting.entraCollabRestrictions.option.allowSpecified', 'L17'),
	// Microsoft 365 admin center, Microsoft 365 Groups (facts §5).
	label('setting.groupsOwnersAddGuests.label', 'L4'),
	label('setting.groupsGuestAccessContent.label', 'L4'),
	// SharePoint admin center, external sharing levels (facts §5).
	label('setting.spoOrgSharing.option.anyone', 'L4'),
	label('setting.spoOrgSharing.option.newAndExisting', 'L4'),
	label('setting.spoOrgSharing.option.existing', 'L4'),
	label('setting.spoOrgSharing.option.onlyOrg', 'L4'),
	label('setting.spoSiteSharing.option.anyone', 'L4'),
	label('setting.spoSiteSharing.option.newAndExisting', 'L4'),
	label('setting.spoSiteSharing.option.existing', 'L4'),
	label('setting.spoSiteSharing.option.onlyOrg', 'L4'),
];

/** One locale's entry for a label. */
export type LabelEntry =
	| { readonly status: 'english-ui'; readonly gloss: string | null }
	| {
			readonly status: 'localized';
			readonly label: string;
			readonly source: string;
			readonly checked: string;
	  };

export const ADMIN_LABEL_KEYS: ReadonlySet<string> = new Set(ADMIN_LABELS.map((l) => l.key));

/** Opens and closes the English part of a label: a left-to-right isolate (U+2066 … U+2069). */
export const EN_OPEN = '\u2066';
export const EN_CLOSE = '\u2069';

/**
 * The text readers see for an admin-center label. `english` is the English label; in a
 * non-English locale it is wrapped in a left-to-right isolate, which keeps its order inside
 * right-to-left text and tells the renderers (`englishParts`, the build's `lang-spans` step) to
 * mark it `lang="en"` (WCAG 3.1.2). `ja` uses full-width brackets. `rtl` is kept for callers.
 */
export function showLabel(
	english: string,
	entry: LabelEntry | undefined,
	locale: string,
	rtl: boolean,
): string {
	void rtl;
	const iso = (s: string) => (locale === 'en' ? s : `${EN_OPEN}${s}${EN_CLOSE}`);
	const [open, close] = locale === 'ja' ? ['（', '）'] : [' (', ')'];
	if (!entry) return english;
	if (entry.status === 'localized')
		return entry.label === english ? english : `${entry.label}${open}${iso(english)}${close}`;
	return entry.gloss && entry.gloss !== english
		? `${iso(english)}${open}${entry.gloss}${close}`
		: iso(english);
}
