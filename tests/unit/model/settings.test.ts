import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import { uiResources } from '../../../src/i18n/translator';
import {
	CAPABILITIES,
	IDENTITIES,
	LAYERS,
	PRESETS,
	RULES,
	SETTINGS,
	createDefaultState,
	getSetting,
	isValidValue,
	sourceUrl,
} from '../../../src/model';
import { planFor } from '../../../src/model/plans';

/** Microsoft's defaults and PowerShell names from facts §3.2–§3.6 and §5, transcribed by hand. */
const FACTS_DEFAULTS: readonly [setting: string, value: unknown, parameter: string | null][] = [
	['allowFederatedUsers', true, 'AllowFederatedUsers'],
	['fedDomainMode', 'allowAll', 'AllowedDomains'],
	['fedBlockAllSubdomains', false, 'BlockAllSubdomains'],
	['fedTrialTenants', 'Blocked', 'ExternalAccessWithTrialTenants'],
	['fedBlockedUsersEnabled', false, 'BlockExternalAccessUserAccess'],
	['unmanagedOutbound', true, 'AllowTeamsConsumer'],
	['unmanagedInbound', true, 'AllowTeamsConsumerInbound'],
	['userFederationAccess', true, 'EnableFederationAccess'],
	['userExternalOrgsScope', 'OrganizationDefault', 'CommunicationWithExternalOrgs'],
	['userUnmanagedOutbound', true, 'EnableTeamsConsumerAccess'],
	['userUnmanagedInbound', true, 'EnableTeamsConsumerInbound'],
	['anonymousJoin', true, 'AllowAnonymousUsersToJoinMeeting'],
	['guestAccess', true, 'AllowGuestUser'],
	['guestPrivateCalls', true, 'AllowPrivateCalling'],
	['guestVideo', true, 'AllowIPVideo'],
	['guestScreenSharing', 'EntireScreen', 'ScreenSharingMode'],
	['guestMeetNow', true, 'AllowMeetNow'],
	['guestEditMessages', true, 'AllowUserEditMessage'],
	['guestDeleteMessages', true, 'AllowUserDeleteMessage'],
	['guestDeleteChat', true, 'AllowUserDeleteChat'],
	['guestChat', true, 'AllowUserChat'],
	['guestGiphy', true, 'AllowGiphy'],
	['guestGiphyRating', 'Moderate', 'GiphyRatingType'],
	['guestMemes', true, 'AllowMemes'],
	['guestStickers', true, 'AllowStickers'],
	['guestImmersiveReader', true, 'AllowImmersiveReader'],
	['entraGuestInvite', 'everyone', null],
	['entraCollabRestrictions', 'anyDomain', null],
	['crossTenantB2bCollabInbound', 'allow', null],
	['groupsOwnersAddGuests', true, null],
	['groupsGuestAccessContent', true, null],
	['spoOrgSharing', 'anyone', 'SharingCapability'],
	['spoSiteSharing', 'newAndExisting', 'SharingCapability'],
	['teamLabel', 'none', null],
	['crossTenantDcInbound', 'block', null],
	['crossTenantDcOutbound', 'block', null],
	['channelsCreateShared', true, 'AllowSharedChannelCreation'],
	['channelsInviteExternal', true, 'AllowChannelSharingToExternalUser'],
	['channelsJoinExternal', true, 'AllowUserToParticipateInExternalSharedChannel'],
];

const enKeys = new Set(Object.keys(en));

describe('settings metadata', () => {
	test.each(FACTS_DEFAULTS)('%s defaults to %s (PowerShell %s)', (id, value, parameter) => {
		const meta = getSetting(id);
		expect(meta?.default).toEqual(value);
		expect(meta?.powershell?.parameter ?? null).toBe(parameter);
		expect(createDefaultState().orgs.A.settings[id as keyof typeof meta]).toEqual(value);
	});

	test('each row has a unique codec code, a valid default, a source, the verified date and a delay range', () => {
		expect(new Set(SETTINGS.map((s) => s.code)).size).toBe(SETTINGS.length);
		for (const s of SETTINGS) {
			expect(isValidValue(s, s.default), s.id).toBe(true);
			expect(sourceUrl(s.source.key)).toMatch(/^https:\/\//);
			expect(s.verified).toBe('2026-12-03');
			expect(s.delay.max).toBeGreaterThanOrEqual(s.delay.min);
			expect(LAYERS).toContain(s.layer);
		}
	});

	test('the Skype setting is shown as retired, with an unconfirmed default', () => {
		expect(getSetting('skypeConsumer')).toMatchObject({ retired: '2025-05-05', defaultUnconfirmed: true });
	});

	test('every rule row has a source URL and the verified date', () => {
		for (const r of RULES) {
			expect(sourceUrl(r.source.key)).toMatch(/^https:\/\//);
			expect(r.verified).toBe('2026-12-03');
		}
	});

	test('every plan names rules that exist', () => {
		const ids = new Set(RULES.map((r) => r.id));
		for (const { id: identity } of IDENTITIES)
			for (const c of CAPABILITIES) {
				const plan = planFor(identity, c.id);
				for (const step of [...plan.steps, ...(plan.fallback ? [plan.fallback] : [])])
					expect(ids).toContain(step.rule);
			}
	});

	test('primary capabilities come first and include chat, presence, team access and files', () => {
		const primary = CAPABILITIES.filter((c) => c.primary).map((c) => c.id);
		expect(primary).toEqual(
			expect.arrayContaining(['chat', 'presenceLookup', 'accessTeamResources', 'channelFiles']),
		);
		expect(CAPABILITIES.slice(0, primary.length).every((c) => c.primary)).toBe(true);
	});
});

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? sourceFiles(p) : [p];
	});
}

describe('model strings', () => {
	const keys = new Set<string>();
	for (const s of SETTINGS) {
		keys.add(s.labelKey).add(s.helpKey).add(s.adminPathKey);
		for (const o of s.options) keys.add(`setting.${s.id}.option.${o}`);
		keys.add(s.delay.noteKey);
	}
	for (const c of CAPABILITIES) keys.add(c.nameKey);
	for (const i of IDENTITIES) keys.add(i.labelKey).add(i.descriptionKey);
	for (const l of LAYERS) keys.add(`layer.${l}`);
	for (const p of PRESETS) keys.add(p.titleKey).add(p.symptomKey);
	for (const o of ['allowed', 'blocked', 'depends', 'pending']) keys.add(`result.${o}`);
	for (const d of ['AtoB', 'BtoA']) keys.add(`direction.${d}`);
	// Reason, unknown and problem codes written in the model's source, including the SharePoint variants.
	for (const file of sourceFiles('src/model')) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/['`]((?:reason|unknown|problem)\.[A-Za-z0-9.]+)['`]/g))
			keys.add(m[1] ?? '');
		for (const m of text.matchAll(/problem\('(\w+)'/g)) keys.add(`problem.${m[1]}`);
	}
	keys.add('reason.spoOnlyOrg.org').add('reason.spoOnlyOrg.site');

	test('every key the model uses has an English string', () => {
		expect([...keys].filter((k) => !enKeys.has(k))).toEqual([]);
	});

	test('every model key has a Swedish string that differs from English where words differ', () => {
		// The strings readers get: admin-center labels come from the Swedish label list.
		const svStrings = uiResources['sv'] ?? {};
		const enStrings = en as Record<string, string>;
		expect([...keys].filter((k) => !(k in svStrings))).toEqual([]);
		const same = [...keys].filter((k) => k.startsWith('reason.') && svStrings[k] === enStrings[k]);
		expect(same).toEqual([]);
	});
});
