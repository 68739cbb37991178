const urls = {
	L1: 'https://learn.microsoft.com/microsoftteams/communicate-with-users-from-other-organizations',
	L2: 'https://learn.microsoft.com/microsoftteams/trusted-organizations-external-meetings-chat',
	L3: 'https://learn.microsoft.com/microsoftteams/manage-external-access',
	L4: 'https://learn.microsoft.com/microsoft-365/solutions/microsoft-365-guest-settings',
	L5: 'https://learn.microsoft.com/microsoft-365/solutions/collaborate-as-team',
	L6: 'https://learn.microsoft.com/microsoftteams/set-up-guests',
	L9: 'https://learn.microsoft.com/microsoftteams/teams-dependencies',
	L10: 'https://learn.microsoft.com/microsoftteams/manage-guests',
	L11: 'https://learn.microsoft.com/microsoft-365/solutions/collaborate-teams-direct-connect',
	L12: 'https://learn.microsoft.com/microsoft-365/enterprise/external-guest-access',
	L13: 'https://learn.microsoft.com/microsoftteams/native-chat-for-external-users',
	L14: 'https://learn.microsoft.com/microsoftteams/settings-policies-reference',
	L15: 'https://learn.microsoft.com/microsoft-365/solutions/configure-teams-sensitive-protection',
	L16: 'https://learn.microsoft.com/microsoft-365/solutions/limit-guest-sharing-to-specific-organization',
	L17: 'https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure',
	P1: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-cstenantfederationconfiguration',
	P2: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csexternalaccesspolicy',
	P3: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsexternalaccessconfiguration',
	P4: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsclientconfiguration',
	P5: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsguestmessagingconfiguration',
	P6: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamschannelspolicy',
	P8: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsfilespolicy',
	P9: 'https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsmeetingpolicy',
	X1: 'https://github.com/cisagov/ScubaGear',
	C1: 'https://www.cisecurity.org/benchmark/microsoft_365',
	X5: 'https://techcommunity.microsoft.com/t5/microsoft-teams-support/important-updates-to-guest-access-defaults-in-teams-starting-in/ba-p/2115762',
	X8: 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/issues/2491',
} as const;

/** A source key of the facts sheet (§10) that the model cites. */
export type SourceKey = keyof typeof urls;

/** The URL of a cited source (cite.ts), or undefined for a key the facts sheet does not list. */
export function sourceUrl(key: string): string | undefined {
	return Object.hasOwn(urls, key) ? urls[key as SourceKey] : undefined;
}

/** Every source the model cites, keyed by its facts-sheet key, with its URL. */
export const SOURCES: Readonly<Record<SourceKey, { readonly key: SourceKey; readonly url: string }>> =
	Object.fromEntries(Object.entries(urls).map(([key, url]) => [key, { key, url }])) as Record<
		SourceKey,
		{ readonly key: SourceKey; readonly url: string }
	>;
