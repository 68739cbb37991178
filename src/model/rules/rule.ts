import { source, VERIFIED } from '../cite';
import type { SourceKey } from '../sources';
import type { SettingId, Settings } from '../settings';
import type { CheckStatus, LayerId, Reason, Source } from '../types';
import type { OrgSide } from '../types';

/** What a rule sees of one organization: its facts and its effective settings. */
export interface OrgView {
	readonly side: OrgSide;
	readonly name: string;
	readonly domain: string;
	/** The address of the person talking for this organization. */
	readonly address: string;
	readonly trialOnly: boolean;
	readonly known: boolean;
	readonly teamsOnly: boolean;
	/** The person's external access policy: a custom policy's name, or null for Global. */
	readonly policy: string | null;
	/** As a guest of the other organization, the person is already a member of its team (facts C5). */
	readonly guestMember: boolean;
	/** Org-wide settings, with the person's policy values for the policy settings. */
	readonly settings: Settings;
}

/** What a rule concluded, which settings it read, and the domain or address it tested. */
export interface Verdict {
	readonly status: CheckStatus;
	readonly reason: Reason;
	readonly reads: readonly SettingId[];
	readonly subject?: string;
}

/** A rule row: id, layer, citation, and a pure check of one organization (`self`) against the other. */
export interface RuleDef {
	readonly id: string;
	readonly layer: LayerId;
	readonly source: Source;
	readonly verified: string;
	readonly check: (self: OrgView, other: OrgView) => Verdict;
}

/** Builds a rule row with the shared verified date. */
export function rule(id: string, layer: LayerId, key: SourceKey, check: RuleDef['check']): RuleDef {
	return { id, layer, source: source(key), verified: VERIFIED, check };
}

type Params = Readonly<Record<string, string | number>>;

/** A verdict helper: builds `{ status, reason, reads }` with an optional subject. */
export function verdict(
	status: CheckStatus,
	key: string,
	reads: readonly SettingId[],
	params?: Params,
	subject?: string,
): Verdict {
	return {
		status,
		reason: params ? { key, params } : { key },
		reads,
		...(subject === undefined ? {} : { subject }),
	};
}

/** A rule that passes when a switch is on and fails when it is off. */
export function toggleRule(
	id: string,
	layer: LayerId,
	key: SourceKey,
	setting: SettingId,
	offReason: string,
): RuleDef {
	return rule(id, layer, key, (self) =>
		self.settings[setting] === true
			? verdict('passed', 'reason.settingOn', [setting], { setting })
			: verdict('failed', offReason, [setting], { setting, org: self.name }),
	);
}
