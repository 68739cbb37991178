import type { OrgSide } from '../../model/index';
import type { SettingInfo } from '../types';
import { settingLabel, valueText, type T } from '../strings';
import { englishOnly, plainText, rich } from './rich';

interface Props {
	t: T;
	/** Prefix for element ids, unique on the page. */
	idPrefix: string;
	side: OrgSide;
	/** Sets `data-side` (for simulators with two organizations). */
	markSide?: boolean;
	meta: SettingInfo;
	value: unknown;
	onChange(side: OrgSide, setting: string, value: unknown): void;
}

/** One setting as a native control: a switch, a select for several values, or a text field for a list. */
export function SettingField({ t, idPrefix, side, markSide, meta, value, onChange }: Props) {
	const setting = meta.id;
	const id = `${idPrefix}-${side}-${setting}`;
	const hooks = { 'data-setting': setting, 'data-side': markSide ? side : undefined, id };
	const label = settingLabel(t, setting);
	if (meta.type === 'toggle') {
		return (
			<div class="sim-field sim-field--toggle">
				<input
					type="checkbox"
					role="switch"
					{...hooks}
					checked={value === true}
					onChange={(e) => onChange(side, setting, e.currentTarget.checked)}
				/>
				<label for={id}>{rich(label)}</label>
			</div>
		);
	}
	if (meta.type === 'choice') {
		return (
			<div class="sim-field">
				<label for={id}>{rich(label)}</label>
				<select
					{...hooks}
					value={String(value)}
					onChange={(e) => onChange(side, setting, e.currentTarget.value)}
				>
					{meta.options.map((o) => (
						// An option holds plain text only: an all-English option is marked as a whole.
						<option key={o} value={o} lang={englishOnly(valueText(t, setting, o)) ? 'en' : undefined}>
							{plainText(valueText(t, setting, o))}
						</option>
					))}
				</select>
			</div>
		);
	}
	const list = Array.isArray(value) ? (value as readonly string[]) : [];
	return (
		<div class="sim-field">
			<label for={id}>{rich(label)}</label>
			<input
				type="text"
				{...hooks}
				value={list.join(', ')}
				aria-describedby={`${id}-hint`}
				autocomplete="off"
				spellcheck={false}
				onChange={(e) => onChange(side, setting, e.currentTarget.value.split(/[\s,;]+/).filter(Boolean))}
			/>
			<span class="sim-hint" id={`${id}-hint`}>
				{t(meta.type === 'domains' ? 'sim.list.domainsHint' : 'sim.list.addressesHint')}
			</span>
		</div>
	);
}
