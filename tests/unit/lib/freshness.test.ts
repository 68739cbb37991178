import { describe, expect, test } from 'vitest';
import { recordedRevision, revisionOf, stampRevision, translationState } from '../../../src/lib/freshness.mjs';

const english = '---\ntitle: Guest access\n---\n\nBody.\n';
const translated = (rev?: string) => `---\ntitle: Gäståtkomst\nupdated: 2026-11-24${rev ? `\nsourceRevision: "${rev}"` : ''}\n---\n\nText.\n`;

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
		const stamped = stampRevision(translated(), '000000000001');
		expect(stamped).toContain('sourceRevision: "000000000001"');
		expect(recordedRevision(stamped)).toBe('000000000001');
	});

	test('replaces an existing revision', () => {
		expect(recordedRevision(stampRevision(translated('aaaaaaaaaaaa'), 'bbbbbbbbbbbb'))).toBe('bbbbbbbbbbbb');
	});
});
