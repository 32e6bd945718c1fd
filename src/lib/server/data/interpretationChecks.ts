// Checks of the record's interpretive layer, where a careful reader found the errors the quotes
// did not have: links that run against time, commitment evidence that counts one sentence twice or
// comes from the announcing meeting itself, one sentence filed under several events without saying
// so, words put in the mouth of someone the source does not name, and discussion questions that
// quote words the event's excerpts and summary do not have.
import type { Commitment, EventRecord, Excerpt, Relation } from '../../model.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';
import { holdsPhrase, quotedPhrases } from '../../questionQuotes.ts';
import { isoDateToTime } from '../../timeline/isoDate.ts';
import { excerptId } from './excerpts.ts';
import { describeValue } from './problems.ts';
import type { Collection, LoadedSource, Reporter } from './references.ts';

const DAY = 86_400_000;

/**
 * How a relation sits in time, read from the linking event to the linked one: `after`, the linking
 * event starts on or after the linked one; `before`, on or before it; a number, the two are at most
 * that many days apart. Each as far as the dates' precision tells: an event dated to a month may
 * have been on any of its days (`startWindow`).
 */
export const RELATION_TIMING: Record<Relation, 'after' | 'before' | number> = {
	'implements-consensus-of': 'after',
	'follows-up': 'after',
	'prompted-by': 'after',
	assesses: 'after',
	'announced-at': 'after',
	prepares: 'before',
	'coincides-with': 7,
	overshadows: 90,
	'threatened-to-overshadow': 90
};

interface Inputs {
	events: Collection<EventRecord>;
	sources: Collection<LoadedSource>;
	commitments?: Collection<Commitment>;
	excerpts: ReadonlyMap<string, Excerpt[]>;
}

export function checkInterpretation(inputs: Inputs, report: Reporter): void {
	const events = new Map(inputs.events.records.map((event) => [event.data.id, event.data]));
	checkLinkTiming(inputs.events, events, report);
	checkSharedSentences(inputs.events, inputs.excerpts, report);
	checkSpeakers(inputs.events, inputs.sources, inputs.excerpts, report);
	checkReportedMeetings(inputs.sources, inputs.events, events, report);
	checkQuestionQuotes(inputs.events, inputs.excerpts, report);
	if (inputs.commitments)
		checkCommitmentEvidence(inputs.commitments, events, inputs.excerpts, report);
}

/**
 * A question puts in quotation marks only words its event's excerpts or summary hold: the worksheet
 * prints it beside those excerpts, and a class reads the marks as the record's own words.
 */
function checkQuestionQuotes(
	collection: Collection<EventRecord>,
	excerpts: ReadonlyMap<string, Excerpt[]>,
	report: Reporter
) {
	for (const event of collection.records) {
		const texts = [
			event.data.summary,
			...(excerpts.get(event.data.id) ?? []).map((excerpt) => excerpt.quote)
		];
		event.data.questions?.forEach((question, index) => {
			for (const phrase of quotedPhrases(question))
				if (!texts.some((text) => holdsPhrase(text, phrase)))
					report(
						event,
						['questions', index],
						'words in quotation marks that the event’s excerpts or summary hold',
						describeValue(phrase)
					);
		});
	}
}

/** A source reports a meeting of the timeline that had begun by the time it was published. */
function checkReportedMeetings(
	sources: Collection<LoadedSource>,
	declared: Collection<EventRecord>,
	events: ReadonlyMap<string, EventRecord>,
	report: Reporter
) {
	for (const source of sources.records) {
		const { about, published, publishedPrecision } = source.data;
		if (about === undefined) continue;
		const event = events.get(about);
		if (!event) {
			if (declared.complete && !declared.declared.has(about))
				report(source, ['about'], 'the id of an event in data/events/', describeValue(about));
			continue;
		}
		const latest =
			isoDateToTime(published) + (publishedPrecision === 'approximate' ? APPROXIMATE_DAYS * DAY : 0);
		if (startWindow(event)[0] > latest)
			report(
				source,
				['about'],
				`an event that began by the source's publication (${published})`,
				`${event.id}, ${event.start}`
			);
	}
}

