// The prerendered opening view: at any width, exactly what the browser's layout draws for that width.
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../bench/syntheticData.js';
import { loadDataset } from '../../src/lib/server/data/load';
import {
	axisMarks,
	fraction,
	layoutBucket,
	storyFrameHeight,
	timelineGeometry
} from '../../src/lib/timeline/geometry';
import { figureWidthRules } from '../../src/lib/timeline/figureStyle';
import { LAYOUT_WIDTHS } from '../../src/lib/timeline/layoutWidths';
import { figureFor, openingFigure } from '../../src/lib/timeline/opening';
import {
	keyOf,
	labelPixels,
	markContent,
	markPlacement,
	type MarkContent
} from '../../src/lib/timeline/placement';
import { trackDomain, trackOf } from '../../src/lib/timeline/track';
import { IDENTITY } from '../../src/lib/timeline/zoom';
import { toTimelineEntries } from '../../src/lib/timelineEntries';
import type { TimelineEntry } from '../../src/lib/model';

const realEntries = toTimelineEntries(loadDataset('data').dataset!.events);

function synthetic(count: number): TimelineEntry[] {
	return syntheticEvents(count)
		.map((event) => ({
			id: event.id,
			title: event.title,
			start: event.start,
			end: event.end,
			precision: 'day' as const,
			kind: event.kind as TimelineEntry['kind'],
			themes: event.themes as string[],
			dateWithOrigin: event.start,
			shortDateLabel: event.start,
			voices: []
		}))
		.sort((a, b) => a.start.localeCompare(b.start));
}

const countOf = (content: MarkContent) => ('count' in content ? content.count : 1);

/** Widths to try in each layout bucket: its first pixel, a few inside it, and its last. */
function widthsOf(bucket: number): number[] {
	const from = LAYOUT_WIDTHS[bucket]!;
	const to = (LAYOUT_WIDTHS[bucket + 1] ?? 2600) - 0.5;
	return [from, from + 0.5, (from + to) / 2, to];
}

describe('openingFigure', () => {
	for (const [name, entries, highlightThemes] of [
		['the real data', realEntries, []],
		['the real data, one theme highlighted', realEntries, ['taiwan']],
		['400 generated events', synthetic(400), []]
	] as const) {
		it(`draws at every width what the live layout draws there: ${name}`, () => {
			const track = trackOf(entries);
			const domain = trackDomain(track);
			const figure = openingFigure(track, domain, { highlightThemes });
			LAYOUT_WIDTHS.forEach((_, bucket) => {
				for (const width of widthsOf(bucket)) {
					expect(layoutBucket(width)).toBe(bucket);
					const live = timelineGeometry({ track, domain, view: IDENTITY, width, highlightThemes });
					const layoutWidth = live.layoutWidth;
					const drawn = figure.marks.flatMap((mark) =>
						mark.at
							.filter(([at]) => at === bucket)
							.map(([, lane, label, left]) => ({
								key: keyOf(mark),
								x: mark.x,
								lane,
								label,
								left: left === 1,
								content: mark.content
							}))
					);
					expect(drawn).toEqual(
						live.marks.map((mark) => ({
							key: mark.key,
							x: fraction(mark.x / layoutWidth),
							lane: mark.lane,
							label: labelPixels(mark.labelWidth),
							left: mark.labelLeft,
							content: markContent(entries, { ...mark, count: mark.ids.length })
						}))
					);
					const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
					expect(
						figure.ticks
							.filter((tick) => tick.at.includes(bucket))
							.map(({ at: _, ...tick }) => tick)
							.sort(byKey)
					).toEqual(axisMarks(live.axis, live.range).sort(byKey));
					expect(
						figure.threads
							.filter((thread) => thread.at.includes(bucket))
							.map(({ at: _, ...thread }) => thread)
					).toEqual(live.threads);
					expect(figure.bottom).toBe(live.bottom);
				}
			});
		});
	}

	for (const highlightThemes of [[], ['taiwan']]) {
		it(`says in each label at every width what the live label says there (${highlightThemes.length ? 'a theme highlighted' : 'no highlight'})`, () => {
			const track = trackOf(realEntries);
			const domain = trackDomain(track);
			const figure = openingFigure(track, domain, { highlightThemes });
			LAYOUT_WIDTHS.forEach((width, bucket) => {
				const live = timelineGeometry({ track, domain, view: IDENTITY, width, highlightThemes });
				const liveTexts = live.marks.map((mark) => ({
					key: mark.key,
					text: markPlacement(mark, width, realEntries, highlightThemes).labels[0]?.text
				}));
				const figureTexts = figure.marks
					.filter((mark) => mark.at.some(([at]) => at === bucket))
					.map((mark) => ({
						key: keyOf(mark),
						text: markPlacement(mark, width, realEntries, highlightThemes).labels.find((label) =>
							label.classes.split(' ').includes(`t${bucket}`)
						)?.text
					}));
				expect(figureTexts).toEqual(liveTexts);
			});
		});
	}

	it('holds clusters, not every event, for 10,000 events', () => {
		const figure = figureFor(synthetic(10_000));
		expect(figure.marks.length).toBeLessThan(330);
		expect(
			figure.marks.reduce((most, mark) => Math.max(most, countOf(mark.content)), 0)
		).toBeGreaterThan(100);
		// Every event is in exactly one mark at each width.
		LAYOUT_WIDTHS.forEach((_, bucket) => {
			const counted = figure.marks
				.filter((mark) => mark.at.some(([at]) => at === bucket))
				.reduce((sum, mark) => sum + countOf(mark.content), 0);
			expect(counted).toBe(10_000);
		});
	});

	it('lays out the shown events over the range of all of them', () => {
		const taiwan = realEntries.filter((entry) => entry.themes.includes('taiwan'));
		const figure = figureFor(realEntries, { shown: taiwan, highlightThemes: ['taiwan'] });
		expect(figure.domain).toEqual(figureFor(realEntries).domain);
		expect(new Set(figure.marks.map((mark) => mark.content.id))).toEqual(
			new Set(taiwan.map((entry) => entry.id))
		);
		expect(figure.threads.length).toBeGreaterThan(0);
	});
});

