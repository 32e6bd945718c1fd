#!/usr/bin/env node
// Serves a built site as a static host would: clean URLs, index files, 404.html, and the headers in `_headers`.
// Usage: node scripts/serve.js [dir=build] [--port 4173] [--host 127.0.0.1] [--base /sub] [--headers]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseHeadersFile, headersFor } from './headersFile.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index === -1 ? fallback : args[index + 1];
};
const root = resolve(
	args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'build'
);
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', '127.0.0.1');
const base = (option('base', '') ?? '').replace(/\/$/, '');
const headerRules =
	args.includes('--headers') && existsSync(join(root, '_headers'))
		? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
		: [];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml'
};

if (!existsSync(root)) {
	console.error(`Nothing to serve: ${root} does not exist. Run npm run build first.`);
	process.exit(1);
}

/** The file a request path maps to, trying `path`, `path.html` and `path/index.html` like most static hosts. */
function fileFor(pathname) {
	const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const target = join(root, relative);
	if (target !== root && !target.startsWith(root + sep)) return undefined;
	for (const candidate of [target, `${target}.html`, join(target, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (base && !url.pathname.startsWith(`${base}/`) && url.pathname !== base) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the base path');
		return;
	}
	const pathname = base ? url.pathname.slice(base.length) || '/' : url.pathname;
	let file;
	try {
		file = fileFor(pathname);
	} catch {
		file = undefined;
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	const headers = {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		...headersFor(headerRules, pathname)
	};
	if (!existsSync(file)) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	response.writeHead(status, headers);
	if (request.method === 'HEAD') response.end();
	else createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
	console.log(`Serving ${root} at http://${host}:${port}${base}/`);
});
