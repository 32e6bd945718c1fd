// schema.org JSON-LD for an event page, written into the page's <head> by the server hook.
import { jsonForScript } from '../../jsonLd.ts';
import type { SiteCopy, TimelineEvent } from '../../model.ts';

/** A `<script type="application/ld+json">` element describing `event` as a schema.org Event. */
export function eventJsonLdScript(
	event: TimelineEvent,
	site: Pick<SiteCopy, 'title' | 'url'>
): string {
	const url = `${site.url}/events/${event.id}`;
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		startDate: event.start,
		...(event.end ? { endDate: event.end } : {}),
		eventStatus: 'https://schema.org/EventScheduled',
		...(event.place
			? {
					location: {
						'@type': 'Place',
						name: event.place.name,
						...(event.place.country
							? { address: { '@type': 'PostalAddress', addressCountry: event.place.country } }
							: {})
					}
				}
			: {}),
		attendee: event.participants.map((person) => ({
			'@type': 'Person',
			name: person.name,
			jobTitle: person.role
		})),
		url,
		isPartOf: { '@type': 'WebSite', name: site.title, url: site.url }
	};
	return `<script type="application/ld+json">${jsonForScript(data)}</script>`;
}
