// What a mark shows and where it is drawn, as the layers put it on the page: its content, and the
// classes and CSS variables of one placement (a live view) or of one per layout width (the figure).
import { CLUSTER_LABEL, clusterBadge } from './clusterBadge';
import { EVENT_KIND_LABELS, type EventKind, type ThemeColours, type TimelineEntry } from '../model';
import { fraction } from './geometry';
import { markKey, type Mark } from './lanes';
import { LAYOUT_WIDTHS } from './layoutWidths';
import { LABEL_OFFSET, LABEL_SIZE, labelWords } from './marks';
import { dateSpan } from './ticks';
import type { FigureMark } from './opening';

/** What the layers that draw a link per event (the marks, the rows) are given alike. */
export interface EventLinksLayer {
	/** The events the layer's marks or rows point into. */
	entries: readonly TimelineEntry[];
	colours: ThemeColours;
	selectedId?: string;
	highlightThemes: readonly string[];
	/** The one link reachable with Tab (roving tab stop); without it every link is a Tab stop, as links are. */
	tabStop?: string;
	/** Open links in a new tab (inside an embed). */
	newTab?: boolean;
	onkeydown?: (event: KeyboardEvent, id: string) => void;
}

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
}

/** What the mark of a cluster shows: how many events, from when to when. */
export interface ClusterMarkContent {
	/** The first and last of its events. */
	id: string;
	lastId: string;
	count: number;
	/**
	 * When they fall: one span of days ("18–25 Mar 2021"), or where the first or last is not known to
	 * the day, "from" and "to" their short dates.
	 */
	when: string;
	/** Every theme of its events, so a highlight reaches it. */
	themes: string[];
}

export type MarkContent = EventMarkContent | ClusterMarkContent;

/**
 * A mark's key (`markKey`): a live mark carries it; the prerendered figure's marks do not, as their
 * content gives it (at 10,000 events the keys were 2 KB of the home page's gzipped HTML).
 */
export function keyOf(mark: Mark | FigureMark): string {
	if ('key' in mark) return mark.key;
	const { content } = mark;
	return 'count' in content ? markKey(content.id, content.lastId, content.count) : content.id;
}

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
			date: event.dateWithOrigin,
			kind: event.kind,
			themes: event.themes,
			...(event.precision === 'day' ? {} : { vague: true })
		};
	const lastEvent = entries[last]!;
	const themes = new Set<string>();
	for (let index = first; index <= last; index++)
		for (const theme of entries[index]!.themes) themes.add(theme);
	return {
		id: event.id,
		lastId: lastEvent.id,
		count,
		when:
			event.precision === 'day' && lastEvent.precision === 'day'
				? dateSpan(event.start, lastEvent.end ?? lastEvent.start)
				: `from ${event.shortDateLabel} to ${lastEvent.shortDateLabel}`,
		themes: [...themes]
	};
}

/** What a mark's label says: the event's title, or "events" beside a cluster's badge of its count. */
export function markLabel(content: MarkContent): string {
	return 'count' in content ? CLUSTER_LABEL : content.title;
}

/**
 * A mark's accessible name: the title with the date and kind, or the cluster's count and range.
 * It begins with the words the mark shows (WCAG 2.5.3, Label in Name: a speech user says what they
 * see): the title, or the cluster's badge and label, "5 events" (with the exact count after a
 * shortened badge: "1k events, 1234 in all"). `live`: the timeline answers input (it zooms).
 */
export function markName(content: MarkContent, live = true): string {
	if (!('count' in content))
		return `${content.title}, ${content.date}, ${EVENT_KIND_LABELS[content.kind]}`;
	const badge = clusterBadge(content.count);
	const shown = `${badge} ${markLabel(content)}`;
	const exact = badge === String(content.count) ? '' : `, ${content.count} in all`;
	// Before the scripts run (or without them) nothing zooms: the cluster links to the list.
	const where = live ? 'zoom in to see them apart' : 'see them in the list of all events';
	return `${shown}${exact}, ${content.when}: ${where}`;
}

/** A label's width as written on the page: whole px at the layout width (it is drawn wider, never narrower). */
export const labelPixels = (width: number) => Math.floor(width);

/** One label of a mark: what it says, and the figure's classes of the widths it says it at. */
export interface LabelPlacement {
	/**
	 * The words of the title (or count) that fit its room, in bold for a highlighted event, with an
	 * ellipsis when cut, unless `more` follows (which then ends with it).
	 */
	text: string;
	/**
	 * The words a frame wider than the layout width has room for, each with its CSS variables: the
	 * frame width it shows from (`--from`), or for the ellipsis after them the width from which the
	 * whole title shows (`--until`).
	 */
	more: [words: string, style: string | undefined][];
	/** `t3 t4 …` in the figure; empty for a live mark. */
	classes: string;
}

