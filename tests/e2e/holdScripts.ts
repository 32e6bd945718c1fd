// Holds back a page's scripts (SvelteKit's modules) until released: what a reader sees, and can do,
// before they have started.
import type { Page } from '@playwright/test';

/** Holds every request for the app's modules; returns the function that lets them through. */
export async function holdScripts(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		// A page left meanwhile has had its requests cancelled.
		await route.continue().catch(() => undefined);
	});
	return release;
}
