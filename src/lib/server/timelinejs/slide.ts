// One TimelineJS slide as one of our events: plain-text title and summary, dates, media as a link, notes.
import type { z } from 'zod';
import type { eventSchema } from '../data/schema.ts';
import type { Theme } from '../../model.ts';
import { readDate } from './dateParts.ts';
import { fieldText, hasContent, isFields } from './fields.ts';
import { readExported } from './exported.ts';
import { htmlToText, oneLine, paragraphs } from './htmlText.ts';
import { reportLost, short, type ImportNote, type Note, type NoteTopic } from './notes.ts';
import { THEME_PALETTE } from './palette.ts';
import { readDates } from './slideDates.ts';
import { readMedia } from './slideMedia.ts';

/** An event as written to data/events/<id>.yaml (before the schema's defaults). */
export type ImportedEvent = z.input<typeof eventSchema>;

/** What all the slides of a file share while they are read. */
export interface SlideContext {
	fileName: string;
	notes: ImportNote[];
	ids: Set<string>;
	/** Themes by label, in the order their groups first appear. */
	themes: Map<string, Theme>;
}

const READ_FIELDS = new Set([
	'start_date',
	'end_date',
	'text',
	'media',
	'group',
	'display_date',
	'unique_id',
	'location'
]);
/** Every field of a TimelineJS slide: what is read and what is not used. */
export const SLIDE_FIELDS: ReadonlySet<string> = new Set([
	...READ_FIELDS,
	'background',
	'autolink',
	'type'
]);
/** Fields known to TimelineJS that have no place here, and why. */
const UNUSED_FIELDS: Record<string, [NoteTopic, string]> = {
	background: ['background', 'background not used'],
	autolink: ['field', 'autolink not used: the text is plain, its addresses are not made links'],
	type: ['field', 'slide type not used: imported as an ordinary event']
};

/** A lowercase slug from any text: accents dropped, other characters become hyphens. */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= 60) return slug;
	const cut = slug.lastIndexOf('-', 60);
	return slug.slice(0, cut > 0 ? cut : 60);
}

/** Reads slide `number` (1-based) into an event, adding a note for everything not carried over as it was. */
export function importSlide(
	slide: unknown,
	number: number,
	context: SlideContext
): ImportedEvent | undefined {
	const notes: Omit<ImportNote, 'slide' | 'id'>[] = [];
	const note = (topic: NoteTopic, message: string) => notes.push({ topic, message });
	const finish = (id?: string) =>
		context.notes.push(
			...notes.map((entry) => ({ slide: number, ...(id ? { id } : {}), ...entry }))
		);
	if (!isFields(slide)) {
		note('skipped', 'not imported: it is not a slide (a JSON object)');
		return void finish();
	}
	const start = readDate(slide.start_date);
	if ('error' in start) {
		note('skipped', `not imported: its start date has ${start.error}`);
		return void finish();
	}
	const text = isFields(slide.text) ? slide.text : {};
	const headline = oneLine(htmlToText(fieldText(text.headline)));
	const uniqueId = fieldText(slide.unique_id);
	const exported = readExported(fieldText(text.text), uniqueId);
	const body = exported?.text ?? htmlToText(fieldText(text.text));
	if (exported?.left) note('text', exported.left);
	reportLost(body, 'text', note);

	const dates = readDates(slide, start, hasContent(slide.end_date), note);
	const media = readMedia(slide.media, note);
	const summary = [paragraphs(body), media.quote].filter(Boolean).join('\n\n');
	const title = headline || media.caption || firstWords(summary) || `Untitled slide ${number}`;
	if (!headline) note('title', `no headline: titled "${title}"`);
	if (!summary) note('text', 'no text: the summary says so');

	const id = uniqueIdFor(uniqueId, title, number, context.ids, note);
	const theme = themeFor(oneLine(htmlToText(fieldText(slide.group))), context);
	const place = readPlace(slide.location, note);
	for (const [field, value] of Object.entries(slide))
		if (!READ_FIELDS.has(field) && hasContent(value))
			note(...(UNUSED_FIELDS[field] ?? ['field', `field "${field}" not mapped`]));
	finish(id);
	return {
		id,
		title,
		...dates,
		kind: 'other',
		...(place ? { place } : {}),
		summary: summary || 'The TimelineJS slide has no text.',
		...(theme ? { themes: [theme.id] } : {}),
		unsourced:
			exported?.unsourced ??
			`Imported from the TimelineJS file ${context.fileName}, whose slides carry no source documents to quote.`,
		...(media.link ? { media: media.link } : {})
	};
}

function readPlace(location: unknown, note: Note) {
	if (!isFields(location)) return undefined;
	const name = oneLine(htmlToText(fieldText(location.name)));
	if (Object.entries(location).some(([field, value]) => field !== 'name' && hasContent(value)))
		note('place', `location: ${name ? 'place name kept, ' : ''}map position and icon not used`);
	return name ? { name } : undefined;
}

function uniqueIdFor(
	uniqueId: string,
	title: string,
	number: number,
	ids: Set<string>,
	note: Note
) {
	const base = slugify(uniqueId) || slugify(title) || `slide-${number}`;
	let id = base;
	for (let suffix = 2; ids.has(id); suffix++) id = `${base}-${suffix}`;
	ids.add(id);
	if (uniqueId && id !== uniqueId)
		note(
			'id',
			`unique_id "${short(uniqueId)}" became "${id}"${id !== base ? ' (already used)' : ''}`
		);
	else if (!uniqueId && id !== base) note('id', `id "${id}": "${base}" was already used`);
	return id;
}

function themeFor(group: string, context: SlideContext): Theme | undefined {
	if (!group) return undefined;
	let theme = context.themes.get(group);
	if (!theme) {
		const base = slugify(group) || 'group';
		let id = base;
		const used = new Set([...context.themes.values()].map((known) => known.id));
		for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
		const color = THEME_PALETTE[context.themes.size % THEME_PALETTE.length]!;
		theme = { id, label: group, description: `The TimelineJS group “${group}”.`, color };
		context.themes.set(group, theme);
	}
	return theme;
}

function firstWords(text: string): string {
	const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.split('\n')[0] ?? '';
	return sentence.length <= 80 ? sentence : `${sentence.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}
