/**
 * PowerShell and PSScriptAnalyzer cannot be installed here, so this reads the export script as text:
 * every command it calls must be a Get cmdlet, a sign-in, an allowed pipeline helper, or a Graph GET
 * to an allowed read endpoint; it must never touch the people the facts say never to collect.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const SCRIPT = readFileSync(
	new URL('../../../public/export/external-access-export.ps1', import.meta.url),
	'utf8',
);

/** The script without comments and without the text inside quotes (so only code is checked). */
export function codeOf(script: string): string {
	return script
		.replace(/<#[\s\S]*?#>/g, '')
		.replace(/^\s*#.*$/gm, '')
		.replace(/'[^'\n]*'/g, "''")
		.replace(/"(?:[^"\n`]|`.)*"/g, '""');
}

/** Commands that read nothing from a tenant and write nothing to one. */
const HELPERS = new Set(
	[
		'Connect-MicrosoftTeams',
		'Connect-MgGraph',
		'Select-Object',
		'Where-Object',
		'ForEach-Object',
		'Group-Object',
		'ConvertTo-Json',
		'Join-Path',
		'New-Object',
		'Out-Null',
		'Write-Warning',
		'Write-Host',
		'Invoke-MgGraphRequest',
	].map((s) => s.toLowerCase()),
);
const READ_ENDPOINTS = [
	'/v1.0/policies/authorizationPolicy',
	'/v1.0/policies/crossTenantAccessPolicy/default',
	'/v1.0/policies/crossTenantAccessPolicy/partners',
	'/v1.0/groupSettings',
	'/v1.0/admin/sharepoint/settings',
];

/** Every Verb-Noun command name in the code, and the script's own function names. */
export function commandsOf(script: string): { commands: string[]; own: string[] } {
	const code = codeOf(script);
	const own = [...code.matchAll(/^\s*function\s+([A-Za-z]+-[A-Za-z]+)/gm)].map((m) => m[1] as string);
	// A command is a Verb-Noun word not preceded by `-` (a parameter) or `.`/`$` (a member or variable).
	const commands = [...code.matchAll(/(?<![-.$\w])([A-Z][a-z]+-[A-Z][A-Za-z.]+)\b/g)].map(
		(m) => m[1] as string,
	);
	return { commands: [...new Set(commands)], own };
}

/** Problems found in a script: commands that are not read-only, and Graph calls that are not GET. */
export function problemsOf(script: string): string[] {
	const { commands, own } = commandsOf(script);
	const problems: string[] = [];
	for (const c of commands) {
		const lower = c.toLowerCase();
		if (own.map((o) => o.toLowerCase()).includes(lower)) continue;
		if (lower.startsWith('get-') || HELPERS.has(lower)) continue;
		problems.push(`calls ${c}`);
	}
	for (const line of script.split('\n').filter((l) => /Invoke-MgGraphRequest/.test(l) && !/^\s*#/.test(l))) {
		if (!/-Method GET\b/.test(line)) problems.push(`Graph call without -Method GET: ${line.trim()}`);
		const uri = /-Uri '([^']+)'/.exec(line)?.[1] ?? '';
		if (!READ_ENDPOINTS.some((e) => uri === `https://graph.microsoft.com${e}`))
			problems.push(`Graph URI not allowed: ${uri}`);
	}
	if (/Invoke-(RestMethod|WebRequest|Expression)|\biex\b|Start-Process|DownloadString/i.test(codeOf(script)))
		problems.push('makes another network call or runs code');
	return problems;
}

describe('external-access-export.ps1', () => {
	test('calls only Get cmdlets, sign-ins, pipeline helpers and Graph GET on read endpoints', () => {
		expect(problemsOf(SCRIPT)).toEqual([]);
		expect(commandsOf(SCRIPT).commands).toContain('Get-CsTenantFederationConfiguration');
	});
	test('the check catches a write cmdlet, a Graph PATCH and a web request', () => {
		expect(
			problemsOf(`${SCRIPT}\nSet-CsTenantFederationConfiguration -AllowFederatedUsers $false`),
		).toContain('calls Set-CsTenantFederationConfiguration');
		expect(
			problemsOf(
				`${SCRIPT}\nInvoke-MgGraphRequest -Method PATCH -Uri 'https://graph.microsoft.com/v1.0/policies/authorizationPolicy'`,
			),
		).toHaveLength(1);
		expect(
			problemsOf(`${SCRIPT}\nInvoke-RestMethod -Uri 'https://example.com' -Body $json`).length,
		).toBeGreaterThan(0);
	});
	test('never reads people: no user cmdlets, blocked addresses only counted, no descriptions', () => {
		const code = codeOf(SCRIPT);
		expect(code).not.toMatch(/Get-CsOnlineUser|Get-MgUser|Get-MgGroupMember|\/users|Description/i);
		const mentions = [...SCRIPT.matchAll(/\.BlockedUsers\b[^\n]*/g)].map((m) => m[0]);
		expect(mentions.every((m) => /\)\.Count/.test(m))).toBe(true);
	});
	test('writes the versioned layout the importer reads, UTF-8 without a BOM', () => {
		expect(SCRIPT).toContain("schema        = 'external-access-lab/tenant-export'");
		expect(SCRIPT).toContain('schemaVersion = 1');
		expect(SCRIPT).toMatch(/UTF8Encoding \$false/);
		expect(SCRIPT).toMatch(/ConvertTo-Json -Depth 8/);
	});
});
