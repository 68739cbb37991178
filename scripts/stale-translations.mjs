#!/usr/bin/env node
// Lists translations whose English source page changed since they were made.
//   npm run i18n:stale                       report every locale
//   npm run i18n:stale -- --check            exit 1 if any translation is stale or untracked
//   npm run i18n:stale -- --stamp sv/guest-access.mdx   record the current English revision
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { revisionOf, stampRevision, translationState } from '../src/lib/freshness.mjs';

const root = 'content';
const source = 'en';
const args = process.argv.slice(2);

const stampAt = args.indexOf('--stamp');
if (stampAt >= 0) {
	const target = args[stampAt + 1] ?? '';
	const file = target.split('/').pop() ?? '';
	const sourcePath = join(root, source, file);
	if (!existsSync(join(root, target)) || !existsSync(sourcePath)) {
		console.error(`Cannot stamp "${target}": both content/${target} and ${sourcePath} must exist.`);
		process.exit(1);
	}
	const revision = revisionOf(readFileSync(sourcePath));
	writeFileSync(join(root, target), stampRevision(readFileSync(join(root, target), 'utf8'), revision));
	console.log(`content/${target}: sourceRevision "${revision}"`);
	process.exit(0);
}

const rows = [];
for (const locale of readdirSync(root).filter((d) => d !== source).sort()) {
	for (const file of readdirSync(join(root, locale)).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_')).sort()) {
		const sourcePath = join(root, source, file);
		const sourceText = existsSync(sourcePath) ? readFileSync(sourcePath) : undefined;
		rows.push({ page: `${locale}/${file}`, state: translationState(sourceText, readFileSync(join(root, locale, file), 'utf8')) });
	}
}
const width = Math.max(...rows.map((r) => r.page.length), 4);
for (const row of rows) console.log(`${row.page.padEnd(width)}  ${row.state}`);
const bad = rows.filter((r) => r.state !== 'current');
console.log(`\n${rows.length - bad.length} current, ${bad.length} need attention (stale, untracked or orphan).`);
if (bad.length) console.log('After updating a translation, record its source: npm run i18n:stale -- --stamp <locale>/<file>');
if (args.includes('--check') && bad.length) process.exit(1);
