// The dataset in Knight Lab TimelineJS's JSON format, so a newsroom can reuse it in the tool it knows.
import type { Dataset } from '../types.ts';

/** TimelineJS renders its text fields as HTML: our plain text is escaped so it stays text there too. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

function timelineDate(date: string, precision: string) {
	const [year, month, day] = date.split('-');
	if (precision === 'year') return { year: year! };
	if (precision === 'month') return { year: year!, month: String(Number(month)) };
	return { year: year!, month: String(Number(month)), day: String(Number(day)) };
}

/** A TimelineJS 3 document: one slide per event, its strongest excerpt quoted with its source, grouped by first theme. */
export function toTimelineJs(dataset: Dataset) {
	const themes = new Map(dataset.themes.map((theme) => [theme.id, theme.label]));
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	return {
		title: {
			text: {
				headline: escapeHtml(dataset.site.title),
				text: `<p>${escapeHtml(dataset.site.description)}</p>`
			}
		},
		events: dataset.events.map((event) => {
			const excerpt = event.excerpts[0];
			const source = excerpt ? sources.get(excerpt.source) : undefined;
			const quote =
				excerpt && source
					? `<blockquote>${escapeHtml(excerpt.quote)}</blockquote><p>${escapeHtml(
							`${source.publisher}, “${source.title}”, ${source.publishedLabel}`
						)}</p>`
					: '';
			return {
				unique_id: event.id,
				start_date: timelineDate(event.start, event.precision),
				...(event.end ? { end_date: timelineDate(event.end, event.precision) } : {}),
				...(event.precision === 'approximate' ? { display_date: escapeHtml(event.dateLabel) } : {}),
				text: {
					headline: escapeHtml(event.title),
					text: `<p>${escapeHtml(event.summary)}</p>${quote}<p><a href="${escapeHtml(
						`${dataset.site.url}/events/${event.id}`
					)}">Sources and citations</a></p>`
				},
				...(event.themes[0]
					? { group: escapeHtml(themes.get(event.themes[0]) ?? event.themes[0]) }
					: {})
			};
		})
	};
}
