// The public data export: `timeline.json` for programs and `events.csv` for spreadsheets.
import type { Dataset } from '../../model.ts';
import { commitmentStatus } from '../analysis/commitments.ts';

/** Format version of `timeline.json`; bumped when a field changes meaning or disappears. */
export const EXPORT_VERSION = 1;

/** The named fields of a record, in that order: the export names each field it publishes. */
function pick<Item, Key extends keyof Item>(item: Item, keys: readonly Key[]): Pick<Item, Key> {
	return Object.fromEntries(keys.map((key) => [key, item[key]])) as Pick<Item, Key>;
}

/** The documented shape of `build/data/timeline.json` (see the README). */
export function toPublicJson(dataset: Dataset) {
	return {
		version: EXPORT_VERSION,
		sources: dataset.sources.map((source) => ({
			id: source.id,
			title: source.title,
			publisher: source.publisher,
			published: source.published,
			publishedPrecision: source.publishedPrecision,
			kind: source.kind,
			voice: source.voice,
			file: source.file,
			cleaning: source.cleaning,
			reliability: source.reliability ?? null,
			about: source.about ?? null,
			text: source.text
		})),
		people: dataset.people.map(({ id, name, side, kind, roles }) => ({
			id,
			name,
			side,
			kind,
			roles: roles.map((role) => ({
				title: role.title,
				from: role.from ?? null,
				to: role.to ?? null
			}))
		})),
		commitments: dataset.commitments.map((commitment) => ({
			id: commitment.id,
			title: commitment.title,
			themes: commitment.themes,
			status: commitmentStatus(commitment),
			announced: commitment.announced,
			references: commitment.references,
			note: commitment.note ?? null,
			outcome: commitment.outcome ?? null
		})),
		vocabulary: dataset.vocabulary.map((use) => ({
			...pick(use, [
				'descriptor',
				'word',
				'source',
				'start',
				'end',
				'sentence',
				'negated',
				'voice',
				'events'
			]),
			describes: use.describes ?? null,
			...pick(use, ['date', 'repeats'])
		})),
		themes: dataset.themes.map((theme) => pick(theme, ['id', 'label', 'description', 'color'])),
		events: dataset.events.map((event) => ({
			id: event.id,
			title: event.title,
			start: event.start,
			end: event.end ?? null,
			elsewhere: event.elsewhere ?? null,
			precision: event.precision,
			kind: event.kind,
			place: event.place ? { name: event.place.name, country: event.place.country ?? null } : null,
			participants: event.participants.map(({ name, role, side }) => ({ name, role, side })),
			summary: event.summary,
			themes: event.themes,
			links: event.links.map(({ event: target, relation }) => ({ event: target, relation })),
			media: event.media
				? {
						url: event.media.url,
						caption: event.media.caption ?? null,
						credit: event.media.credit ?? null
					}
				: null,
			dateFrom: event.dateFrom ?? 'documents',
			publicRecord: event.publicRecord ?? null,
			unsourced: event.unsourced ?? null,
			excerpts: event.excerpts.map((excerpt) => ({
				id: excerpt.id,
				source: excerpt.source,
				voice: excerpt.voice,
				speaker: excerpt.speaker ?? null,
				paraphraseOf: excerpt.paraphraseOf ?? null,
				alsoAbout: excerpt.alsoAbout ?? [],
				note: excerpt.note ?? null,
				themes: excerpt.themes ?? [],
				quote: excerpt.quote,
				start: excerpt.start,
				end: excerpt.end
			}))
		}))
	};
}

export type PublicData = ReturnType<typeof toPublicJson>;

const CSV_COLUMNS = [
	'id',
	'title',
	'start',
	'end',
	'precision',
	'kind',
	'place',
	'country',
	'participants',
	'summary',
	'themes',
	'sources',
	'excerpt_count',
	'unsourced',
	'date_from',
	'public_record'
] as const;

/** One row per event, RFC 4180 quoting, CRLF line ends: opens cleanly in spreadsheet programs. */
export function toEventsCsv(dataset: Dataset): string {
	const rows = dataset.events.map((event) => [
		event.id,
		event.title,
		event.start,
		event.end ?? '',
		event.precision,
		event.kind,
		event.place?.name ?? '',
		event.place?.country ?? '',
		event.participants
			.map((person) => `${person.name} (${person.role}, ${person.side})`)
			.join('; '),
		event.summary,
		event.themes.join('; '),
		[...new Set(event.excerpts.map((excerpt) => excerpt.source))].join('; '),
		String(event.excerpts.length),
		event.unsourced ?? '',
		event.dateFrom ?? 'documents',
		event.publicRecord ?? ''
	]);
	return (
		[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
	);
}

function csvField(value: string): string {
	const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
