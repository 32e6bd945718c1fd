// What a mark shows and where it is drawn, as the layers put it on the page: its content, and the
// classes and CSS variables of one placement (a live view) or of one per layout width (the figure).
import { EVENT_KIND_LABELS } from '../labels';
import type { EventKind, TimelineEntry } from '../types';
import { fraction } from './geometry';
import type { Mark } from './lanes';
import type { FigureMark } from './opening';

/** What the mark of one event shows: enough to draw and name it without the event itself. */
export interface EventMarkContent {
	id: string;
	title: string;
	/** The date in words, as its accessible name says it. */
	date: string;
	kind: EventKind;
	themes: string[];
	/** The date is not known to the day: the mark's outline is dashed. */
	vague?: true;
	/** The event lasts more than a day: a bar runs to its end. */
	long?: true;
}

/** What the mark of a cluster shows: how many events, from when to when. */
export interface ClusterMarkContent {
	/** The first and last of its events. */
	id: string;
	lastId: string;
	count: number;
	/** Their short dates. */
	from: string;
	to: string;
	/** Every theme of its events, so a highlight reaches it. */
	themes: string[];
}

export type MarkContent = EventMarkContent | ClusterMarkContent;

/** The content of the mark for `entries[first]` … `entries[last]` (`count` of them). */
export function markContent(
	entries: readonly TimelineEntry[],
	{ first, last, count }: { first: number; last: number; count: number }
): MarkContent {
	const event = entries[first]!;
	if (count === 1)
		return {
			id: event.id,
			title: event.title,
			date: event.dateLabel,
			kind: event.kind,
			themes: event.themes,
			...(event.precision === 'day' ? {} : { vague: true }),
			...(event.end !== undefined && event.end !== event.start ? { long: true } : {})
		};
	const lastEvent = entries[last]!;
	const themes = new Set<string>();
	for (let index = first; index <= last; index++)
		for (const theme of entries[index]!.themes) themes.add(theme);
	return {
		id: event.id,
		lastId: lastEvent.id,
		count,
		from: event.shortDateLabel,
		to: lastEvent.shortDateLabel,
		themes: [...themes]
	};
}

/** What a mark's label says: the event's title, or "12 events". */
export function markLabel(content: MarkContent): string {
	return 'count' in content ? `${content.count} events` : content.title;
}

/** A mark's accessible name: the title with the date and kind, or the cluster's count and range. */
export function markName(content: MarkContent): string {
	return 'count' in content
		? `${content.count} events from ${content.from} to ${content.to}: zoom in to see them apart`
		: `${content.title}, ${content.date}, ${EVENT_KIND_LABELS[content.kind]}`;
}

/** A label's width as written on the page: whole px at the layout width (it is drawn wider, never narrower). */
export const labelPixels = (width: number) => Math.floor(width);

/** A mark of either kind, reduced to what the marks layer draws. */
export interface MarkPlacement {
	content: MarkContent;
	/** The figure's classes (`tl-at b3 t3 …`), empty for a live mark. */
	classes: string;
	/**
	 * Its CSS variables: position and end as fractions of the frame, lane, and label width (px at
	 * the layout width, which the layer scales to the frame).
	 */
	style: string;
	/** Whether the label is drawn at all (at some width, for the figure). */
	labelled: boolean;
}

export function markPlacement(
	mark: Mark | FigureMark,
	layoutWidth: number,
	entries: readonly TimelineEntry[]
): MarkPlacement {
	if ('at' in mark) {
		const classes = ['tl-at'];
		let style = `--x:${mark.x};--x2:${mark.x2}`;
		// Each width's rule falls back to the narrower ones (figure.css): only changes are written.
		let lane = 0;
		let label = 0;
		for (const [bucket, laneThere, labelThere] of mark.at) {
			classes.push(`b${bucket}`);
			if (labelThere > 0) classes.push(`t${bucket}`);
			if (laneThere !== lane) style += `;--l${bucket}:${(lane = laneThere)}`;
			if (labelThere > 0 && labelThere !== label) style += `;--w${bucket}:${(label = labelThere)}`;
		}
		return {
			content: mark.content,
			classes: classes.join(' '),
			style,
			labelled: mark.at.some(([, , width]) => width > 0)
		};
	}
	const x = fraction(mark.x / layoutWidth);
	const x2 = fraction(mark.x2 / layoutWidth);
	const label = `calc(${labelPixels(mark.labelWidth)} / ${layoutWidth})`;
	return {
		content: markContent(entries, { ...mark, count: mark.ids.length }),
		classes: '',
		style: `--x:${x};--x2:${x2};--lane:${mark.lane};--label:${label}`,
		labelled: mark.labelWidth > 0
	};
}

/** The figure's classes for a tick or thread drawn at these layout widths. */
export function figureClasses(buckets: readonly number[]): string {
	return ['tl-at', ...buckets.map((bucket) => `b${bucket}`)].join(' ');
}
