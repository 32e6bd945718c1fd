// Share cards and embed discovery, as a chat app, a social network or a CMS meets them: each page's
// og:image (a 1200 × 630 PNG for the home page and for every event) and its oEmbed document, whose
// iframe is exactly the builder's snippet.
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

interface Dataset {
	site: { url: string; title: string };
	events: { id: string; title: string }[];
}

let dataset: Dataset;

test.beforeAll(async ({ request }) => {
	const { events } = await (await request.get('/data/timeline.json')).json();
	// The site's address and name, as the home page gives them.
	const home = await (await request.get('/')).text();
	const url = home.match(/<link rel="canonical" href="([^"]+)\/"/)![1]!;
	const title = home.match(/<meta property="og:site_name" content="([^"]+)"/)![1]!;
	dataset = { site: { url, title: title.replaceAll('&amp;', '&') }, events };
});

/** The path of an absolute address of the site, to fetch it from the server under test. */
const localPath = (url: string) => {
	expect(url.startsWith(`${dataset.site.url}/`), url).toBe(true);
	return url.slice(dataset.site.url.length);
};

async function pngSize(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const body = await response.body();
	expect([...body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** The head's share card and oEmbed discovery link of a page, read from its HTML. */
async function headOf(request: APIRequestContext, path: string) {
	const html = await (await request.get(path)).text();
	const attribute = (pattern: RegExp) => html.match(pattern)?.[1]?.replaceAll('&amp;', '&');
	return {
		image: attribute(/<meta property="og:image" content="([^"]+)"/),
		imageWidth: attribute(/<meta property="og:image:width" content="([^"]+)"/),
		card: attribute(/<meta name="twitter:card" content="([^"]+)"/),
		oembed: attribute(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)
	};
}

test('the home page and every event page have a 1200 × 630 share card of their own', async ({
	request
}) => {
	const pages = [
		{ path: '/', image: '/share/timeline.png' },
		...dataset.events.map(({ id }) => ({ path: `/events/${id}`, image: `/share/events/${id}.png` }))
	];
	const seen = new Set<string>();
	for (const { path, image } of pages) {
		const head = await headOf(request, path);
		expect(localPath(head.image!), path).toBe(image);
		expect(head.imageWidth).toBe('1200');
		expect(head.card).toBe('summary_large_image');
		expect(await pngSize(request, image)).toEqual({ width: 1200, height: 630 });
		const bytes = (await (await request.get(image)).body()).toString('base64');
		expect(seen.has(bytes), `${image} is the same picture as another page's`).toBe(false);
		seen.add(bytes);
	}
});

test('every page with a timeline or an event links its oEmbed document: rich, with the builder’s snippet', async ({
	request,
	page
}) => {
	await page.goto('/embed/builder');
	const snippetFor = async (eventId: string) => {
		await page.getByRole('combobox', { name: 'Starting event' }).selectOption(eventId);
		// The builder gives the address it is served from (the build has a placeholder one).
		const origin = new URL(page.url()).origin;
		const snippet = [await page.locator('#snippet').inputValue()];
		// The frame fits its height to the events shown with the resize script, given with it.
		snippet.push(await page.locator('#script').inputValue());
		return snippet.join('\n').replaceAll(origin, dataset.site.url);
	};
	const documents = [
		{ path: '/', eventId: '', title: dataset.site.title },
		...dataset.events
			.slice(0, 5)
			.map(({ id, title }) => ({ path: `/events/${id}`, eventId: id, title }))
	];
	for (const { path, eventId, title } of documents) {
		const { oembed } = await headOf(request, path);
		const response = await request.get(localPath(oembed!));
		expect(response.status(), oembed).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		// A CMS's editor may read it from the browser, on another origin.
		expect(response.headers()['access-control-allow-origin']).toBe('*');
		const document = await response.json();
		expect(document).toMatchObject({
			version: '1.0',
			type: 'rich',
			title,
			provider_name: dataset.site.title,
			width: expect.any(Number),
			height: expect.any(Number)
		});
		expect(document.html).toBe(await snippetFor(eventId));
		expect(await pngSize(request, localPath(document.thumbnail_url))).toEqual({
			width: document.thumbnail_width,
			height: document.thumbnail_height
		});
	}
});

test('once the reader follows a link inside the site, the head no longer names the first page', async ({
	page
}) => {
	await page.goto('/');
	// The browser has taken the timeline over: the router follows links from now on.
	await expect(page.locator('[aria-label="Timeline"][data-from]')).toHaveCount(1);
	// Written for the page first loaded, read by crawlers and a phone's share sheet.
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
	const event = dataset.events[3]!;
	await page.locator(`.event-list a[href$="/events/${event.id}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
	await expect(page).toHaveTitle(new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	// The router moved: no tag is left naming the home page (the address bar's is the page's).
	const named = await page
		.locator('link[rel="canonical"], meta[property="og:url"], meta[property="og:title"]')
		.evaluateAll((tags) =>
			tags.map((tag) => tag.getAttribute('href') ?? tag.getAttribute('content'))
		);
	expect(
		named.filter((value) => !value?.includes(event.id) && !value?.includes(event.title))
	).toEqual([]);
});
