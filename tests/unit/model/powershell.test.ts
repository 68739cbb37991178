import { describe, expect, test } from 'vitest';
import { applyChange, createDefaultState, powershellReadout, type SimState } from '../../../src/model';

const setA = (changes: [string, unknown][]) =>
	changes.reduce<SimState>((s, [id, v]) => applyChange(s, 'A', id, v), createDefaultState());

describe('powershellReadout', () => {
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
