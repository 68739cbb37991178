// Plain-text tables for the terminal (and pasteable into Markdown: rows are pipe-separated).

/** A Markdown-style table with columns padded to their widest cell. */
export function table(headers, rows) {
	const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? 'n/a')));
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const line = (r) =>
		`| ${r.map((c, i) => (/^[\d.,\s/%msBKk×-]+$/.test(c) && /\d/.test(c) && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
	return [
		line(cells[0]),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...cells.slice(1).map(line),
	].join('\n');
}

/** Bytes as "12,345 B" (exact; tables compare figures across runs). */
export function bytes(n) {
	return n === undefined || n === null ? 'n/a' : `${n.toLocaleString('en-US')} B`;
}

/** Milliseconds as "1,234 ms", or n/a. */
export function ms(n) {
	return n === undefined || n === null ? 'n/a' : `${Math.round(n).toLocaleString('en-US')} ms`;
}
