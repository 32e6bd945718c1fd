// The Chromium every browser test and the bench run: Debian's when present (otherwise Playwright's own), with the same switches.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, or undefined for the one Playwright installs. */
export const chromiumPath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	// Chromium readies its address bar's suggestion popups, two web pages in processes of their
	// own, for every window it opens, that is for every test and every measured page load; nothing
	// here uses them, and they took processor time from the page under test.
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];
