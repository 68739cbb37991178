const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Encodes text as unpadded base64url (UTF-8), safe in a URL fragment. */
export function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		// Past the end a byte reads as undefined, which the shift and `|` turn into 0.
		const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
	}
	return out;
}

/** Decodes unpadded base64url to text, or returns undefined for bad characters, length or UTF-8. */
export function fromBase64Url(input: string): string | undefined {
	if (input.length % 4 === 1) return undefined;
	const bytes: number[] = [];
	for (let i = 0; i < input.length; i += 4) {
		const group = input.slice(i, i + 4);
		let n = 0;
		for (let j = 0; j < 4; j++) {
			const v = j < group.length ? LOOKUP.get(group.charAt(j)) : 0;
			if (v === undefined) return undefined;
			n = (n << 6) | v;
		}
		const count = group.length - 1;
		for (let j = 0; j < count; j++) bytes.push((n >> (16 - 8 * j)) & 255);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
	} catch {
		return undefined;
	}
}
