// What no other timeline shows: whose words, and the diplomatic vocabulary, each linked to its sentence.
import { expect, test } from './fixtures';

test('the Anchorage page sets a US and a Chinese voice side by side', async ({ page }) => {
	await page.goto('/events/anchorage-dialogue');
	const us = page.getByRole('region', { name: /In the words of: US government/ });
	const china = page.getByRole('region', { name: /In the words of: Chinese government/ });
	await expect(us.locator('blockquote').first()).toContainText('helpful');
	await expect(china.locator('blockquote').first()).toBeVisible();
	const [usBox, chinaBox] = [(await us.boundingBox())!, (await china.boundingBox())!];
	expect(Math.abs(usBox.y - chinaBox.y)).toBeLessThan(5);
});

test('an event page lists the descriptors used about it and by whom', async ({ page }) => {
	await page.goto('/events/kritenbrink-beijing');
	const descriptors = page.getByRole('region', { name: 'How it was described' });
	await expect(descriptors.getByRole('listitem').filter({ hasText: 'frank' })).toContainText(
		'Chinese government'
	);
	await expect(descriptors.getByRole('listitem').filter({ hasText: 'productive' })).toContainText(
		'US government'
	);
});

test('each mark on /vocabulary links to the sentence it came from', async ({ page }) => {
	await page.goto('/vocabulary');
	const marks = page
		.getByRole('group', { name: 'Descriptors over time, by voice' })
		.getByRole('link');
	expect(await marks.count()).toBeGreaterThan(15);
	const labels = await marks.evaluateAll((links) =>
		links.map((link) => link.getAttribute('aria-label')!)
	);
	const index = labels.findIndex((label) => label.startsWith('substantive'));
	const mark = marks.nth(index);
	const label = labels[index]!;
	expect(label).toMatch(/^substantive, Chinese government, 2024-01-26: /);
	const sentence = label.replace(/^[^:]+: /, '');
	await mark.click();
	await expect(page).toHaveURL(/\/sources\/xinhua-wang-yi-sullivan-bangkok#t-\d+$/);
	const anchor = page.locator(':target');
	await expect(anchor).toBeInViewport();
	const paragraph = await anchor.evaluate((element) => {
		const copy = element.closest('p')!.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.cited-by').forEach((link) => link.remove());
		return copy.textContent!;
	});
	expect(paragraph.replace(/\s+/g, ' ')).toContain(sentence.slice(0, 60));
});
