import { useEffect, useState } from 'preact/hooks';
import type { Simulator } from '../use-simulator';
import { reasonText, type T } from '../strings';
import { PresetPicker } from './PresetPicker';

interface Props {
	t: T;
	idPrefix: string;
	sim: Simulator;
	/** Preset ids offered in the picker. */
	presets: readonly string[];
}

/** Presets, Undo, Reset and Copy link, with the notice for a link that could not be read in full. */
export function Toolbar({ t, idPrefix, sim, presets }: Props) {
	const { link, problems, presetId } = sim;
	const shown = presetId && presets.includes(presetId) ? presetId : '';
	const [choice, setChoice] = useState(shown);
	// The picker follows what is loaded (a link, a puzzle, Reset), so it names what is shown:
	// "Microsoft defaults" until a scenario is loaded.
	useEffect(() => setChoice(shown), [shown]);
	return (
		<div class="sim-toolbar">
			<PresetPicker
				t={t}
				id={`${idPrefix}-preset`}
				label={t('sim.preset.label')}
				ids={presets}
				value={choice}
				onChoose={setChoice}
				action="preset"
				button={t('sim.preset.load')}
				onGo={() => (choice ? sim.loadPreset(choice) : sim.reset())}
				emptyLabel={t('sim.preset.defaults')}
			/>
			<div class="sim-toolbar__row">
				<button
					type="button"
					class="sim-button"
					data-action="undo"
					disabled={!sim.canUndo}
					onClick={sim.undo}
				>
					{t('sim.undo')}
				</button>
				<button type="button" class="sim-button" data-action="reset" onClick={sim.reset}>
					{t('sim.reset')}
				</button>
				<button type="button" class="sim-button" data-action="copy-link" onClick={sim.copyLink}>
					{t('sim.link.copy')}
				</button>
				{link.kind === 'copied' && <span class="sim-feedback">{t('sim.link.copied')}</span>}
			</div>
			{link.kind === 'manual' && (
				<div class="sim-field">
					<label for={`${idPrefix}-link`}>{t('sim.link.manual')}</label>
					<input
						id={`${idPrefix}-link`}
						type="text"
						readOnly
						value={link.url}
						onFocus={(e) => e.currentTarget.select()}
					/>
				</div>
			)}
			{presetId && t.has(`preset.${presetId}.symptom`) && (
				<p class="sim-symptom">{t(`preset.${presetId}.symptom`)}</p>
			)}
			{problems.length > 0 && (
				<div class="sim-notice" role="alert" data-notice="link">
					<p>{t('sim.link.problems')}</p>
					<ul>
						{problems.map((p, i) => (
							<li key={i}>{reasonText(t, p)}</li>
						))}
					</ul>
				</div>
			)}
		</div>
	);
}
