// Geometry of the vocabulary chart, computed at build time with d3 scales: descriptors down, time across.
import { scaleBand, scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { isoDateToTime } from '../timeline/isoDate.ts';
import type { Dataset, Voice } from '../types.ts';

export const CHART = { width: 880, rowHeight: 34, left: 110, right: 20, top: 10, bottom: 30 };

/** Every mark of the chart with its position, what it stands for and where it links. */
export function vocabularyChart(dataset: Dataset) {
	const { lexicon, vocabulary, events } = dataset;
	const dates = [...events.map((event) => event.start), ...vocabulary.map((use) => use.date)].map(
		isoDateToTime
	);
	const x = scaleUtc()
		.domain([
			utcYear.floor(new Date(Math.min(...dates))),
			utcYear.ceil(new Date(Math.max(...dates)))
		])
		.range([CHART.left, CHART.width - CHART.right]);
	const used = lexicon.filter((descriptor) =>
		vocabulary.some((use) => use.descriptor === descriptor.id)
	);
	const y = scaleBand<string>()
		.domain(used.map((descriptor) => descriptor.id))
		.range([CHART.top, CHART.top + used.length * CHART.rowHeight])
		.padding(0.2);
	const sourceTitles = new Map(dataset.sources.map((source) => [source.id, source.title]));
	// Marks at the same place are spread a little, so each stays visible and clickable.
	const taken = new Map<string, number>();
	const marks = vocabulary.map((use) => {
		const cx = x(new Date(isoDateToTime(use.date)));
		const key = `${use.descriptor}|${Math.round(cx / 8)}`;
		const nudge = taken.get(key) ?? 0;
		taken.set(key, nudge + 1);
		return {
			...use,
			sourceTitle: sourceTitles.get(use.source)!,
			x: cx + nudge * 9,
			y: y(use.descriptor)! + y.bandwidth() / 2
		};
	});
	return {
		rows: used.map((descriptor) => ({
			id: descriptor.id,
			label: descriptor.label,
			y: y(descriptor.id)! + y.bandwidth() / 2,
			count: vocabulary.filter((use) => use.descriptor === descriptor.id).length
		})),
		years: x.ticks(utcYear).map((year) => ({ x: x(year), label: String(year.getUTCFullYear()) })),
		marks,
		height: CHART.top + used.length * CHART.rowHeight + CHART.bottom,
		voices: [...new Set(vocabulary.map((use) => use.voice))] as Voice[]
	};
}
