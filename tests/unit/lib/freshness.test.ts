import { describe, expect, test } from 'vitest';
import {
	glossarySource,
	recordedRevision,
	revisionOf,
	stampRevision,
	stampUiStrings,
	translationState,
	uiStringStates,
} from '../../../src/lib/freshness.mjs';

const english = '---\ntitle: Guest access\n---\n\nBody.\n';
const translated = (rev?: string) =>
	`---\ntitle: Gäståtkomst\nupdated: 2026-11-24${rev ? `\nsourceRevision: "${rev}"` : ''}\n---\n\nText.\n`;

describe('translationState', () => {
	test('is current when the recorded revision matches the English page', () => {
		expect(translationState(english, translated(revisionOf(english)))).toBe('current');
	});

	test('is stale once the English page changes', () => {
		const rev = revisionOf(english);
		expect(translationState(`${english}More.\n`, translated(rev))).toBe('stale');
	});

	test('is untracked without a recorded revision, orphan without a source', () => {
		expect(translationState(english, translated())).toBe('untracked');
		expect(translationState(undefined, translated('0123456789ab'))).toBe('orphan');
	});
});

describe('stampRevision', () => {
	test('adds a quoted revision that recordedRevision reads back', () => {
		const stamped = String(stampRevision(translated(), '000000000001'));
		expect(stamped).toContain('sourceRevision: "000000000001"');
		expect(recordedRevision(stamped)).toBe('000000000001');
	});

	test('replaces an existing revision', () => {
		expect(recordedRevision(stampRevision(translated('aaaaaaaaaaaa'), 'bbbbbbbbbbbb'))).toBe('bbbbbbbbbbbb');
	});
});

describe('uiStringStates', () => {
	const en = { 'a.title': 'Guest access', 'a.body': 'Allowed' };

	test('keys stamped from the current English are current; a changed English string is stale', () => {
		const stamps = stampUiStrings(en);
		expect(uiStringStates(en, stamps)).toEqual({ stale: [], untracked: [] });
		expect(uiStringStates({ ...en, 'a.body': 'Allowed now' }, stamps)).toEqual({
			stale: ['a.body'],
			untracked: [],
		});
	});

	test('a key English gained since the last stamp is untracked; stamping one key leaves the rest', () => {
		const stamps = stampUiStrings(en, {}, ['a.title']);
		expect(uiStringStates(en, stamps)).toEqual({ stale: [], untracked: ['a.body'] });
	});
});

describe('glossarySource', () => {
	test('changes when an English admin label the glossary covers changes, not when another string does', () => {
		const ts = "label('setting.x.label', 'L2'),";
		const base = glossarySource(ts, { 'setting.x.label': 'Guest access', other: 'a' });
		expect(glossarySource(ts, { 'setting.x.label': 'Guest access', other: 'b' })).toBe(base);
		expect(glossarySource(ts, { 'setting.x.label': 'Guest access (new)', other: 'a' })).not.toBe(base);
	});
});
