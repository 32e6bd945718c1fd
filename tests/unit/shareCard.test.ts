// Share cards (og:image) and oEmbed documents: the card's text fitted and escaped, the event marked
// on the whole timeline; the oEmbed document's iframe exactly the builder's snippet.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED } from '../../src/lib/embed/embedOptions';
import { frameTitle, iframeSnippet, resizeScriptSnippet } from '../../src/lib/embed/snippet';
import { loadDataset } from '../../src/lib/server/data/load';
import { oembedDocument } from '../../src/lib/server/exports/oembed';
import {
	eventShareCard,
	SHARE_HEIGHT,
	SHARE_WIDTH,
	shareCardSvg,
	wrapTitle
} from '../../src/lib/server/exports/shareImage';
import { shareCardPng } from '../../src/lib/server/exports/shareImagePng';
import { textWidth } from '../../src/lib/timeline/textWidth';
import { toTimelineEntries } from '../../src/lib/timelineEntries';

const dataset = loadDataset('data').dataset!;
const entries = toTimelineEntries(dataset.events);

describe('wrapTitle', () => {
	it('keeps a short title on one line at the largest size', () => {
		expect(
			wrapTitle('Lavrov visits China', { width: 1088, size: 56, smallest: 36, most: 2 })
		).toEqual({ size: 56, lines: ['Lavrov visits China'] });
	});

	it('wraps a long one at words, every line within the width, shrinking it to fit two lines', () => {
		const title = 'Chinese fighter intercepts a US surveillance plane over the South China Sea';
		const wrapped = wrapTitle(title, { width: 1088, size: 56, smallest: 36, most: 2 });
		expect(wrapped.lines.length).toBeLessThanOrEqual(2);
		expect(wrapped.lines.join(' ')).toBe(title);
		for (const line of wrapped.lines)
			expect(textWidth(line, wrapped.size, 'bold')).toBeLessThanOrEqual(1088);
	});

	it('cuts what will not fit two lines at the smallest size at a word, with an ellipsis', () => {
		const wrapped = wrapTitle('word '.repeat(80).trim(), {
			width: 600,
			size: 56,
			smallest: 36,
			most: 2
		});
		expect(wrapped.size).toBe(36);
		expect(wrapped.lines).toHaveLength(2);
		expect(wrapped.lines[1]).toMatch(/word…$/);
	});
});

describe('shareCardSvg', () => {
	const bali = entries.find((entry) => entry.id === 'bali-summit')!;

	it('names the site, the event and its date, and marks it on the timeline', () => {
		const svg = shareCardSvg(eventShareCard(dataset.site.title, entries, bali));
		expect(svg).toContain(`width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}"`);
		expect(svg).toContain('Biden–Xi meeting in Bali');
		expect(svg).toContain('14 November 2022 (date from the public record)');
		// The years of the axis, and one accent mark.
		for (const year of ['2021', '2022', '2023', '2024']) expect(svg).toContain(`>${year}</text>`);
		expect(svg.match(/fill="#1a56b8"/g)).toHaveLength(1);
		// The timeline's card marks no event.
		expect(
			shareCardSvg({ ...eventShareCard(dataset.site.title, entries, bali), eventId: undefined })
		).not.toContain('fill="#1a56b8"');
	});

	it('marks the cluster an event is in, with its count, rather than the event beside it', () => {
		const svgOf = (id: string) =>
			shareCardSvg(
				eventShareCard(dataset.site.title, entries, entries.find((entry) => entry.id === id)!)
			);
		const timelineCard = shareCardSvg({
			...eventShareCard(dataset.site.title, entries, bali),
			eventId: undefined
		});
		const badges = (svg: string) =>
			[...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="12"/g)].map(
				(m) => `${m[1]},${m[2]}`
			);
		// The last three events (San Francisco, Bangkok, the counter-narcotics group) share a cluster
		// in the card's band; Bali stands alone.
		const bangkok = svgOf('bangkok-talks');
		const accent = [
			...bangkok.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="16" fill="#1a56b8"/g)
		];
		expect(accent).toHaveLength(1);
		// It sits on a cluster of the timeline's card, says its count, and no other accent dot is drawn.
		expect(badges(timelineCard)).toContain(`${accent[0]![1]},${accent[0]![2]}`);
		expect(bangkok).toMatch(/fill="#ffffff" text-anchor="middle">3<\/text>\s*$/m);
		expect(bangkok).not.toContain('r="15" fill="#1a56b8"');
		expect(svgOf('bali-summit')).toContain('r="15" fill="#1a56b8"');
	});

	it('writes text as text, never as markup', () => {
		const hostile = { ...bali, title: '<script>x</script> & "y"' };
		const svg = shareCardSvg(
			eventShareCard(
				'Site <b>',
				entries.map((entry) => (entry.id === bali.id ? hostile : entry)),
				hostile
			)
		);
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;y&quot;');
		expect(svg).toContain('Site &lt;b&gt;');
	});

	it('rasterises to a 1200 × 630 PNG', async () => {
		const png = await shareCardPng(eventShareCard(dataset.site.title, entries, bali));
		expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const view = new DataView(png.buffer, png.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
	});

	it('gives back the memory of the cards it has drawn, as a build of one card per event needs', async () => {
		const card = eventShareCard(dataset.site.title, entries, bali);
		const cards = 128;
		await shareCardPng(card);
		const before = process.memoryUsage().rss;
		for (let drawn = 0; drawn < cards; drawn++) await shareCardPng(card);
		const grown = process.memoryUsage().rss - before;
		// A card's picture alone is 1200 × 630 × 4 bytes, about 3 MB: kept, the cards would take
		// 128 of them. Collected every few dozen cards (shareImagePng.ts), at most those drawn
		// between two collections are held at once, which is how far the process may have grown
		// whatever the moment it is measured at: half of what keeping them all would take.
		const picture = SHARE_WIDTH * SHARE_HEIGHT * 4;
		expect(grown).toBeLessThan((cards / 2) * picture);
	}, 30_000);
});

describe('oembedDocument', () => {
	it('is a rich document whose html is the builder’s snippet for the event, with its resize script', () => {
		const document = oembedDocument(dataset.site, 'Biden–Xi meeting in Bali', 'bali-summit');
		expect(document).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 640 });
		expect(document.html).toBe(
			[
				iframeSnippet(
					dataset.site.url,
					{ ...DEFAULT_EMBED, themes: [], voices: [], event: 'bali-summit' },
					frameTitle(dataset.site.title, { themes: [], event: 'Biden–Xi meeting in Bali' })
				),
				resizeScriptSnippet(dataset.site.url)
			].join('\n')
		);
		expect(document.html).toContain(
			`title="${dataset.site.title}: interactive timeline, opened at Biden–Xi meeting in Bali"`
		);
		expect(document.html).toContain(`src="${dataset.site.url}/embed?event=bali-summit"`);
		expect(document.thumbnail_url).toBe(`${dataset.site.url}/share/events/bali-summit.png`);
	});
});
