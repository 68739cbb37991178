import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	importConfig,
	readAllowedDomains,
	withImported,
	type ImportResult,
} from '../../../../src/model/import/index';
import { createDefaultState, evaluateCell, savedPolicy, setPerson } from '../../../../src/model/index';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url)));
const ok = (r: ImportResult) => {
	if (!r.ok) throw new Error(`import failed: ${r.error.key}`);
	return r;
};
const keys = (entries: readonly { reason: { key: string } }[]) => entries.map((e) => e.reason.key);

describe('readAllowedDomains reads all nine serialized forms', () => {
	test.each([
		['{} (AllowAllKnownDomains)', {}, { kind: 'all' }],
		['one Domain= string at default depth', { AllowedDomain: 'Domain=partner.example' }, ['partner.example']],
		[
			'several Domain= joined by spaces',
			{ AllowedDomain: 'Domain=a.example Domain=b.example' },
			['a.example', 'b.example'],
		],
		[
			'{Domain} objects from a deeper -Depth',
			{ AllowedDomain: [{ Domain: 'a.example' }, { Domain: 'B.Example' }] },
			['a.example', 'b.example'],
		],
		[
			'plain strings and Domain= strings (ConfigAPI)',
			{ AllowedDomain: ['a.example', 'Domain=b.example'] },
			['a.example', 'b.example'],
		],
		['wrapped in an array (Rego fixture)', [{ AllowedDomain: ['Domain=a.example'] }], ['a.example']],
		['an empty list: federate with nobody', { AllowedDomain: [] }, []],
		['an empty string: federate with nobody', { AllowedDomain: '' }, []],
		[
			'the old XML string',
			'<AllowAllKnownDomains xmlns="urn:schema:Microsoft.Rtc.Management.Settings.Edge.2008" />',
			{ kind: 'all' },
		],
		['the XML in an Element member', { Element: '<AllowAllKnownDomains xmlns="urn:x" />' }, { kind: 'all' }],
		['null: an empty list', null, []],
	])('%s', (_, raw, want) => {
		const r = readAllowedDomains(raw);
		if (Array.isArray(want)) expect(r).toMatchObject({ kind: 'list', domains: want });
		else expect(r).toEqual(want);
	});
});

describe('importConfig with our export (schema v1)', () => {
	const r = ok(importConfig(fixture('lab-export-v1.json')));
	test('recognises the format and version and takes the label as the organization name', () => {
		expect(r.report.format).toBe('labExport');
		expect(r.report.version).toBe('1');
		expect(r.config.label).toBe('Northwind Traders');
	});
	test('maps the federation, policy, guest, Entra, Groups and SharePoint values', () => {
		expect(r.settings).toMatchObject({
			allowFederatedUsers: true,
			fedDomainMode: 'allowList',
			fedAllowedDomains: ['fabrikam.com', 'tailspin.example'],
			unmanagedOutbound: false,
			unmanagedInbound: true,
			fedBlockedUsersEnabled: true,
			userUnmanagedOutbound: false,
			anonymousJoin: false,
			externalChatFileSharing: 'Enabled',
			guestPrivateCalls: false,
			guestScreenSharing: 'SingleApplication',
			guestGiphyRating: 'Strict',
			channelsInviteExternal: false,
			entraGuestInvite: 'adminsOnly',
			crossTenantDcInbound: 'allow',
			crossTenantDcOutbound: 'block',
			groupsOwnersAddGuests: false,
			groupsGuestAccessContent: true,
			spoOrgSharing: 'newAndExisting',
		});
	});
	test("imports custom external access policies as the model's policies and says nobody is assigned", () => {
		expect(r.config.externalAccessPolicies.map((p) => p.identity)).toEqual(['Global', 'Tag:PartnerDesk']);
		expect(r.config.externalAccessPolicies[1]).toMatchObject({ allowedExternalDomains: ['partner.example'] });
		expect(r.report.read).toContainEqual(
			expect.objectContaining({
				path: 'teams.externalAccessPolicies[1]',
				reason: { key: 'import.read.customPolicy', params: { name: 'PartnerDesk' } },
			}),
		);
		expect(r.policies?.map((p) => p.name)).toEqual(['PartnerDesk']);
		expect(r.policies?.[0]?.settings).toMatchObject({
			userFederationAccess: true,
			userExternalOrgsScope: 'AllowSpecificExternalDomains',
			userAllowedExternalDomains: ['partner.example'],
		});
	});
	test('counts blocked people but never reads their addresses, and lists other meeting policies and partners', () => {
		expect(r.settings.fedBlockedUsers).toEqual([]);
		expect(r.report.ignored).toContainEqual(
			expect.objectContaining({ reason: { key: 'import.ignored.blockedUsers', params: { n: 2 } } }),
		);
		expect(keys(r.report.ignored)).toEqual(
			expect.arrayContaining(['import.ignored.otherPolicies', 'import.ignored.partners']),
		);
	});
	test('every read line names its field path', () => {
		expect(r.report.read).toContainEqual(
			expect.objectContaining({
				path: 'teams.tenantFederationConfiguration.AllowTeamsConsumer',
				setting: 'unmanagedOutbound',
				value: false,
			}),
		);
		expect(r.report.read).toContainEqual(
			expect.objectContaining({
				path: 'entra.groupSettings[0].values.AllowToAddGuests',
				setting: 'groupsOwnersAddGuests',
			}),
		);
	});
	test('only what no export reads is assumed at its default', () => {
		expect([...r.assumed].sort()).toEqual(
			[
				'entraCollabDomains',
				'entraCollabRestrictions',
				'fedBlockedUsers',
				'spoSiteSharing',
				'teamLabel',
				'userAllowedExternalDomains',
				'userBlockedExternalDomains',
				'userExternalOrgsScope',
			].sort(),
		);
		expect(r.report.missing.find((m) => m.setting === 'fedBlockedUsers')?.reason.key).toBe(
			'import.missing.privacy',
		);
	});
});

