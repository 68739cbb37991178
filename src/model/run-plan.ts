import type { Plan, Step } from './plans';
import { getRule, type OrgView } from './rules';
import { isPolicySetting } from './state';
import type { CheckStatus, LayerId, Outcome, OrgSide, Reason, SettingRef, Source } from './types';

/** When a saved change that a check depends on takes effect (absolute clock minutes). */
export interface PendingWindow {
	readonly earliest: number;
	readonly typical: number;
	readonly latest: number;
}

/** One line of the trace: which rule ran on which side, what it read and what it concluded. */
export interface Check {
	readonly ruleId: string;
	readonly layer: LayerId;
	/** The organization whose settings the rule read; null for rows of the capability table. */
	readonly side: OrgSide | null;
	readonly status: CheckStatus;
	readonly reason: Reason;
	readonly source: Source;
	readonly verified: string;
	readonly reads: readonly SettingRef[];
	/** The domain or address the rule tested, if any. */
	readonly subject?: string;
	/** True for the anonymous-join fallback of meetings. */
	readonly fallback: boolean;
	/** Set when a saved change to a setting this check reads has not surely taken effect. */
	readonly pending?: PendingWindow;
}

/** The outcome of running one plan against two organizations. */
export interface PlanRun {
	readonly outcome: Exclude<Outcome, 'pending'>;
	readonly checks: readonly Check[];
	readonly decisive: number;
}

function runStep(
	step: Step,
	host: OrgView,
	partner: OrgView,
	done: readonly Check[],
	fallback: boolean,
): Check {
	const def = getRule(step.rule);
	/* c8 ignore next -- plans name existing rules only; a unit test proves it */
	if (!def) throw new Error(`Unknown rule ${step.rule}`);
	const [self, other] = step.on === 'partner' ? [partner, host] : [host, partner];
	const side = step.on === 'none' ? null : self.side;
	const base = {
		ruleId: def.id,
		layer: def.layer,
		side,
		source: def.source,
		verified: def.verified,
		fallback,
	};
	const blocker =
		step.after === undefined
			? undefined
			: done.find(
					(c) =>
						c.ruleId === step.after && c.side === side && (c.status === 'failed' || c.status === 'skipped'),
				);
	if (step.addingOnly && other.guestMember) {
		return {
			...base,
			status: 'skipped',
			reason: { key: 'reason.guestAlreadyMember', params: { address: other.address, org: self.name } },
			reads: [],
		};
	}
	if (blocker) {
		return {
			...base,
			status: 'skipped',
			reason: { key: 'reason.overridden', params: { rule: blocker.ruleId } },
			reads: [],
		};
	}
	const v = def.check(self, other);
	const reads =
		side === null
			? []
			: v.reads.map((setting) =>
					self.policy !== null && isPolicySetting(setting)
						? { side, setting, policy: self.policy }
						: { side, setting },
				);
	const subject = v.subject === undefined ? {} : { subject: v.subject };
	if (side !== null && !self.known && v.reads.length > 0) {
		return {
			...base,
			status: 'unknown',
			reason: { key: 'unknown.orgSettings', params: { org: self.name } },
			reads,
			...subject,
		};
	}
	return { ...base, status: v.status, reason: v.reason, reads, ...subject };
}

function outcomeOf(checks: readonly Check[]): PlanRun['outcome'] {
	if (checks.some((c) => c.status === 'failed')) return 'blocked';
	return checks.some((c) => c.status === 'unknown') ? 'depends' : 'allowed';
}

/** The index of the first (or last) check with this status; the outcome guarantees one exists. */
function indexOf(checks: readonly Check[], status: CheckStatus, last = false): number {
	return last
		? checks.findLastIndex((c) => c.status === status)
		: checks.findIndex((c) => c.status === status);
}

/** Runs every step of a plan (a full trace, not only the first failure) and decides the outcome. */
export function runPlan(plan: Plan, host: OrgView, partner: OrgView): PlanRun {
	const checks: Check[] = [];
	for (const step of plan.steps) checks.push(runStep(step, host, partner, checks, false));
	const outcome = outcomeOf(checks);
	if (plan.fallback) {
		const fb = runStep(plan.fallback, host, partner, checks, true);
		if (outcome === 'allowed') {
			checks.push({ ...fb, status: 'skipped', reason: { key: 'reason.fallbackNotNeeded' } });
		} else if (fb.status === 'passed') {
			checks.push({ ...fb, reason: { key: 'reason.joinsAsAnonymous', params: { org: host.name } } });
			return { outcome: 'allowed', checks, decisive: checks.length - 1 };
		} else {
			checks.push(fb);
		}
	}
	// Blocked: the first failure. Depends: the first unknown. Allowed: the last gate that passed.
	const decisive =
		outcome === 'blocked'
			? indexOf(checks, 'failed')
			: outcome === 'depends'
				? indexOf(checks, 'unknown')
				: indexOf(checks, 'passed', true);
	return { outcome, checks, decisive };
}
