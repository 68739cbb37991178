/**
 * Whether the connection allows a background download the reader did not ask for (saving a
 * whole language for offline use, about 1 MB). Uses what the Network Information API tells,
 * where a browser has it (Chromium; Firefox and Safari do not, and there the answer is yes):
 * no with Save-Data, on a 2G or 3G-class effective speed, on a connection marked metered, or on
 * cellular. The reader can always save with the button.
 */
export interface ConnectionHints {
	saveData?: boolean;
	effectiveType?: string;
	type?: string;
	metered?: boolean;
}

const SLOW = new Set(['slow-2g', '2g', '3g']);

export function allowsAutomaticDownload(connection: ConnectionHints | undefined): boolean {
	if (!connection) return true;
	if (connection.saveData === true || connection.metered === true) return false;
	if (connection.type === 'cellular') return false;
	return !SLOW.has(connection.effectiveType ?? '');
}

/** The browser's connection hints, if it exposes any. */
export function currentConnection(): ConnectionHints | undefined {
	return (navigator as Navigator & { connection?: ConnectionHints }).connection;
}

/** True when this locale was saved for offline use on this device (the flag the offline UI sets). */
export function savedForOffline(locale: string): boolean {
	try {
		return localStorage.getItem(`eal-offline-saved-${locale}`) === '1';
	} catch {
		return false;
	}
}

/** True when search cannot work: no connection and this language not saved on this device. */
export function searchNeedsConnection(locale: string): boolean {
	return typeof navigator !== 'undefined' && navigator.onLine === false && !savedForOffline(locale);
}

/** `promise`, or a rejection after `ms` (so a request that never settles cannot keep a spinner going). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('timeout')), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			},
		);
	});
}
