// What a first visit downloads: a counting proxy in front of the bench's server records every
// byte served to one fresh browser context (the page, its assets and whatever the service
// worker saves for offline use) until the network has been quiet for two seconds. Measured on
// an unthrottled connection and on an emulated slow one (Chromium then reports a 2g/3g
// `navigator.connection.effectiveType`), so a lighter first-visit precache shows in the figures.
import { createServer, request } from 'node:http';

/** Starts a proxy to `target` (an http URL); `counter.bytes` and `counter.requests` grow per response. */
async function countingProxy(target) {
	const upstream = new URL(target);
	const counter = { bytes: 0, requests: 0 };
	const server = createServer((req, res) => {
		const forward = request(
			{
				host: upstream.hostname,
				port: upstream.port,
				path: req.url,
				method: req.method,
				headers: req.headers,
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				counter.requests += 1;
				answer.on('data', (chunk) => (counter.bytes += chunk.length));
				answer.pipe(res);
			},
		);
		forward.on('error', () => res.writeHead(502).end());
		req.pipe(forward);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address();
	return { url: `http://127.0.0.1:${port}`, counter, close: () => new Promise((done) => server.close(done)) };
}

/** Bytes and requests of a first visit to `path`, fast and on an emulated slow connection. */
export async function firstVisitBytes(browser, serverUrl, path) {
	const out = {};
	for (const [name, conditions] of [
		['fast', null],
		['slow', { offline: false, latency: 2000, downloadThroughput: 50_000 / 8, uploadThroughput: 20_000 / 8 }],
	]) {
		const proxy = await countingProxy(serverUrl);
		const context = await browser.newContext({ serviceWorkers: 'allow' });
		try {
			const page = await context.newPage();
			if (conditions) {
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.emulateNetworkConditions', conditions);
			}
			await page.goto(new URL(path, proxy.url).href, { waitUntil: 'load', timeout: 120_000 });
			// Quiet for 2 s (the service worker's precache included), at most 60 s.
			let last = -1;
			for (let waited = 0; waited < 60_000 && last !== proxy.counter.bytes; waited += 2000) {
				last = proxy.counter.bytes;
				await page.waitForTimeout(2000);
			}
			const effectiveType = await page.evaluate(() => navigator.connection?.effectiveType ?? 'n/a');
			out[name] = { bytes: proxy.counter.bytes, requests: proxy.counter.requests, effectiveType };
		} finally {
			await context.close();
			await proxy.close();
		}
	}
	return out;
}
