/** Server-side data for a simulator island: the default state's results and the controls' metadata. */
import {
	CAPABILITIES,
	PRESETS,
	SETTINGS,
	appliesTo,
	createDefaultState,
	defaultSettings,
	evaluateCell,
	powershellReadout,
	puzzles,
	type Direction,
	type IdentityId,
} from '../../model/index';
import { cellView, type CellView, type IslandData, type IslandKey } from '../../islands/types';

/** What an island shows: directions and identities (columns), and optionally a fixed list of capabilities. */
export interface IslandShape {
	readonly directions: readonly Direction[];
	readonly identities: readonly IdentityId[];
	readonly capabilities?: readonly string[];
}

function capabilitiesFor(identities: readonly IdentityId[], primary: boolean): string[] {
	return CAPABILITIES.filter((c) => c.primary === primary && identities.some((i) => appliesTo(c, i))).map(
		(c) => c.id,
	);
}

/** What each simulator island shows (its data travels in the locale's strings file). */
export const ISLAND_SHAPES: Readonly<Record<IslandKey, IslandShape>> = {
	federation: {
		directions: ['AtoB', 'BtoA'],
		identities: ['federated'],
		capabilities: ['chat', 'call', 'presenceLookup', 'meetingInvite', 'groupChat'],
	},
	guest: {
		directions: ['AtoB'],
		identities: ['guest'],
		capabilities: [
			'addAsGuest',
			'accessTeamResources',
			'chat',
			'channelFiles',
			'shareFiles',
			'meetingInvite',
		],
	},
	mode: { directions: ['AtoB'], identities: ['federated', 'guest', 'unmanaged', 'sharedChannel'] },
};

/** Builds the props an island needs to render its default state without the model. */
export function islandData(shape: IslandShape): IslandData {
	const state = createDefaultState();
	const presets = PRESETS.filter((p) => p.expect.some((e) => shape.identities.includes(e.identity))).map(
		(p) => p.id,
	);
	const main = shape.capabilities ? [...shape.capabilities] : capabilitiesFor(shape.identities, true);
	const more = shape.capabilities ? [] : capabilitiesFor(shape.identities, false);
	const results: Record<string, CellView> = {};
	for (const direction of shape.directions)
		for (const identity of shape.identities)
			for (const capability of CAPABILITIES)
				if ([...main, ...more].includes(capability.id) && appliesTo(capability, identity)) {
					const r = evaluateCell(state, direction, identity, capability.id);
					results[`${direction}|${identity}|${capability.id}`] = cellView(r);
				}
	// The people a reader can pick as the one talking, with their policy (null: Global).
	const who = (side: 'A' | 'B') =>
		state.orgs[side].people.map((p) => ({ user: p.user, policy: p.policy, guestMember: p.guestMember }));
	return {
		settings: SETTINGS.filter((s) => s.retired === undefined).map((s) => ({
			id: s.id,
			layer: s.layer,
			type: s.type,
			options: s.options,
			adminPathKey: s.adminPathKey,
		})),
		defaults: defaultSettings(),
		orgs: {
			A: { name: state.orgs.A.name, domain: state.orgs.A.domain, user: state.orgs.A.user, people: who('A') },
			B: { name: state.orgs.B.name, domain: state.orgs.B.domain, user: state.orgs.B.user, people: who('B') },
		},
		results,
		main,
		more,
		presets,
		// A puzzle's target is one of its preset's expected cells, so its preset is listed too.
		puzzles: puzzles().filter((p) => shape.identities.includes(p.target.identity)),
		powershell: { A: powershellReadout(state, 'A'), B: powershellReadout(state, 'B') },
	};
}
