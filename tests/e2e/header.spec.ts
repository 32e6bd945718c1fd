// The header on a phone: one row (the site's name, a Menu button and a Search link), so the timeline
// starts within the first screen; the sections open from Menu as a popover, with no script needed.
// On wider screens the sections and the search box sit in the header as before.
import { expect, test } from './fixtures';
import { holdScripts } from './holdScripts';

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`at 390 × 844, ${scheme}`, () => {
		test.use({ viewport: { width: 390, height: 844 }, colorScheme: scheme });

		test('the header is one row and the timeline starts within the first screen', async ({
			page
		}) => {
			await page.goto('/');
			const header = page.locator('header.site-header');
			const headerBox = (await header.boundingBox())!;
			// One row: as tall as its tallest item (the name may take two lines), not a stack of rows.
			expect(headerBox.height).toBeLessThanOrEqual(60);
			await expect(header.getByRole('combobox')).toBeHidden();
			await expect(header.getByRole('navigation', { name: 'Sections' })).toBeHidden();
			const timeline = page
				.getByRole('group', { name: 'Timeline' })
				.locator('.rows .entry')
				.first();
			// Read where it is found: the browser's rows replace the build's as their code arrives.
			const top = await timeline.evaluate((row) => row.getBoundingClientRect().y);
			expect(top).toBeLessThan(844 - 100);
		});

		test('Menu opens the sections and Escape closes them; Search leads to the search page', async ({
			page
		}) => {
			await page.goto('/');
			const sections = page.getByRole('navigation', { name: 'Sections' });
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(sections).toBeVisible();
			await expect(sections.getByRole('link', { name: 'Themes' })).toBeInViewport();
			await page.keyboard.press('Escape');
			await expect(sections).toBeHidden();

			await page.getByRole('button', { name: 'Menu' }).click();
			await sections.getByRole('link', { name: 'About' }).click();
			await expect(page).toHaveURL(/\/about$/);

			// The menu closed as the page changed.
			await expect(sections).toBeHidden();
			await page.locator('header.site-header').getByRole('link', { name: 'Search' }).click();
			await expect(page).toHaveURL(/\/search$/);
			await expect(page.getByRole('searchbox', { name: /Search events/ })).toBeVisible();
		});
	});
}

test.describe('at 390 × 844, a quick tap', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the sections opened before the page’s scripts have started stay open once they have', async ({
		page
	}) => {
		const release = await holdScripts(page);
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		const sections = page.getByRole('navigation', { name: 'Sections' });
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(sections).toBeVisible();
		release();
		await expect(page.getByRole('group', { name: 'Timeline' })).toHaveClass(/rows-live/);
		await expect(sections).toBeVisible();
	});
});

test.describe('at 320 × 640 with text at 200%', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the sections taller than the screen scroll within it: the last is reached and opens', async ({
		page
	}) => {
		await page.goto('/about');
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await page.getByRole('button', { name: 'Menu' }).click();
		const sections = page.getByRole('navigation', { name: 'Sections' });
		await expect(sections).toBeVisible();
		const box = (await sections.boundingBox())!;
		expect(box.y + box.height, 'within the screen').toBeLessThanOrEqual(640);
		const last = sections.getByRole('link').last();
		await last.scrollIntoViewIfNeeded();
		await expect(last).toBeInViewport({ ratio: 1 });
		const path = await last.getAttribute('href');
		await last.click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
	});
});

test.describe('without JavaScript, at 390 × 844', () => {
	test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

	test('Menu still opens the sections (a popover is plain HTML)', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
	});
});

test.describe('at 1440 × 900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the sections and the search box are in the header, with no Menu button', async ({
		page
	}) => {
		await page.goto('/');
		const header = page.locator('header.site-header');
		await expect(header.getByRole('navigation', { name: 'Sections' })).toBeVisible();
		await expect(header.getByRole('link', { name: 'Themes' })).toBeVisible();
		await expect(header.getByRole('combobox')).toBeVisible();
		await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden();
		expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
	});
});

test('the sections say which page is current, and which section holds a page within it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const sections = page.getByRole('navigation', { name: 'Sections' });
	for (const [path, section, current] of [
		['/', 'Timeline', 'page'],
		['/events/bali-summit', 'Timeline', 'true'],
		['/themes', 'Themes', 'page'],
		['/themes/taiwan', 'Themes', 'true']
	] as const) {
		await page.goto(path);
		const marked = sections.locator('[aria-current]');
		await expect(marked, path).toHaveCount(1);
		await expect(marked, path).toHaveText(section);
		await expect(marked, path).toHaveAttribute('aria-current', current);
	}
});

test('the header is as tall on the search page, which has no search box in it, as on any other', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const height = async (path: string) => {
		await page.goto(path);
		return (await page.locator('header.site-header').boundingBox())!.height;
	};
	const home = await height('/');
	expect(await height('/search?q=taiwan')).toBeCloseTo(home, 0);
	expect(await height('/events/bali-summit')).toBeCloseTo(home, 0);
});
