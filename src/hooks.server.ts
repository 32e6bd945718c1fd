// Server hook (run while prerendering): adds schema.org JSON-LD to event pages.
// It is written here rather than by a component so that no data ever passes through {@html}
// and the browser bundle carries none of it.
import type { Handle } from '@sveltejs/kit';
import { eventWithId } from '$lib/eventIndex';
import { getDataset } from '$lib/server/dataset';
import { eventJsonLdScript } from '$lib/server/eventJsonLd';

export const handle: Handle = ({ event, resolve }) => {
	const id = event.params.id;
	if (event.route.id !== '/(site)/events/[id]' || !id) return resolve(event);
	const dataset = getDataset();
	const subject = eventWithId(dataset.events, id);
	if (!subject) return resolve(event);
	const script = eventJsonLdScript(subject, dataset.site);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('</head>', `${script}</head>`)
	});
};
