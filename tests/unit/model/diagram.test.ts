import { describe, expect, test } from 'vitest';
import type { DiagramCell } from '../../../src/model/diagram';
import { federationDiagram } from '../../../src/model/diagram-federation';
import { guestDiagram, GUEST_LAYERS } from '../../../src/model/diagram-guest';
import {
	createDefaultState,
	evaluateCell,
	getPreset,
	presetState,
	type Direction,
	type IdentityId,
	type SimState,
} from '../../../src/model';

/** The diagram's input as the islands build it: outcome and the decisive check's layer. */
function cellsOf(
	state: SimState,
	identity: IdentityId,
	capability: string,
	directions: Direction[],
): DiagramCell[] {
	return directions.map((direction) => {
		const r = evaluateCell(state, direction, identity, capability, 'worstCase');
		return { direction, outcome: r.outcome, layer: r.checks[r.decisive]?.layer ?? null };
	});
}
const fed = (state: SimState) => cellsOf(state, 'federated', 'chat', ['AtoB', 'BtoA']);
const guest = (state: SimState) => cellsOf(state, 'guest', 'accessTeamResources', ['AtoB']);
const preset = (id: string) => {
	const p = getPreset(id);
	if (!p) throw new Error(id);
	return presetState(p);
};

const diagramLayout = (kind: 'federation' | 'guest', cells: readonly DiagramCell[], rtl = false) =>
	(kind === 'federation' ? federationDiagram : guestDiagram)(cells, rtl);

describe('federationDiagram and guestDiagram', () => {
	test.each([
		['federation at defaults', 'federation', fed(createDefaultState()), ['allowed', 'allowed']],
		['guest at defaults', 'guest', guest(createDefaultState()), ['allowed']],
		['federation, master switch off', 'federation', fed(preset('master-switch-off')), ['blocked', 'blocked']],
		['guest, Teams guest switch off', 'guest', guest(preset('guest-switch-off')), ['blocked']],
	] as const)('%s: one path per direction, outcomes %o', (_, kind, cells, outcomes) => {
		const d = diagramLayout(kind, cells);
		expect(d.paths.map((p) => p.outcome)).toEqual(outcomes);
	});

	test('an allowed federation path crosses from the host to the partner and names no layer', () => {
		const [ab, ba] = diagramLayout('federation', fed(createDefaultState())).paths;
		const [a, b] = diagramLayout('federation', fed(createDefaultState())).boxes;
		expect(ab!.points[0][0]).toBeGreaterThan(a!.x + a!.w - 1);
		expect(ab!.points.at(-1)![0]).toBeLessThan(b!.x + 1);
		expect(ab!.points.at(-1)![0]).toBeGreaterThan(b!.x - 30);
		expect(ba!.points[0][0]).toBeGreaterThan(ab!.points[0][0]);
		expect([ab!.layerKey, ba!.layerKey]).toEqual([null, null]);
	});

	test('a blocked federation path stops between the organizations and names the decisive layer', () => {
		const d = diagramLayout('federation', fed(preset('user-policy-blocks')));
		const ab = d.paths.find((p) => p.direction === 'AtoB')!;
		expect(ab.outcome).toBe('blocked');
		expect(ab.points.at(-1)![0]).toBe(d.width / 2);
		expect(ab.points[1]).toEqual(ab.points.at(-1));
		expect(ab.layerKey).toBe('layer.userPolicy');
	});

	test.each([
		['guest-switch-off', 'teamsGuest'],
		['groups-guest-content-off', 'groups'],
		['existing-guests-locked-out', 'entra'],
	])('guest preset %s: the path stops at the %s layer, which is marked decisive', (id, layer) => {
		const d = diagramLayout('guest', guest(preset(id)));
		const [path] = d.paths;
		expect(path!.outcome).toBe('blocked');
		const decisive = d.boxes.filter((b) => b.decisive);
		expect(decisive.map((b) => b.labelKey)).toEqual([`sim.guest.layer.${layer}`]);
		expect(path!.layerKey).toBe(`sim.guest.layer.${layer}`);
		// The path ends inside the decisive layer's box, not at the team.
		const box = decisive[0]!;
		expect(path!.points[1][1]).toBeGreaterThanOrEqual(box.y);
		expect(path!.points[1][1]).toBeLessThanOrEqual(box.y + box.h);
	});

	test('an allowed guest path runs through all five layers to the team, with none marked', () => {
		const d = diagramLayout('guest', guest(createDefaultState()));
		const team = d.boxes.at(-1)!;
		expect(d.boxes.map((b) => b.labelKey).slice(1, 6)).toEqual(
			GUEST_LAYERS.map((l) => `sim.guest.layer.${l.key}`),
		);
		expect(d.boxes.some((b) => b.decisive)).toBe(false);
		expect(d.paths[0]!.points[1][1]).toBeGreaterThanOrEqual(team.y);
	});

	test.each(['federation', 'guest'] as const)(
		'%s: right-to-left mirrors every x and keeps every y',
		(kind) => {
			const cells =
				kind === 'federation' ? fed(preset('user-policy-blocks')) : guest(preset('guest-switch-off'));
			const ltr = diagramLayout(kind, cells);
			const rtl = diagramLayout(kind, cells, true);
			ltr.boxes.forEach((b, i) => {
				expect(rtl.boxes[i]!.x).toBe(ltr.width - b.x - b.w);
				expect(rtl.boxes[i]!.y).toBe(b.y);
			});
			ltr.paths.forEach((p, i) => {
				expect(rtl.paths[i]!.points).toEqual(p.points.map(([x, y]) => [ltr.width - x, y]));
			});
			if (kind === 'federation') {
				// A's box is on the right, and A's users' arrow points left.
				expect(rtl.boxes[0]!.x).toBeGreaterThan(rtl.boxes[1]!.x);
				const ab = rtl.paths[0]!;
				expect(ab.points.at(-1)![0]).toBeLessThan(ab.points[0][0]);
			}
		},
	);

	test('no cells, no paths; a result without a known layer stops before the team', () => {
		expect(diagramLayout('federation', []).paths).toEqual([]);
		expect(diagramLayout('guest', []).paths).toEqual([]);
		const d = diagramLayout('guest', [{ direction: 'AtoB', outcome: 'depends', layer: null }]);
		expect(d.paths[0]!.layerKey).toBeNull();
		expect(d.paths[0]!.points[1][1]).toBeLessThan(d.boxes.at(-1)!.y);
	});
});
