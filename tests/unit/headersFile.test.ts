// The `_headers` reader behind `serve.js --headers` (patterns, comments, rules combined as hosts do), and the site's own `_headers` on every address of every page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headersFile.js';

const RULES = parseHeadersFile(`# A comment
/*
  X-Content-Type-Options: nosniff

/embed
  Content-Security-Policy: frame-ancestors *
/embed/*
  Content-Security-Policy: frame-ancestors 'none'
/*
  Content-Security-Policy: upgrade-insecure-requests
`);

describe('headersFor', () => {
	it.each([
		[
			'/embed',
			{
				'x-content-type-options': 'nosniff',
				'content-security-policy': 'frame-ancestors *, upgrade-insecure-requests'
			}
		],
		[
			'/embed/builder',
			{
				'x-content-type-options': 'nosniff',
				'content-security-policy': "frame-ancestors 'none', upgrade-insecure-requests"
			}
		],
		[
			'/about',
			{
				'x-content-type-options': 'nosniff',
				'content-security-policy': 'upgrade-insecure-requests'
			}
		]
	])('%s gets the headers of every matching rule, values joined', (path, expected) => {
		expect(headersFor(RULES, path)).toEqual(expected);
	});
});

/** Every page's address, from the routes (a dynamic segment such as `[id]` stands for any id). */
function pageAddresses(dir = 'src/routes', path = ''): string[] {
	const addresses = existsSync(join(dir, '+page.svelte')) ? [path || '/'] : [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const segment = entry.name.startsWith('(')
			? ''
			: `/${entry.name.replace(/^\[.*\]$/, 'some-id')}`;
		addresses.push(...pageAddresses(join(dir, entry.name), path + segment));
	}
	return addresses;
}

/** The addresses a static host may serve a page at: clean, with `.html`, as a folder's index. */
const aliases = (address: string) =>
	address === '/'
		? ['/', '/index', '/index.html']
		: [address, `${address}.html`, `${address}/`, `${address}/index.html`];

describe('static/_headers', () => {
	const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));
	const addresses = pageAddresses();

	it('finds the pages', () => {
		expect(addresses).toEqual(expect.arrayContaining(['/', '/about', '/embed', '/events/some-id']));
	});

	it.each(addresses.filter((address) => address !== '/embed').flatMap(aliases))(
		'forbids framing %s',
		(address) => {
			const headers = headersFor(rules, address);
			expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(headers['x-frame-options']).toBe('DENY');
		}
	);

	it.each(['/embed', '/embed.html'])('lets any site frame %s, and only that', (address) => {
		const headers = headersFor(rules, address);
		expect(headers['content-security-policy']).toBe('frame-ancestors *');
		expect(headers['x-frame-options']).toBeUndefined();
	});
});
