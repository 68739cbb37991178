// The islands' pure helpers: scoring a prediction, the federation summary sentence, the live
// region's announcements, durations, reading the link fragment, which cells changed, and which
// saved changes are still waiting to take effect.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	advanceClock,
	applyChange,
	createDefaultState,
	evaluateCell,
	getSetting,
	type CellResult,
} from '../../../src/model/index';
import { createAnnouncer } from '../../../src/islands/describe';
import { settleTime, waitingChanges, type EngineCell } from '../../../src/islands/model-engine';
import { scorePrediction } from '../../../src/model/session';
import { changedKeys, linkFragment, type Results } from '../../../src/islands/sim-helpers';
import { createT } from '../../../src/islands/strings';
import { chatSummary } from '../../../src/islands/summary';
import { cellView } from '../../../src/islands/types';

const t = createT(JSON.parse(readFileSync('src/i18n/ui/en.json', 'utf8')) as Record<string, string>);
const orgs = { A: { name: 'Contoso' }, B: { name: 'Fabrikam' } };

/** Results as an island holds them, from outcomes by key (no trace). */
const results = (outcomes: Record<string, CellResult['outcome']>): Results =>
	new Map(Object.entries(outcomes).map(([key, outcome]) => [key, { outcome } as EngineCell]));

describe('scorePrediction', () => {
	test('counts marked cells that changed, every changed cell, and marked cells that did not change', () => {
		expect(scorePrediction(new Set(['a', 'b', 'x']), ['a', 'b', 'c', 'd'])).toEqual({
			hits: 2,
			changed: 4,
			wrong: 1,
		});
	});

	test('no marks score nothing; marks when nothing changed are all wrong', () => {
		expect(scorePrediction(new Set(), ['a'])).toEqual({ hits: 0, changed: 1, wrong: 0 });
		expect(scorePrediction(new Set(['a', 'b']), [])).toEqual({ hits: 0, changed: 0, wrong: 2 });
	});
});

describe('changedKeys', () => {
	test('lists, in the new order, the cells whose outcome differs or that are new', () => {
		const before = results({ x: 'allowed', y: 'blocked', z: 'pending' });
		const after = results({ z: 'allowed', y: 'blocked', x: 'pending', w: 'depends' });
		expect(changedKeys(before, after)).toEqual(['z', 'x', 'w']);
		expect(changedKeys(after, after)).toEqual([]);
	});
});

describe('linkFragment', () => {
	afterEach(() => vi.unstubAllGlobals());
	const withHash = (hash: string) => vi.stubGlobal('location', { hash });

	test('returns the fragment without "#", percent-decoded', () => {
		withHash('#sim%3Dv1.abc');
		expect(linkFragment()).toBe('sim=v1.abc');
		withHash('#puzzle=blocked-user');
		expect(linkFragment()).toBe('puzzle=blocked-user');
		withHash('');
		expect(linkFragment()).toBe('');
	});

	test('returns a fragment with a broken %-escape as it is, without throwing', () => {
		withHash('#sim=v1.ab%E0%A4%A');
		expect(linkFragment()).toBe('sim=v1.ab%E0%A4%A');
		withHash('#%');
		expect(linkFragment()).toBe('%');
	});
});

describe('chatSummary', () => {
	const blockedBy = (state = applyChange(createDefaultState(), 'B', 'allowFederatedUsers', false)) => {
		const settled = advanceClock(state, 60 * 24 * 30);
		const ab = evaluateCell(settled, 'AtoB', 'federated', 'chat');
		const ba = evaluateCell(settled, 'BtoA', 'federated', 'chat');
		return new Map<string, EngineCell>([
			['AtoB|federated|chat', { ...cellView(ab), result: ab }],
			['BtoA|federated|chat', { ...cellView(ba), result: ba }],
		]);
	};

	test('says both ways, one way, neither or not settled, with the organizations’ names', () => {
		expect(
			chatSummary(t, results({ 'AtoB|federated|chat': 'allowed', 'BtoA|federated|chat': 'allowed' }), orgs),
		).toBe('Contoso and Fabrikam can chat both ways.');
		expect(
			chatSummary(t, results({ 'AtoB|federated|chat': 'pending', 'BtoA|federated|chat': 'allowed' }), orgs),
		).toMatch(/^Chat between Contoso and Fabrikam is not settled yet/);
		expect(chatSummary(t, new Map(), orgs)).toMatch(/not settled yet/);
		expect(
			chatSummary(t, results({ 'AtoB|federated|chat': 'allowed', 'BtoA|federated|chat': 'blocked' }), orgs),
		).toMatch(/^Contoso can start chats with Fabrikam, but not the other way round/);
		expect(
			chatSummary(t, results({ 'AtoB|federated|chat': 'blocked', 'BtoA|federated|chat': 'allowed' }), orgs),
		).toMatch(/^Fabrikam can start chats with Contoso/);
	});

	test('gives the decisive check’s reason as a sentence when chat is blocked', () => {
		const cells = blockedBy();
		expect([...cells.values()].map((c) => c.outcome)).toEqual(['blocked', 'blocked']);
		const sentence = chatSummary(t, cells, orgs);
		expect(sentence).toMatch(/^Contoso and Fabrikam can’t chat in either direction, because: \S/);
		// The reason is a translated sentence, not a key.
		expect(sentence).not.toMatch(/reason\./);
	});
});

