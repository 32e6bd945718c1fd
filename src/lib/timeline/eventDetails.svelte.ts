// An event in full for the details panel, fetched once from /data/events/<id>.json and kept (a page
// that draws the timeline carries its entries, not its events in full); and the panel itself, whose
// code loads when a reader first opens an event (a prerendered page never shows it).
import { resolve } from '$app/paths';
import type EventPanel from '../components/EventPanel.svelte';
import type { TimelineEvent } from '../model';

export class EventDetails {
	#loaded = $state<Record<string, TimelineEvent>>({});
	/** The panel's component, once loaded. */
	panel = $state.raw<typeof EventPanel>();

	/** The event with `id`, when it is here (call `load` for it). */
	of(id: string | undefined): TimelineEvent | undefined {
		return id ? this.#loaded[id] : undefined;
	}

	/** Fetches the event with `id` unless it is here already; a failed fetch leaves the panel closed. */
	load(id: string | undefined) {
		if (!id) return;
		if (!this.panel)
			import('../components/EventPanel.svelte').then((module) => (this.panel = module.default));
		if (this.#loaded[id]) return;
		fetch(resolve('/data/events/[id].json', { id }))
			.then((response) => (response.ok ? response.json() : undefined))
			.then((event: TimelineEvent | undefined) => {
				if (event) this.#loaded[id] = event;
			})
			.catch(() => undefined);
	}
}