describe('importConfig with a partial export', () => {
	const r = ok(importConfig(fixture('lab-export-partial.json')));
	test('a section the script could not read is "not collected", never a silent default', () => {
		const invite = r.report.missing.find((m) => m.setting === 'entraGuestInvite');
		expect(invite?.reason).toEqual({
			key: 'import.missing.notCollected',
			params: { source: 'GET /policies/authorizationPolicy' },
		});
		expect(r.report.missing.find((m) => m.setting === 'guestAccess')?.reason.key).toBe(
			'import.missing.notInFile',
		);
	});
	test('BlockedDomains {} is unreadable, not empty: reported and assumed', () => {
		expect(r.report.ignored).toContainEqual(
			expect.objectContaining({
				path: 'teams.tenantFederationConfiguration[0].BlockedDomains',
				reason: { key: 'import.ignored.domainsUnreadable' },
			}),
		);
		expect(r.assumed).toContain('fedBlockedDomains');
	});
	test('drops bidi overrides from the label', () => {
		expect(r.config.label).toBe('Tailspin gnissim');
	});
});

describe('importConfig with ScubaGear files', () => {
	test('a ProviderSettingsExport: maps its six sections, integer SharePoint level, never reads privileged users', () => {
		const r = ok(importConfig(fixture('scuba-provider-export.json')));
		expect(r.report).toMatchObject({ format: 'scubaGear', version: '1.8.0' });
		expect(r.settings).toMatchObject({
			fedDomainMode: 'allowList',
			fedAllowedDomains: ['contoso.com'],
			unmanagedInbound: false,
			guestAccess: false,
			entraGuestInvite: 'everyone',
			groupsGuestAccessContent: false,
			spoOrgSharing: 'existing',
			anonymousJoin: true,
		});
		expect(r.report.ignored).toContainEqual(
			expect.objectContaining({ path: 'privileged_users', reason: { key: 'import.ignored.userData' } }),
		);
		expect(JSON.stringify(r)).not.toContain('Someone Admin');
		expect(r.report.missing.find((m) => m.setting === 'userFederationAccess')?.reason.key).toBe(
			'import.missing.notInScubaGear',
		);
	});
	test('a ScubaResults file with a UTF-8 BOM reads its Raw member', () => {
		const r = ok(importConfig(fixture('scuba-results.json')));
		expect(r.report.format).toBe('scubaResults');
		expect(r.settings.spoOrgSharing).toBe('existing');
		expect(r.report.read[0]?.path).toMatch(/^Raw\./);
	});
});

describe('importConfig with the output of one cmdlet', () => {
	test('federation, single object: all known domains with a block list in both serialized forms', () => {
		const r = ok(importConfig(fixture('cmdlet-federation.json')));
		expect(r.report.format).toBe('cmdlet');
		expect(r.settings).toMatchObject({
			fedDomainMode: 'blockList',
			fedBlockedDomains: ['spam.example', 'phish.example'],
			fedTrialTenants: 'Allowed',
			fedBlockAllSubdomains: true,
		});
		expect(r.report.missing.find((m) => m.setting === 'guestAccess')?.reason.key).toBe(
			'import.missing.notInFile',
		);
	});
	test('federation written by Windows PowerShell as UTF-16 LE with CRLF', () => {
		const r = ok(importConfig(fixture('cmdlet-federation-utf16le.json')));
		expect(r.settings.fedAllowedDomains).toEqual(['fabrikam.com', 'contoso.com']);
		expect(r.settings.unmanagedOutbound).toBe(false);
	});
	test('external access policies: Global mapped, custom kept', () => {
		const r = ok(importConfig(fixture('cmdlet-external-access-policy.json')));
		expect(r.settings).toMatchObject({
			userFederationAccess: false,
			userUnmanagedOutbound: false,
			userUnmanagedInbound: false,
		});
		expect(r.config.externalAccessPolicies).toHaveLength(2);
	});
	test('client configuration', () => {
		expect(ok(importConfig(fixture('cmdlet-client.json'))).settings.guestAccess).toBe(false);
	});
	test('a Graph response wrapped in {"value": [...]}', () => {
		expect(ok(importConfig(fixture('graph-authorization-wrapped.json'))).settings.entraGuestInvite).toBe(
			'noOne',
		);
	});
});

