// A tiny seeded PRNG, so synthetic pages and fuzz cases are the same on every run.

/** mulberry32: returns a function giving floats in [0, 1), fully determined by `seed`. */
export function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
