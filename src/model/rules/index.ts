import { FEDERATION_RULES } from './federation-rules';
import { GUEST_RULES } from './guest-rules';
import { OTHER_RULES } from './other-rules';
import type { RuleDef } from './rule';

export type { OrgView, RuleDef, Verdict } from './rule';

/** Every rule row, each with its layer, source URL and verified date. */
export const RULES: readonly RuleDef[] = [...FEDERATION_RULES, ...GUEST_RULES, ...OTHER_RULES];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule row with this id (plans only name rules that exist; a test checks this). */
export function getRule(id: string): RuleDef | undefined {
	return byId.get(id);
}
