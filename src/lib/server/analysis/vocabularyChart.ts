// Geometry of the vocabulary chart, computed at build time with d3 scales: descriptors down, time across.
import { scaleBand, scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { isoDateToTime } from '../../timeline/isoDate.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';
import type { Dataset, Descriptor, DescriptorUse, Voice } from '../../model.ts';

export const CHART = { width: 880, rowHeight: 34, left: 130, right: 20, top: 10, bottom: 30 };
/** Centre to centre distance that keeps two 12-unit marks apart, with a hair between. */
const MARK_SPACING = 14;

/**
 * Positions along a row moved right just enough that no two come closer than `spacing`, each
 * keeping its place in time order (ties keep their input order). Returned in input order.
 */
export function spreadApart(positions: readonly number[], spacing: number): number[] {
	const order = positions.map((_, index) => index).sort((a, b) => positions[a]! - positions[b]!);
	const spread = [...positions];
	let previous = -Infinity;
	for (const index of order) {
		spread[index] = Math.max(positions[index]!, previous + spacing);
		previous = spread[index]!;
	}
	return spread;
}

/** Every mark of the chart with its position, what it stands for and where it links. */
export function vocabularyChart(dataset: Dataset) {
	const { lexicon, vocabulary, events } = dataset;
	const dates = [...events.map((event) => event.start), ...vocabulary.map((use) => use.date)].map(
		isoDateToTime
	);
	const used = lexicon.filter((descriptor) =>
		vocabulary.some((use) => use.descriptor === descriptor.id)
	);
	const y = scaleBand<string>()
		.domain(used.map((descriptor) => descriptor.id))
		.range([CHART.top, CHART.top + used.length * CHART.rowHeight])
		.padding(0.2);
	const sourceTitles = new Map(dataset.sources.map((source) => [source.id, source.title]));
	// The axis ends with the month of the last date, later only as far as the marks spread there need.
	const first = utcYear.floor(new Date(Math.min(...dates)));
	const last = utcMonth.ceil(new Date(Math.max(...dates)));
	let months = 0;
	let placed = placeMarks(used, vocabulary, first, last);
	while (Math.max(...placed.spread.values()) > CHART.width - CHART.right && months < 120)
		placed = placeMarks(used, vocabulary, first, utcMonth.offset(last, ++months));
	const { x, spread } = placed;
	// In time order, then the lexicon's: the table reads down the years, and Tab moves along them.
	const rank = new Map(lexicon.map((descriptor, index) => [descriptor.id, index]));
	const marks = vocabulary
		.map((use) => ({
			...use,
			sourceTitle: sourceTitles.get(use.source)!,
			parts: aroundWord(use.sentence, use.word),
			x: spread.get(use)!,
			y: y(use.descriptor)! + y.bandwidth() / 2
		}))
		.sort(
			(a, b) =>
				a.date.localeCompare(b.date) ||
				rank.get(a.descriptor)! - rank.get(b.descriptor)! ||
				a.source.localeCompare(b.source) ||
				a.start - b.start
		);
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

/** The time scale from `from` to `to`, and each use's place on it, spread along its row. */
function placeMarks(
	used: readonly Descriptor[],
	vocabulary: readonly DescriptorUse[],
	from: Date,
	to: Date
) {
	const x = scaleUtc()
		.domain([from, to])
		.range([CHART.left, CHART.width - CHART.right]);
	// Marks close in time are spread along their row, so none hides another and each stays clickable.
	const spread = new Map<DescriptorUse, number>();
	for (const descriptor of used) {
		const uses = vocabulary.filter((use) => use.descriptor === descriptor.id);
		const xs = spreadApart(
			uses.map((use) => x(new Date(isoDateToTime(use.date)))),
			MARK_SPACING
		);
		uses.forEach((use, index) => spread.set(use, xs[index]!));
	}
	return { x, spread };
}

/** A sentence cut around the first whole `word` in it, to show which word was counted. */
export function aroundWord(sentence: string, word: string): [string, string, string] {
	const match = new RegExp(
		`(?<![\\p{L}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`,
		'u'
	).exec(sentence);
	if (!match) return [sentence, '', ''];
	const end = match.index + word.length;
	return [sentence.slice(0, match.index), sentence.slice(match.index, end), sentence.slice(end)];
}
