import { useState } from 'preact/hooks';
import type { FixChange, OrgSide, SimState } from '../../model/index';
import type { T } from '../strings';

type Body = (typeof import('./BaselinesBody'))['BaselinesBody'];

/** What the baselines panel needs from a simulator: its state, the sides to judge, and its change path. */
export interface BaselinesPanelProps {
	t: T;
	lang: string;
	idPrefix: string;
	/** The simulator's state, or null before its engine has loaded (then Microsoft's defaults). */
	state: SimState | null;
	sides: readonly OrgSide[];
	/** Saves changes through the simulator's normal, undoable path. */
	onApply(changes: readonly FixChange[]): void;
}

/**
 * The security baselines lens as a disclosure: the verdicts, costs and their code load only when a
 * reader opens it, so a simulator page ships no more than this shell until then.
 */
export function BaselinesPanel(props: BaselinesPanelProps) {
	const { t } = props;
	const [Body, setBody] = useState<Body | null>(null);
	const load = () => {
		if (!Body) void import('./BaselinesBody').then((m) => setBody(() => m.BaselinesBody));
	};
	return (
		<details
			class="sim-baselines"
			data-baselines
			onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && load()}
		>
			<summary>{t('baselines.title')}</summary>
			{Body ? <Body {...props} /> : <p class="sim-hint">{t('baselines.loading')}</p>}
		</details>
	);
}
