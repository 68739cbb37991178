/** The one-line plain-language read-back of the federation simulator, from string templates. */
import type { OrgSide } from '../model/index';
import type { EngineCell } from './model-engine';
import type { Results } from './sim-helpers';
import { reasonText, type T } from './strings';

/** The reason of a blocked cell's decisive check, or an empty string before the engine has loaded. */
function reasonOf(t: T, results: Results, key: string): string {
	const r = (results.get(key) as EngineCell | undefined)?.result;
	const check = r && r.decisive !== null ? r.checks[r.decisive] : undefined;
	return check ? reasonText(t, check.reason) : '';
}

/** "Contoso can start chats with Fabrikam, but not the other way round, because …" and its siblings. */
export function chatSummary(
	t: T,
	results: Results,
	orgs: Readonly<Record<OrgSide, { readonly name: string }>>,
): string {
	const ab = 'AtoB|federated|chat';
	const ba = 'BtoA|federated|chat';
	const x = results.get(ab)?.outcome;
	const y = results.get(ba)?.outcome;
	const a = orgs.A.name;
	const b = orgs.B.name;
	if (x === 'allowed' && y === 'allowed') return t('sim.fed.summary.both', { a, b });
	if (x === 'allowed' && y === 'blocked')
		return t('sim.fed.summary.oneWay', { from: a, to: b, reason: reasonOf(t, results, ba) });
	if (x === 'blocked' && y === 'allowed')
		return t('sim.fed.summary.oneWay', { from: b, to: a, reason: reasonOf(t, results, ab) });
	if (x === 'blocked' && y === 'blocked')
		return t('sim.fed.summary.neither', { a, b, reason: reasonOf(t, results, ab) });
	return t('sim.fed.summary.open', { a, b });
}
