import { describe, expect, test } from 'vitest';
import {
	addPolicy,
	applyChange,
	createDefaultState,
	powershellReadout,
	setPerson,
	type SimState,
} from '../../../src/model';

const setA = (changes: [string, unknown][]) =>
	changes.reduce<SimState>((s, [id, v]) => applyChange(s, 'A', id, v), createDefaultState());

describe('powershellReadout', () => {
	// Facts C1, §3.3 [P2]: custom policies are created with New-, assigned with Grant-, never "-Identity Custom".
	test('C1: a custom policy is created with New- and granted to its people; Global is set by name', () => {
		let s = addPolicy(createDefaultState(), 'A', 'Sales', { userFederationAccess: false });
		s = setPerson(setPerson(s, 'A', 'lee', { policy: 'Sales' }), 'A', 'adele', { policy: 'Sales' });
		s = applyChange(s, 'A', 'userUnmanagedOutbound', false);
		const texts = powershellReadout(s, 'A').set.map((l) => l.text);
		expect(texts).toEqual([
			'Set-CsExternalAccessPolicy -Identity Global -EnableTeamsConsumerAccess $false',
			'New-CsExternalAccessPolicy -Identity "Sales" -EnableFederationAccess $false',
			'Grant-CsExternalAccessPolicy -Identity adele@contoso.com -PolicyName "Sales"',
			'Grant-CsExternalAccessPolicy -Identity lee@contoso.com -PolicyName "Sales"',
		]);
		expect(texts.join('\n')).not.toContain('-Identity Custom');
	});

	test('C2, C4: a domain scope prints CommunicationWithExternalOrgs and CustomizeFederation with its caveat', () => {
		let s = addPolicy(createDefaultState(), 'A', 'ExternalPartners', {
			userExternalOrgsScope: 'AllowSpecificExternalDomains',
			userAllowedExternalDomains: ['fabrikam.com'],
		});
		s = setPerson(s, 'A', 'megan', { policy: 'ExternalPartners' });
		const set = powershellReadout(s, 'A').set;
		expect(set[0]).toEqual({
			kind: 'set',
			text: 'Set-CsTenantFederationConfiguration -CustomizeFederation $true',
			settings: [],
			noteKey: 'unknown.customizeFederation',
		});
		expect(set[1]?.text).toBe(
			'New-CsExternalAccessPolicy -Identity "ExternalPartners" -CommunicationWithExternalOrgs AllowSpecificExternalDomains -AllowedExternalDomains @("fabrikam.com")',
		);
		expect(set[2]?.text).toBe(
			'Grant-CsExternalAccessPolicy -Identity megan@contoso.com -PolicyName "ExternalPartners"',
		);
	});

	test('a custom policy with only default values prints nothing (it behaves like Global)', () => {
		expect(powershellReadout(createDefaultState(), 'A').set).toEqual([]);
	});

	test('defaults: only read-only Get lines, nothing to set', () => {
		const r = powershellReadout(createDefaultState(), 'A');
		expect(r.set).toEqual([]);
		expect(r.manual).toEqual([]);
		expect(r.get.map((l) => l.text)).toContain('Get-CsTenantFederationConfiguration');
		expect(r.get.map((l) => l.text)).toContain('Get-CsTeamsClientConfiguration -Identity Global');
		expect(r.get.every((l) => l.kind === 'get' && l.text.startsWith('Get-'))).toBe(true);
	});

	test('an allow list becomes AllowedDomainsAsAList on one federation line', () => {
		const r = powershellReadout(
			setA([
				['fedDomainMode', 'allowList'],
				['fedAllowedDomains', ['fabrikam.com', 'northwind.com']],
				['unmanagedInbound', false],
			]),
			'A',
		);
		expect(r.set.map((l) => l.text)).toEqual([
			'Set-CsTenantFederationConfiguration -AllowedDomainsAsAList @("fabrikam.com","northwind.com") -AllowTeamsConsumerInbound $false',
		]);
	});

	test('a block list keeps all known domains allowed and adds domain patterns', () => {
		const r = powershellReadout(
			setA([
				['fedDomainMode', 'blockList'],
				['fedBlockedDomains', ['fabrikam.com']],
			]),
			'A',
		);
		expect(r.set[0]?.text).toBe(
			'Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowAllKnownDomains) -BlockedDomains @{Add=(New-CsEdgeDomainPattern -Domain "fabrikam.com")}',
		);
	});

	test('"Block only specific" with an empty list just allows all known domains', () => {
		const r = powershellReadout(setA([['fedDomainMode', 'blockList']]), 'A');
		expect(r.set[0]?.text).toBe(
			'Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowAllKnownDomains)',
		);
	});

	test('"Block all" maps to AllowFederatedUsers $false, flagged as unconfirmed, without repeating the parameter', () => {
		const r = powershellReadout(
			setA([
				['fedDomainMode', 'blockAll'],
				['allowFederatedUsers', false],
			]),
			'A',
		);
		expect(r.set[0]).toMatchObject({
			text: 'Set-CsTenantFederationConfiguration -AllowFederatedUsers $false',
			noteKey: 'unknown.blockAllMapping',
		});
	});

	test('guest settings, SharePoint levels and lists use their own cmdlets; Entra and Groups are manual', () => {
		const r = powershellReadout(
			setA([
				['guestAccess', false],
				['guestScreenSharing', 'SingleApplication'],
				['spoOrgSharing', 'existing'],
				['fedBlockedUsersEnabled', true],
				['fedBlockedUsers', ['ben@fabrikam.com']],
				['groupsGuestAccessContent', false],
				['skypeConsumer', true],
			]),
			'A',
		);
		expect(r.set.map((l) => l.text)).toEqual([
			'Set-CsTeamsExternalAccessConfiguration -BlockExternalAccessUserAccess $true -BlockedUsers @("ben@fabrikam.com")',
			'Set-CsTeamsClientConfiguration -Identity Global -AllowGuestUser $false',
			'Set-CsTeamsGuestMeetingConfiguration -Identity Global -ScreenSharingMode SingleApplication',
			'Set-SPOTenant -SharingCapability ExistingExternalUserSharingOnly',
		]);
		expect(r.manual).toEqual(['groupsGuestAccessContent']);
	});
});