/** A week either side of a date given as approximate ("about 1 February"). */
const APPROXIMATE_DAYS = 7;

type Dated = Pick<EventRecord, 'start' | 'end' | 'precision'>;

/**
 * The first and last day (ms) an event may have started on, given how precisely it is dated: an
 * event dated to a month is written as its first day and may have started on any day of it.
 */
export function startWindow({ start, precision }: Dated): [number, number] {
	const time = isoDateToTime(start);
	const date = new Date(time);
	const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
	if (precision === 'month') return [time, Date.UTC(year, month + 1, 1) - DAY];
	if (precision === 'year') return [time, Date.UTC(year + 1, 0, 1) - DAY];
	if (precision === 'approximate')
		return [time - APPROXIMATE_DAYS * DAY, time + APPROXIMATE_DAYS * DAY];
	return [time, time];
}

/** The last day an event may have ended on. */
const latestEnd = (event: Dated) =>
	Math.max(isoDateToTime(event.end ?? event.start), startWindow(event)[1]);

/**
 * What a link of `relation` from `here` to `linked` would need to respect time, when it does not:
 * only a link that runs against time whatever day in their dates' precision each event was on.
 */
export function relationTimingProblem(
	here: Dated,
	linked: Dated,
	relation: Relation
): string | undefined {
	const timing = RELATION_TIMING[relation];
	const [hereFirst, hereLast] = startWindow(here);
	const [linkedFirst, linkedLast] = startWindow(linked);
	if (timing === 'after' && hereLast < linkedFirst)
		return `a linked event that starts before this one ("${relation}" looks back)`;
	if (timing === 'before' && hereFirst > linkedLast)
		return `a linked event that starts after this one ("${relation}" looks ahead)`;
	if (typeof timing === 'number') {
		const apart = Math.max(0, hereFirst - latestEnd(linked), linkedFirst - latestEnd(here));
		if (apart > timing * DAY) return `a linked event at most ${timing} days away ("${relation}")`;
	}
	return undefined;
}

/**
 * Whether `event` may have started after `earlier` did, given their dates' precision: one that
 * certainly started on or before it is not later evidence.
 */
const startsAfter = (event: Dated, earlier: Dated) =>
	startWindow(event)[1] > startWindow(earlier)[0];

function checkLinkTiming(
	collection: Collection<EventRecord>,
	events: ReadonlyMap<string, EventRecord>,
	report: Reporter
) {
	for (const event of collection.records)
		event.data.links.forEach((link, index) => {
			const linked = events.get(link.event);
			if (!linked || linked.id === event.data.id) return;
			const expected = relationTimingProblem(event.data, linked, link.relation);
			if (expected)
				report(
					event,
					['links', index, 'event'],
					expected,
					`${linked.id}, which starts ${linked.start}`
				);
		});
}

/** Two excerpts are one passage when they overlap in the same source, or read the same. */
function samePassage(a: Excerpt, b: Excerpt): boolean {
	if (a.source === b.source && a.start < b.end && b.start < a.end) return true;
	return normalised(a.quote) === normalised(b.quote);
}
const normalised = (quote: string) => quote.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * One passage may be an excerpt of several events only where it speaks of each: every copy names
 * the others in `alsoAbout`, so the sharing is a decision, not an accident of copying.
 */
