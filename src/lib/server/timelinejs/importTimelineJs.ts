// A TimelineJS 3 document as our dataset: site copy from the title slide, one event per slide, groups as themes.
import type { SiteCopy, Theme } from '../../model.ts';
import { fieldText, hasContent, isFields } from './fields.ts';
import { htmlToText, oneLine, paragraphs } from './htmlText.ts';
import type { ImportNote } from './notes.ts';
import { importSlide, type ImportedEvent, type SlideContext } from './slide.ts';

/** The dataset made from a TimelineJS file, and every note about what it could not carry over. */
export interface ImportedStory {
	site: SiteCopy;
	themes: Theme[];
	events: ImportedEvent[];
	notes: ImportNote[];
	/** How many slides the file has, with the title slide. */
	slides: number;
}

/** The file cannot be imported at all; the message says what is wrong with it. */
export class TimelineJsError extends Error {
	override name = 'TimelineJsError';
}

export interface ImportOptions {
	/** The file's name, quoted in the site's copy and the events' notes. */
	fileName: string;
	/** Where the site will be published (https, no trailing slash); a placeholder otherwise. */
	siteUrl?: string;
}

const PLACEHOLDER_URL = 'https://example.org';
const TOP_LEVEL = new Set(['events', 'title', 'eras', 'scale']);

/** Converts a parsed TimelineJS document; throws a TimelineJsError if it is not one. */
export function importTimelineJs(document: unknown, options: ImportOptions): ImportedStory {
	if (!isFields(document))
		throw new TimelineJsError(
			`expected a TimelineJS document (a JSON object), got ${kindOf(document)}`
		);
	if (!Array.isArray(document.events))
		throw new TimelineJsError(
			`expected an "events" list, as every TimelineJS document has, got ${kindOf(document.events)}`
		);
	const context: SlideContext = {
		fileName: options.fileName,
		notes: [],
		ids: new Set(),
		themes: new Map()
	};
	const events = document.events
		.map((slide, index) => importSlide(slide, index + 1, context))
		.filter((event) => event !== undefined);
	if (events.length === 0)
		throw new TimelineJsError(
			`expected at least one slide with a start date, got none of ${document.events.length}`
		);
	const site = siteCopy(document.title, events.length, options, context.notes);
	for (const [field, value] of Object.entries(document)) {
		if (field === 'eras' && Array.isArray(value))
			value.forEach((era) => noteEra(era, context.notes));
		else if (field === 'scale' && fieldText(value) && fieldText(value) !== 'human')
			context.notes.push({
				topic: 'field',
				message: `scale "${fieldText(value)}" not supported: dates are read as calendar years`
			});
		else if (!TOP_LEVEL.has(field) && hasContent(value))
			context.notes.push({ topic: 'field', message: `field "${field}" not mapped` });
	}
	context.notes.push(
		{ topic: 'dataset', message: 'kind "other" for every event: TimelineJS has no kinds of event' },
		{
			topic: 'dataset',
			message: 'no source excerpt for any event: each carries an unsourced note saying why'
		}
	);
	return {
		site,
		themes: [...context.themes.values()],
		events,
		notes: context.notes,
		slides: document.events.length + (document.title === undefined ? 0 : 1)
	};
}

function siteCopy(
	title: unknown,
	eventCount: number,
	options: ImportOptions,
	notes: ImportNote[]
): SiteCopy {
	const slide = isFields(title) ? title : {};
	const text = isFields(slide.text) ? slide.text : {};
	const note = (message: string) => notes.push({ slide: 0, topic: 'site', message });
	const fromFile = options.fileName
		.replace(/\.json$/i, '')
		.replace(/[\s_-]+/g, ' ')
		.trim();
	const headline =
		oneLine(htmlToText(fieldText(text.headline))) ||
		fromFile.charAt(0).toUpperCase() + fromFile.slice(1);
	if (!oneLine(htmlToText(fieldText(text.headline))))
		note(`no title headline: the site is called "${headline}" (change it in site.yaml)`);
	const intro = paragraphs(htmlToText(fieldText(text.text)))
		.split('\n\n')
		.filter(Boolean);
	for (const field of ['media', 'background'])
		if (hasContent(slide[field])) note(`title slide ${field} not used`);
	if (!options.siteUrl)
		note(`site url is the placeholder ${PLACEHOLDER_URL} (change it in site.yaml)`);
	note('licence not stated in the file: site.yaml says so (change it there)');
	const origin = `Imported from the TimelineJS file ${options.fileName}: ${eventCount} events.`;
	return {
		title: headline,
		url: options.siteUrl ?? PLACEHOLDER_URL,
		description: intro[0] ?? origin,
		intro: [
			...intro,
			`${origin} Its slides carry no source documents, so no event here has a verbatim source excerpt; each says so.`
		],
		licence: `Not stated in the TimelineJS file ${options.fileName}: ask its authors before reusing it.`,
		about: [
			{
				heading: 'Where this timeline comes from',
				paragraphs: [
					`It was imported from the TimelineJS file ${options.fileName} with npm run import:timelinejs.`,
					'A TimelineJS file holds slides, not the documents behind them, so no event has a verbatim excerpt of a source: each event says so where its quotes would be.',
					'Markup in the file was reduced to plain text. Media are linked, never embedded, so the site makes no requests to other sites.'
				]
			}
		]
	};
}

function noteEra(era: unknown, notes: ImportNote[]): void {
	const fields = isFields(era) ? era : {};
	const text = isFields(fields.text) ? fields.text : {};
	const name = oneLine(htmlToText(fieldText(text.headline))) || 'untitled';
	const year = (date: unknown) => (isFields(date) ? fieldText(date.year) : '') || '?';
	notes.push({
		topic: 'era',
		message: `era "${name}" (${year(fields.start_date)}–${year(fields.end_date)}) not mapped: the site has no eras`
	});
}

function kindOf(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
