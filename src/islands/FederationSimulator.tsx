import type { Direction, OrgSide } from '../model/index';
import { Diagram } from './parts/Diagram';
import { federationDiagram } from '../model/diagram-federation';
import { BaselinesPanel } from './parts/BaselinesPanel';
import { CapabilityTable, type Column } from './parts/CapabilityTable';
import { OrgFields } from './parts/OrgFields';
import { SettingGroup } from './parts/SettingGroup';
import { SimFrame } from './parts/SimFrame';
import { settingsOf } from './settings-of';
import { chatSummary } from './summary';
import type { IslandProps } from './types';
import { dataAt } from './page-strings';
import { useIsland } from './use-simulator';

const DIRECTIONS: readonly Direction[] = ['AtoB', 'BtoA'];
const P = 'fed';

/** Two organizations side by side: each one's external access settings and user policy, results per direction. */
export default function FederationSimulator({ stringsUrl, lang, island }: IslandProps) {
	const data = dataAt(stringsUrl, island);
	const { t, sim } = useIsland(
		{ stringsUrl, data },
		{ directions: DIRECTIONS, identities: ['federated'], withDirection: true },
	);
	const { orgs } = sim;
	const columns: Column[] = DIRECTIONS.map((direction) => {
		const [host, partner] = direction === 'AtoB' ? (['A', 'B'] as const) : (['B', 'A'] as const);
		return {
			direction,
			identity: 'federated',
			header: t('direction.arrow', { host: orgs[host].name, partner: orgs[partner].name }),
		};
	});
	const org = (side: OrgSide) => {
		const who = sim.talking(side);
		const address = (user: string) => `${user}@${orgs[side].domain}`;
		const policyName = (policy: string | null) =>
			policy === null ? t('sim.people.global') : t('sim.people.custom', { policy });
		// The per-user settings shown are those of the talking person's policy, and changes go there.
		const custom = who.policy === null ? null : sim.policyValues(side, who.policy);
		const group = (
			layers: Parameters<typeof settingsOf>[1],
			legend: string,
			visible: number,
			master?: string,
		) => {
			const forPolicy = layers[0] === 'userPolicy' && who.policy !== null;
			return (
				<SettingGroup
					t={t}
					idPrefix={P}
					legend={legend}
					side={side}
					markSide
					settings={settingsOf(data.settings, layers, master).filter(
						(s) => layers[0] !== 'teamsPolicy' || s.id === 'anonymousJoin',
					)}
					visible={visible}
					values={forPolicy && custom ? { ...sim.saved[side], ...custom } : sim.saved[side]}
					onChange={(sd, id, value) =>
						sim.setSetting(sd, id, value, forPolicy ? (who.policy ?? undefined) : undefined)
					}
				/>
			);
		};
		const people = orgs[side].people;
		return (
			<section class="sim-org" aria-label={orgs[side].name} data-org={side}>
				<p class="sim-org__title">{t('sim.fed.org', { org: orgs[side].name, side })}</p>
				<OrgFields t={t} idPrefix={P} side={side} org={orgs[side]} onChange={sim.setOrg} />
				<div class="sim-field sim-talking">
					<label for={`${P}-${side}-talking`}>{t('sim.people.talking')}</label>
					<select
						id={`${P}-${side}-talking`}
						data-talking={side}
						value={who.user}
						onChange={(e) => sim.setTalking(side, (e.currentTarget as HTMLSelectElement).value)}
					>
						{people.map((p) => (
							<option key={p.user} value={p.user}>
								{t('sim.people.option', { address: address(p.user), policy: policyName(p.policy) })}
							</option>
						))}
					</select>
				</div>
				{group(['externalAccess'], t('layer.externalAccess'), 4, 'allowFederatedUsers')}
				{group(
					['userPolicy'],
					t('sim.people.policyOf', { policy: policyName(who.policy), user: address(who.user) }),
					2,
				)}
				{group(['teamsPolicy'], t('layer.teamsPolicy'), 1)}
			</section>
		);
	};
	const note = (key: string) => (sim.results.get(key)?.fallback ? t('sim.fed.anonymous') : null);
	return (
		<SimFrame
			t={t}
			lang={lang}
			idPrefix={P}
			name="federation"
			data={data}
			sim={sim}
			sides={['A', 'B']}
			withDirection
			settings={
				<>
					<div class="sim-orgs">
						{org('A')}
						{org('B')}
					</div>
					<BaselinesPanel
						t={t}
						lang={lang}
						idPrefix={P}
						state={sim.state}
						sides={['A', 'B']}
						onApply={sim.applyFix}
					/>
				</>
			}
			results={
				<>
					<p class="sim-summary" data-summary>
						{chatSummary(t, sim.results, orgs)}
					</p>
					<p class="sim-hint" data-whose-row>
						{t('sim.people.row', {
							a: `${sim.talking('A').user}@${orgs.A.domain}`,
							b: `${sim.talking('B').user}@${orgs.B.domain}`,
						})}
					</p>
					<CapabilityTable
						t={t}
						caption={t('sim.fed.caption', { a: orgs.A.name, b: orgs.B.name })}
						columns={columns}
						rows={data.main}
						results={sim.results}
						changed={sim.changed}
						selected={sim.selected}
						panelId={`${P}-trace`}
						onSelect={sim.select}
						note={note}
					/>
					<Diagram
						t={t}
						lang={lang}
						layout={federationDiagram}
						identity="federated"
						capability="chat"
						results={sim.results}
						orgs={sim.orgs}
					/>
				</>
			}
		/>
	);
}
