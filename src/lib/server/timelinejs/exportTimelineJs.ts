// The dataset in Knight Lab TimelineJS's JSON format, so a newsroom can reuse it in the tool it knows.
import type { Dataset } from '../../model.ts';
import { publicRecordNote } from '../../publicRecordNote.ts';

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

/** Our plain text as TimelineJS HTML: blank lines part paragraphs, single line ends become <br>. */
function htmlParagraphs(text: string): string {
	return text
		.split(/\n{2,}/)
		.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

/**
 * A TimelineJS 3 document: one slide per event, its strongest excerpt quoted with its source (or
 * a "No source excerpt" paragraph with the event's note), grouped by first theme, its media as
 * TimelineJS media. The import (timelinejs/exported.ts) recognises this shape.
 */
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
						)}</p>${excerpt.note ? `<p>${escapeHtml(`Editor’s note: ${excerpt.note}`)}</p>` : ''}`
					: `<p>${escapeHtml(`No source excerpt: ${event.unsourced ?? 'none given'}`)}</p>`;
			return {
				unique_id: event.id,
				start_date: timelineDate(event.start, event.precision),
				...(event.end ? { end_date: timelineDate(event.end, event.precision) } : {}),
				// TimelineJS shows its date fields as they are: a date known only about, or taken from
				// the public record rather than the documents, says so in the date it shows.
				...(event.precision === 'approximate' || event.dateFrom === 'public-record'
					? {
							display_date: escapeHtml(`${event.dateLabel}${publicRecordNote(event)}`)
						}
					: {}),
				text: {
					headline: escapeHtml(event.title),
					text: `${htmlParagraphs(event.summary)}${quote}<p><a href="${escapeHtml(
						`${dataset.site.url}/events/${event.id}`
					)}">Sources and citations</a></p>`
				},
				...(event.media
					? {
							media: {
								url: event.media.url,
								caption: escapeHtml(event.media.caption ?? ''),
								credit: escapeHtml(event.media.credit ?? '')
							}
						}
					: {}),
				...(event.themes[0]
					? { group: escapeHtml(themes.get(event.themes[0]) ?? event.themes[0]) }
					: {})
			};
		})
	};
}
