// Every route and interface state a reader can reach, opened and settled, for the checks that run on all of them.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export type Scheme = 'light' | 'dark';

export interface PageState {
	name: string;
	/** Opens the state and waits until it has settled (scripts started, results shown). */
	open: (page: Page, scheme: Scheme) => Promise<void>;
	/** A console error the state causes on purpose (the 404 page's own status), not a fault. */
	expectedError?: RegExp;
	/** Only wider than a phone: there the header holds the search box (a phone's is a link to /search). */
	widerThanPhone?: boolean;
}

/** Drops the console error a state causes on purpose from those the fixtures fail on. */
export function forgiveExpectedError(state: PageState, pageErrors: string[]) {
	const index = state.expectedError
		? pageErrors.findIndex((error) => state.expectedError!.test(error))
		: -1;
	if (index !== -1) pageErrors.splice(index, 1);
}

/**
 * Opens `path` and waits until no request of the page or its frames has been open for 500 ms.
 * Counted here from the requests' own ends rather than by Playwright's "networkidle", which on a
 * loaded machine sometimes never came for the embed builder although every request had finished.
 */
async function settled(page: Page, path: string) {
	const open = new Set<unknown>();
	let lastChange = Date.now();
	const change = () => (lastChange = Date.now());
	page.on('request', (request) => (open.add(request), change()));
	page.on('requestfinished', (request) => (open.delete(request), change()));
	page.on('requestfailed', (request) => (open.delete(request), change()));
	await page.goto(path);
	await expect
		.poll(() => open.size === 0 && Date.now() - lastChange >= 500, { timeout: 15_000 })
		.toBe(true);
}

async function withTimeline(page: Page, path: string) {
	await settled(page, path);
	await expect(page.getByRole('group', { name: 'Timeline' }).first()).toHaveAttribute(
		'data-from',
		/^\d{4}-\d{2}-\d{2}$/
	);
}

async function searchFor(page: Page, path: string, query: string) {
	await settled(page, path);
	// The search page's own box is a search field over links; elsewhere the header's combobox.
	if (path === '/search') {
		await page
			.getByRole('main')
			.getByRole('searchbox', { name: /Search events/ })
			.fill(query);
		await expect(
			page.getByRole('main').getByRole('region').getByRole('link').first()
		).toBeVisible();
		return;
	}
	await page.getByRole('combobox', { name: /Search events/ }).fill(query);
	await expect(
		page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
	).toBeVisible();
}

/** The presentation is dark unless asked for light (it ignores the system scheme, for projectors). */
const deck = (scheme: Scheme, rest = '') =>
	`/present${scheme === 'light' ? '?scheme=light' : ''}${rest}`;

async function openDeck(page: Page, scheme: Scheme) {
	await settled(page, deck(scheme, '#3'));
	await expect(page.locator('#slide-3.current')).toHaveCount(1);
}

const plain = (name: string, path = name): PageState => ({
	name,
	open: (page) => settled(page, path)
});

export const PAGE_STATES: PageState[] = [
	{ name: 'home', open: (page) => withTimeline(page, '/') },
	{
		name: 'home with an event selected',
		open: async (page) => {
			await withTimeline(page, '/?event=anchorage-dialogue');
			await expect(
				page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
			).toBeVisible();
		}
	},
	{
		name: 'home filtered by a theme',
		open: async (page) => {
			await withTimeline(page, '/?themes=taiwan');
			await expect(
				page.getByRole('button', { name: /^The Taiwan question/, pressed: true })
			).toBeVisible();
		}
	},
	{ name: 'search page with results', open: (page) => searchFor(page, '/search', 'climate') },
	{
		name: 'header search with results',
		open: (page) => searchFor(page, '/about', 'Blinken'),
		widerThanPhone: true
	},
	plain('/events/anchorage-dialogue'),
	plain('/themes/taiwan'),
	plain('/sources/spark-anchorage-digest'),
	plain('/sources/spark-anchorage-digest/original'),
	plain('/people'),
	plain('/people/antony-blinken'),
	plain('/commitments'),
	plain('/vocabulary'),
	plain('/events'),
	plain('/themes'),
	plain('/sources'),
	plain('/about'),
	plain('/embed/builder'),
	{
		...plain('404 page', '/no-such-page'),
		expectedError: /status of 404/
	},
	// The embed is light unless asked for dark (an article's page is seldom dark).
	{
		name: '/embed',
		open: (page, scheme) => withTimeline(page, `/embed${scheme === 'dark' ? '?scheme=dark' : ''}`)
	},
	{
		name: '/embed with an event open',
		open: async (page, scheme) => {
			await withTimeline(
				page,
				`/embed?event=anchorage-dialogue${scheme === 'dark' ? '&scheme=dark' : ''}`
			);
			await expect(
				page.getByRole('region', { name: 'High-level strategic dialogue in Anchorage' })
			).toBeVisible();
		}
	},
	{ name: '/present on a slide', open: openDeck },
	{
		name: '/present overview',
		open: async (page, scheme) => {
			await openDeck(page, scheme);
			await page.keyboard.press('o');
			await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
		}
	},
	plain('/present/notes', '/present/notes#3'),
	plain('/present/handout'),
	plain('/present/worksheet')
];
