// What an import could not carry over as it was: one note per thing, by slide, for the report.
import type { PlainText } from './htmlText.ts';

/** What a note is about; the report counts notes by topic. */
export type NoteTopic =
	| 'skipped'
	| 'date'
	| 'title'
	| 'text'
	| 'links'
	| 'markup'
	| 'media'
	| 'id'
	| 'place'
	| 'background'
	| 'field'
	| 'era'
	| 'site'
	| 'dataset';

/** Each topic in words, as the report's summary lists them. */
export const NOTE_TOPICS: Record<NoteTopic, string> = {
	skipped: 'slides not imported',
	date: 'dates changed or partly dropped',
	title: 'titles made up for slides without a headline',
	text: 'text changed',
	links: 'link addresses dropped (their words are kept)',
	markup: 'embedded markup dropped (images, frames, scripts)',
	media: 'media linked, not embedded, or dropped',
	id: 'ids changed',
	place: 'map positions not used',
	background: 'backgrounds not used',
	field: 'fields not mapped',
	era: 'eras not mapped',
	site: 'site settings to check',
	dataset: 'true of every event'
};

/** One thing the import changed or left out. */
export interface ImportNote {
	/** 1-based position in the file's `events`; 0 for the title slide; absent for the whole file. */
	slide?: number;
	/** The event the slide became, if it became one. */
	id?: string;
	topic: NoteTopic;
	message: string;
}

/** Adds a note about the slide being read. */
export type Note = (topic: NoteTopic, message: string) => void;

/** Notes the link addresses and embedded elements a piece of text lost on its way to plain text. */
export function reportLost(text: PlainText, where: string, note: Note): PlainText {
	const { links, dropped } = text;
	if (links.length > 0)
		note(
			'links',
			`${where}: ${links.length} link address${links.length === 1 ? '' : 'es'} not kept (${links.map(short).join(', ')})`
		);
	if (dropped.length > 0)
		note(
			'markup',
			`${where}: ${[...new Set(dropped)].map((tag) => `<${tag}>`).join(', ')} dropped`
		);
	return text;
}

/** A long value cut for the report. */
export function short(text: string): string {
	return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
