#!/usr/bin/env node
// Lists translations whose English source changed since they were made: pages, glossaries and
// UI strings.
//   npm run i18n:stale                                report every locale
//   npm run i18n:stale -- --check                     exit 1 if anything is stale or untracked
//   npm run i18n:stale -- --stamp sv/guest-access.mdx record the current English revision of a page
//   npm run i18n:stale -- --stamp sv/_glossary.md     a glossary: its source is the English admin labels
//   npm run i18n:stale -- --stamp-ui sv [key …]       UI strings of a locale (all keys, or the ones named)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	glossarySource,
	revisionOf,
	stampRevision,
	stampUiStrings,
	translationState,
	uiStringStates,
} from '../src/lib/freshness.mjs';

const root = 'content';
const source = 'en';
const uiDir = 'src/i18n/ui';
const stampsPath = 'src/i18n/ui-sources.json';
const args = process.argv.slice(2);

const english = JSON.parse(readFileSync(join(uiDir, 'en.json'), 'utf8'));
const glossaryText = glossarySource(readFileSync('src/i18n/admin-labels.ts', 'utf8'), english);
const readStamps = () => (existsSync(stampsPath) ? JSON.parse(readFileSync(stampsPath, 'utf8')) : {});

/** The English text a content file is translated from (undefined: none). */
function sourceOf(file) {
	if (file === '_glossary.md') return glossaryText;
	const path = join(root, source, file);
	return existsSync(path) ? readFileSync(path) : undefined;
}

const stampAt = args.indexOf('--stamp');
if (stampAt >= 0) {
	const target = args[stampAt + 1] ?? '';
	const file = target.split('/').pop() ?? '';
	const sourceText = sourceOf(file);
	if (!existsSync(join(root, target)) || sourceText === undefined) {
		console.error(`Cannot stamp "${target}": content/${target} and its English source must exist.`);
		process.exit(1);
	}
	const revision = revisionOf(sourceText);
	writeFileSync(join(root, target), stampRevision(readFileSync(join(root, target), 'utf8'), revision));
	console.log(`content/${target}: sourceRevision "${revision}"`);
	process.exit(0);
}

const uiAt = args.indexOf('--stamp-ui');
if (uiAt >= 0) {
	const locale = args[uiAt + 1] ?? '';
	const keys = args.slice(uiAt + 2).filter((a) => !a.startsWith('--'));
	if (!existsSync(join(uiDir, `${locale}.json`)) || locale === source) {
		console.error(`Cannot stamp UI strings of "${locale}": ${uiDir}/${locale}.json must exist.`);
		process.exit(1);
	}
	const stamps = readStamps();
	stamps[locale] = stampUiStrings(english, stamps[locale], keys.length ? keys : undefined);
	writeFileSync(stampsPath, `${JSON.stringify(stamps, null, '\t')}\n`);
	console.log(`${stampsPath}: ${locale} stamped (${keys.length || Object.keys(english).length} keys)`);
	process.exit(0);
}

const rows = [];
const locales = readdirSync(root)
	.filter((d) => d !== source)
	.sort();
for (const locale of locales) {
	for (const file of readdirSync(join(root, locale))
		.filter((f) => /\.mdx?$/.test(f) && (!f.startsWith('_') || f === '_glossary.md'))
		.sort()) {
		rows.push({
			page: `${locale}/${file}`,
			state: translationState(sourceOf(file), readFileSync(join(root, locale, file), 'utf8')),
		});
	}
}
const stamps = readStamps();
const uiRows = locales
	.filter((locale) => existsSync(join(uiDir, `${locale}.json`)))
	.map((locale) => ({ locale, ...uiStringStates(english, stamps[locale]) }));

const width = Math.max(...rows.map((r) => r.page.length), 4);
for (const row of rows) console.log(`${row.page.padEnd(width)}  ${row.state}`);
console.log('');
for (const row of uiRows) {
	console.log(
		`${`${row.locale} UI strings`.padEnd(width)}  ${row.stale.length} stale, ${row.untracked.length} untracked`,
	);
	for (const key of row.stale) console.log(`    stale: ${key}`);
	if (row.untracked.length)
		console.log(
			`    untracked: ${row.untracked.slice(0, 8).join(', ')}${row.untracked.length > 8 ? ', …' : ''}`,
		);
}
const bad = rows.filter((r) => r.state !== 'current');
const badUi = uiRows.filter((r) => r.stale.length || r.untracked.length);
console.log(
	`\n${rows.length - bad.length} pages and glossaries current, ${bad.length} need attention; UI strings need attention in ${badUi.length} locales.`,
);
if (bad.length)
	console.log(
		'After updating a translation, record its source: npm run i18n:stale -- --stamp <locale>/<file>',
	);
if (badUi.length)
	console.log(
		'After updating UI strings, record their source: npm run i18n:stale -- --stamp-ui <locale> [key …]',
	);
if (args.includes('--check') && (bad.length || badUi.length)) process.exit(1);
