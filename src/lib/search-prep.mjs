// What Pagefind reads: see prepareForIndex (used by scripts/build-search-index.mjs). Only the
// indexer sees these changes; the served pages stay as built.

/** Block-level closing tags: text on either side belongs to different words. */
const BLOCK_END =
	/<\/(p|li|td|th|h[1-6]|div|dt|dd|summary|caption|figcaption|blockquote|pre|section|label|legend|option|button|tr)>/g;

const ENTITY = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const textOf = (html) =>
	html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ENTITY[e])
		.replace(/[’‘]/g, "'")
		.replace(/\s+/g, ' ')
		.toLowerCase();

/**
 * A page's keywords (frontmatter `keywords`) that the text never says, each placed under the
 * troubleshooting entry whose title holds the keyword listed just before it. Translators list an
 * error message's localized wording right after the English one it translates, so a search for
 * the localized message lands on that entry (e.g. de: "Contact your administrator", then
 * "Wenden Sie sich an Ihren Administrator").
 */
function placeAliases(html) {
	const meta = /data-pagefind-meta="keywords:([^"]*)"/.exec(html)?.[1];
	if (!meta || !html.includes('trouble-card')) return html;
	const keywords = meta.split(', ').map((k) => k.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
	const body = textOf(html.replace(/data-pagefind-meta="[^"]*"/, ''));
	const titles = [...html.matchAll(/<div class="trouble-card"[^>]*>\s*<h3[^>]*>([\s\S]*?)<\/h3>/g)];
	const extra = new Map();
	keywords.forEach((keyword, i) => {
		const previous = keywords[i - 1];
		if (!previous || body.includes(keyword.toLowerCase())) return;
		const title = titles.find((m) => textOf(m[1]).includes(previous.toLowerCase().replace(/[’‘]/g, "'")));
		if (title) extra.set(title.index, [...(extra.get(title.index) ?? []), keyword]);
	});
	let out = html;
	for (const [index, words] of [...extra].sort((a, b) => b[0] - a[0])) {
		const end = out.indexOf('</h3>', index) + '</h3>'.length;
		const escaped = words.map((w) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join(' · ');
		out = `${out.slice(0, end)}<p data-pagefind-weight="10">${escaped}</p>${out.slice(end)}`;
	}
	return out;
}

/**
 * The HTML as Pagefind should read it: a space before each block end and for each <br>, the
 * troubleshooting entries' titles (the error message or symptom an admin types) weighted
 * highest with any localized wording of the message beside them, and <strong>/<code> (setting
 * names, cmdlets) above plain text.
 */
export function prepareForIndex(html) {
	return placeAliases(html)
		.replace(BLOCK_END, ' $&')
		.replace(/<br\s*\/?>/g, ' $&')
		.replace(
			/(<div class="trouble-card"[^>]*>\s*<h3)(?![^>]*data-pagefind-weight)/g,
			'$1 data-pagefind-weight="10"',
		)
		.replace(/<(strong|code)>/g, '<$1 data-pagefind-weight="3">');
}
