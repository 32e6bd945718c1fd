// The YAML written by `npm run new:event` and `npm run new:source`: every field the schema requires, placeholders to fill in.
import { stringify } from 'yaml';
import { EVENT_KINDS, PRECISIONS, SOURCE_KINDS, VOICES } from '../../model.ts';

/**
 * A new event. The placeholders (`YYYY-MM-DD`, empty values) do not validate, on purpose: until
 * each is filled in, the validator names it with its line, and the line's comment says what goes there.
 */
export function eventSkeleton(id: string): string {
	return `${[
		`id: ${id}`,
		'title: # fill in: a short title, e.g. Biden–Xi meeting in Bali',
		'start: YYYY-MM-DD # fill in: the local date at the venue',
		'# end: YYYY-MM-DD # optional: the last day, for an event of several days',
		`precision: day # ${PRECISIONS.join(' | ')} (month: start is the 1st)`,
		`kind: # fill in: ${EVENT_KINDS.join(', ')}`,
		'# place: { name: Bali, country: Indonesia } # optional',
		'participants: [] # optional: - { name: …, role: …, side: us | china | other }, named as in data/people.yaml',
		'summary: # fill in: one to three sentences in our own words',
		'themes: [] # optional: ids from data/themes.yaml',
		'excerpts: # at least one; select a passage on a source page in `npm run dev` to get one ready to paste',
		'  - source: # fill in: the id of a source in data/sources/',
		`    voice: # fill in: whose words the quote carries: ${VOICES.join(' | ')}`,
		'    # speaker: … # optional: who says it, named as in data/people.yaml',
		'    quote: # fill in: the exact words of the source, copied from data/sources/<source>.txt',
		'    # occurrence: 2 # only if the passage occurs more than once in the source',
		'links: [] # optional: - { event: <id>, relation: follows-up }'
	].join('\n')}\n`;
}

/**
 * A new source's metadata, for the document `file` (in data/sources/original/) whose text is `text`.
 * Its title is guessed from the first line; the rest is left to fill in, and does not validate until it is.
 */
export function sourceSkeleton(id: string, file: string, text: string): string {
	const firstLine = text
		.split(/\r?\n/)
		.find((line) => line.trim() !== '')
		?.trim();
	const title = firstLine
		? `title: ${stringify(firstLine, { lineWidth: 0 }).trimEnd()} # the first line of the text: check it`
		: 'title: # fill in: the document’s title';
	return `${[
		`id: ${id}`,
		title,
		'publisher: # fill in: who published it',
		'published: YYYY-MM-DD # fill in: the date of publication',
		'publishedPrecision: day # or approximate, when the day is not known',
		`kind: # fill in: ${SOURCE_KINDS.join(' | ')}`,
		`voice: # fill in: whose words dominate: ${VOICES.join(' | ')}`,
		`file: ${stringify(file).trimEnd()}`,
		'# url: https://… # optional: where it was published (https, or site-relative)',
		`cleaning: # fill in: what you deleted from ${id}.txt (whole lines of page chrome only), or "Nothing removed."`
	].join('\n')}\n`;
}
