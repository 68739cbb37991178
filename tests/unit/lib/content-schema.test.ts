import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pageSchema } from '../../../src/content-schema';

const valid = {
	title: 'Guest access',
	description: 'How guests join teams.',
	updated: '2026-11-24',
	sources: ['https://learn.microsoft.com/microsoftteams/guest-access'],
};

describe('pageSchema', () => {
	test('accepts a complete page and fills defaults', () => {
		const page = pageSchema.parse(valid);
		expect(page.updated).toBeInstanceOf(Date);
		expect(page.keywords).toEqual([]);
		expect(page.order).toBe(100);
	});

	test.each([
		['a missing title', { ...valid, title: undefined }],
		['an empty description', { ...valid, description: '' }],
		['a date that is not a date', { ...valid, updated: 'soon' }],
		['a source that is not a URL', { ...valid, sources: ['learn.microsoft.com'] }],
		['a malformed source revision', { ...valid, sourceRevision: 'abc' }],
	])('rejects %s', (_name, data) => {
		expect(pageSchema.safeParse(data).success).toBe(false);
	});

	test('accepts every page in content/', () => {
		for (const locale of readdirSync('content')) {
			for (const file of readdirSync(`content/${locale}`).filter(
				(f) => /\.mdx?$/.test(f) && !f.startsWith('_'),
			)) {
				const text = readFileSync(`content/${locale}/${file}`, 'utf8');
				const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
				const result = pageSchema.safeParse(parse(front));
				expect(result.success, `${locale}/${file}: ${result.error?.message}`).toBe(true);
			}
		}
	});
});
