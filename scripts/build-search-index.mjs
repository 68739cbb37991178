#!/usr/bin/env node
// Builds the Pagefind search index into dist/pagefind (one index per <html lang>).
import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const dist = process.env.DIST_DIR ?? 'dist';
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
console.log(`Pagefind: indexed ${added.page_count} pages into ${dist}/pagefind`);
await pagefind.close();
