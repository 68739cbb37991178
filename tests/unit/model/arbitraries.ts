import fc from 'fast-check';
import {
	SETTINGS,
	PRESETS,
	type SimState,
	type SettingMeta,
	type SettingValue,
	type Change,
} from '../../../src/model';
import {
	defaultSettings,
	defaultPolicySettings,
	isPolicySetting,
	type PolicySettings,
} from '../../../src/model';

const domains = ['contoso.com', 'fabrikam.com', 'sales.fabrikam.com', 'northwind.com', 'tailspin.co.uk'];
const addresses = ['ben@fabrikam.com', 'adele@contoso.com', 'x@northwind.com'];

/** A valid value for one setting. */
export function valueArb(meta: SettingMeta): fc.Arbitrary<SettingValue> {
	if (meta.type === 'toggle') return fc.boolean();
	if (meta.type === 'choice') return fc.constantFrom(...meta.options);
	return fc.uniqueArray(fc.constantFrom(...(meta.type === 'domains' ? domains : addresses)));
}

const settingsArb = fc
	.array(
		fc.constantFrom(...SETTINGS).chain((meta) => valueArb(meta).map((v) => [meta.id, v] as const)),
		{
			maxLength: 12,
		},
	)
	.map((pairs) => ({ ...defaultSettings(), ...Object.fromEntries(pairs) }));

const orgArb = (name: string, domain: string, user: string) =>
	fc
		.record({
			name: fc.oneof(
				fc.constant(name),
				fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
			),
			domain: fc.oneof(fc.constant(domain), fc.constantFrom(...domains)),
			user: fc.constantFrom(user, 'megan', 'x'),
			trialOnly: fc.boolean(),
			known: fc.boolean(),
			teamsOnly: fc.boolean(),
			settings: settingsArb,
			policySettings: policySettingsArb,
			firstPolicy: fc.constantFrom(null, 'Partners'),
			secondPolicy: fc.constantFrom(null, 'Partners'),
			firstMember: fc.boolean(),
			secondMember: fc.boolean(),
		})
		.map(({ policySettings, firstPolicy, secondPolicy, firstMember, secondMember, ...org }) => ({
			...org,
			policies: [{ name: 'Partners', settings: policySettings }],
			people: [
				{ user: org.user, policy: firstPolicy, guestMember: firstMember },
				{ user: 'zoe', policy: secondPolicy, guestMember: secondMember },
			],
		}));

/** The values of one custom external access policy. */
const policySettingsArb = fc
	.array(
		fc
			.constantFrom(...SETTINGS.filter((m) => isPolicySetting(m.id)))
			.chain((meta) => valueArb(meta).map((v) => [meta.id, v] as const)),
		{ maxLength: 4 },
	)
	.map((pairs): PolicySettings => ({ ...defaultPolicySettings(), ...Object.fromEntries(pairs) }));

const changesArb = fc
	.array(
		fc.tuple(
			fc.nat({ max: 3000 }),
			fc.constantFrom<'A' | 'B'>('A', 'B'),
			fc.constantFrom(...SETTINGS).chain((meta) => valueArb(meta).map((v) => [meta.id, v] as const)),
			fc.boolean(),
		),
		{ maxLength: 6 },
	)
	.map((list) =>
		list
			.sort((x, y) => x[0] - y[0])
			.map(([at, side, [setting, value], inPolicy]): Change =>
				inPolicy && isPolicySetting(setting)
					? { at, side, setting, value, policy: 'Partners' }
					: { at, side, setting, value },
			),
	);

/** Any valid simulator state (both orgs, clock, change log, preset id). */
export const stateArb: fc.Arbitrary<SimState> = fc
	.record({
		presetId: fc.oneof(fc.constant(null), fc.constantFrom(...PRESETS.map((p) => p.id))),
		A: orgArb('Contoso', 'contoso.com', 'adele'),
		B: orgArb('Fabrikam', 'fabrikam.com', 'ben'),
		changes: changesArb,
		extra: fc.nat({ max: 3000 }),
	})
	.map(({ presetId, A, B, changes, extra }) => ({
		presetId,
		clock: (changes.at(-1)?.at ?? 0) + extra,
		orgs: { A, B },
		changes,
	}));

/** A state without a change log, so no cell is pending. */
export const settledStateArb: fc.Arbitrary<SimState> = stateArb.map((s) => ({ ...s, changes: [] }));
