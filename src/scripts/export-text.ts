// The export script's full text on "Check your configuration", fetched when its disclosure first
// opens (the server renders it empty, src/components/simulators/ExportScript.astro). If it cannot
// be fetched, a message points to the download link; opening the disclosure again retries.

/** Fills the disclosure's code block from the file named by `data-export-text`, once. */
function fill(details: HTMLDetailsElement) {
	const code = details.querySelector('pre code');
	const failed = details.querySelector<HTMLElement>('[data-export-failed]');
	if (!code || code.textContent || details.dataset['loading'] !== undefined) return;
	details.dataset['loading'] = '';
	fetch(details.dataset['exportText'] ?? '')
		.then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
		.then(
			(text) => {
				code.textContent = text;
				if (failed) failed.hidden = true;
			},
			() => {
				if (failed) failed.hidden = false;
			},
		)
		.finally(() => delete details.dataset['loading']);
}

export function startExportText(): void {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-export-text]')) {
		details.addEventListener('toggle', () => details.open && fill(details));
		// Opened by the click that loaded the page tools.
		if (details.open) fill(details);
	}
}
