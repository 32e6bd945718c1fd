#!/usr/bin/env node
// Serves a built site as a static host would: clean URLs, index files, 404.html, and the headers in `_headers`.
// Usage: node scripts/serve.js [dir=build] [--port 4173] [--host 127.0.0.1] [--base /sub] [--headers]
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, posix, relative, resolve, sep } from 'node:path';
import { parseHeadersFile, headersFor } from './headersFile.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index === -1 ? fallback : args[index + 1];
};
const folder = resolve(
	args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'build'
);
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', '127.0.0.1');
const base = (option('base', '') ?? '').replace(/\/$/, '');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml'
};

if (!existsSync(folder)) {
	console.error(`Nothing to serve: ${folder} does not exist. Run npm run build first.`);
	process.exit(1);
}
// The folder as the file system resolves it, so that links can be checked against it.
const root = realpathSync(folder);
const headerRules =
	args.includes('--headers') && existsSync(join(root, '_headers'))
		? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
		: [];

/**
 * The decoded, normalised path of a request target (`/a%20b?q` → `/a b`), or undefined when the
 * target is not a path or an absolute URL, or does not decode.
 * @param {string} target
 */
function requestPath(target) {
	let path;
	if (target.startsWith('/')) path = target.replace(/[?#].*$/s, '');
	else {
		try {
			path = new URL(target).pathname;
		} catch {
			return undefined;
		}
	}
	try {
		path = decodeURIComponent(path);
	} catch {
		return undefined;
	}
	if (path.includes('\0')) return undefined;
	return posix.normalize(path);
}

/** @param {string} file */
const inside = (file) => file === root || file.startsWith(root + sep);

/**
 * The file a path maps to, trying `path`, `path.html` and `path/index.html` like most static
 * hosts, and only once every link on the way is resolved: a file outside the folder is never served.
 * @param {string} path
 */
function fileFor(path) {
	const target = join(root, path);
	if (!inside(target)) return undefined;
	for (const candidate of [target, `${target}.html`, join(target, 'index.html')]) {
		let real;
		try {
			real = realpathSync(candidate);
		} catch {
			continue;
		}
		if (inside(real) && statSync(real).isFile()) return real;
	}
	return undefined;
}

/**
 * The clean address of a file in the folder (`about.html` → `/about`, `index.html` → `/`). Header
 * rules are matched against it rather than against the address asked for, so that `/about.html`,
 * `/%61bout` or a link to a page get that page's headers, as `/about` does.
 * @param {string} file
 */
function cleanAddress(file) {
	const path = `/${relative(root, file).split(sep).join('/')}`;
	return path.endsWith('.html') ? path.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1') : path;
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function respond(request, response) {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
		response.end('Only GET and HEAD');
		return;
	}
	const path = requestPath(request.url ?? '/');
	if (path === undefined) {
		response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request target');
		return;
	}
	if (base && !path.startsWith(`${base}/`) && path !== base) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the base path');
		return;
	}
	const sitePath = base ? path.slice(base.length) || '/' : path;
	const found = fileFor(sitePath);
	// `/about/` for the page `/about`, as a link typed or pasted with a slash gives: static hosts
	// with clean URLs redirect it, and the page's relative links only resolve from the clean address.
	const unslashed = sitePath.replace(/\/+$/, '');
	if (!found && unslashed && unslashed !== sitePath && fileFor(unslashed)?.endsWith('.html')) {
		const query = (request.url ?? '').match(/\?[^#]*/)?.[0] ?? '';
		response.writeHead(308, { location: `${base}${encodeURI(unslashed)}${query}` }).end();
		return;
	}
	const file = found ?? fileFor('/404.html');
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	response.writeHead(found ? 200 : 404, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		...headersFor(headerRules, cleanAddress(file))
	});
	if (request.method === 'HEAD') response.end();
	else
		createReadStream(file)
			.on('error', () => response.destroy())
			.pipe(response);
}

const server = createServer((request, response) => {
	try {
		respond(request, response);
	} catch (error) {
		console.error(error);
		if (response.headersSent) response.destroy();
		else response.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
	}
});

server.listen(port, host, () => {
	console.log(`Serving ${root} at http://${host}:${server.address().port}${base}/`);
});
