/**
 * From bytes or pasted text to a JSON value, without ever throwing. Handles what PowerShell writes:
 * a UTF-8 BOM (ScubaGear results), UTF-16 LE/BE from Windows PowerShell's `>` and `Out-File`
 * (facts baselines-and-imports §2.1), and reports where a broken file stops being JSON.
 */
import type { Reason } from '../types';

/** The largest file the importer reads (bytes). A ScubaGear export with every provider is about 1–3 MB. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** A decoded JSON value, or the reason it could not be decoded. */
export type Decoded =
	{ readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: Reason };

/** True when `size` (bytes or characters) is over the import limit; callers check this before reading a file. */
export function isTooLarge(size: number): boolean {
	return !Number.isFinite(size) || size > MAX_IMPORT_BYTES;
}

/** The size limit as a reason code, for a file refused before it is read. */
export function tooLargeReason(size: number): Reason {
	return {
		key: 'import.error.tooLarge',
		params: { size: megabytes(size), max: megabytes(MAX_IMPORT_BYTES) },
	};
}

function megabytes(bytes: number): string {
	return (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();
}

/** Text from file bytes: strips a BOM; reads UTF-16 LE or BE when the BOM or the zero bytes say so. */
export function bytesToText(bytes: Uint8Array): string {
	const b0 = bytes[0];
	const b1 = bytes[1];
	let encoding = 'utf-8';
	if (b0 === 0xff && b1 === 0xfe) encoding = 'utf-16le';
	else if (b0 === 0xfe && b1 === 0xff) encoding = 'utf-16be';
	// No BOM but ASCII interleaved with zero bytes: UTF-16 written without one.
	else if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[3] === 0) encoding = 'utf-16le';
	else if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0) encoding = 'utf-16be';
	// `fatal: false` turns invalid sequences into U+FFFD instead of throwing.
	return stripBom(new TextDecoder(encoding, { fatal: false }).decode(bytes));
}

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++)
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	return { line, column: end - start + 1 };
}

/** Where a `JSON.parse` error message says the text broke, as an offset, or null. */
function errorOffset(message: string, text: string): number | null {
	const pos = /position (\d+)/.exec(message);
	if (pos) return Number(pos[1]);
	// V8 sometimes quotes the text around the bad token instead of giving a position.
	const near = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]{1,40}?)"(?:\.\.\.)? is not valid JSON/.exec(
		message,
	);
	if (near) {
		const start = text.indexOf(near[2] as string);
		const within = (near[2] as string).indexOf(near[1] as string);
		if (start >= 0 && within >= 0) return start + within;
	}
	const lc = /line (\d+) column (\d+)/.exec(message);
	if (!lc) return null;
	let line = 1;
	let i = 0;
	const want = Number(lc[1]);
	while (line < want && i < text.length) if (text.charCodeAt(i++) === 10) line++;
	return i + Number(lc[2]) - 1;
}

/** Parses JSON text; a syntax error becomes a reason with the line and column when known. */
export function parseJson(input: string): Decoded {
	if (isTooLarge(input.length)) return { ok: false, error: tooLargeReason(input.length) };
	const text = stripBom(input);
	if (text.trim() === '') return { ok: false, error: { key: 'import.error.empty' } };
	const first = text.trimStart()[0];
	if (first !== '{' && first !== '[') return { ok: false, error: { key: 'import.error.notJson' } };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (e) {
		const message = e instanceof Error ? e.message : '';
		if (/end of (JSON )?input|Unterminated string/i.test(message))
			return { ok: false, error: { key: 'import.error.truncated' } };
		const offset = errorOffset(message, text);
		if (offset === null) return { ok: false, error: { key: 'import.error.syntaxSomewhere' } };
		if (offset >= text.trimEnd().length) return { ok: false, error: { key: 'import.error.truncated' } };
		const { line, column } = lineColumn(text, offset);
		return { ok: false, error: { key: 'import.error.syntax', params: { line, column } } };
	}
}
