import type { T } from '../strings';

interface Props {
	t: T;
	id: string;
	label: string;
	/** Preset ids, shown by their titles. */
	ids: readonly string[];
	value: string;
	onChoose(id: string): void;
	action: string;
	button: string;
	onGo(): void;
	/** A first option with the value '' (e.g. "Microsoft defaults"), when the picker has one. */
	emptyLabel?: string;
}

/** A labelled picker of presets by title with the button that acts on the choice (load, start a puzzle). */
export function PresetPicker({
	t,
	id,
	label,
	ids,
	value,
	onChoose,
	action,
	button,
	onGo,
	emptyLabel,
}: Props) {
	return (
		<div class="sim-toolbar__row">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => onChoose(e.currentTarget.value)}>
				{emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
				{ids.map((preset) => (
					<option key={preset} value={preset}>
						{t(`preset.${preset}.title`)}
					</option>
				))}
			</select>
			<button type="button" class="sim-button" data-action={action} onClick={onGo}>
				{button}
			</button>
		</div>
	);
}
