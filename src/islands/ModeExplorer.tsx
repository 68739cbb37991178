import type { IdentityId } from '../model/index';
import { CapabilityTable, type Column } from './parts/CapabilityTable';
import { Fold } from './parts/Fold';
import { SettingGroup } from './parts/SettingGroup';
import { SimFrame } from './parts/SimFrame';
import { settingsOf } from './settings-of';
import type { IslandProps } from './types';
import { dataAt } from './page-strings';
import { useIsland } from './use-simulator';

const IDS: readonly IdentityId[] = ['federated', 'guest', 'unmanaged', 'sharedChannel'];
const P = 'mode';

/** The article's mode explorer: the external and guest access switches beside the capability matrix. */
export default function ModeExplorer({ stringsUrl, lang, island }: IslandProps) {
	const data = dataAt(stringsUrl, island);
	const { t, sim } = useIsland(
		{ stringsUrl, data },
		{ directions: ['AtoB'], identities: IDS, capabilities: [...data.main, ...data.more] },
	);
	const columns: Column[] = IDS.map((identity) => ({
		direction: 'AtoB',
		identity,
		header: t(`identity.${identity}.label`),
	}));
	const table = (rows: readonly string[], caption: string) => (
		<CapabilityTable
			t={t}
			caption={caption}
			columns={columns}
			rows={rows}
			results={sim.results}
			changed={sim.changed}
			selected={sim.selected}
			panelId={`${P}-trace`}
			onSelect={sim.select}
		/>
	);
	const group = (legend: string, layer: 'externalAccess' | 'teamsGuest', master: string) => (
		<SettingGroup
			t={t}
			idPrefix={P}
			legend={legend}
			side="A"
			settings={settingsOf(data.settings, [layer], master)}
			visible={6}
			values={sim.saved.A}
			onChange={sim.setSetting}
		/>
	);
	return (
		<SimFrame
			t={t}
			lang={lang}
			idPrefix={P}
			name="mode-explorer"
			data={data}
			sim={sim}
			sides={['A']}
			withDirection={false}
			settings={
				<>
					<p class="sim-hint">{t('sim.mode.yourOrg', { org: sim.orgs.A.name, partner: sim.orgs.B.name })}</p>
					{group(t('sim.mode.external'), 'externalAccess', 'allowFederatedUsers')}
					{group(t('sim.mode.guest'), 'teamsGuest', 'guestAccess')}
				</>
			}
			results={
				<>
					{table(data.main, t('sim.mode.caption'))}
					<Fold class="sim-more" summary={t('sim.table.more', { count: data.more.length })}>
						{() => table(data.more, t('sim.mode.captionMore'))}
					</Fold>
				</>
			}
		/>
	);
}
