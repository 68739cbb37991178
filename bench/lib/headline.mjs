// The handful of figures the performance goals are stated in, pulled out of a full bench result
// so two runs (before and after a change) can be printed side by side.
import { bytes, ms, table } from './table.mjs';

const max = (values) => (values.length ? Math.max(...values) : null);
const min = (values) => (values.length ? Math.min(...values) : null);

/** { figure: { value, unit } } for a bench result (older results: what they have). */
export function headlineFigures(r) {
	const sim = (r.templates ?? []).filter((t) => t.kind === 'simulator');
	const plain = (r.templates ?? []).filter((t) => t.kind === 'plain');
	const toggles = Object.values(r.toggle ?? {}).filter(Boolean);
	const lh = Object.values(r.lighthouse ?? {});
	const byType = (type, pick) => lh.filter((s) => (s.type ?? 'article') === type).map(pick);
	const search = Object.values(r.search ?? {});
	const out = {
		'JS at load, simulator page (gzip)': { value: max(sim.map((t) => t.js.gzip)), unit: 'bytes' },
		// Every chunk a simulator page can load later (since 2026-12-04 the island's own code too,
		// which loads on the reader's first interaction; earlier runs list this as "JS on first
		// interaction"). What the first use loads is budgeted in scripts/check-budgets.mjs.
		'JS loadable on demand (every lazy chunk), simulator page (gzip)': {
			value: max(sim.map((t) => t.jsLazy.gzip)),
			unit: 'bytes',
		},
		// Since 2026-12-04 the first pointer, key, focus or scroll anywhere loads the page tools
		// (src/lazy/page-ui.ts) and, on a simulator page, the island's code (earlier runs: every
		// chunk the first interaction loaded).
		'JS on first interaction, simulator page (gzip)': {
			value: max(sim.flatMap((t) => (t.jsFirstInteraction ? [t.jsFirstInteraction.gzip] : []))),
			unit: 'bytes',
		},
		'JS at load, page without simulator (gzip)': { value: max(plain.map((t) => t.js.gzip)), unit: 'bytes' },
		'JS on first interaction, page without simulator (gzip)': {
			value: max(plain.flatMap((t) => (t.jsFirstInteraction ? [t.jsFirstInteraction.gzip] : []))),
			unit: 'bytes',
		},
		'HTML, simulator page (gzip)': { value: max(sim.map((t) => t.html.gzip)), unit: 'bytes' },
		'HTML, simulator page (raw)': { value: max(sim.map((t) => t.html.raw)), unit: 'bytes' },
		'toggle → frame, desktop (median)': {
			value: max(toggles.map((t) => t.x1?.medianMs).filter((v) => v != null)),
			unit: 'ms',
		},
		'toggle → frame, 4× CPU (median)': {
			value: max(toggles.map((t) => t.x4?.medianMs).filter((v) => v != null)),
			unit: 'ms',
		},
		'toggle ÷ reference work, 4× CPU': {
			value: max(toggles.map((t) => t.x4?.ratio).filter((v) => v != null)),
			unit: 'ratio',
		},
		'first visit, fast connection': { value: r.firstVisit?.fast?.bytes ?? null, unit: 'bytes' },
		'first visit, slow connection': { value: r.firstVisit?.slow?.bytes ?? null, unit: 'bytes' },
		'first search results, cold (slowest locale)': { value: max(search.map((s) => s.coldMs)), unit: 'ms' },
		'first search results, warm (slowest locale)': { value: max(search.map((s) => s.warmMs)), unit: 'ms' },
		'first search results after intent (slowest locale)': {
			value: max(Object.values(r.searchIntent ?? {}).flatMap((s) => (s ? [s.ms] : []))),
			unit: 'ms',
		},
	};
	for (const type of ['article', 'federation', 'guest', 'reference']) {
		const tbt = byType(type, (s) => s.tbtMs);
		if (!tbt.length) continue;
		out[`Lighthouse TBT, ${type} (worst locale)`] = { value: max(tbt), unit: 'ms' };
		out[`Lighthouse performance, ${type} (worst locale)`] = {
			value: min(byType(type, (s) => s.performance)),
			unit: 'score',
		};
	}
	return out;
}

const show = (f) =>
	f?.value == null
		? 'n/a'
		: f.unit === 'bytes'
			? bytes(f.value)
			: f.unit === 'ms'
				? ms(f.value)
				: f.unit === 'ratio'
					? f.value.toFixed(2)
					: String(f.value);

/** A table of this run's headline figures beside an earlier run's. */
export function compareTable(now, before) {
	const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(now ?? {})])];
	return table(
		['figure', 'before', 'now', 'now ÷ before'],
		names.map((name) => {
			const a = before?.[name];
			const b = now?.[name];
			const ratio = a?.value && b?.value != null ? (b.value / a.value).toFixed(2) : 'n/a';
			return [name, show(a), show(b), ratio];
		}),
	);
}
