// An event in full for the details panel: from the page when it carries every event, otherwise fetched
// once from /data/events/<id>.json and kept; and the panel itself, whose code loads when a reader
// first opens an event (a prerendered page never shows it).
import { resolve } from '$app/paths';
import type EventPanel from '../components/EventPanel.svelte';
import type { TimelineEvent } from '../model';

export class EventDetails {
	/** A page carries at most a few hundred events (IN_PAGE_EVENT_LIMIT): a scan finds one quickly. */
	#page: (id: string) => TimelineEvent | undefined;
	#loaded = $state<Record<string, TimelineEvent>>({});
	/** The panel's component, once loaded. */
	panel = $state.raw<typeof EventPanel>();

	constructor(pageEvents: () => readonly TimelineEvent[] | undefined) {
		this.#page = (id) => pageEvents()?.find((event) => event.id === id);
	}

	/** The event with `id`, when it is here (call `load` for it). */
	of(id: string | undefined): TimelineEvent | undefined {
		return id ? (this.#page(id) ?? this.#loaded[id]) : undefined;
	}

	/** Fetches the event with `id` unless it is here already; a failed fetch leaves the panel closed. */
	load(id: string | undefined) {
		if (!id) return;
		if (!this.panel)
			import('../components/EventPanel.svelte').then((module) => (this.panel = module.default));
		if (this.#page(id) || this.#loaded[id]) return;
		fetch(resolve('/data/events/[id].json', { id }))
			.then((response) => (response.ok ? response.json() : undefined))
			.then((event: TimelineEvent | undefined) => {
				if (event) this.#loaded[id] = event;
			})
			.catch(() => undefined);
	}
}
