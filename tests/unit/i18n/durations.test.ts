import { describe, expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../../src/i18n/locales';
import { uiResources } from '../../../src/i18n/translator';
import {
	amountOf,
	formatAmount,
	formatCount,
	formatTypical,
	formatWindow,
	plural,
} from '../../../src/i18n/format';
import { islandStrings } from '../../../src/components/simulators/island-strings';
import { DURATION_TABLE, readable } from '../../fixtures/duration-table';

const H = 60;
const locales = PUBLISHED_LOCALES.map((l) => [l.code, l.lang] as const);

describe('duration templates, as each locale writes them', () => {
	test.each(locales)('%s: hours and a day standing alone', (code, lang) => {
		const s = uiResources[code] ?? {};
		const row = DURATION_TABLE[code];
		const hours = [0, 1, 2, 5, 11, 24].map((h) =>
			readable(formatAmount(s, lang, { value: h, unit: 'hour' })),
		);
		expect(hours).toEqual(row?.hours);
		expect(readable(formatAmount(s, lang, { value: 1, unit: 'day' }))).toBe(row?.day);
	});

	test.each(locales)('%s: an amount after the locale’s preposition', (code, lang) => {
		const s = uiResources[code] ?? {};
		expect(readable(formatAmount(s, lang, { value: 2, unit: 'hour' }, 'obl'))).toBe(
			DURATION_TABLE[code]?.twoHoursGoverned,
		);
	});

	test.each(locales)('%s: windows — up to, a range with one unit, a span across units', (code, lang) => {
		const s = uiResources[code] ?? {};
		const row = DURATION_TABLE[code];
		expect(readable(formatWindow(s, lang, 0, 24 * H))).toBe(row?.upTo24h);
		expect(readable(formatWindow(s, lang, 2 * H, 24 * H))).toBe(row?.range2to24h);
		expect(readable(formatWindow(s, lang, 10, 24 * H))).toBe(row?.span10minTo24h);
	});

	test.each(locales)('%s: the typical delay, marked as an estimate', (code, lang) => {
		expect(readable(formatTypical(uiResources[code] ?? {}, lang, 2 * H))).toBe(
			DURATION_TABLE[code]?.typical2h,
		);
	});

	test.each(locales)('%s: a number never breaks from its unit', (code, lang) => {
		const s = uiResources[code] ?? {};
		for (const text of [formatAmount(s, lang, { value: 24, unit: 'hour' }), formatWindow(s, lang, 120, 1440)])
			expect(text, 'a breakable space after 24').not.toMatch(/24 /);
	});
});

describe('amountOf', () => {
	test.each([
		[30, 30, 'minute'],
		[-5, 0, 'minute'],
		[59.6, 1, 'hour'],
		[90, 1.5, 'hour'],
		[2879, 48, 'hour'],
		[2880, 2, 'day'],
	] as const)('%s minutes are %s %s', (minutes, value, unit) => {
		expect(amountOf(minutes)).toEqual({ value, unit });
	});
});

describe('formatWindow', () => {
	test('a window whose ends are equal is one amount', () => {
		expect(readable(formatWindow(uiResources['en'] ?? {}, 'en', 120, 120))).toBe('2 hours');
	});

	test('a decimal hour takes the locale’s decimal sign and plural (French singular below 2)', () => {
		expect(readable(formatAmount(uiResources['fr'] ?? {}, 'fr', amountOf(90)))).toBe('1,5 heure');
		expect(readable(formatAmount(uiResources['de'] ?? {}, 'de', amountOf(90)))).toBe('1,5 Stunden');
	});

	test('a Japanese range never breaks at the wave dash (word joiners around ～)', () => {
		expect(formatWindow(uiResources['ja'] ?? {}, 'ja', 120, 1440)).toBe('2\u2060～\u206024時間');
		expect(formatWindow(uiResources['ja'] ?? {}, 'ja', 10, 1440)).toBe('10分\u2060～\u206024時間');
	});

	test('Arabic chooses the plural of the range’s end (3–10: ساعات)', () => {
		expect(readable(formatWindow(uiResources['ar'] ?? {}, 'ar', 2 * H, 5 * H))).toBe('بين 2 و5 ساعات');
	});
});

describe('counts', () => {
	test('are grouped the locale’s way', () => {
		expect(readable(formatCount(4000, 'fr'))).toBe('4 000');
		expect(formatCount(4000, 'de')).toBe('4.000');
	});

	test.each(locales)('%s: “n files saved offline” agrees with n', (code, lang) => {
		const s = uiResources[code] ?? {};
		const one = plural(s, 'offline.saved', 1, lang);
		const many = plural(s, 'offline.saved', 12, lang);
		expect(one).not.toBe(many);
		expect(many).toContain('12');
	});
});

describe('island strings', () => {
	test.each(locales)('%s: simulators receive every duration template', (code, lang) => {
		const strings = islandStrings(code);
		const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		for (const base of ['duration.hour', 'duration.hour.obl', 'duration.range.day'])
			for (const c of categories) expect(strings[`${base}_${c}`], `${code} ${base}_${c}`).toBeTruthy();
		for (const key of ['duration.span', 'duration.upTo', 'duration.typical'])
			expect(strings[key], key).toBeTruthy();
	});
});
