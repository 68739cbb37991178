/**
 * Turns a dropped file or a paste into an ImportResult. The size is checked before a file is read;
 * parsing runs in a worker, with a time limit, and falls back to the main thread (still size-capped)
 * where a worker cannot start.
 */
import type { ImportResult } from '../../model/index';
import { isTooLarge, tooLargeReason } from '../../model/import/decode';

/** How long the worker may take before the panel gives up and says so. */
const WORKER_TIMEOUT_MS = 15_000;

function inWorker(payload: ArrayBuffer | string): Promise<ImportResult> {
	return new Promise((resolve, reject) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
		} catch (e) {
			reject(e);
			return;
		}
		const timer = setTimeout(() => {
			worker.terminate();
			resolve({ ok: false, error: { key: 'import.error.timeout' } });
		}, WORKER_TIMEOUT_MS);
		worker.onmessage = (event: MessageEvent<ImportResult>) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = (event) => {
			clearTimeout(timer);
			worker.terminate();
			event.preventDefault();
			reject(new Error('worker failed'));
		};
		// Copied, not transferred: if the worker fails to start, the main thread still has the bytes.
		worker.postMessage(payload);
	});
}

async function parse(payload: ArrayBuffer | string): Promise<ImportResult> {
	try {
		return await inWorker(payload);
	} catch {
		const { importConfig } = await import('../../model/import/index');
		return importConfig(typeof payload === 'string' ? payload : new Uint8Array(payload));
	}
}

/** Reads a file: refused by size before a byte is read. */
export async function readFile(file: File): Promise<ImportResult> {
	if (isTooLarge(file.size)) return { ok: false, error: tooLargeReason(file.size) };
	let bytes: ArrayBuffer;
	try {
		bytes = await file.arrayBuffer();
	} catch {
		return { ok: false, error: { key: 'import.error.readFailed' } };
	}
	return parse(bytes);
}

/** Reads pasted text. */
export function readPaste(text: string): Promise<ImportResult> {
	if (isTooLarge(text.length)) return Promise.resolve({ ok: false, error: tooLargeReason(text.length) });
	return parse(text);
}