function checkSharedSentences(
	collection: Collection<EventRecord>,
	excerpts: ReadonlyMap<string, Excerpt[]>,
	report: Reporter
) {
	// The excerpt's place in its event's file, from its id: the resolved list skips any not found.
	const all = [...excerpts].flatMap(([eventId, list]) =>
		list.map((excerpt) => ({
			eventId,
			excerpt,
			index: Number(excerpt.id.split('-quote-').pop()) - 1
		}))
	);
	// Sorted by source and start, each passage meets its overlaps in one sweep.
	all.sort((a, b) =>
		a.excerpt.source === b.excerpt.source
			? a.excerpt.start - b.excerpt.start
			: a.excerpt.source < b.excerpt.source
				? -1
				: 1
	);
	const sharers = new Map<(typeof all)[number], Set<string>>();
	const share = (a: (typeof all)[number], b: (typeof all)[number]) => {
		if (a.eventId === b.eventId) return;
		if (!sharers.has(a)) sharers.set(a, new Set());
		if (!sharers.has(b)) sharers.set(b, new Set());
		sharers.get(a)!.add(b.eventId);
		sharers.get(b)!.add(a.eventId);
	};
	for (let i = 0; i < all.length; i++)
		for (let j = i + 1; j < all.length; j++) {
			if (all[j]!.excerpt.source !== all[i]!.excerpt.source) break;
			if (all[j]!.excerpt.start >= all[i]!.excerpt.end) break;
			share(all[i]!, all[j]!);
		}
	const byText = new Map<string, (typeof all)[number][]>();
	for (const entry of all) {
		const key = normalised(entry.excerpt.quote);
		const group = byText.get(key);
		if (group) group.push(entry);
		else byText.set(key, [entry]);
	}
	for (const group of byText.values())
		for (const a of group) for (const b of group) if (a !== b) share(a, b);

	const records = new Map(collection.records.map((record) => [record.data.id, record]));
	// An event whose file could not be read may hold the other copy of a passage, and so may one
	// that failed validation (its id declared, its record not kept) or whose copy was not found (a
	// quote of the same source, or of the same words): a copy declared there is not reported missing.
	const unknown = (id: string, entry: (typeof all)[number]) => {
		const record = records.get(id);
		if (!record) return !collection.complete || collection.declared.has(id);
		const found = new Set(excerpts.get(id)?.map((excerpt) => excerpt.id));
		return record.data.excerpts.some(
			(excerpt, index) =>
				!found.has(excerptId(id, index)) &&
				(excerpt.source === entry.excerpt.source ||
					normalised(excerpt.quote) === normalised(entry.excerpt.quote))
		);
	};
	for (const entry of all) {
		const record = records.get(entry.eventId);
		if (!record) continue;
		const others = [...(sharers.get(entry) ?? [])].sort();
		const declared = [...(entry.excerpt.alsoAbout ?? [])].sort();
		const knowable = declared.filter((id) => others.includes(id) || !unknown(id, entry));
		if (others.join() === knowable.join()) continue;
		const path = ['excerpts', entry.index, declared.length > 0 ? 'alsoAbout' : 'quote'];
		if (others.length === 0)
			report(
				record,
				path,
				'no alsoAbout: no other event has this passage as an excerpt',
				describeValue(declared)
			);
		else
			report(
				record,
				path,
				`alsoAbout: [${others.join(', ')}], the other events with this passage as an excerpt, where it speaks of them (or another passage)`,
				declared.length > 0 ? describeValue(declared) : 'the same passage, undeclared'
			);
	}
}

/**
 * A named speaker is named by the source where the excerpt is: in its paragraph or the two before
 * (a quote that runs on), or as the label of a transcript's turn ("Hua Chunying: …").
 */
function checkSpeakers(
	collection: Collection<EventRecord>,
	sources: Collection<LoadedSource>,
	excerpts: ReadonlyMap<string, Excerpt[]>,
	report: Reporter
) {
	const texts = new Map(sources.records.map((source) => [source.data.id, source.data.text]));
	const turns = new Map<string, { at: number; label: string }[]>();
	const turnsOf = (text: string) => {
		let found = turns.get(text);
		if (!found)
			turns.set(
				text,
				(found = [...text.matchAll(/^([^\n:]{2,60}):/gm)].map((match) => ({
					at: match.index,
					label: match[1]!.trim()
				})))
			);
		return found;
	};
	for (const event of collection.records) {
		const byId = new Map(
			(excerpts.get(event.data.id) ?? []).map((excerpt) => [excerpt.id, excerpt])
		);
		event.data.excerpts.forEach((record, index) => {
			const at = (field: string) => ['excerpts', index, field];
			if (record.paraphraseOf !== undefined && record.voice !== 'media')
				report(
					event,
					at('voice'),
					'media (a paraphrase is the reporter’s words)',
					describeValue(record.voice)
				);
			if (record.paraphraseOf !== undefined && record.speaker !== undefined)
				report(
					event,
					at('speaker'),
					'no speaker on a paraphrase (paraphraseOf says whose words it reports)',
					describeValue(record.speaker)
				);
			const excerpt = byId.get(excerptId(event.data.id, index));
			const text = excerpt && texts.get(excerpt.source);
			if (!record.speaker || !excerpt || text === undefined) return;
			if (!namesSpeaker(text, excerpt.start, excerpt.end, record.speaker, turnsOf(text)))
				report(
					event,
					at('speaker'),
					`a speaker the source names at this passage, or paraphraseOf with voice media`,
					`${describeValue(record.speaker)}, not named in or just before the passage`
				);
		});
	}
}

