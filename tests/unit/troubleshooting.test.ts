import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../src/i18n/locales';
import { uiResources } from '../../src/i18n/translator';
import { getRule, getSetting, PRESETS, type Preset } from '../../src/model/index';
import {
	causeCheck,
	featuredExpectation,
	groupOf,
	simulatorHref,
	simulatorSlugOf,
	SIMULATOR_SLUGS,
	TROUBLE_GROUPS,
	troubleCard,
	troubleGroups,
} from '../../src/lib/troubleshooting';

const cards = PRESETS.map((p) => [p.id, p, troubleCard(p)] as const);
const en = uiResources['en'] ?? {};

describe('troubleGroups', () => {
	test('puts every preset in exactly one group, in page order', () => {
		const groups = troubleGroups();
		expect(groups.map((g) => g.group)).toEqual([...TROUBLE_GROUPS]);
		const ids = groups.flatMap((g) => g.cards.map((c) => c.id));
		expect(ids.sort()).toEqual(PRESETS.map((p) => p.id).sort());
	});

	test('leaves no group empty', () => {
		for (const { group, cards: inGroup } of troubleGroups()) expect(inGroup.length, group).toBeGreaterThan(0);
	});

	test.each([
		['one-sided-allow-list', 'externalAccess'],
		['unmanaged-inbound-off', 'externalAccess'],
		['guest-files-denied', 'guestAccess'],
		['owner-cant-invite-new', 'guestAccess'],
		['shared-channel-xtap-one-side', 'sharedChannels'],
		['guest-toggle-pending', 'notYetEffective'],
	])('files %s under %s', (id, group) => {
		expect(groupOf(PRESETS.find((p) => p.id === id) as Preset)).toBe(group);
	});

	test('puts exactly the presets with saved changes in "not taken effect yet"', () => {
		for (const [id, preset, card] of cards)
			expect(card.group === 'notYetEffective', id).toBe((preset.setup.changes?.length ?? 0) > 0);
	});
});

describe('featuredExpectation', () => {
	test('picks the first expectation that is not plainly allowed', () => {
		const preset = PRESETS.find((p) => p.id === 'guest-files-denied') as Preset;
		expect(featuredExpectation(preset).capability).toBe('channelFiles');
	});

	test('falls back to the first expectation when every cell is allowed', () => {
		const preset = PRESETS.find((p) => p.id === 'subdomain-not-blocked') as Preset;
		expect(featuredExpectation(preset)).toBe(preset.expect[0]);
	});
});

describe('troubleCard', () => {
	test.each(cards)('%s shows the outcome its preset expects', (_id, preset, card) => {
		expect(card.outcome).toBe(featuredExpectation(preset).outcome);
	});

	test.each(cards)('%s names a cause from an existing rule', (_id, _preset, card) => {
		expect(card.cause).not.toBeNull();
		expect(getRule(card.cause?.ruleId ?? '')).toBeDefined();
		expect(en[card.cause?.reason.key ?? ''], card.cause?.reason.key).toBeDefined();
	});

	test.each(cards.filter(([, p]) => featuredExpectation(p).decisive))(
		'%s uses the rule and side the preset names as the cause',
		(_id, preset, card) => {
			const named = featuredExpectation(preset).decisive;
			expect({ rule: card.cause?.ruleId, side: card.cause?.side }).toEqual(named);
		},
	);

	test.each(cards.filter(([, , c]) => c.cause?.setting))(
		'%s points at a setting with a label and an admin path',
		(_id, _preset, card) => {
			const setting = card.cause?.setting;
			expect(getSetting(setting?.id ?? '')).toBeDefined();
			expect(en[setting?.labelKey ?? '']).toBeDefined();
			expect(en[setting?.adminPathKey ?? '']).toBeDefined();
			expect(['A', 'B']).toContain(setting?.side);
		},
	);

	// A user not in TeamsOnly mode is a fact about the organization in the model, not a setting to flip.
	test.each(cards.filter(([, , c]) => c.outcome === 'blocked' && c.cause?.ruleId !== 'fed.teamsOnly'))(
		'%s (blocked) yields a fix on a named side',
		(_id, _preset, card) => {
			expect(card.fix.status).toBe('found');
			expect(card.fix.fixes.length).toBeGreaterThan(0);
			for (const fix of card.fix.fixes) {
				expect(fix.changes.length).toBeGreaterThan(0);
				for (const change of fix.changes) {
					expect(['A', 'B']).toContain(change.side);
					expect(en[change.labelKey], change.labelKey).toBeDefined();
					expect(en[change.adminPathKey], change.adminPathKey).toBeDefined();
				}
			}
		},
	);

	test.each(cards.filter(([, , c]) => c.outcome !== 'blocked'))(
		'%s (not blocked) proposes no setting change',
		(_id, _preset, card) => {
			expect(card.fix.fixes).toEqual([]);
			expect(['wait', 'depends', 'notNeeded']).toContain(card.fix.status);
		},
	);

	test('a one-sided allow list is fixed on the partner side, where the cause is', () => {
		const card = troubleCard(PRESETS.find((p) => p.id === 'one-sided-allow-list') as Preset);
		expect(card.cause?.side).toBe('B');
		expect(card.fix.fixes.every((f) => f.changes.every((c) => c.side === 'B'))).toBe(true);
		const listFix = card.fix.fixes.flatMap((f) => f.changes).find((c) => c.id === 'fedAllowedDomains');
		expect(listFix?.added).toEqual(['contoso.com']);
	});

	test('shared channels off by default need a change on both sides', () => {
		const card = troubleCard(PRESETS.find((p) => p.id === 'shared-channel-off-by-default') as Preset);
		const sides = card.fix.fixes[0]?.changes.map((c) => c.side).sort();
		expect(sides).toEqual(['A', 'B']);
	});

	test('the pending guest switch says how long ago it was saved and when it applies', () => {
		const card = troubleCard(PRESETS.find((p) => p.id === 'guest-toggle-pending') as Preset);
		expect(card.fix.status).toBe('wait');
		expect(card.pending).toEqual({ ago: 60, earliest: 60, typical: 420, latest: 1380 });
	});

	test('an allowed surprise names the check that reads what the preset changed', () => {
		const card = troubleCard(PRESETS.find((p) => p.id === 'subdomain-not-blocked') as Preset);
		expect(card.cause).toMatchObject({ ruleId: 'fed.domainScope', side: 'A' });
		expect(card.cause?.reason.key).toBe('reason.fedSubdomainNotCovered');
	});
});

