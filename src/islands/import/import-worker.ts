/**
 * Parses an import off the main thread so a large or hostile file never freezes the page. It gets
 * the file's bytes and posts back the ImportResult (plain data); it makes no request of any kind.
 */
import { importConfig } from '../../model/import/index';

self.onmessage = (event: MessageEvent<ArrayBuffer | string>) => {
	const data = event.data;
	self.postMessage(importConfig(typeof data === 'string' ? data : new Uint8Array(data)));
};
