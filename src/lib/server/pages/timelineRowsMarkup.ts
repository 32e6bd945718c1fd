// The vertical timeline's rows at the opening view (a phone's first drawing of the timeline), written
// into the prerendered home page by the server hook (hooks.server.ts) rather than by the page's
// component: a wide screen's browser never downloads or hydrates them, and a narrow one's loads
// their code while the reader already has the rows (links to the events, needing no script), then
// draws the same rows over them. Their styles come with the page's, as the event list's do.
import { render } from 'svelte/server';
import TimelineRows from '../../components/timeline/TimelineRows.svelte';
import { MAX_GAP, openingDensity, timelineRows } from '../../timeline/rows';
import { trackDomain, trackOf } from '../../timeline/track';
import { uncoveredStretches } from '../../timeline/uncovered';
import { type Theme, themeColours, type TimelineEntry } from '../../model';

/** The Timeline's empty element the rows go into, whatever classes Svelte gives it. */
export const ROWS_SLOT = /<div class="rows-slot[^"]*"><\/div>/;

/** With `documented` (the data has sources), a gap holding a stretch no document covers says so (opening.ts). */
export function timelineRowsMarkup(
	entries: readonly TimelineEntry[],
	themes: readonly Theme[],
	{ documented }: { documented: boolean }
): string {
	const track = trackOf(entries);
	const rows = timelineRows(track, {
		pxPerDay: openingDensity(trackDomain(track)),
		maxGap: MAX_GAP,
		uncovered: documented ? uncoveredStretches(track) : []
	});
	const { body } = render(TimelineRows, {
		props: {
			rows,
			above: 0,
			below: 0,
			entries,
			colours: themeColours(themes),
			threads: [],
			highlightThemes: []
		}
	});
	// Never hydrated: the markers Svelte leaves for hydration are of no use.
	return `<div class="rows-slot">${body.replace(/<!--[^]*?-->/g, '')}</div>`;
}
