// An event in full for the details panel: from the page when it carries every event, otherwise fetched
// once from /data/events/<id>.json and kept.
import { resolve } from '$app/paths';
import { eventWithId } from '../eventIndex';
import type { TimelineEvent } from '../types';

export class EventDetails {
	#page: () => readonly TimelineEvent[];
	#loaded = $state<Record<string, TimelineEvent>>({});

	constructor(pageEvents: () => readonly TimelineEvent[] | undefined) {
		this.#page = () => pageEvents() ?? [];
	}

	/** The event with `id`, when it is here (call `load` for it). */
	of(id: string | undefined): TimelineEvent | undefined {
		return id ? (eventWithId(this.#page(), id) ?? this.#loaded[id]) : undefined;
	}

	/** Fetches the event with `id` unless it is here already; a failed fetch leaves the panel closed. */
	load(id: string | undefined) {
		if (!id || eventWithId(this.#page(), id) || this.#loaded[id]) return;
		fetch(resolve('/data/events/[id].json', { id }))
			.then((response) => (response.ok ? response.json() : undefined))
			.then((event: TimelineEvent | undefined) => {
				if (event) this.#loaded[id] = event;
			})
			.catch(() => undefined);
	}
}