export function namesSpeaker(
	text: string,
	start: number,
	end: number,
	speaker: string,
	turns: readonly { at: number; label: string }[] = []
): boolean {
	let from = start;
	for (let paragraphs = 0; paragraphs < 3 && from > 0; paragraphs++) {
		const previous = text.lastIndexOf('\n\n', from - 1);
		from = previous === -1 ? 0 : previous;
	}
	const paragraphEnd = text.indexOf('\n\n', end);
	const around = text.slice(from, paragraphEnd === -1 ? text.length : paragraphEnd);
	// The whole name, or its first or last word (a Chinese family name comes first), as a word:
	// "Price" is not in "Prices".
	const parts = speaker.split(/\s+/);
	const names = [...new Set([speaker, parts[0]!, parts.at(-1)!])].filter((name) => name.length > 1);
	if (names.some((name) => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u').test(around)))
		return true;
	let turn: { label: string } | undefined;
	for (const candidate of turns) {
		if (candidate.at >= start) break;
		turn = candidate;
	}
	return turn?.label === speaker;
}

/**
 * A commitment's follow-ups are evidence of their own: from a later event than the announcement,
 * never the announcement's passage again, and no passage counted twice.
 */
function checkCommitmentEvidence(
	commitments: Collection<Commitment>,
	events: ReadonlyMap<string, EventRecord>,
	excerpts: ReadonlyMap<string, Excerpt[]>,
	report: Reporter
) {
	const find = (reference: { event: string; excerpt: string }) =>
		excerpts.get(reference.event)?.find((excerpt) => excerpt.id === reference.excerpt);
	for (const commitment of commitments.records) {
		const { announced, references, outcome } = commitment.data;
		const announcedEvent = events.get(announced.event);
		const announcement = find(announced);
		const counted: { path: (string | number)[]; excerpt: Excerpt }[] = [];
		if (announcement) counted.push({ path: ['announced'], excerpt: announcement });
		references.forEach((reference, index) => {
			const path = ['references', index];
			const event = events.get(reference.event);
			if (!event || !announcedEvent) return;
			if (event.id === announcedEvent.id || !startsAfter(event, announcedEvent)) {
				report(
					commitment,
					[...path, 'event'],
					`an event after the announcement (${announcedEvent.id}, ${announcedEvent.start})`,
					`${event.id}, ${event.start}`
				);
				return;
			}
			const excerpt = find(reference);
			if (!excerpt) return;
			const twice = counted.find((earlier) => samePassage(earlier.excerpt, excerpt));
			if (twice)
				report(
					commitment,
					[...path, 'excerpt'],
					'a passage not already counted for this commitment',
					`${excerpt.id}, the same passage as ${twice.excerpt.id} (${twice.path.join('.')})`
				);
			counted.push({ path, excerpt });
		});
		for (const [path, id] of [
			[['outcome', 'evidence', 'event'], outcome?.evidence?.event],
			[['outcome', 'event'], outcome?.event]
		] as const) {
			const later = id === undefined ? undefined : events.get(id);
			if (later && announcedEvent && !startsAfter(later, announcedEvent))
				report(
					commitment,
					[...path],
					`an event after the announcement (${announcedEvent.id}, ${announcedEvent.start})`,
					`${later.id}, ${later.start}`
				);
		}
		if (outcome && announcedEvent && outcome.date < announcedEvent.start)
			report(
				commitment,
				['outcome', 'date'],
				`a date on or after the announcement (${announcedEvent.start})`,
				describeValue(outcome.date)
			);
	}
}