describe('causeCheck', () => {
	test('returns null when there is nothing to point at', () => {
		const e = { direction: 'AtoB', identity: 'federated', capability: 'chat', outcome: 'blocked' } as const;
		expect(causeCheck([], null, e, 'blocked', new Set())).toBeNull();
	});
});

describe('simulator links', () => {
	test.each(cards)('%s links to a page that exists and carries a simulator', (_id, preset) => {
		const slug = simulatorSlugOf(preset);
		expect(SIMULATOR_SLUGS).toContain(slug);
		expect(existsSync(`content/en/${slug}.mdx`)).toBe(true);
	});

	test.each(PUBLISHED_LOCALES.map((l) => l.code))('%s links use the #preset= contract', (locale) => {
		for (const preset of PRESETS)
			expect(simulatorHref(locale, preset)).toBe(
				`/${locale}/${simulatorSlugOf(preset)}/#preset=${preset.id}`,
			);
	});

	test.each([
		['one-sided-allow-list', 'external-access'],
		['unmanaged-inbound-off', 'external-access'],
		['guest-files-denied', 'guest-access'],
		['shared-channel-off-by-default', 'guest-access'],
		['guest-toggle-pending', 'guest-access'],
	])('%s opens on %s', (id, slug) => {
		expect(simulatorSlugOf(PRESETS.find((p) => p.id === id) as Preset)).toBe(slug);
	});
});

describe('strings', () => {
	const trouble = Object.keys(en).filter((k) => k.startsWith('trouble.'));
	const groupKeys = TROUBLE_GROUPS.flatMap((g) => [`trouble.group.${g}`, `trouble.group.${g}.intro`]);
	const fixKeys = ['none', 'wait', 'depends', 'notNeeded'].map((s) => `trouble.fix.${s}`);

	test('English has a heading and an intro for every group and a text for every fix status', () => {
		expect([...groupKeys, ...fixKeys].filter((k) => !(k in en))).toEqual([]);
	});

	test.each(PUBLISHED_LOCALES.map((l) => l.code))('%s has every trouble.* string', (locale) => {
		const strings = uiResources[locale] ?? {};
		expect(trouble.filter((k) => !(k in strings))).toEqual([]);
	});

	test.each(['en', 'sv'])('%s has the title and symptom of every preset', (locale) => {
		const strings = uiResources[locale] ?? {};
		const keys = PRESETS.flatMap((p) => [p.titleKey, p.symptomKey]);
		expect(keys.filter((k) => !(k in strings))).toEqual([]);
	});
});
