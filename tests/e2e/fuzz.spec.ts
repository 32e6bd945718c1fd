// Hostile and broken addresses on the three entry points: no page error, and the default view every time.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PIECES = [
	'',
	'event=',
	'event=nope',
	'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'event=javascript:alert(1)',
	'event=anchorage-dialogue%00',
	`event=${'x'.repeat(3000)}`,
	'themes=,,,',
	'themes=%F0%9F%92%A5',
	'themes=taiwan%E2%80%AE',
	"themes=climate'%22><img src=x onerror=alert(1)>",
	'from=2021-02-30&to=2024-01-01',
	'from=2023-13-01&to=2024-01-01',
	'from=yesterday&to=tomorrow',
	'from=2024-01-01&to=2021-01-01',
	'from=0000-00-00',
	'from=-271821-04-20&to=275760-09-13',
	'to=9999-99-99',
	'height=-1',
	'height=1e9',
	'height=NaN',
	'scheme=%3Cstyle%3E',
	'controls=%u0000',
	'panel=http://evil.example',
	'theme=nope',
	'theme=%3Cb%3E',
	'%',
	'%%%',
	'&&&=&=',
	'a[]=1&a[]=2',
	'__proto__=x&constructor=y',
	'event=%E0%A4%A'
];
const HASHES = [
	'',
	'#',
	'#0',
	'#-1',
	'#999999',
	'#nope',
	'#%E0%A4%A',
	'#<script>',
	`#${'9'.repeat(400)}`,
	'#javascript:alert(1)',
	'#%F0%9F%98%80'
];

/** 200 addresses built from the pieces above with a fixed seed, so every run tries the same ones. */
function addresses(): string[] {
	let seed = 2024;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	return Array.from({ length: 200 }, () => {
		const query = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PIECES)).join(
			'&'
		);
		return `?${query}${pick(HASHES)}`;
	});
}

async function expectDefaultTimeline(page: Page, frame = page.mainFrame()) {
	const timeline = frame.getByRole('group', { name: 'Timeline' });
	await expect(timeline).toHaveAttribute('data-from', /^(2020-12|2021-01)-/);
	await expect(frame.locator('#event-panel')).toHaveCount(0);
}

const ALL = addresses();

test('200 broken addresses on /, /embed and /present open the default view without an error', async ({
	page
}) => {
	test.setTimeout(240_000);
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	for (const [index, address] of ALL.entries()) {
		const route = ['/', '/embed', '/present'][index % 3]!;
		await page.goto(`${route}${address}`);
		if (route === '/present') {
			await expect(page.locator('.slide.current'), address).toHaveAttribute('id', 'slide-1');
		} else {
			await expectDefaultTimeline(page);
		}
	}
	expect(dialogs).toBe(0);
});