describe('figureWidthRules', () => {
	it('falls back through the narrower widths for a lane and a label width', () => {
		expect(figureWidthRules()).toContain(
			'.tl-figure .b2 {\n\t\tdisplay: var(--shown);\n\t\t--lane: var(--l2, var(--l1, var(--l0, 0)));\n\t\t--label: calc(var(--w2, var(--w1, var(--w0, 0))) / 400);'
		);
	});

	it('shows each layout width exactly over the frame widths that are laid out at it', () => {
		const css = figureWidthRules();
		const queries = [
			...css.matchAll(
				/@container timeline ([^{]*) \{\s*\.tl-figure \.b(\d+) \{[^}]*\/\s*(\d+)\s*\);/g
			)
		];
		expect(queries.map(([, , bucket]) => Number(bucket))).toEqual(
			LAYOUT_WIDTHS.map((_, index) => index)
		);
		// Each query as the browser reads it, for a frame `width` px wide at a root font size of
		// `rem` px: comparisons of the width with lengths in rem or px, joined by and, or.
		const holds = queries.map(([, condition]) => {
			const test = condition!
				.replace(/\(width (>=|<) ([\d.]+)(rem|px)\)/g, (_, op, value, unit) =>
					unit === 'rem' ? `(width ${op} ${value} * rem)` : `(width ${op} ${value})`
				)
				.replaceAll(' and ', ' && ')
				.replaceAll(' or ', ' || ');
			expect(test).toMatch(/^[\s\d.()<>=*&|widthrem]+$/);
			return new Function('width', 'rem', `return ${test};`) as (w: number, r: number) => boolean;
		});
		for (const [, , bucket, divisor] of queries)
			// Label widths are px at the layout width: scaled to the frame by 100cqw / that width.
			expect(Number(divisor)).toBe(LAYOUT_WIDTHS[Number(bucket)]);
		for (const rem of [9, 12, 16, 17.6, 20, 32])
			for (let width = 100; width <= 5000; width += 3) {
				const shown = holds.flatMap((query, bucket) => (query(width, rem) ? [bucket] : []));
				expect(shown, `${width} px at ${rem} px text`).toEqual([layoutBucket(width, rem)]);
			}
	});
});

describe('a story’s shorter frame', () => {
	const themes = [...new Set(realEntries.flatMap((entry) => entry.themes))];
	const domain = trackDomain(trackOf(realEntries));

	it('is shorter than the whole record’s for a theme of few events, and never under 200 px', () => {
		expect(storyFrameHeight(5, 1)).toBeLessThan(320);
		expect(storyFrameHeight(1, 1)).toBe(200);
		expect(storyFrameHeight(13, 1)).toBeUndefined();
	});

	// A view the reader zooms to draws every event where the whole record's frame would: the lanes
	// it takes away were never needed.
	for (const theme of themes) {
		const story = realEntries.filter((entry) => entry.themes.includes(theme));
		const height = storyFrameHeight(story.length, 1);
		if (height === undefined) continue;
		it(`draws ${theme}'s ${story.length} events as a frame of the default height does, zoomed or not`, () => {
			const track = trackOf(story);
			for (const width of [620, 780, 960, 1280, 1600, 2400])
				for (const view of [
					IDENTITY,
					{ k: 4, x: -width * 2.5, y: 0 },
					{ k: 16, x: -width * 13, y: 0 }
				]) {
					const input = { track, domain, view, width, highlightThemes: [theme] };
					const marks = (geometry: ReturnType<typeof timelineGeometry>) =>
						geometry.marks.map((mark) => `${mark.ids.join('+')} ${mark.lane} ${mark.x}`);
					expect(marks(timelineGeometry({ ...input, height }))).toEqual(
						marks(timelineGeometry(input))
					);
				}
		});
	}
});
