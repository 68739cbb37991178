import type { OrgSide } from '../../model/index';
import type { T } from '../strings';
import type { OrgFacts } from '../types';

interface Props {
	t: T;
	idPrefix: string;
	side: OrgSide;
	org: OrgFacts;
	onChange(side: OrgSide, patch: Partial<OrgFacts>): void;
}

/** An organization's editable name and domain (invalid input is ignored by the model and reverts). */
export function OrgFields({ t, idPrefix, side, org, onChange }: Props) {
	const field = (key: 'name' | 'domain', label: string) => {
		const id = `${idPrefix}-${side}-${key}`;
		return (
			<div class="sim-field">
				<label for={id}>{t(label)}</label>
				<input
					id={id}
					type="text"
					data-org-field={key}
					data-side={side}
					value={org[key]}
					autocomplete="off"
					spellcheck={false}
					onChange={(e) => {
						const v = e.currentTarget.value;
						onChange(side, { [key]: key === 'domain' ? v.trim().toLowerCase() : v });
					}}
				/>
			</div>
		);
	};
	return (
		<>
			{field('name', 'sim.org.name')}
			{field('domain', 'sim.org.domain')}
		</>
	);
}
