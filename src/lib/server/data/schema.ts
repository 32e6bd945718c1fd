// The validator's schema of data/: what a source, theme or event record may hold, built on the
// model's closed vocabularies and checked to return exactly the model's records.
import { z } from 'zod';
import {
	DATE_ORIGINS,
	EVENT_KINDS,
	OUTCOMES,
	PERSON_KINDS,
	PRECISIONS,
	REFERENCE_KINDS,
	RELATIONS,
	SIDES,
	SOURCE_DATE_PRECISIONS,
	SOURCE_KINDS,
	VOICES,
	type Commitment,
	type Descriptor,
	type EventRecord,
	type Person,
	type SiteCopy,
	type SourceRecord,
	type Theme
} from '../../model.ts';
import { isIsoDate } from '../../timeline/isoDate.ts';
import { hiddenCharacters } from './quotes.ts';

/**
 * The characters of a URL as RFC 3986 writes it (anything else percent-encoded): no space,
 * quote, brace, backslash or control character, which pages and citations could read as more
 * than an address (`\input{…}` in BibTeX).
 */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/** An absolute https URL with a host, written in URL characters only. */
export function isHttpsUrl(value: string): boolean {
	if (!URL_CHARACTERS.test(value) || !/^https:\/\/[^/?#]/i.test(value)) return false;
	try {
		const parsed = new URL(value);
		return parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username;
	} catch {
		return false;
	}
}

/** A path on this site: one leading slash, URL characters only. */
function isSiteRelative(value: string): boolean {
	return URL_CHARACTERS.test(value) && /^\/(?![/\\])/.test(value);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX_COLOR = /^#[0-9a-f]{6}$/;

/**
 * The longest id: ids name pages and files (`events/<id>.html`, `sources/<id>.txt`), and a file
 * system refuses names past 255 bytes; 80 characters also keeps an address readable.
 */
export const MAX_ID_LENGTH = 80;

const slug = z
	.string()
	.max(MAX_ID_LENGTH, { message: `at most ${MAX_ID_LENGTH} characters` })
	.regex(SLUG, { message: 'a lowercase slug (letters, digits, hyphens)' });

/** Whether `id` is a usable id (an unusable one is reported where it is, never suggested). */
export const isSlug = (id: string) => slug.safeParse(id).success;
/** Text with nothing hidden in it (see `hiddenCharacters`), checked before it is trimmed. */
const visible = () =>
	z.string().superRefine((value, context) => {
		const hidden = hiddenCharacters(value);
		if (hidden.length > 0)
			context.addIssue({
				code: 'custom',
				message: 'no invisible or control characters',
				params: {
					found: hidden
						.map((character) => `${character.codePoint} at character ${character.position}`)
						.join(', ')
				}
			});
	});
/**
 * A hyphenated word that a folded YAML block (`>-`) broke at its end of line: the block joins its
 * lines with a space ("USS Chung- Hoon"). A hyphen left hanging before "and", "or" or "to" is
 * written so ("short- and long-term").
 */
const BROKEN_AT_HYPHEN = /[\p{L}\p{N}]+- (?!(?:and|or|to) )\p{L}+/u;
const text = visible()
	.trim()
	.min(1, { message: 'non-empty text' })
	.superRefine((value, context) => {
		const broken = BROKEN_AT_HYPHEN.exec(value);
		if (broken)
			context.addIssue({
				code: 'custom',
				message: 'no word broken at a hyphen by a line end (a folded block joins its lines with a space)',
				params: { found: `"${broken[0]}" at character ${broken.index + 1}` }
			});
	});
const isoDate = z.string().refine(isIsoDate, { message: 'a real date as YYYY-MM-DD' });
// Site-relative means one leading slash: browsers read `//host` and `/\host` as another site.
const url = z.string().refine((value) => isHttpsUrl(value) || isSiteRelative(value), {
	message: 'an https: or site-relative URL'
});
const httpsUrl = z.string().refine(isHttpsUrl, { message: 'an https URL' });

/**
 * A list in which no two items share a key: pages draw these lists keyed (Svelte's keyed each),
 * and a repeated key stops the page. A repeat is reported at the repeated item, with the first.
 */
function distinct<Item extends z.ZodType>(
	item: Item,
	what: string,
	key: (value: z.output<Item>) => string = String
) {
	return z.array(item).superRefine((items, context) => {
		const seen = new Map<string, number>();
		items.forEach((value, index) => {
			const first = seen.get(key(value));
			if (first === undefined) seen.set(key(value), index);
			else
				context.addIssue({
					code: 'custom',
					path: [index],
					message: `each ${what} once`,
					params: { repeats: first, found: JSON.stringify(key(value)) }
				});
		});
	});
}

export const sourceSchema = z.strictObject({
	id: slug,
	title: text,
	publisher: text,
	published: isoDate,
	publishedPrecision: z.enum(SOURCE_DATE_PRECISIONS).default('day'),
	kind: z.enum(SOURCE_KINDS),
	voice: z.enum(VOICES),
	/** What a reader should know about how far to trust the document. */
	reliability: text.optional(),
	/** The meeting the document reports: where it rates "the talks", quoted or not, it rates this one. */
	about: slug.optional(),
	// Not `.` or `..`, which name folders.
	file: z.string().regex(/^(?!\.+$)[\w.-]+$/, { message: 'a plain file name' }),
	url: url.optional(),
	cleaning: text
});

export const themeSchema = z.strictObject({
	id: slug,
	label: text,
	description: text,
	color: z.string().regex(HEX_COLOR, { message: 'a lowercase colour like #1b7837' })
});
export const themesFileSchema = z.array(themeSchema);

export const siteSchema = z.strictObject({
	title: text,
	/** The site's name in the header and page titles; the title if absent. */
	shortTitle: text.optional(),
	/** Where the site is published, for canonical URLs and citations: https, no trailing slash. */
	url: z.string().refine((value) => isHttpsUrl(value) && !value.endsWith('/'), {
		message: 'an https URL with no trailing slash'
	}),
	description: text,
	intro: z.array(text).min(1, { message: 'at least one paragraph' }),
	licence: text,
	/** The about page: method and context, in sections of plain paragraphs. */
	about: distinct(
		z.strictObject({ heading: text, paragraphs: z.array(text).min(1) }),
		'heading',
		(section) => section.heading
	).min(1, { message: 'at least one section' })
});

export const descriptorSchema = z.strictObject({
	id: slug,
	label: text,
	variants: distinct(text, 'word form').min(1, { message: 'at least one word form' }),
	/** Words that, just after the descriptor, show it rates something other than a meeting. */
	notBefore: distinct(text, 'word').optional()
});

export const personSchema = z.strictObject({
	id: slug,
	/** Exactly as participants and speakers are named in the events. */
	name: text,
	side: z.enum(SIDES),
	kind: z.enum(PERSON_KINDS),
	roles: z
		.array(z.strictObject({ title: text, from: isoDate.optional(), to: isoDate.optional() }))
		.min(1, { message: 'at least one role' })
});

const excerptReference = z.strictObject({ event: slug, excerpt: slug });

export const commitmentSchema = z.strictObject({
	id: slug,
	title: text,
	themes: distinct(slug, 'theme').default([]),
	/** Where it was announced, and the excerpt that says so. */
	announced: excerptReference,
	/** Later events and excerpts that refer back to it, in time order. */
	references: distinct(
		excerptReference.extend({ kind: z.enum(REFERENCE_KINDS) }),
		'event per kind of reference',
		(reference) => `${reference.event} (${reference.kind})`
	).default([]),
	/** It was carried out, lapsed or was superseded: when, why, the excerpt that shows it if a
	 *  document does, and the timeline's event that records it if there is one. */
	outcome: z
		.strictObject({
			status: z.enum(OUTCOMES),
			date: isoDate,
			note: text,
			evidence: excerptReference.optional(),
			event: slug.optional()
		})
		.optional(),
	note: text.optional()
});

export const excerptSchema = z.strictObject({
	source: slug,
	voice: z.enum(VOICES),
	speaker: text.optional(),
	/** A reporter's account of what this person or body said (voice: media); words it sets in
	 *  quotation marks are theirs, in their voice. */
	paraphraseOf: z.strictObject({ name: text, voice: z.enum(VOICES) }).optional(),
	/** The other events whose excerpt this same passage also is, where it speaks of them. */
	alsoAbout: distinct(slug, 'event').optional(),
	/** An editor's note shown beside the quote wherever it appears: where the source errs or needs context. */
	note: text.optional(),
	themes: distinct(slug, 'theme').optional(),
	occurrence: z.number().int().min(1).optional(),
	quote: z.string().refine((quote) => quote.trim().length > 0, { message: 'a non-empty quote' })
});

export const eventSchema = z.strictObject({
	id: slug,
	title: text,
	start: isoDate,
	end: isoDate.optional(),
	elsewhere: z.strictObject({ date: isoDate, place: text }).optional(),
	precision: z.enum(PRECISIONS),
	/** Where the date comes from: the documents (the default), or the public record where they
	 *  only mention the event; said next to the date. */
	dateFrom: z.enum(DATE_ORIGINS).optional(),
	/** What else the entry gives that the documents do not (a second day, a place, a name), from
	 *  the public record, in the editors' words; shown under the summary. */
	publicRecord: text.optional(),
	kind: z.enum(EVENT_KINDS),
	/** Optional: a story imported from TimelineJS may not say where. */
	place: z.strictObject({ name: text, country: text.optional() }).optional(),
	participants: distinct(
		z.strictObject({ name: text, role: text, side: z.enum(SIDES) }),
		'participant',
		(participant) => participant.name
	).default([]),
	summary: text,
	themes: distinct(slug, 'theme').default([]),
	/** At least one, unless `unsourced` says why there is none (checked in references.ts). */
	excerpts: z.array(excerptSchema).default([]),
	/** Why the event has no verbatim excerpt, e.g. it was imported from a file with no source texts. */
	unsourced: text.optional(),
	/** A picture, video or page about the event, shown only as a link: the site never embeds it. */
	media: z
		.strictObject({ url: httpsUrl, caption: text.optional(), credit: text.optional() })
		.optional(),
	/** One link to an event at most: its page lists related events keyed by event and wording. */
	links: distinct(
		z.strictObject({ event: slug, relation: z.enum(RELATIONS) }),
		'linked event',
		(link) => link.event
	).default([]),
	/** Two or three questions for discussing the event in class (shown in the speaker notes). */
	questions: distinct(
		visible().trim().regex(/\?$/, { message: 'a question ending with "?"' }),
		'question'
	)
		.min(2, { message: 'two or three questions' })
		.max(3, { message: 'two or three questions' })
		.optional()
});

/** Both ways assignable: the schema returns the model's record, no more and no less. */
type Same<Returned, Modelled> = [Returned] extends [Modelled]
	? [Modelled] extends [Returned]
		? true
		: false
	: false;
const returnsTheModel: [
	Same<z.output<typeof sourceSchema>, SourceRecord>,
	Same<z.output<typeof themeSchema>, Theme>,
	Same<z.output<typeof siteSchema>, SiteCopy>,
	Same<z.output<typeof descriptorSchema>, Descriptor>,
	Same<z.output<typeof personSchema>, Person>,
	Same<z.output<typeof commitmentSchema>, Commitment>,
	Same<z.output<typeof eventSchema>, EventRecord>
] = [true, true, true, true, true, true, true];
void returnsTheModel;
