/** True when `domain` equals `entry`, or is a subdomain of it and subdomains count. */
export function domainMatches(domain: string, entry: string, subdomains: boolean): boolean {
	return domain === entry || (subdomains && domain.endsWith(`.${entry}`));
}

/** The first list entry that matches `domain`, or undefined. */
export function findDomain(list: readonly string[], domain: string, subdomains: boolean): string | undefined {
	return list.find((entry) => domainMatches(domain, entry, subdomains));
}

/** The parent entry that would match only if subdomains were blocked too (for the "not covered" hint). */
export function uncoveredParent(list: readonly string[], domain: string): string | undefined {
	return list.find((entry) => domain.endsWith(`.${entry}`));
}

/** Reads a list setting as a string array (settings are validated, so this only narrows the type). */
export function asList(value: unknown): readonly string[] {
	return value as readonly string[];
}