describe('createAnnouncer', () => {
	const state = createDefaultState();
	const cell = (capability: string, outcome: CellResult['outcome'], direction: 'AtoB' | 'BtoA' = 'AtoB') =>
		({ direction, identity: 'federated', capability, outcome }) as CellResult;

	test('says when nothing changed', () => {
		expect(createAnnouncer(t, false)([], state)).toBe('No result changed.');
	});

	test('names each changed cell with its new result', () => {
		const text = createAnnouncer(t, false)([cell('chat', 'blocked'), cell('call', 'pending')], state);
		expect(text).toBe(
			`${t('capability.chat.name')} – ${t('identity.federated.label')}: now Blocked. ${t('capability.call.name')} – ${t('identity.federated.label')}: now Pending.`,
		);
	});

	test('names three cells and counts the rest; with directions it names the organizations', () => {
		const changed = ['chat', 'call', 'presenceLookup', 'chat', 'call'].map((c, i) =>
			cell(c, 'blocked', i % 2 ? 'BtoA' : 'AtoB'),
		);
		const text = createAnnouncer(t, true)(changed, state);
		expect(text.match(/now Blocked/g)).toHaveLength(3);
		expect(text).toMatch(/Other changed results: 2\.$/);
		expect(text).toContain(`${state.orgs.A.name} → ${state.orgs.B.name}`);
		expect(text).toContain(`${state.orgs.B.name} → ${state.orgs.A.name}`);
	});
});

describe('waitingChanges and settleTime', () => {
	const delay = getSetting('guestAccess')!.delay;
	const changed = applyChange(advanceClock(createDefaultState(), 10), 'B', 'guestAccess', false);

	test('a saved change waits with its window counted from now, until its longest delay has passed', () => {
		expect(delay.max).toBeGreaterThan(delay.min);
		expect(waitingChanges(changed)).toEqual([
			{
				side: 'B',
				setting: 'guestAccess',
				value: false,
				earliest: delay.min,
				typical: delay.typical,
				latest: delay.max,
				likely: false,
			},
		]);
		const later = advanceClock(changed, delay.typical);
		expect(waitingChanges(later)[0]).toMatchObject({
			typical: 0,
			latest: delay.max - delay.typical,
			likely: true,
		});
		expect(waitingChanges(advanceClock(changed, delay.max))).toEqual([]);
		expect(waitingChanges(createDefaultState())).toEqual([]);
	});

	test('everything has settled at the latest change time plus its typical or longest delay, never before now', () => {
		expect(settleTime(changed, 'typical')).toBe(10 + delay.typical);
		expect(settleTime(changed, 'max')).toBe(10 + delay.max);
		expect(settleTime(advanceClock(changed, delay.max + 100), 'max')).toBe(10 + delay.max + 100);
		expect(settleTime(createDefaultState(), 'max')).toBe(0);
	});
});

describe('a pending cell after the typical wait (facts C9: the typical value is an estimate)', () => {
	// Fabrikam blocks every domain; chat from Fabrikam to Contoso was allowed. The documented maximum
	// for external access settings is 24 h; the typical 2 h is our estimate.
	const saved = applyChange(createDefaultState(), 'B', 'fedDomainMode', 'blockAll');
	const view = (minutes: number) =>
		cellView(evaluateCell(advanceClock(saved, minutes), 'BtoA', 'federated', 'chat'));

	test('right after saving: pending, with no estimate of where it has got to', () => {
		expect(view(0)).toMatchObject({ outcome: 'pending' });
		expect(view(0).likely).toBeUndefined();
	});
	test('past the typical wait: still pending (the maximum has not passed), most likely blocked by now', () => {
		expect(view(settleTime(saved, 'typical'))).toMatchObject({ outcome: 'pending', likely: 'blocked' });
	});
	test('past the documented maximum: blocked, and no estimate is needed', () => {
		const settled = view(settleTime(saved, 'max'));
		expect(settled.outcome).toBe('blocked');
		expect(settled.likely).toBeUndefined();
	});
});
