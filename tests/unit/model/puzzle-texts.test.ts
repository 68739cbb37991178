// A puzzle shows its scenario's title as the symptom the room starts from. The title may say what
// users see, never the fix: not the setting to change (its admin-center label, the translated
// gloss or its PowerShell parameter) and not the value it needs. (The scenario's cause line,
// which does name them, is hidden while a puzzle runs: tests/e2e/practice.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PUBLISHED_LOCALES } from '../../../src/i18n/locales';
import { getSetting, PRESETS, puzzleAnswer, puzzleOf, type Puzzle } from '../../../src/model/index';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const puzzles = PRESETS.flatMap((p) => puzzleOf(p) ?? []);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The words that would give a puzzle's answer away in `locale`. */
function answerWords(puzzle: Puzzle, ui: Record<string, unknown>, labels: Record<string, unknown>): string[] {
	return puzzleAnswer(puzzle).flatMap((c) => {
		const key = `setting.${c.setting}`;
		const gloss = (k: string) => text((labels[k] as { gloss?: unknown } | undefined)?.gloss);
		const value = typeof c.value === 'string' ? `${key}.option.${c.value}` : null;
		return [
			text(ui[`${key}.label`]),
			gloss(`${key}.label`),
			getSetting(c.setting)?.powershell?.parameter ?? '',
			...(value ? [text(ui[value]), gloss(value)] : []),
		].filter((w) => w.length > 3);
	});
}

describe('puzzle texts describe the symptom, never the fix', () => {
	test('there are puzzles to check', () => expect(puzzles.length).toBeGreaterThan(10));

	for (const { code } of PUBLISHED_LOCALES) {
		const ui = json(`src/i18n/ui/${code}.json`);
		const labels = code === 'en' ? {} : json(`src/i18n/labels/${code}.json`);
		test.each(puzzles.map((p) => [p.presetId, p] as const))(`${code}: %s`, (id, puzzle) => {
			const title = text(ui[`preset.${id}.title`]).toLowerCase();
			expect(title, `${code} preset.${id}.title`).not.toBe('');
			for (const word of answerWords(puzzle, ui, labels))
				expect(title, `${code} preset.${id}.title names “${word}”`).not.toContain(word.toLowerCase());
		});
	}
});
