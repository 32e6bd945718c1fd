// The slides on paper (/present/slides): printed, each slide is one 16:9 page, whole, in order, as
// the room sees it; for a theme tour too.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readPdf, squeezed } from './pdf';

async function printSlides(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	const titles = await page
		.locator('.page')
		.evaluateAll((pages) => pages.map((slide) => slide.querySelector('h2')!.textContent!.trim()));
	// The print layout fits each slide to its page before the PDF is drawn.
	await page.emulateMedia({ media: 'print' });
	await expect
		.poll(() =>
			page
				.locator('.page .slide')
				.evaluateAll(
					(slides) => slides.filter((slide) => slide.scrollHeight > slide.clientHeight + 1).length
				)
		)
		.toBe(0);
	const pages = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
	return { titles, pages };
}

for (const [path, what] of [
	['/present/slides', 'every slide'],
	['/present/slides?theme=climate', 'a theme tour’s slides']
] as const)
	test(`${what} print one to a 16:9 page, in order, each whole`, async ({ page }) => {
		const { titles, pages } = await printSlides(page, path);
		const deck = await page.evaluate(
			async (query) => {
				const { events } = (await (await fetch('/data/timeline.json')).json()) as {
					events: { themes: string[] }[];
				};
				const theme = new URLSearchParams(query).get('theme');
				return events.filter((event) => !theme || event.themes.includes(theme)).length;
			},
			path.split('?')[1] ?? ''
		);
		// The title slide, one per event, the closing slide.
		expect(titles).toHaveLength(deck + 2);
		expect(pages).toHaveLength(titles.length);
		for (const [index, printed] of pages.entries()) {
			expect(printed.width / printed.height, `page ${index + 1} is 16:9`).toBeCloseTo(16 / 9, 2);
			expect(printed.text, `page ${index + 1} holds slide ${index + 1}`).toContain(
				squeezed(titles[index]!)
			);
			// The worksheet names a slide by its number: each page carries it.
			expect(printed.text, `page ${index + 1} is numbered`).toContain(
				squeezed(`${index + 1} / ${titles.length}`)
			);
		}
	});

test('light for paper whatever the screen, with no key to press; dark when asked, for a PDF to present from', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	const slideBackground = () =>
		page
			.locator('.page')
			.first()
			.evaluate((slide) => getComputedStyle(slide).backgroundColor);
	await page.goto('/present/slides');
	await page.waitForLoadState('networkidle');
	expect(await slideBackground()).toBe('rgb(255, 255, 255)');
	await expect(
		page
			.locator('.page')
			.first()
			.getByText(/Press →/)
	).toBeHidden();
	await page.getByRole('link', { name: /Dark slides, as on a projector/ }).click();
	await expect(page).toHaveURL(/\/present\/slides\?scheme=dark$/);
	await expect.poll(slideBackground).toBe('rgb(21, 23, 28)');
	await page.getByRole('link', { name: 'Light slides, for paper' }).click();
	await expect.poll(slideBackground).toBe('rgb(255, 255, 255)');
});

test('the keys list leads to the slides to print, for the deck on screen', async ({ page }) => {
	await page.goto('/present?theme=climate');
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('?');
	const link = page.getByRole('link', { name: 'The slides to print or save as a PDF' });
	await expect(link).toHaveAttribute('href', '/present/slides?theme=climate');
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Slides to print: Climate change: theme tour'
	);
});
