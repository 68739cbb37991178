/** The kinds of outsider the simulator evaluates (facts §1). */
export const IDENTITIES = [
	{ id: 'federated', labelKey: 'identity.federated.label', descriptionKey: 'identity.federated.description' },
	{ id: 'unmanaged', labelKey: 'identity.unmanaged.label', descriptionKey: 'identity.unmanaged.description' },
	{ id: 'guest', labelKey: 'identity.guest.label', descriptionKey: 'identity.guest.description' },
	{
		id: 'sharedChannel',
		labelKey: 'identity.sharedChannel.label',
		descriptionKey: 'identity.sharedChannel.description',
	},
	{ id: 'anonymous', labelKey: 'identity.anonymous.label', descriptionKey: 'identity.anonymous.description' },
] as const;

/** The id of an identity. */
export type IdentityId = (typeof IDENTITIES)[number]['id'];

/** A direction: `AtoB` means A is "your organization" and the outsider comes from B. */
export type Direction = 'AtoB' | 'BtoA';

/** Both directions, A first. */
export const DIRECTIONS: readonly Direction[] = ['AtoB', 'BtoA'];