describe('importConfig with bad input', () => {
	test('hostile strings are dropped and named; wrong types are ignored with their type', () => {
		const r = ok(importConfig(fixture('hostile-domains.json')));
		expect(r.settings.fedAllowedDomains).toEqual(['ok.example']);
		expect(r.settings.allowFederatedUsers).toBe(true);
		const bad = r.report.ignored.find((e) => e.reason.key === 'import.ignored.notDomains');
		// `<img src=x onerror=…>` splits into three tokens, like a space-joined list would.
		expect(bad?.reason.params?.['n']).toBe(5);
		expect(r.report.ignored).toContainEqual(
			expect.objectContaining({
				path: 'AllowFederatedUsers',
				reason: { key: 'import.ignored.wrongType', params: { got: 'string' } },
			}),
		);
		expect(r.report.ignored).toContainEqual(
			expect.objectContaining({
				path: 'AllowTeamsConsumer',
				reason: { key: 'import.ignored.wrongType', params: { got: 'number' } },
			}),
		);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
	test.each([
		['truncated.json', 'import.error.truncated', undefined],
		['not-json.txt', 'import.error.notJson', undefined],
		['other-product.json', 'import.error.unknownFormat', undefined],
		['lab-export-v2.json', 'import.error.newerVersion', { version: 2, supported: 1 }],
		['syntax-error.json', 'import.error.syntax', { line: 4, column: 26 }],
	])('%s is refused with %s', (name, key, params) => {
		const r = importConfig(fixture(name));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toEqual(params ? { key, params } : { key });
	});
	test('a ScubaGear TestResults file says it holds results, not settings', () => {
		const r = importConfig('[{"PolicyId":"MS.TEAMS.2.1v2","Criticality":"Shall","RequirementMet":false}]');
		expect(r).toEqual({ ok: false, error: { key: 'import.error.scubaTestResults' } });
	});
	test('a file over the size limit is refused without parsing', () => {
		const r = importConfig(new Uint8Array(9 * 1024 * 1024));
		expect(r).toMatchObject({ ok: false, error: { key: 'import.error.tooLarge', params: { max: '8' } } });
	});
	test('an empty paste', () => {
		expect(importConfig('  \n')).toEqual({ ok: false, error: { key: 'import.error.empty' } });
	});
});

describe('custom external access policies (facts C1, §2.3)', () => {
	const r = ok(importConfig(fixture('cmdlet-two-custom-policies.json')));
	const state = withImported(createDefaultState(), 'A', r);

	test('each Tag: policy the model can hold becomes a policy of the imported organization', () => {
		expect(state.orgs.A.policies.map((p) => p.name)).toEqual(['PartnerDesk', 'Consumer Chat']);
		expect(savedPolicy(state, 'A', 'PartnerDesk')).toMatchObject({
			userFederationAccess: true,
			userExternalOrgsScope: 'AllowSpecificExternalDomains',
			userAllowedExternalDomains: ['fabrikam.com'],
		});
		// An unknown scope is not guessed: the policy keeps the default, OrganizationDefault.
		expect(savedPolicy(state, 'A', 'Consumer Chat')).toMatchObject({
			userFederationAccess: false,
			userExternalOrgsScope: 'OrganizationDefault',
			userUnmanagedOutbound: true,
			userUnmanagedInbound: true,
		});
	});

	test('the report lists each policy as read; a name the model cannot hold is not imported', () => {
		const names = r.report.read
			.filter((e) => e.reason.key === 'import.read.customPolicy')
			.map((e) => e.reason.params?.['name']);
		expect(names).toEqual(['PartnerDesk', 'Consumer Chat', '<script>alert(1)</script>']);
		expect(state.orgs.A.policies.some((p) => p.name.includes('<'))).toBe(false);
	});

	test('nobody holds an imported policy until the admin assigns one: the export never says who does', () => {
		expect(state.orgs.A.people.every((p) => p.policy === null)).toBe(true);
		// Global is off: the default user cannot chat with Fabrikam ...
		expect(evaluateCell(state, 'AtoB', 'federated', 'chat').outcome).toBe('blocked');
		// ... and a person given PartnerDesk (an allow list naming fabrikam.com, C2) can.
		const megan = setPerson(state, 'A', 'megan', { policy: 'PartnerDesk' });
		expect(evaluateCell(megan, 'AtoB', 'federated', 'chat', 'now', { A: 'megan' }).outcome).toBe('allowed');
	});

	test("an import replaces the scenario's policies instead of mixing them", () => {
		const none = ok(importConfig(fixture('cmdlet-federation.json')));
		const replaced = withImported(state, 'A', none);
		expect(replaced.orgs.A.policies).toEqual([]);
		expect(replaced.orgs.A.people.every((p) => p.policy === null)).toBe(true);
	});
});
