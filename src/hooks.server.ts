// Server hook (run while prerendering): adds schema.org JSON-LD to event pages, and to the embed the
// script that applies its look before the first paint (earlyOptions.js). Both are written here rather
// than by a component so that no text ever passes through {@html} and the browser bundle carries none of it.
import type { Handle } from '@sveltejs/kit';
import { eventWithId } from '$lib/eventIndex';
import { getDataset } from '$lib/server/dataset';
import { eventJsonLdScript } from '$lib/server/eventJsonLd';
import { EARLY_EMBED_SCRIPT } from '$lib/embed/earlyOptions.js';

export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id === '/(bare)/embed')
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('</head>', () => `<script>${EARLY_EMBED_SCRIPT}</script></head>`)
		});
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
