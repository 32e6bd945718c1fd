// The vertical timeline's rows at the opening view (a phone's first drawing of the timeline), written
// into the prerendered home page and each theme's page by the server hook (hooks.server.ts) rather
// than by the page's component: a wide screen's browser never downloads or hydrates them, and a narrow one's loads
// their code while the reader already has the rows (links to the events, needing no script), then
// draws the same rows over them. Their styles come with the page's, as the event list's do.
import { render } from 'svelte/server';
import TimelineRows from '../../components/timeline/TimelineRows.svelte';
import { MAX_GAP, openingDensity, rowThreads, timelineRows } from '../../timeline/rows';
import { trackDomain, trackOf } from '../../timeline/track';
import { uncoveredStretches } from '../../timeline/uncovered';
import { type Theme, themeColours, type TimelineEntry } from '../../model';

/** The Timeline's empty element the rows go into, whatever classes Svelte gives it. */
export const ROWS_SLOT = /<div class="rows-slot[^"]*"><\/div>/;

/**
 * The rows of `entries` over the period of `all` (a theme's events across the whole record, as its
 * page's timeline draws them), `highlightThemes` threaded down the gutter. With `documented` (the
 * data has sources), a gap holding a stretch no document covers says so (opening.ts).
 */
export function timelineRowsMarkup(
	entries: readonly TimelineEntry[],
	themes: readonly Theme[],
	{
		documented,
		all = entries,
		highlightThemes = []
	}: { documented: boolean; all?: readonly TimelineEntry[]; highlightThemes?: readonly string[] }
): string {
	const track = trackOf(entries);
	const period = trackOf(all);
	const rows = timelineRows(track, {
		pxPerDay: openingDensity(trackDomain(period)),
		maxGap: MAX_GAP,
		uncovered: documented ? uncoveredStretches(period) : []
	});
	const { body } = render(TimelineRows, {
		props: {
			rows,
			above: 0,
			below: 0,
			entries,
			colours: themeColours(themes),
			threads: rowThreads(track, highlightThemes),
			highlightThemes
		}
	});
	// Never hydrated: the markers Svelte leaves for hydration are of no use.
	return `<div class="rows-slot">${body.replace(/<!--[^]*?-->/g, '')}</div>`;
}
