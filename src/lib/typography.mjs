/**
 * Per-locale typography, applied by the build rather than by hand: quotation marks, the spaces
 * French puts before high punctuation, and no-break spaces inside grouped numbers. Pure string
 * functions; `rehype-locale-text.mjs` runs them over page text and the translator over UI strings.
 *
 * Quotes are decided one character at a time from the character before (a quote after a space, an
 * opening bracket or the start is an opening one), so a quoted label split across elements
 * (`"<strong>Users</strong>"`) still gets the right pair: the caller passes the previous text along.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * @typedef {object} TypographyRules
 * @property {readonly [string, string] | null} quotes  opening and closing mark replacing "…" and “…”
 * @property {string | null} groupSpace  the space to keep inside grouped numbers (4 000), or null
 * @property {boolean} frenchSpacing  no-break space before : and narrow no-break space before ; ! ?
 */

/** @type {Readonly<Record<string, TypographyRules>>} */
export const TYPOGRAPHY = {
	sv: { quotes: ['”', '”'], groupSpace: NBSP, frenchSpacing: false },
	fi: { quotes: ['”', '”'], groupSpace: NBSP, frenchSpacing: false },
	nb: { quotes: ['«', '»'], groupSpace: NBSP, frenchSpacing: false },
	da: { quotes: null, groupSpace: null, frenchSpacing: false },
	de: { quotes: ['„', '“'], groupSpace: null, frenchSpacing: false },
	fr: { quotes: ['«' + NNBSP, NNBSP + '»'], groupSpace: NNBSP, frenchSpacing: true },
	es: { quotes: ['«', '»'], groupSpace: null, frenchSpacing: false },
	ja: { quotes: ['「', '」'], groupSpace: null, frenchSpacing: false },
	ar: { quotes: ['«', '»'], groupSpace: null, frenchSpacing: false },
	en: { quotes: null, groupSpace: null, frenchSpacing: false },
};

const OPENS_AFTER = /[\s([{\u2014\u2013/]/;

/**
 * Typesets `text` for `locale`. `before` is the text that precedes it in the same block (for quote
 * direction across element boundaries). Unknown locales come back unchanged.
 * @param {string} text
 * @param {string} locale
 * @param {string} [before]
 * @returns {string}
 */
export function typeset(text, locale, before = '') {
	const rules = TYPOGRAPHY[locale];
	if (!rules || !text) return text;
	let out = text;
	if (rules.quotes) {
		const [open, close] = rules.quotes;
		let result = '';
		for (let i = 0; i < out.length; i++) {
			const ch = out[i];
			if (ch === '"' || ch === '“' || ch === '”') {
				const prev = i > 0 ? out[i - 1] : before.slice(-1);
				// A quote opens after the start, a space or an opening bracket; a curly mark keeps its side.
				const opening = ch === '“' ? true : ch === '”' ? false : prev === '' || OPENS_AFTER.test(prev);
				result += opening ? open : close;
			} else {
				result += ch;
			}
		}
		out = result;
	}
	if (rules.frenchSpacing) {
		// Guillemets hold a narrow no-break space on their inner side, whatever space was typed.
		out = out.replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`).replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
		// A space before ; ! ? becomes a narrow no-break space, before : a no-break space. Only an
		// existing space is replaced, so URLs, times (10:30) and `{{placeholders}}` stay as they are.
		out = out.replace(/ ([;!?])/g, `${NNBSP}$1`).replace(/ :/g, `${NBSP}:`);
	}
	if (rules.groupSpace) {
		// 4 000 and 10 000 000: the space inside a grouped number never breaks.
		out = out.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, `$1${rules.groupSpace}`);
	}
	return out;
}
