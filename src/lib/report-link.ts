/**
 * The "report an error on this page" link: a prefilled issue form when PUBLIC_REPORT_ISSUES_URL
 * names one (e.g. https://github.com/<owner>/<repo>/issues/new), else a prefilled mail to
 * PUBLIC_REPORT_EMAIL. A plain link: nothing is requested until the reader follows it.
 */
const DEFAULT_EMAIL = 'errors@external-access-lab.example';

/** The href for a report with a subject and body (which names the page) the reader completes. */
export function reportHref(
	subject: string,
	body: string,
	env: { issuesUrl?: string | undefined; email?: string | undefined } = {},
): string {
	if (env.issuesUrl) {
		const url = new URL(env.issuesUrl);
		url.searchParams.set('title', subject);
		url.searchParams.set('body', body);
		return url.href;
	}
	const params = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	return `mailto:${env.email ?? DEFAULT_EMAIL}?${params}`;
}
