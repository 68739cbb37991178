/**
 * Plain data the Astro wrappers compute on the server and pass to an island, so the island can
 * render its default state and its controls without loading the model; the model (model-engine.ts)
 * loads on the first interaction.
 */
import type {
	CellResult,
	LayerId,
	Outcome,
	OrgSide,
	PowerShellReadout,
	Puzzle,
	SettingType,
	SettingValue,
} from '../model/index';

/** What an island needs to draw one setting control. */
export interface SettingInfo {
	readonly id: string;
	readonly layer: LayerId;
	readonly type: SettingType;
	readonly options: readonly string[];
	readonly adminPathKey: string;
}

/** What a matrix cell shows: the outcome, and the layer of the decisive check. */
export interface CellView {
	readonly outcome: Outcome;
	readonly layer: string | null;
	/** True when the decisive check is the anonymous-join fallback of meetings. */
	readonly fallback: boolean;
	/** A pending cell whose typical wait has passed: the outcome it has most likely reached (an estimate, facts C9). */
	readonly likely?: Outcome;
}

/** The view data of a full result: outcome, decisive layer, and whether anonymous join decided it. */
export function cellView(r: CellResult): CellView {
	const decisive = r.decisive === null ? undefined : r.checks[r.decisive];
	const view = { outcome: r.outcome, layer: decisive?.layer ?? null, fallback: decisive?.fallback ?? false };
	// Until the documented maximum passes the cell stays pending; past the estimated typical wait it
	// also says where it has most likely got to.
	const p = r.outcome === 'pending' ? r.pending : undefined;
	return p && p.likely !== p.from ? { ...view, likely: p.likely } : view;
}

/** The organization facts an island shows and edits. */
export interface OrgFacts {
	readonly name: string;
	readonly domain: string;
	/** Local part of the simulated user's address, e.g. `adele`. */
	readonly user: string;
	/** The organization's people and their external access policy (null: Global); people[0] is `user`. */
	readonly people: readonly {
		readonly user: string;
		readonly policy: string | null;
		/** Already a member of the other organization's team, as a guest (facts C5). */
		readonly guestMember?: boolean;
	}[];
}

/** Everything an island gets from the server besides its strings. */
export interface IslandData {
	readonly settings: readonly SettingInfo[];
	/** Microsoft's default for each setting. */
	readonly defaults: Readonly<Record<string, SettingValue>>;
	readonly orgs: Readonly<Record<OrgSide, OrgFacts>>;
	/** The default state's results, by cell key. */
	readonly results: Readonly<Record<string, CellView>>;
	/** Capability ids: the primary rows and the rest. */
	readonly main: readonly string[];
	readonly more: readonly string[];
	readonly presets: readonly string[];
	/** The "find the one setting" puzzles among those presets. */
	readonly puzzles: readonly Puzzle[];
	/** PowerShell for the default state, per organization. */
	readonly powershell: Readonly<Record<OrgSide, PowerShellReadout>>;
}

/** The simulator islands, by the name their data has in a strings file. */
export type IslandKey = 'federation' | 'guest' | 'mode';

/** The props every simulator island takes. */
export interface IslandProps {
	/** The URL of the locale's strings file, which holds the island's strings and data (page-strings.ts). */
	readonly stringsUrl: string;
	readonly lang: string;
	readonly island: IslandKey;
}
