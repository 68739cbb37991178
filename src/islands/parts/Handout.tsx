/**
 * The printed handout's header: the page title, the scenario and its symptom. Hidden on screen
 * (print.css shows it in a handout print); `fillHandout` writes it from the page just before
 * printing, so it always names the scenario on screen at that moment.
 */
export function Handout() {
	return (
		<div class="sim-handout" hidden data-handout-header>
			<p class="sim-handout__title" data-handout-title />
			<p class="sim-handout__scenario" data-handout-scenario />
			<p class="sim-handout__symptom" data-handout-symptom />
		</div>
	);
}

/** Fills the handout header of the simulator `sim` from the page's title and the scenario picker. */
export function fillHandout(sim: HTMLElement) {
	const set = (name: string, text: string) => {
		const el = sim.querySelector(`[data-handout-${name}]`);
		if (el) el.textContent = text;
	};
	set('title', document.querySelector('h1')?.textContent?.trim() ?? document.title);
	const picker = sim.querySelector<HTMLSelectElement>('.sim-toolbar select');
	const label = picker?.id ? sim.querySelector(`label[for="${picker.id}"]`)?.textContent?.trim() : undefined;
	const symptom = sim.querySelector('.sim-symptom')?.textContent?.trim();
	const scenario = symptom && picker ? picker.selectedOptions[0]?.textContent?.trim() : undefined;
	set('scenario', scenario ? `${label ?? ''}${label ? ': ' : ''}${scenario}` : '');
	set('symptom', symptom ?? '');
}
