import type { Outcome } from '../../model/index';
import type { T } from '../strings';

export const ICONS: Readonly<Record<Outcome, string>> = {
	allowed: '✓',
	blocked: '✕',
	depends: '?',
	pending: '◐',
};

/** A result as an icon and a word, never colour alone. */
export function ResultBadge({ t, outcome }: { t: T; outcome: Outcome }) {
	return (
		<span class="sim-badge" data-outcome={outcome}>
			<span class="sim-badge__icon" aria-hidden="true">
				{ICONS[outcome]}
			</span>
			{t(`result.${outcome}`)}
		</span>
	);
}
