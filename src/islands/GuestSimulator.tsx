import type { LayerId } from '../model/index';
import { Diagram } from './parts/Diagram';
import { guestDiagram } from '../model/diagram-guest';
import { BaselinesPanel } from './parts/BaselinesPanel';
import { CapabilityTable } from './parts/CapabilityTable';
import { SettingGroup } from './parts/SettingGroup';
import { SimFrame } from './parts/SimFrame';
import { settingsOf } from './settings-of';
import type { IslandProps } from './types';
import { dataAt } from './page-strings';
import { useIsland } from './use-simulator';

/** The layers a guest passes through, top to bottom, with the settings that belong to each. */
const STACK: readonly { key: string; layers: readonly LayerId[]; master?: string; visible: number }[] = [
	{ key: 'entra', layers: ['entra', 'crossTenant'], visible: 4 },
	{ key: 'groups', layers: ['groups'], visible: 2 },
	{ key: 'sharepoint', layers: ['sharepoint'], visible: 2 },
	{ key: 'teamsGuest', layers: ['teamsGuest'], master: 'guestAccess', visible: 3 },
	{ key: 'purview', layers: ['purview'], visible: 1 },
];
const P = 'guest';

/** The guest-access layers as a stack, and what a guest can do, naming the layer that decides. */
export default function GuestSimulator({ stringsUrl, lang, island }: IslandProps) {
	const data = dataAt(stringsUrl, island);
	const { t, sim } = useIsland({ stringsUrl, data }, { directions: ['AtoB'], identities: ['guest'] });
	const note = (key: string) => {
		const layer = sim.results.get(key)?.layer;
		return layer ? t('sim.guest.decidedBy', { layer: t(`layer.${layer}`) }) : null;
	};
	return (
		<SimFrame
			t={t}
			lang={lang}
			idPrefix={P}
			name="guest"
			data={data}
			sim={sim}
			sides={['A']}
			withDirection={false}
			settings={
				<>
					<p class="sim-hint">{t('sim.guest.intro', { org: sim.orgs.A.name, partner: sim.orgs.B.domain })}</p>
					{/* Settings that only stop adding guests leave a guest who is already a member alone (facts C5). */}
					<div class="sim-field sim-talking">
						<label for={`${P}-B-talking`}>{t('sim.guest.who')}</label>
						<select
							id={`${P}-B-talking`}
							data-talking="B"
							value={sim.talking('B').user}
							onChange={(e) => sim.setTalking('B', (e.currentTarget as HTMLSelectElement).value)}
						>
							{sim.orgs.B.people.map((p) => (
								<option key={p.user} value={p.user}>
									{t('sim.guest.whoOption', {
										address: `${p.user}@${sim.orgs.B.domain}`,
										membership: t(p.guestMember ? 'sim.guest.member' : 'sim.guest.adding'),
									})}
								</option>
							))}
						</select>
					</div>
					<ol class="sim-stack">
						{STACK.map((level) => (
							<li key={level.key} class="sim-stack__layer">
								<SettingGroup
									t={t}
									idPrefix={P}
									legend={t(`sim.guest.layer.${level.key}`)}
									side="A"
									settings={settingsOf(data.settings, level.layers, level.master).filter(
										(s) => !s.id.startsWith('crossTenantDc'),
									)}
									visible={level.visible}
									values={sim.saved.A}
									onChange={sim.setSetting}
								/>
							</li>
						))}
					</ol>
					<BaselinesPanel
						t={t}
						lang={lang}
						idPrefix={P}
						state={sim.state}
						sides={['A']}
						onApply={sim.applyFix}
					/>
				</>
			}
			results={
				<>
					<CapabilityTable
						t={t}
						caption={t('sim.guest.caption', { partner: sim.orgs.B.name })}
						columns={[{ direction: 'AtoB', identity: 'guest', header: t('identity.guest.label') }]}
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
						layout={guestDiagram}
						identity="guest"
						capability="accessTeamResources"
						results={sim.results}
						orgs={sim.orgs}
					/>
				</>
			}
		/>
	);
}