/** A mark of either kind, reduced to what the marks layer draws. */
export interface MarkPlacement {
	content: MarkContent;
	/** The figure's classes (`tl-at b3 s3 …`), or `left` for a live mark whose label is on its left. */
	classes: string;
	/**
	 * Its CSS variables: position and end as fractions of the frame, lane, label width (px at the
	 * layout width, which the layer scales to the frame) and the label's shift into the frame.
	 */
	style: string;
	/** Its labels: one for a live mark; in the figure one per wording it has at its widths (none: no label). */
	labels: LabelPlacement[];
	/** One of its events has a highlighted theme, or none is highlighted: it is not dimmed. */
	lit: boolean;
}

/**
 * What a label `width` px wide at layout width `layoutWidth` says, and what it adds on a frame up to
 * the next layout width, from which the frame is laid out anew (after the last, on any wider frame).
 */
function labelWordsAt(
	label: string,
	width: number,
	layoutWidth: number,
	bold: boolean
): Omit<LabelPlacement, 'classes'> {
	const nextLayoutWidth =
		LAYOUT_WIDTHS[(LAYOUT_WIDTHS as readonly number[]).indexOf(layoutWidth) + 1] ?? Infinity;
	const { text, more } = labelWords(label, width, (width * nextLayoutWidth) / layoutWidth, bold);
	// The frame width a room needs, in em of the label's type (LABEL_SIZE px at the default text
	// size): a larger type needs a wider frame for the same words.
	const frameWidth = (room: number) =>
		`${fraction(Math.ceil((room * layoutWidth) / width) / LABEL_SIZE)}em`;
	return {
		text,
		more: more.map(([words, room]) => [
			words,
			words === '…'
				? room < Infinity
					? `--until:${frameWidth(room)}`
					: undefined
				: `--from:${frameWidth(room)}`
		])
	};
}

export function markPlacement(
	mark: Mark | FigureMark,
	layoutWidth: number,
	entries: readonly TimelineEntry[],
	highlightThemes: readonly string[] = []
): MarkPlacement {
	const content =
		'at' in mark ? mark.content : markContent(entries, { ...mark, count: mark.ids.length });
	const lit =
		highlightThemes.length === 0 || content.themes.some((theme) => highlightThemes.includes(theme));
	// A highlighted event's label is bold (TimelineMarks.svelte): fewer words fit.
	const bold = highlightThemes.length > 0 && lit && !('count' in content);
	const label = markLabel(content);
	if ('at' in mark) {
		const classes = ['tl-at'];
		// Widths whose label says the same share one element: most titles fit whole at all of them.
		const labels = new Map<string, LabelPlacement>();
		let style = `--x:${mark.x};--x2:${mark.x2}`;
		// Each width's rule falls back to the narrower ones (figureStyle.ts): only changes are written.
		let lane = 0;
		let width = 0;
		for (const [bucket, laneThere, labelThere, left] of mark.at) {
			classes.push(`b${bucket}`);
			if (left) classes.push(`s${bucket}`);
			const words = labelThere > 0 && labelWordsAt(label, labelThere, LAYOUT_WIDTHS[bucket]!, bold);
			if (words && words.text) {
				const key = JSON.stringify(words);
				const variant = labels.get(key) ?? { ...words, classes: '' };
				variant.classes = `${variant.classes} t${bucket}`.trim();
				labels.set(key, variant);
			}
			if (laneThere !== lane) style += `;--l${bucket}:${(lane = laneThere)}`;
			if (labelThere > 0 && labelThere !== width) style += `;--w${bucket}:${(width = labelThere)}`;
		}
		return { content, classes: classes.join(' '), style, labels: [...labels.values()], lit };
	}
	const x = fraction(mark.x / layoutWidth);
	const x2 = fraction(mark.x2 / layoutWidth);
	const width = labelPixels(mark.labelWidth);
	let style = `--x:${x};--x2:${x2};--lane:${mark.lane};--label:calc(${width} / ${layoutWidth})`;
	// From where the label would start to the frame's edge: the mark's place and the edge scale
	// with the frame, the label's offset from its mark does not.
	if (mark.labelShift > 0)
		style += `;--shift:calc(${fraction((mark.labelShift + LABEL_OFFSET) / layoutWidth)} * 100cqw - ${LABEL_OFFSET}px)`;
	const words = width > 0 && labelWordsAt(label, width, layoutWidth, bold);
	return {
		content,
		classes: mark.labelLeft ? 'left' : '',
		style,
		labels: words && words.text ? [{ ...words, classes: '' }] : [],
		lit
	};
}

/** The figure's classes for a tick or thread drawn at these layout widths. */
export function figureClasses(buckets: readonly number[]): string {
	return ['tl-at', ...buckets.map((bucket) => `b${bucket}`)].join(' ');
}
