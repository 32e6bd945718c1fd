// Reaching a page as a reader inside the site does: by a link, which the router follows.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Reaches the home page from /about, by the sections' Timeline link. */
export async function followTimelineLinkFromAbout(page: Page) {
	await page.goto('/about');
	// The router follows links once the page's script has started; a click before that loads the
	// home page from the server, with its list in it (a race a loaded machine lost).
	await page.waitForLoadState('networkidle');
	await page
		.getByRole('navigation', { name: 'Sections' })
		.getByRole('link', { name: 'Timeline' })
		.click();
	await expect(page).toHaveURL(/\/$/);
}
