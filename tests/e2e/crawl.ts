// A crawler over the built site: every page reachable from the home page, its links and its anchors.
import type { APIRequestContext } from '@playwright/test';

export interface CrawledPage {
	path: string;
	status: number;
	/** Response headers, names in lower case. */
	headers: Record<string, string>;
	html: string;
	links: { href: string; target: URL }[];
	ids: Set<string>;
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'g');

function decodeEntities(value: string): string {
	return value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

/** Crawls from `start` (`/` by default; a path or several), following every same-origin link found in the HTML; assets are fetched but not parsed. */
export async function crawlSite(
	request: APIRequestContext,
	origin: string,
	start: string | string[] = '/'
): Promise<Map<string, CrawledPage>> {
	const pages = new Map<string, CrawledPage>();
	const queue = [start].flat();
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (pages.has(path)) continue;
		const response = await request.get(`${origin}${path}`);
		const headers = response.headers();
		const type = headers['content-type'] ?? '';
		const html = type.includes('text/html') ? await response.text() : '';
		const base = new URL(path, origin);
		const links = [...html.matchAll(ATTRIBUTE('href')), ...html.matchAll(ATTRIBUTE('src'))].map(
			(match) => {
				const href = decodeEntities(match[1]!);
				return { href, target: new URL(href, base) };
			}
		);
		pages.set(path, {
			path,
			status: response.status(),
			headers,
			html,
			links,
			ids: new Set([...html.matchAll(ATTRIBUTE('id'))].map((match) => decodeEntities(match[1]!)))
		});
		for (const { target } of links) {
			if (target.origin !== origin) continue;
			const next = target.pathname;
			if (!pages.has(next) && !queue.includes(next)) queue.push(next);
		}
	}
	return pages;
}
