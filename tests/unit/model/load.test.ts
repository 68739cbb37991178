// What the islands open: a scenario by id, a link, and the URL of a cited source, including the
// ids and keys that do not exist (an old link, a retired scenario).
import { describe, expect, test } from 'vitest';
import {
	PRESETS,
	SOURCES,
	applyChange,
	createDefaultState,
	encodeState,
	linkLoaded,
	presetLoaded,
	presetStart,
	shareFragment,
	sourceUrl,
	stateOfPreset,
} from '../../../src/model/index';

describe('opening scenarios and links', () => {
	test('an unknown scenario opens Microsoft’s defaults on the default people, and has no start', () => {
		expect(presetStart('no-such-scenario')).toBeUndefined();
		expect(stateOfPreset('no-such-scenario')).toEqual(createDefaultState());
		expect(presetLoaded('no-such-scenario')).toEqual({
			state: createDefaultState(),
			people: {},
			problems: [],
		});
	});

	test('a scenario link and the scenario itself open the same state on the same people', () => {
		const id = 'user-policy-blocks';
		const link = linkLoaded(`preset=${id}`);
		expect(link.state).toEqual(presetLoaded(id).state);
		expect(link.people).toEqual({ A: 'megan' });
		expect(link.problems).toEqual([]);
		// A plain state link names no scenario, so it opens on the default people.
		expect(linkLoaded(encodeState({ ...createDefaultState(), clock: 5 })).people).toEqual({});
	});

	test('the share fragment names a scenario only while it is unchanged and known', () => {
		const preset = PRESETS[0]!;
		const start = stateOfPreset(preset.id);
		expect(shareFragment(start)).toBe(`preset=${preset.id}`);
		expect(shareFragment(applyChange(start, 'A', 'allowFederatedUsers', false))).toMatch(/^sim=/);
		// A state that names a scenario this site no longer has is written out in full.
		expect(shareFragment({ ...start, presetId: 'retired-scenario' })).toMatch(/^sim=/);
	});
});

describe('cited sources', () => {
	test('every key resolves to its URL; an unknown key to nothing', () => {
		for (const [key, s] of Object.entries(SOURCES)) expect(sourceUrl(key)).toBe(s.url);
		expect(sourceUrl('Z99')).toBeUndefined();
		expect(sourceUrl('toString')).toBeUndefined();
	});
});
