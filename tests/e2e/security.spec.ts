// What a host and a browser see of the site's defences: each page's CSP meta tag, the documented response headers on every route, and no cookies or storage.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crawlSite, type CrawledPage } from './crawl';
import { expect, test } from './fixtures';

const SITE = 'build';

/** Every prerendered page of the build: its path and its HTML. */
function prerenderedPages(): { path: string; html: string }[] {
	const pages: { path: string; html: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const file = join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.name.endsWith('.html'))
				pages.push({
					path: `/${relative(SITE, file).replace(/(index)?\.html$/, '')}`,
					html: readFileSync(file, 'utf8')
				});
		}
	};
	walk(SITE);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A policy's directives by name, e.g. `script-src` → `['self', 'sha256-…']` (quotes removed).
 * A header may hold several policies separated by commas (hosts join repeated headers so).
 */
function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(/[;,]/)
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name!, values.map((value) => value.replace(/^'|'$/g, ''))])
	);
}

/** The directives of the page's `<meta http-equiv="content-security-policy">`, if it has one. */
function metaPolicy(html: string): Map<string, string[]> | undefined {
	const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	return match ? parsePolicy(match[1]!) : undefined;
}

/** The text of every inline script the browser would run (JSON-LD is data, not script). */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
		.filter(([, attributes = '']) => !attributes.includes('application/ld+json'))
		.map(([, , text]) => text!);
}

test('every prerendered page has a CSP meta tag allowing only its own hashed inline script, and no eval', () => {
	const pages = prerenderedPages();
	expect(pages.length).toBeGreaterThan(50);
	for (const { path, html } of pages) {
		const policy = metaPolicy(html);
		expect(policy, `${path} has no CSP meta tag`).toBeDefined();
		const scriptSrc = policy!.get('script-src') ?? [];
		expect(scriptSrc, path).toContain('self');
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		expect(policy!.get('default-src'), path).toEqual(['self']);
		expect(policy!.get('object-src'), path).toEqual(['none']);
		expect(policy!.get('base-uri'), path).toEqual(['self']);
		for (const [name, values] of policy!) {
			expect(values, `${path} ${name}`).not.toContain('unsafe-eval');
			expect(values, `${path} ${name}`).not.toContain('*');
		}
		const scripts = inlineScripts(html);
		// Pages with no client-side code (such as a long /events list) have no script at all.
		if (path === '/') expect(scripts.length, path).toBeGreaterThan(0);
		for (const script of scripts) {
			const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
			expect(scriptSrc, `${path}: an inline script whose hash the policy does not list`).toContain(
				hash
			);
		}
	}
});

let crawled: Map<string, CrawledPage>;

test.describe('served with build/_headers', () => {
	test.beforeAll(async ({ playwright }, testInfo) => {
		const request = await playwright.request.newContext();
		// From the home page, and from every page, since a few are only opened by script (/present/notes).
		const paths = ['/', ...prerenderedPages().map((page) => page.path)];
		crawled = await crawlSite(request, testInfo.project.use.baseURL!, paths);
		await request.dispose();
	});

	const pages = () => [...crawled.values()].filter((page) => page.html);

	test('every response has the documented headers, and no header policy restricts scripts', () => {
		const wrong: string[] = [];
		const check = (path: string, name: string, actual: string | undefined, wanted?: string) => {
			if (actual !== wanted) wrong.push(`${path} ${name}: ${actual} (expected ${wanted})`);
		};
		for (const { path, headers, html } of crawled.values()) {
			check(path, 'x-content-type-options', headers['x-content-type-options'], 'nosniff');
			check(path, 'referrer-policy', headers['referrer-policy'], 'strict-origin-when-cross-origin');
			check(path, 'set-cookie', headers['set-cookie'], undefined);
			const policy = headers['content-security-policy'];
			if (policy) {
				const directives = [...parsePolicy(policy).keys()].filter(
					(name) => name !== 'frame-ancestors'
				);
				if (directives.length > 0) wrong.push(`${path} header CSP sets ${directives.join(', ')}`);
			}
			if (path.startsWith('/_app/') || path.startsWith('/data/'))
				check(path, 'access-control-allow-origin', headers['access-control-allow-origin'], '*');
			if (!html) continue;
			const frameable = path === '/embed';
			check(
				path,
				'content-security-policy',
				policy,
				`frame-ancestors ${frameable ? '*' : "'none'"}`
			);
			check(path, 'x-frame-options', headers['x-frame-options'], frameable ? undefined : 'DENY');
		}
		expect(wrong).toEqual([]);
	});

	// Two halves, so the two workers share the pages.
	for (const half of [0, 1]) {
		test(`every page renders its heading with no error or policy violation (${half + 1} of 2)`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			const paths = pages()
				.map((crawledPage) => crawledPage.path)
				.filter((_, index) => index % 2 === half);
			for (const path of paths) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
				await page.waitForLoadState('networkidle');
			}
		});
	}
});

test('using the home page sets no cookie and writes no storage', async ({ page, context }) => {
	await page.addInitScript(() => {
		const writes: string[] = [];
		(window as unknown as { __storageWrites: string[] }).__storageWrites = writes;
		const storage = Storage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
		for (const method of ['setItem', 'removeItem', 'clear']) {
			const original = storage[method]!;
			storage[method] = function (this: Storage, ...args: unknown[]) {
				writes.push(`${method}(${args.join(', ')})`);
				return original.apply(this, args);
			};
		}
		const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
		Object.defineProperty(Document.prototype, 'cookie', {
			configurable: true,
			get() {
				return cookie.get!.call(this);
			},
			set(value: string) {
				writes.push(`cookie = ${value}`);
				cookie.set!.call(this, value);
			}
		});
	});
	await page.goto('/');
	const timeline = page.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /\d/);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Show all', exact: true }).click();
	await page.getByRole('button', { name: /^The Taiwan question/ }).click();
	await timeline.locator('[data-event-id]').first().click();
	await expect(page).toHaveURL(/event=/);
	await page.keyboard.press('Escape');
	await page.getByRole('combobox', { name: /Search events/ }).fill('Vienna');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
	await page.goBack();

	expect(
		await page.evaluate(() => ({
			cookie: document.cookie,
			localStorage: localStorage.length,
			sessionStorage: sessionStorage.length,
			writes: (window as unknown as { __storageWrites: string[] }).__storageWrites
		}))
	).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, writes: [] });
	expect(await context.cookies()).toEqual([]);
});
