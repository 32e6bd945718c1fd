// A slide's start, end and display dates as one event's start, end and precision, noting what is lost.
import type { ImportedEvent } from './slide.ts';
import { coarser, readDate, saysApproximate, truncate, type ReadDate } from './dateParts.ts';
import { fieldText, isFields, type Fields } from './fields.ts';
import type { Note } from './notes.ts';
import { formatEventDate } from '../dates/formatDate.ts';
import { publicRecordNote } from '../../publicRecordNote.ts';

/** What our own export adds to a date taken from the public record (exportTimelineJs.ts). */
const FROM_PUBLIC_RECORD = publicRecordNote({ dateFrom: 'public-record' });

/**
 * An event has one precision for its start and end, so the coarser one wins: July 1943 to 1946
 * becomes 1943–1946 (said in a note) rather than a made-up month for the end.
 */
export function readDates(
	slide: Fields,
	start: ReadDate,
	hasEnd: boolean,
	note: Note
): Pick<ImportedEvent, 'start' | 'end' | 'precision' | 'dateFrom'> {
	let end: ReadDate | undefined;
	if (hasEnd) {
		const read = readDate(slide.end_date);
		if ('error' in read) note('date', `end date dropped: it has ${read.error}`);
		else end = read;
	}
	let precision: ImportedEvent['precision'] = coarser(start.precision, end?.precision ?? 'day');
	const startDate = truncate(start.date, precision);
	if (precision !== start.precision)
		note(
			'date',
			`start ${start.date} kept only as the ${precision} ${startDate.slice(0, precision === 'year' ? 4 : 7)}, as the end date gives only a ${precision}`
		);
	let endDate = end && truncate(end.date, precision);
	if (endDate !== undefined && endDate < startDate) {
		note('date', `end date dropped: ${end!.date} is before the start`);
		endDate = undefined;
	}
	for (const dropped of start.dropped) note('date', `start date: ${dropped} not kept`);
	for (const dropped of end?.dropped ?? []) note('date', `end date: ${dropped} not kept`);
	const starts = isFields(slide.start_date) ? slide.start_date : {};
	const ends = isFields(slide.end_date) ? slide.end_date : {};
	let dateFrom: ImportedEvent['dateFrom'];
	for (const shown of [slide.display_date, starts.display_date, ends.display_date].map(fieldText)) {
		if (!shown) continue;
		let display = shown;
		if (display.endsWith(FROM_PUBLIC_RECORD)) {
			dateFrom = 'public-record';
			display = display.slice(0, -FROM_PUBLIC_RECORD.length);
		}
		if (saysApproximate(display) && precision === 'day') {
			precision = 'approximate';
			note('date', `display date "${display}" read as an approximate date`);
		} else if (display !== formatEventDate(startDate, endDate, precision))
			note('date', `display date "${display}" not kept: dates are written from start and end`);
	}
	return {
		start: startDate,
		...(endDate !== undefined && endDate !== startDate ? { end: endDate } : {}),
		precision,
		...(dateFrom ? { dateFrom } : {})
	};
}
