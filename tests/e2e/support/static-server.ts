import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/** Serves a built site the way a static host does: `/path/` -> `/path/index.html`, else 404.html. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		let file = normalize(join(dir, pathname));
		if (!file.startsWith(dir)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
			response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
			createReadStream(file).pipe(response);
		} catch {
			response.writeHead(404, { 'content-type': types['.html'] });
			try {
				createReadStream(join(dir, '404.html')).pipe(response);
			} catch {
				response.end('Not found');
			}
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
