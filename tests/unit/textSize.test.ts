// A reader's larger text size: the timeline is laid out at its width in rem, so labels leave room for
// the larger type instead of being cut.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { layoutBucket, timelineGeometry } from '../../src/lib/timeline/geometry';
import { LAYOUT_WIDTHS } from '../../src/lib/timeline/layoutWidths';
import { LABEL_SIZE } from '../../src/lib/timeline/marks';
import { labelPixels, markPlacement } from '../../src/lib/timeline/placement';
import { textWidth } from '../../src/lib/timeline/textWidth';
import { trackDomain, trackOf } from '../../src/lib/timeline/track';
import { IDENTITY, zoomBy } from '../../src/lib/timeline/zoom';
import { toTimelineEntries } from '../../src/lib/timelineEntries';

const entries = toTimelineEntries(loadDataset('data').dataset!.events);
const track = trackOf(entries);
const domain = trackDomain(track);

/** A label's type at a root font size, px: `min(0.8125rem, 19.5px)` (TimelineMarks.svelte). */
const labelType = (textSize: number) => Math.min((LABEL_SIZE * textSize) / 16, 19.5);
/** A label's padding, px (MarkLabel.svelte). */
const PADDING = 6;

/**
 * The words a label shows in a frame `width` px wide with type `type` px: its text, each word a
 * wider frame adds from the width it names (in em of the type), and the ellipsis until its width.
 */
function shownWords(
	label: { text: string; more: [string, string | undefined][] },
	width: number,
	type: number
): string {
	const px = (style: string | undefined, name: string) => {
		const em = style?.match(new RegExp(`--${name}:([\\d.]+)em`))?.[1];
		return em === undefined ? undefined : Number(em) * type;
	};
	let words = label.text;
	for (const [more, style] of label.more) {
		const from = px(style, 'from');
		const until = px(style, 'until');
		if (
			from !== undefined
				? width > from - 0.5078125
				: until === undefined || width < until - 0.5078125
		)
			words += more;
	}
	return words;
}

describe('a reader’s text size', () => {
	it('picks the layout width of the frame’s width in rem, where the text is larger', () => {
		expect(layoutBucket(1600)).toBe(layoutBucket(1600, 16));
		expect(layoutBucket(1600, 32)).toBe(layoutBucket(800));
		expect(layoutBucket(1280, 20)).toBe(layoutBucket(1024));
	});

	// Marks, gaps and a label's padding do not shrink with smaller text: a layout wider than its
	// frame would draw labels over the next mark.
	it('never lays a frame out wider than it is, at a smaller text size', () => {
		for (const textSize of [9, 12, 14, 16, 20, 32])
			for (let width = 200; width <= 2800; width += 10)
				expect(
					timelineGeometry({ track, domain, view: IDENTITY, width, textSize }).layoutWidth,
					`${width} px at ${textSize} px text`
				).toBeLessThanOrEqual(Math.max(width, LAYOUT_WIDTHS[0]));
		expect(layoutBucket(1600, 12)).toBe(layoutBucket(1600));
	});

	const views = { 'the whole record': IDENTITY, '2023 zoomed in': undefined };
	for (const textSize of [12, 16, 20, 24, 32])
		for (const width of [1280, 1600, 1920])
			for (const [name, given] of Object.entries(views)) {
				it(`leaves every label room for its words at ${textSize} px text, ${width} px, ${name}`, () => {
					const extent = { domain, width, minSpan: 0 };
					const view = given ?? zoomBy(IDENTITY, 3, width * 0.85, extent);
					const geometry = timelineGeometry({ track, domain, view, width, textSize });
					const type = labelType(textSize);
					let labelled = 0;
					for (const mark of geometry.marks) {
						const placement = markPlacement(mark, geometry.layoutWidth, entries);
						const room = (labelPixels(mark.labelWidth) * width) / geometry.layoutWidth;
						for (const label of placement.labels) {
							const words = shownWords(label, width, type);
							expect(
								textWidth(words, type) + PADDING,
								`"${words}" in ${room.toFixed(1)} px`
							).toBeLessThanOrEqual(room + 0.5);
							labelled++;
						}
					}
					expect(labelled).toBeGreaterThan(3);
				});
			}
});
