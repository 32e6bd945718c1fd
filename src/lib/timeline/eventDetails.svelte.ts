// An event in full for the details panel, fetched once from /data/events/<id>.json and kept (a page
// that draws the timeline carries its entries, not its events in full); and the panel itself, whose
// code loads when a reader first opens an event (a prerendered page never shows it).
import { resolve } from '$app/paths';
import type EventPanel from '../components/EventPanel.svelte';
import type { TimelineEvent } from '../model';

export class EventDetails {
	#loaded = $state<Record<string, TimelineEvent>>({});
	#failed = $state<Record<string, true>>({});
	/** Ids fetched or on their way: a plain record, read only here, never drawn. */
	#requested: Record<string, true> = {};
	/** The event last shown: kept while the next one loads, so the panel, and the focus in it, stay. */
	#last: TimelineEvent | undefined;
	/** The panel's component, once loaded. */
	panel = $state.raw<typeof EventPanel>();

	/** The event to show for `id`: it, or while it loads the one shown before; none once closed or failed. */
	of(id: string | undefined): TimelineEvent | undefined {
		if (!id || this.#failed[id]) return (this.#last = undefined);
		return (this.#last = this.#loaded[id] ?? this.#last);
	}

	/** Whether the event with `id` could not be loaded (its panel then stays closed). */
	failed(id: string): boolean {
		return !!this.#failed[id];
	}

	/** Loads the panel's code and the event with `id`. */
	load(id: string | undefined) {
		if (!id) return;
		if (!this.panel)
			import('../components/EventPanel.svelte').then((module) => (this.panel = module.default));
		this.fetch(id);
	}

	/** Loads the open event, and the events beside it so that Previous and Next open at once. */
	follow(
		id: string | undefined,
		{ previous, next }: { previous?: { id: string }; next?: { id: string } }
	) {
		this.load(id);
		this.fetch(previous?.id);
		this.fetch(next?.id);
	}

	/** Fetches the event with `id` once (a neighbour, before the reader asks for it); a failure closes the panel. */
	fetch(id: string | undefined) {
		if (!id || this.#requested[id]) return;
		this.#requested[id] = true;
		delete this.#failed[id];
		fetch(resolve('/data/events/[id].json', { id }))
			.then((response) => (response.ok ? (response.json() as Promise<TimelineEvent>) : undefined))
			.catch(() => undefined)
			.then((event) => {
				if (event) this.#loaded[id] = event;
				else {
					this.#failed[id] = true;
					delete this.#requested[id];
				}
			});
	}
}
