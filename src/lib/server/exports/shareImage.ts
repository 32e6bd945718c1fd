// The share card a link preview shows (og:image, 1200 × 630): the site's name, the event's title and
// date (or the timeline's range), and the whole timeline's opening view drawn by the same geometry
// as the page's prerendered figure, with the event marked on it. Written as SVG here; the build
// rasterises it (shareImagePng.ts).
import { axisMarks, timelineGeometry } from '$lib/timeline/geometry';
import { textWidth } from '$lib/timeline/textWidth';
import { trackDomain, trackOf } from '$lib/timeline/track';
import { IDENTITY } from '$lib/timeline/zoom';
import { EVENT_KIND_LABELS, type TimelineEntry } from '$lib/model';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
/** The typeface the card is set in (shipped by the `dejavu-fonts-ttf` package; textWidth.ts measures it). */
export const SHARE_FONT = 'DejaVu Sans';

const MARGIN = 56;
const COLOURS = {
	background: '#ffffff',
	band: '#f4f5f7',
	text: '#1a1c21',
	muted: '#4d5360',
	line: '#c9ced8',
	accent: '#1a56b8'
};
/** The timeline band: where its axis runs, and the room for lanes above it, px. */
const AXIS_Y = 548;
const BAND_TOP = 300;
const LANE_STEP = 26;

export interface ShareCard {
	siteTitle: string;
	/** The big line: the event's title, or the timeline's. */
	title: string;
	/** Under it: the event's date and kind, or the timeline's range. */
	subtitle: string;
	entries: readonly TimelineEntry[];
	/** The event marked on the timeline, if the card is an event's. */
	eventId?: string;
}

const escapeXml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(character) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!
	);

/**
 * `text` in lines of at most `width` px at `size` px bold, at most `most` lines (the last cut at a
 * word with an ellipsis); the size shrinks by steps until the whole text fits, down to `smallest`.
 */
export function wrapTitle(
	text: string,
	{ width, size, smallest, most }: { width: number; size: number; smallest: number; most: number }
): { size: number; lines: string[] } {
	for (let current = size; ; current -= 4) {
		const lines: string[] = [];
		for (const word of text.split(/\s+/).filter(Boolean)) {
			const last = lines.at(-1);
			if (last !== undefined && textWidth(`${last} ${word}`, current, 'bold') <= width)
				lines[lines.length - 1] = `${last} ${word}`;
			else lines.push(word);
		}
		if (lines.length <= most || current - 4 < smallest) {
			if (lines.length > most) {
				const kept = lines.slice(0, most);
				kept[most - 1] = `${kept[most - 1]!.replace(/[\s,;:–—-]+$/u, '')}…`;
				return { size: current, lines: kept };
			}
			return { size: current, lines };
		}
	}
}

/** The timeline band of a card: the same for every card of a dataset, so drawn once. */
interface Band {
	svg: string;
	/**
	 * Where an event is drawn: its own place in time (`x`), in the lane of the mark that holds it;
	 * and that mark, which is a cluster when it holds more than one event (`mark.count`).
	 */
	placeOf: (id: string) => { x: number; y: number; mark: { x: number; count: number } } | undefined;
}

const bands = new WeakMap<readonly TimelineEntry[], Band>();

