// The server behind `npm start` under hostile requests: malformed targets, other methods, page aliases, and symlinks out of its folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A small built site: a few pages, a 404 page, the real `_headers`, and links that leave it. */
function siteFolder(): string {
	const root = mkdtempSync(join(tmpdir(), 'timeline-serve-'));
	const site = join(root, 'build');
	mkdirSync(join(site, 'events'), { recursive: true });
	mkdirSync(join(site, 'embed'), { recursive: true });
	for (const page of ['index', 'about', 'present', 'embed', '404', 'events/one', 'embed/builder'])
		writeFileSync(join(site, `${page}.html`), `<!doctype html><title>${page}</title>`);
	copyFileSync('static/_headers', join(site, '_headers'));
	writeFileSync(join(root, 'secret.txt'), 'outside the site');
	symlinkSync('/etc/passwd', join(site, 'passwd.txt'));
	symlinkSync('/', join(site, 'root'));
	symlinkSync(join(root, 'secret.txt'), join(site, 'secret.txt'));
	symlinkSync('..', join(site, 'up'));
	symlinkSync(join(site, 'about.html'), join(site, 'inside.html'));
	return root;
}

/** Starts `serve.js` on a free port and resolves with that port once it listens. */
function startServer(site: string): Promise<{ server: ChildProcess; port: number }> {
	const server = spawn(process.execPath, ['scripts/serve.js', site, '--port', '0', '--headers']);
	return new Promise((resolve, reject) => {
		let output = '';
		server.stdout!.on('data', (chunk) => {
			output += chunk;
			const port = output.match(/:(\d+)\//)?.[1];
			if (port) resolve({ server, port: Number(port) });
		});
		server.stderr!.on('data', (chunk) => (output += chunk));
		server.on('exit', (code) => reject(new Error(`serve.js exited (${code}): ${output}`)));
	});
}

type Reply = { status: number; headers: Record<string, string>; body: string };

/** Sends one raw request line as written (no URL parsing on the way) and reads the reply. */
function raw(port: number, method: string, target: string): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		let text = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk) => (text += chunk));
		socket.on('error', reject);
		socket.on('end', () => {
			const [head = '', ...rest] = text.split('\r\n\r\n');
			const [statusLine = '', ...lines] = head.split('\r\n');
			const headers: Record<string, string> = {};
			for (const line of lines) {
				const colon = line.indexOf(':');
				headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
			}
			resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
		});
		socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
	});
}

let root: string;
let server: ChildProcess;
let port: number;

beforeAll(async () => {
	root = siteFolder();
	({ server, port } = await startServer(join(root, 'build')));
});

afterAll(() => {
	server?.kill();
	rmSync(root, { recursive: true, force: true });
});

describe('serve.js', () => {
	it.each([
		'//[',
		'//a:99999/',
		'//%zz/',
		'http://[::1',
		'/%zz',
		'/%00',
		'/a%2f..%2f..%2fsecret.txt'
	])('answers the malformed target %s with 400 or 404 and stays up', async (target) => {
		const reply = await raw(port, 'GET', target);
		expect([400, 404]).toContain(reply.status);
		expect((await raw(port, 'GET', '/')).status).toBe(200);
	});

	it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('answers %s with 405', async (method) => {
		const reply = await raw(port, method, '/');
		expect(reply.status).toBe(405);
		expect(reply.headers['allow']).toBe('GET, HEAD');
	});

	it.each([
		'/',
		'/index',
		'/index.html',
		'/about',
		'/about.html',
		'/%61bout',
		'/%61bout.html',
		'/present',
		'/present.html',
		'/events/one',
		'/events/one.html',
		'/embed/builder.html',
		'/no-such-page',
		'/inside.html'
	])('forbids framing %s', async (path) => {
		const reply = await raw(port, 'GET', path);
		expect(reply.headers['content-type']).toMatch(/^text\/html/);
		expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(reply.headers['x-frame-options']).toBe('DENY');
	});

	it.each(['/embed', '/embed.html', '/%65mbed'])('lets any site frame %s', async (path) => {
		const reply = await raw(port, 'GET', path);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-security-policy']).toBe('frame-ancestors *');
		expect(reply.headers['x-frame-options']).toBeUndefined();
	});

	it.each([
		'/passwd.txt',
		'/root/etc/passwd',
		'/root/proc/self/cmdline',
		'/secret.txt',
		'/up/secret.txt'
	])('serves nothing outside its folder through the link %s', async (path) => {
		for (const method of ['GET', 'HEAD']) {
			const reply = await raw(port, method, path);
			expect(reply.status).toBe(404);
			expect(reply.body).not.toMatch(/root:|outside the site|node/);
		}
	});

	it.each([
		['/about/', '/about'],
		['/about//?from=feed', '/about?from=feed'],
		['/events/one/', '/events/one'],
		['/embed/builder/?theme=taiwan', '/embed/builder?theme=taiwan']
	])('sends %s to the clean address %s', async (target, location) => {
		const reply = await raw(port, 'GET', target);
		expect(reply.status).toBe(308);
		expect(reply.headers['location']).toBe(location);
	});

	it.each(['/no-such-page/', '//evil.example/', '/secret.txt/', '/up/about/'])(
		'answers %s with the 404 page rather than a redirect',
		async (target) => {
			const reply = await raw(port, 'GET', target);
			expect(reply.status).toBe(404);
			expect(reply.headers['location']).toBeUndefined();
		}
	);

	it('serves a link that stays inside its folder', async () => {
		const reply = await raw(port, 'GET', '/inside.html');
		expect(reply.status).toBe(200);
		expect(reply.body).toContain('<title>about</title>');
	});
});
