// What a prerendered page loads at start-up, read from the build: its scripts (with every chunk they import) and stylesheets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StartupAssets {
	/** Paths of the JavaScript files, e.g. `/_app/immutable/entry/start.X.js`. */
	scripts: string[];
	/** Paths of the stylesheets the page loads. */
	stylesheets: string[];
	/** The CSS inlined in the page's `<style>` elements (SvelteKit's `inlineStyleThreshold`). */
	inlineCss: string;
}

/** The HTML file of a page path: `/` → `index.html`, `/embed` → `embed.html`. */
export function pageFile(site: string, path: string): string {
	return join(site, path === '/' ? 'index.html' : `${path.slice(1)}.html`);
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Static imports and re-exports of a minified ES module (`import"./a.js"`, `import{x}from"./b.js"`); not `import()`. */
const STATIC_IMPORT =
	/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;

/**
 * The page's start-up JavaScript and CSS. The method: take the HTML's `<link rel="modulepreload">`
 * and `<script src>` URLs, and the modules its inline start-up script passes to `import()`; add
 * SvelteKit's root error page, which its client imports as soon as it starts (`void
 * default_error_loader()` in kit's client.js); then add, recursively, every module those import
 * statically. Modules imported with `import()` later (on demand, such as search) are not start-up
 * code. Stylesheets are the `<link rel="stylesheet">`s that are not `disabled` (SvelteKit keeps a
 * disabled link to each stylesheet it inlined, for client-side navigation; browsers do not fetch
 * those), and the CSS of the `<style>` elements. tests/e2e/budgets.spec.ts checks this against what
 * the browser loads.
 */
export function startupAssets(site: string, path: string): StartupAssets {
	const html = readFileSync(pageFile(site, path), 'utf8');
	const page = new URL(path, 'http://site/');
	const toPath = (href: string) => new URL(href, page).pathname;

	const tags = html.match(/<(link|script)\b[^>]*>/g) ?? [];
	const stylesheets = tags
		.filter(
			(tag) =>
				tag.startsWith('<link') &&
				attribute(tag, 'rel') === 'stylesheet' &&
				!/\sdisabled[\s>]/.test(tag)
		)
		.map((tag) => toPath(attribute(tag, 'href')!));
	const entries = [
		...tags
			.filter((tag) => tag.startsWith('<link') && attribute(tag, 'rel') === 'modulepreload')
			.map((tag) => attribute(tag, 'href')!),
		...tags
			.filter((tag) => tag.startsWith('<script') && attribute(tag, 'src'))
			.map((tag) => attribute(tag, 'src')!),
		...[...html.matchAll(/\bimport\("([^"]+)"\)/g)].map((match) => match[1]!)
	].map(toPath);

	const app = entries.find((entry) => /\/entry\/app\.[\w-]+\.js$/.test(entry));
	if (app) {
		const errorPage = readFileSync(join(site, app), 'utf8').match(
			/import\([`'"]([^`'"]*\/nodes\/1\.[\w-]+\.js)[`'"]\)/
		)?.[1];
		if (errorPage) entries.push(new URL(errorPage, new URL(app, 'http://site/')).pathname);
	}

	const scripts = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const script = queue.shift()!;
		if (scripts.has(script)) continue;
		scripts.add(script);
		const code = readFileSync(join(site, script), 'utf8');
		const base = new URL(script, 'http://site/');
		for (const [, specifier] of code.matchAll(STATIC_IMPORT))
			queue.push(new URL(specifier!, base).pathname);
	}
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map((match) => match[1]!)
		.join('\n');
	return {
		scripts: [...scripts].sort(),
		stylesheets: [...new Set(stylesheets)].sort(),
		inlineCss
	};
}