function bandOf(entries: readonly TimelineEntry[]): Band {
	const cached = bands.get(entries);
	if (cached) return cached;
	const track = trackOf(entries);
	const domain = trackDomain(track);
	const bandWidth = SHARE_WIDTH - 2 * MARGIN;
	const geometry = timelineGeometry({
		track,
		domain,
		view: IDENTITY,
		width: bandWidth,
		height: AXIS_Y - BAND_TOP + 46
	});
	const scale = bandWidth / geometry.layoutWidth;
	const xOf = (x: number) => MARGIN + x * scale;
	const laneY = (lane: number) => AXIS_Y - 22 - lane * LANE_STEP;
	const parts = [
		`<line x1="${MARGIN}" x2="${SHARE_WIDTH - MARGIN}" y1="${AXIS_Y}" y2="${AXIS_Y}" stroke="${COLOURS.text}" stroke-width="2"/>`
	];
	// The years: a line at each one's start, its name under the axis.
	for (const tick of axisMarks(geometry.axis, geometry.range)) {
		// A year that starts at the very edge of the range has nothing of it to show.
		if (tick.row !== 'context' || tick.x < 0.01) continue;
		const x = MARGIN + tick.x * bandWidth;
		parts.push(
			`<line x1="${x}" x2="${x}" y1="${BAND_TOP - 8}" y2="${AXIS_Y + 10}" stroke="${COLOURS.line}" stroke-width="1.5"/>`,
			`<text x="${Math.min(x + 6, SHARE_WIDTH - MARGIN - 70)}" y="${AXIS_Y + 40}" font-size="24" font-weight="bold" fill="${COLOURS.muted}">${escapeXml(tick.label)}</text>`
		);
	}
	const markOf = new Map<string, { x: number; y: number; count: number }>();
	const ids = new Map(entries.map((entry, index) => [entry.id, index]));
	for (const mark of geometry.marks) {
		const x = xOf(mark.x);
		const y = laneY(mark.lane);
		for (const id of mark.ids) markOf.set(id, { x, y, count: mark.ids.length });
		if (mark.ids.length > 1)
			parts.push(
				`<circle cx="${x}" cy="${y}" r="12" fill="${COLOURS.text}"/>`,
				`<text x="${x}" y="${y + 5.5}" font-size="15" font-weight="bold" fill="${COLOURS.background}" text-anchor="middle">${mark.ids.length}</text>`
			);
		else
			parts.push(
				`<circle cx="${x}" cy="${y}" r="8" fill="${COLOURS.background}" stroke="${COLOURS.muted}" stroke-width="3"/>`
			);
	}
	const band: Band = {
		svg: parts.join('\n'),
		placeOf: (id) => {
			const mark = markOf.get(id);
			const index = ids.get(id);
			if (!mark || index === undefined) return undefined;
			const at =
				(track.starts[index]! - geometry.range[0]) / (geometry.range[1] - geometry.range[0]);
			return {
				x: MARGIN + at * bandWidth,
				y: mark.y,
				mark: { x: mark.x, count: mark.count }
			};
		}
	};
	bands.set(entries, band);
	return band;
}

/** The card's SVG document. */
export function shareCardSvg(card: ShareCard): string {
	const band = bandOf(card.entries);
	const textWidthAvailable = SHARE_WIDTH - 2 * MARGIN;
	const parts: string[] = [
		`<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${COLOURS.background}"/>`,
		`<rect x="0" y="${BAND_TOP - 24}" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT - BAND_TOP + 24}" fill="${COLOURS.band}"/>`,
		`<text x="${MARGIN}" y="${MARGIN + 20}" font-size="26" fill="${COLOURS.muted}">${escapeXml(card.siteTitle)}</text>`
	];
	const title = wrapTitle(card.title, {
		width: textWidthAvailable,
		size: 56,
		smallest: 36,
		most: 2
	});
	title.lines.forEach((line, index) =>
		parts.push(
			`<text x="${MARGIN}" y="${MARGIN + 86 + index * title.size * 1.15}" font-size="${title.size}" font-weight="bold" fill="${COLOURS.text}">${escapeXml(line)}</text>`
		)
	);
	const subtitleY = MARGIN + 86 + (title.lines.length - 1) * title.size * 1.15 + 52;
	parts.push(
		`<text x="${MARGIN}" y="${subtitleY}" font-size="30" fill="${COLOURS.muted}">${escapeXml(card.subtitle)}</text>`,
		band.svg
	);
	// The card's event over the others, in the accent, a line down to its date on the axis. An event
	// inside a cluster is not drawn beside it (the count would tell of it twice): the cluster is
	// marked instead, and the event's date on the axis.
	const marked = card.eventId ? band.placeOf(card.eventId) : undefined;
	if (marked && marked.mark.count > 1)
		parts.push(
			`<line x1="${marked.x}" x2="${marked.x}" y1="${AXIS_Y - 14}" y2="${AXIS_Y + 6}" stroke="${COLOURS.accent}" stroke-width="4"/>`,
			`<circle cx="${marked.mark.x}" cy="${marked.y}" r="16" fill="${COLOURS.accent}" stroke="${COLOURS.background}" stroke-width="4"/>`,
			`<text x="${marked.mark.x}" y="${marked.y + 6}" font-size="17" font-weight="bold" fill="${COLOURS.background}" text-anchor="middle">${marked.mark.count}</text>`
		);
	else if (marked)
		parts.push(
			`<line x1="${marked.x}" x2="${marked.x}" y1="${marked.y}" y2="${AXIS_Y}" stroke="${COLOURS.accent}" stroke-width="4"/>`,
			`<circle cx="${marked.x}" cy="${marked.y}" r="15" fill="${COLOURS.accent}" stroke="${COLOURS.background}" stroke-width="4"/>`
		);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="${SHARE_FONT}">`,
		...parts,
		'</svg>'
	].join('\n');
}

/** An event's card: its title, its date and kind, marked on the whole timeline. */
export function eventShareCard(
	siteTitle: string,
	entries: readonly TimelineEntry[],
	event: TimelineEntry
): ShareCard {
	return {
		siteTitle,
		title: event.title,
		subtitle: `${event.dateWithOrigin} · ${EVENT_KIND_LABELS[event.kind]}`,
		entries,
		eventId: event.id
	};
}
