/** Where baselines disagree with each other, with their own tools, or with Microsoft's defaults (facts §1.5). */
export interface Disagreement {
	/** i18n key: `baselines.disagree.<id>`. */
	readonly id: string;
	/** The controls involved (ids in CONTROLS); empty when the point is about tools or scope only. */
	readonly controls: readonly string[];
}

/** The thirteen points of facts §1.5, in its order. */
export const DISAGREEMENTS: readonly Disagreement[] = [
	{ id: 'lobby', controls: ['cis-8.5.3', 'scuba-MS.TEAMS.1.4v1'] },
	{ id: 'unmanagedLevel', controls: ['scuba-MS.TEAMS.2.2v2', 'scuba-MS.TEAMS.2.3v2', 'cis-8.2.2'] },
	{ id: 'inboundParent', controls: ['cis-8.2.3', 'scuba-MS.TEAMS.2.2v2'] },
	{ id: 'cippLabels', controls: ['cis-8.2.4'] },
	{ id: 'inviters', controls: ['scuba-MS.AAD.8.2v1', 'cis-5.1.6.3'] },
	{ id: 'guestRole', controls: ['cis-5.1.6.2', 'scuba-MS.AAD.8.1v1'] },
	{ id: 'sharingLevel', controls: ['cis-7.2.3', 'scuba-MS.SHAREPOINT.1.1v1'] },
	{ id: 'domainMode', controls: ['cis-7.2.6', 'scuba-MS.SHAREPOINT.1.3v1'] },
	{ id: 'inviteDomainsTool', controls: ['scuba-MS.AAD.8.3v1'] },
	{ id: 'scope', controls: ['cis-8.2.1', 'scuba-MS.TEAMS.2.1v2'] },
	{ id: 'anonymousJoin', controls: ['cis-8.5.1'] },
	{ id: 'cloud', controls: ['scuba-MS.TEAMS.2.2v2', 'scuba-MS.TEAMS.2.3v2'] },
	{ id: 'defaults', controls: [] },
];
