// The first visit downloads a whole language (~1 MB) only where the connection allows it.
import { describe, expect, it } from 'vitest';
import { allowsAutomaticDownload, withTimeout } from '../../../src/lib/connection';

describe('allowsAutomaticDownload', () => {
	it('says yes when the browser tells nothing, or a fast unmetered connection', () => {
		expect(allowsAutomaticDownload(undefined)).toBe(true);
		expect(allowsAutomaticDownload({})).toBe(true);
		expect(allowsAutomaticDownload({ effectiveType: '4g', saveData: false, type: 'wifi' })).toBe(true);
	});

	it.each([
		['Save-Data', { effectiveType: '4g', saveData: true }],
		['slow-2g', { effectiveType: 'slow-2g' }],
		['2g', { effectiveType: '2g' }],
		['3g', { effectiveType: '3g' }],
		['metered', { effectiveType: '4g', metered: true }],
		['cellular', { effectiveType: '4g', type: 'cellular' }],
	])('says no with %s', (_name, hints) => {
		expect(allowsAutomaticDownload(hints)).toBe(false);
	});
});

describe('withTimeout', () => {
	it('rejects a promise that never settles, and passes a quick one through', async () => {
		await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toThrow('timeout');
		await expect(withTimeout(Promise.resolve(7), 20)).resolves.toBe(7);
	});
});
