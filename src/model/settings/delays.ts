import { source, VERIFIED } from '../cite';
import type { DelayRange } from '../types';

const HOUR = 60;
/** Facts C9: lower bounds and typical values are not sourced; only the maximums are. */
const EST = ['min', 'typical'] as const;

/**
 * Delay ranges (minutes) from facts §7.7. `max` is the documented upper bound; `min` and `typical`
 * are our estimates (facts C9), marked in `estimated` and shown as estimates wherever they appear.
 */
export const DELAYS = {
	/** Teams guest switch: "up to 24 hours" [L4][L5]. */
	teamsGuest: {
		id: 'teamsGuest',
		min: 2 * HOUR,
		typical: 8 * HOUR,
		max: 24 * HOUR,
		estimated: EST,
		noteKey: 'delay.teamsGuest.note',
		source: source('L4'),
		verified: VERIFIED,
	},
	/** Guest settings in Entra, Groups and SharePoint: "2 to 24 hours" [L10, older doc]. */
	guestLayers: {
		id: 'guestLayers',
		min: 2 * HOUR,
		typical: 8 * HOUR,
		max: 24 * HOUR,
		estimated: EST,
		noteKey: 'delay.guestLayers.note',
		source: source('L10'),
		verified: VERIFIED,
	},
	/** External access changes: up to 24 hours to reach all datacenters [X8]; TAC only warns. */
	externalAccess: {
		id: 'externalAccess',
		min: 10,
		typical: 2 * HOUR,
		max: 24 * HOUR,
		estimated: EST,
		noteKey: 'delay.externalAccess.note',
		source: source('X8'),
		verified: VERIFIED,
	},
	/** Per-user policies: no documented figure; modelled like external access changes. */
	userPolicy: {
		id: 'userPolicy',
		min: 10,
		typical: 2 * HOUR,
		max: 24 * HOUR,
		estimated: EST,
		noteKey: 'delay.userPolicy.note',
		source: source('X8'),
		verified: VERIFIED,
	},
	/** Entra cross-tenant access settings: 2 hours (older docs) to up to 6 hours (newer) [L16]. */
	crossTenant: {
		id: 'crossTenant',
		min: 5,
		typical: 2 * HOUR,
		max: 6 * HOUR,
		estimated: EST,
		noteKey: 'delay.crossTenant.note',
		source: source('L16'),
		verified: VERIFIED,
	},
	/** A retired setting: saving it changes nothing, so there is nothing to wait for. */
	none: {
		id: 'none',
		min: 0,
		typical: 0,
		max: 0,
		estimated: EST,
		noteKey: 'delay.none.note',
		source: source('P1'),
		verified: VERIFIED,
	},
} as const satisfies Record<string, DelayRange>;

/** The id of a delay range. */
export type DelayId = keyof typeof DELAYS;
