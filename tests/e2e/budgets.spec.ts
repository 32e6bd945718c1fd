// Budgets: the start-up JavaScript and CSS of /, /embed and /present and the home page's HTML stay within budgets.json; images are sized; fonts are local.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import budgets from '../../budgets.json' with { type: 'json' };
import { pageFile, startupAssets } from '../helpers/startupAssets';
import { expect, test } from './fixtures';

const SITE = 'build';
const VIS_TIMELINE = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js';

/** Bytes after gzip at level 9, as bench/run.js measures. */
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (paths: string[]) =>
	paths.reduce((total, path) => total + gzipBytes(join(SITE, path)), 0);

/** Every file under the build with one of the extensions. */
function builtFiles(...extensions: string[]): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (extensions.some((extension) => entry.name.endsWith(extension))) files.push(path);
		}
	};
	walk(SITE);
	return files;
}

type PageBudget = { javascript: number; css: number; html?: number };
const PAGES = Object.entries(budgets.pages) as [string, PageBudget][];

/** The figures a budget applies to, for one page. */
function figures(path: string) {
	const assets = startupAssets(SITE, path);
	return {
		javascript: sum(assets.scripts),
		css:
			sum(assets.stylesheets) +
			(assets.inlineCss ? gzipSync(assets.inlineCss, { level: 9 }).length : 0),
		html: gzipBytes(pageFile(SITE, path))
	};
}

test('start-up JavaScript, CSS and the home page HTML stay within their budgets (gzip)', () => {
	const over: string[] = [];
	for (const [path, budget] of PAGES) {
		const measured = figures(path);
		for (const kind of ['javascript', 'css', 'html'] as const) {
			const limit = budget[kind];
			if (limit === undefined) continue;
			test.info().annotations.push({
				type: `${path} ${kind}`,
				description: `${measured[kind]} B gzip (budget ${limit} B)`
			});
			if (measured[kind] > limit)
				over.push(`${path} ${kind}: ${measured[kind]} B gzip, over its budget of ${limit} B`);
		}
	}
	expect(over, 'over budget (budgets.json)').toEqual([]);
});

test('the home page loads less than 40% of vis-timeline’s JavaScript and less than TimelineJS’s', () => {
	const home = figures('/').javascript;
	const visTimeline = gzipBytes(VIS_TIMELINE);
	const timelineJs = gzipBytes(TIMELINEJS);
	expect(budgets.pages['/'].javascript, 'the home budget itself').toBeLessThanOrEqual(
		0.4 * visTimeline
	);
	expect(home, `home ${home} B vs vis-timeline ${visTimeline} B`).toBeLessThanOrEqual(
		0.4 * visTimeline
	);
	expect(home, `home ${home} B vs TimelineJS ${timelineJs} B`).toBeLessThan(timelineJs);
});

for (const [path] of PAGES) {
	test(`the browser loads exactly the start-up scripts and stylesheets computed for ${path}`, async ({
		page
	}) => {
		const loaded = { scripts: new Set<string>(), stylesheets: new Set<string>() };
		page.on('response', (response) => {
			const type = response.request().resourceType();
			const url = new URL(response.url());
			if (type === 'script') loaded.scripts.add(url.pathname);
			if (type === 'stylesheet') loaded.stylesheets.add(url.pathname);
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const computed = startupAssets(SITE, path);
		// The route's nodes are imported once the entry scripts have run, which on a loaded machine
		// can come after a quiet half second: wait for them, failing on any missing or extra file.
		await expect.poll(() => [...loaded.scripts].sort()).toEqual(computed.scripts);
		await expect.poll(() => [...loaded.stylesheets].sort()).toEqual(computed.stylesheets);
	});
}

test('every <img> has a width and a height, so nothing shifts as images load', () => {
	const unsized: string[] = [];
	for (const file of builtFiles('.html')) {
		for (const [tag] of readFileSync(file, 'utf8').matchAll(/<img\b[^>]*>/g))
			if (!/\swidth=/.test(tag) || !/\sheight=/.test(tag)) unsized.push(`${file}: ${tag}`);
	}
	expect(unsized).toEqual([]);
});

test('fonts are the system’s or the site’s own: no font or stylesheet from another site', () => {
	const remote = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
	const offsite: string[] = [];
	for (const file of builtFiles('.css', '.html')) {
		const text = readFileSync(file, 'utf8');
		for (const [face] of text.matchAll(/@font-face\s*{[^}]*}/g))
			for (const [, url] of face.matchAll(/url\(\s*["']?([^"')]+)/g))
				if (remote.test(url!) && !url!.startsWith('data:')) offsite.push(`${file}: ${url}`);
		for (const [, url] of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"');\s]+)/g))
			if (remote.test(url!)) offsite.push(`${file}: @import ${url}`);
		for (const [tag] of text.matchAll(/<link\b[^>]*rel="(?:stylesheet|preload)"[^>]*>/g))
			if (remote.test(tag.match(/\shref="([^"]*)"/)?.[1] ?? '')) offsite.push(`${file}: ${tag}`);
	}
	expect(offsite).toEqual([]);
});
