import type { OrgSide } from '../../model/index';
import type { SettingInfo } from '../types';
import type { T } from '../strings';
import { Component } from 'preact';
import { SettingField } from './SettingField';

type FieldProps = Parameters<typeof SettingField>[0];

/**
 * A setting field that renders again only when what it shows changes. A change re-renders the
 * whole island, and most of its 20–40 fields stay as they were: skipping them is about a third of
 * Preact's work per toggle. `onChange` is left out of the comparison: a skipped render still
 * updates `this.props` (Preact does), so a change reaches the latest handler. A field the reader has just used always renders
 * again: if the change did not apply (the model could not load), that render puts the control
 * back to the value the results show.
 */
class Field extends Component<FieldProps> {
	private used = false;

	private readonly change = (side: OrgSide, setting: string, value: unknown) => {
		this.used = true;
		this.props.onChange(side, setting, value);
	};

	override shouldComponentUpdate(next: FieldProps) {
		const p = this.props;
		if (this.used) {
			this.used = false;
			return true;
		}
		return (
			next.value !== p.value ||
			next.meta !== p.meta ||
			next.t !== p.t ||
			next.side !== p.side ||
			next.idPrefix !== p.idPrefix ||
			next.markSide !== p.markSide
		);
	}

	override render(props: FieldProps) {
		return <SettingField {...props} onChange={this.change} />;
	}
}

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
		<Field key={meta.id} t={t} meta={meta} value={values[meta.id]} {...rest} />
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
