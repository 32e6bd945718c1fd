// The timeline's shareable view in the URL:
// `?event=<id>&themes=<id,id>&voices=<voice,voice>&from=YYYY-MM-DD&to=YYYY-MM-DD`.
import type { Voice } from '../model';
import { isIsoDate } from './isoDate';

/** What a URL can say about the view. Every field is optional: absent means the default view. */
export interface ViewState {
	event?: string;
	themes: string[];
	/** Show only events quoting one of these voices; all events when empty. */
	voices: Voice[];
	from?: string;
	to?: string;
}

/** Ids the URL may name; anything else is ignored. */
export interface ExistingIds {
	events: Pick<ReadonlySet<string>, 'has'>;
	themes: ReadonlySet<string>;
	/** The voices some event quotes: the filter offers no other (an address's would empty the page). */
	voices: Pick<ReadonlySet<string>, 'has'>;
}

/** The ids an address may name; the events' set is built on the first lookup, as most addresses name none. */
export function existingIds(
	events: readonly { id: string; voices: readonly string[] }[],
	themes: readonly { id: string }[]
): ExistingIds {
	let eventIds: Set<string> | undefined;
	return {
		events: { has: (id) => (eventIds ??= new Set(events.map((event) => event.id))).has(id) },
		themes: new Set(themes.map((theme) => theme.id)),
		voices: { has: (voice) => events.some((event) => event.voices.includes(voice)) }
	};
}

const MAX_PARAMETER_LENGTH = 2000;

/**
 * Reads a view from query parameters. Unknown ids, malformed or impossible dates, reversed ranges
 * and overlong values are dropped silently: a bad link still opens the timeline.
 */
export function parseViewState(query: URLSearchParams | string, existing: ExistingIds): ViewState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const read = (name: string) => {
		const value = params.get(name);
		return value !== null && value.length <= MAX_PARAMETER_LENGTH ? value.trim() : undefined;
	};
	const event = read('event');
	// A list may come comma-separated or as the parameter repeated (`themes=a&themes=b`), its ids
	// in any case (`Taiwan`), as an address written by hand does.
	const list = (name: string, allowed: Pick<ReadonlySet<string>, 'has'>) => [
		...new Set(
			params
				.getAll(name)
				.filter((value) => value.length <= MAX_PARAMETER_LENGTH)
				.flatMap((value) => value.split(','))
				.map((id) => id.trim().toLowerCase())
				.filter((id) => allowed.has(id))
		)
	];
	const themes = list('themes', existing.themes);
	const voices = list('voices', existing.voices) as Voice[];
	let from = validDate(read('from'));
	let to = validDate(read('to'));
	// A range of one day (from = to) is that day: a phone writes it when one row fills its screen.
	// Half a range is none: the view would show everything while its address kept the half.
	if ((from && to && from > to) || !from !== !to) from = to = undefined;
	return {
		event: event && existing.events.has(event) ? event : undefined,
		themes,
		voices,
		from,
		to
	};
}

/** Writes a view into query parameters, leaving any other parameter as it was. */
export function writeViewState(state: ViewState, params = new URLSearchParams()): URLSearchParams {
	const next = new URLSearchParams(params);
	const set = (name: string, value: string | undefined) =>
		value ? next.set(name, value) : next.delete(name);
	set('event', state.event);
	set('themes', state.themes.join(','));
	set('voices', state.voices.join(','));
	set('from', state.from);
	set('to', state.to);
	return next;
}

function validDate(value: string | undefined): string | undefined {
	return value && isIsoDate(value) ? value : undefined;
}

/**
 * The address `location` with `state` written into its query string (other parameters and the
 * hash kept), or undefined when that would not change it.
 */
export function addressWithView(
	state: ViewState,
	{ pathname, search, hash }: Pick<Location, 'pathname' | 'search' | 'hash'>
): string | undefined {
	const current = new URLSearchParams(search);
	const params = writeViewState(state, current).toString();
	if (params === current.toString()) return undefined;
	return `${pathname}${params ? `?${params}` : ''}${hash}`;
}
