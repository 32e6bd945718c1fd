// Words for machines and screen readers rather than for the eye: a date for a `<time datetime>`,
// and the names that tell apart links a reader would otherwise hear as one.
import type { TimelineEvent } from './model';

/**
 * An event's date for a `<time datetime>`, as precisely as it is known: "2023-05" for May 2023,
 * "2023" for a year, else its (first) day.
 */
export function machineDate({ start, precision }: Pick<TimelineEvent, 'start' | 'precision'>) {
	return precision === 'year'
		? start.slice(0, 4)
		: precision === 'month'
			? start.slice(0, 7)
			: start;
}

/** A quote's first words, for telling apart links to the passages of one source ("“The two sides had candid…”"). */
export function quoteOpening(quote: string, words = 6): string {
	const opening = quote.split(/\s+/).filter(Boolean);
	const shown = opening
		.slice(0, words)
		.join(' ')
		.replace(/[\s,;:.]+$/, '');
	return `“${shown}${opening.length > words ? '…' : ''}”`;
}
