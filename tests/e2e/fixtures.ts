// Shared end-to-end fixtures: every test fails on a console error, a page error, a Content-Security-Policy violation or a request that leaves the local server.
import { test as base, expect } from '@playwright/test';

interface Guards {
	/** Messages of console errors and uncaught page errors seen so far. */
	pageErrors: string[];
	/** URLs requested from anywhere but the local test server. */
	externalRequests: string[];
	/** Content-Security-Policy violations reported in any frame of the page. */
	cspViolations: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<Guards>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console or page errors').toEqual([]);
		},
		{ auto: true }
	],
	externalRequests: [
		async ({ page }, use) => {
			const external: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
				if (!LOCAL_HOSTS.has(url.hostname)) external.push(request.url());
			});
			await use(external);
			expect(external, 'requests that left the local server').toEqual([]);
		},
		{ auto: true }
	],
	cspViolations: [
		async ({ page }, use) => {
			const violations: string[] = [];
			await page.exposeBinding('__reportCspViolation', ({ frame }, violation: string) => {
				violations.push(`${violation} on ${frame.url()}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as Record<string, (text: string) => void>)
						.__reportCspViolation;
					report?.(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
							` (${event.sourceFile}:${event.lineNumber})`
					);
				});
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
