import type { OrgSide } from '../../model/index';
import type { SettingInfo } from '../types';
import type { T } from '../strings';
import { SettingField } from './SettingField';

interface Props {
	t: T;
	idPrefix: string;
	legend: string;
	side: OrgSide;
	markSide?: boolean;
	settings: readonly SettingInfo[];
	/** How many settings show before the rest fold into "More settings". */
	visible: number;
	values: Readonly<Record<string, unknown>>;
	onChange(side: OrgSide, setting: string, value: unknown): void;
}

/** A fieldset of settings; the less used ones fold into a disclosure that works without JavaScript. */
export function SettingGroup({ t, legend, settings, visible, values, ...rest }: Props) {
	const field = (meta: SettingInfo) => (
		<SettingField key={meta.id} t={t} meta={meta} value={values[meta.id]} {...rest} />
	);
	const more = settings.slice(visible);
	return (
		<fieldset class="sim-group">
			<legend>{legend}</legend>
			{settings.slice(0, visible).map(field)}
			{more.length > 0 && (
				<details class="sim-more">
					<summary>{t('sim.settings.more', { count: more.length })}</summary>
					{more.map(field)}
				</details>
			)}
		</fieldset>
	);
}
