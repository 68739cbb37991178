import { describe, expect, test } from 'vitest';
import {
	advanceClock,
	applyChange,
	createDefaultState,
	DELAYS,
	evaluateCell,
	getSetting,
	viewTime,
	sourceUrl,
} from '../../../src/model';

const HOUR = 60;
const guestOn = () => {
	const off = { ...createDefaultState() };
	const base = applyChange(off, 'A', 'guestAccess', false);
	// Let the switch-off settle, then switch it on again at a known time.
	return applyChange(advanceClock(base, 30 * HOUR), 'A', 'guestAccess', true);
};

describe('time: saved is not effective', () => {
	test('every setting has a delay range with min ≤ typical ≤ max and a source', () => {
		for (const id of ['guestAccess', 'fedDomainMode', 'crossTenantDcInbound', 'groupsGuestAccessContent']) {
			const d = getSetting(id)?.delay;
			expect(d && d.min <= d.typical && d.typical <= d.max).toBe(true);
			expect(sourceUrl(d?.source.key ?? '')).toMatch(/^https:/);
		}
	});

	test('the guest switch can take up to 24 hours (facts §7.7)', () => {
		expect(DELAYS.teamsGuest.max).toBe(24 * HOUR);
		expect(DELAYS.crossTenant.max).toBe(6 * HOUR);
	});

	test('right after saving, affected cells are pending with the window', () => {
		const s = guestOn();
		const r = evaluateCell(s, 'AtoB', 'guest', 'chat');
		expect(r.outcome).toBe('pending');
		expect(r.pending).toEqual({
			from: 'blocked',
			to: 'allowed',
			likely: 'blocked',
			earliest: s.clock + DELAYS.teamsGuest.min,
			typical: s.clock + DELAYS.teamsGuest.typical,
			latest: s.clock + DELAYS.teamsGuest.max,
		});
		expect(r.checks[r.decisive ?? -1]?.ruleId).toBe('guest.teamsSwitch');
	});

	test('cells the change does not touch stay as they were', () => {
		expect(evaluateCell(guestOn(), 'AtoB', 'federated', 'chat').outcome).toBe('allowed');
	});

	test('a saved change that doesn’t alter the outcome still marks the checks that read it', () => {
		const s = applyChange(createDefaultState(), 'A', 'fedBlockedDomains', ['northwind.com']);
		const r = evaluateCell(s, 'AtoB', 'federated', 'chat');
		expect(r.outcome).toBe('allowed');
		expect(r.checks.filter((c) => c.pending).map((c) => `${c.ruleId}@${c.side}`)).toEqual([
			'fed.domainScope@A',
		]);
	});

	test('it stays pending until the worst case has passed, then settles', () => {
		const s = guestOn();
		expect(evaluateCell(advanceClock(s, 23 * HOUR), 'AtoB', 'guest', 'chat').outcome).toBe('pending');
		expect(evaluateCell(advanceClock(s, 24 * HOUR), 'AtoB', 'guest', 'chat').outcome).toBe('allowed');
	});

	test('"after the typical delay" and "worst case" answer with the time they describe', () => {
		const s = guestOn();
		const typical = evaluateCell(s, 'AtoB', 'guest', 'chat', 'typical');
		const worst = evaluateCell(s, 'AtoB', 'guest', 'chat', 'worstCase');
		expect([typical.outcome, typical.at]).toEqual(['allowed', s.clock + DELAYS.teamsGuest.typical]);
		expect([worst.outcome, worst.at]).toEqual(['allowed', s.clock + DELAYS.teamsGuest.max]);
		expect(viewTime(createDefaultState(), 'worstCase')).toBe(0);
	});

	test('a retired setting takes effect at once and changes nothing', () => {
		const s = applyChange(createDefaultState(), 'A', 'skypeConsumer', true);
		expect(s.changes).toHaveLength(1);
		expect(evaluateCell(s, 'AtoB', 'federated', 'chat').outcome).toBe('allowed');
		expect(getSetting('skypeConsumer')?.retired).toBe('2025-05-05');
	});

	test('the clock only moves forward', () => {
		const s = createDefaultState();
		expect(advanceClock(s, -5)).toBe(s);
		expect(advanceClock(s, Number.NaN)).toBe(s);
		expect(advanceClock(s, 90).clock).toBe(90);
	});
});
