// Cross-record checks: unique ids, known references, sane dates, every source and theme in use.
import type { EventRecord, Excerpt, Source, Theme } from '../../model.ts';
import { closestName } from '../../closestName.ts';
import { resolveExcerpts } from './excerpts.ts';
import { describeValue, type DataProblem } from './problems.ts';
import { isSlug } from './schema.ts';
import { formatFieldPath } from './schemaProblems.ts';
import { positionOf, valueAt, type YamlFile, type YamlPath } from './yamlFile.ts';

/** A validated record and where it was read from. */
export interface Located<Record> {
	yaml: YamlFile;
	path: YamlPath;
	data: Record;
}

/** The records of one kind that passed validation and every id declared, valid or not. */
export interface Collection<Record> {
	records: Located<Record>[];
	declared: Set<string>;
	/** Every file of this kind could be read (so every id is declared). */
	complete: boolean;
	/** Every record passed validation (so every reference it makes is known). */
	valid: boolean;
}

/** Reports a problem about a field of a located record. */
export type Reporter = (
	record: Located<{ id: string }>,
	fieldPath: (string | number)[],
	expected: string,
	found: string,
	hint?: string
) => void;

/** A source as read from data/, before its date is put into words. */
export type LoadedSource = Omit<Source, 'publishedLabel'>;

/** A Reporter that adds located problems to `problems`. */
export function reporter(problems: DataProblem[]): Reporter {
	return (record, fieldPath, expected, found, hint) =>
		problems.push({
			file: record.yaml.file,
			...positionOf(record.yaml, [...record.path, ...fieldPath]),
			entry: record.data.id,
			field: formatFieldPath(fieldPath),
			expected,
			found,
			hint
		});
}

interface Collections {
	sources: Collection<LoadedSource>;
	themes: Collection<Theme>;
	events: Collection<EventRecord>;
}

/**
 * Checks everything that spans records, adding to `problems`; returns each event's resolved excerpts.
 * A reference into a collection that could not be read whole is not reported, so one broken file
 * does not bury the report under its consequences.
 */
export function checkReferences(
	collections: Collections,
	problems: DataProblem[]
): Map<string, Excerpt[]> {
	const report = reporter(problems);

	checkUniqueIds('source', collections.sources, report);
	checkUniqueIds('theme', collections.themes, report);
	checkUniqueIds('event', collections.events, report);

	const { sources, themes, events } = collections;
	const unknownReference = (collection: Collection<unknown>, value: string, what: string) => {
		if (!collection.complete || collection.declared.has(value)) return undefined;
		const suggestion = closestName(value, [...collection.declared].filter(isSlug));
		return suggestion ? `${what} (did you mean "${suggestion}"?)` : what;
	};
	const sourcesById = new Map(sources.records.map((source) => [source.data.id, source.data]));
	const excerpts = new Map<string, Excerpt[]>();
	// Each page lists the links of both events read its way, so a pair linked both ways would
	// show the other event twice (and break the page's keyed list): the later link is refused.
	const position = new Map(events.records.map((event, index) => [event.data.id, index]));
	const linked = new Set(
		events.records.flatMap(({ data }) => data.links.map((link) => `${data.id} ${link.event}`))
	);
	const linksBack = (from: string, to: string) =>
		linked.has(`${to} ${from}`) && position.get(to)! < position.get(from)!;

	for (const event of events.records) {
		const { data } = event;
		checkDates(event, report);
		checkEvidence(event, report);
		data.themes.forEach((theme, index) => {
			const expected = unknownReference(themes, theme, 'a theme id from data/themes.yaml');
			if (expected) report(event, ['themes', index], expected, describeValue(theme));
		});
		data.links.forEach((link, index) => {
			const expected =
				link.event === data.id
					? 'another event'
					: linksBack(data.id, link.event)
						? `no link back to an event that links here already ("${link.event}" links to "${data.id}"; both pages show it)`
						: unknownReference(events, link.event, 'the id of an event in data/events/');
			if (expected) report(event, ['links', index, 'event'], expected, describeValue(link.event));
		});
		data.excerpts.forEach((excerpt, index) => {
			const expected = unknownReference(
				sources,
				excerpt.source,
				'the id of a source in data/sources/'
			);
			if (expected)
				report(event, ['excerpts', index, 'source'], expected, describeValue(excerpt.source));
		});
		excerpts.set(data.id, resolveExcerpts(event, sourcesById, report));
	}

	if (events.complete && events.valid) {
		const cited = new Set(
			events.records.flatMap((event) => event.data.excerpts.map((excerpt) => excerpt.source))
		);
		const used = new Set(events.records.flatMap((event) => event.data.themes));
		const reportUnused = (
			records: Located<{ id: string }>[],
			usedIds: Set<string>,
			expected: string,
			found: string
		) => {
			for (const record of records)
				if (!usedIds.has(record.data.id))
					report(record, ['id'], expected, `${found} ${describeValue(record.data.id)}`);
		};
		reportUnused(
			sources.records,
			cited,
			'a source cited by at least one excerpt',
			'no event citing'
		);
		reportUnused(themes.records, used, 'a theme used by at least one event', 'no event with theme');
	}
	return excerpts;
}

/** Reports every record whose `field` (its id, by default) an earlier record of its kind has. */
export function checkUniqueIds<Record extends { id: string }>(
	kind: string,
	collection: Collection<Record>,
	report: Reporter,
	field: keyof Record & string = 'id'
): void {
	const seen = new Map<unknown, Located<Record>>();
	for (const record of collection.records) {
		const value = record.data[field];
		const first = seen.get(value);
		if (!first) {
			seen.set(value, record);
			continue;
		}
		const { line, column } = positionOf(first.yaml, [...first.path, field]);
		report(
			record,
			[field],
			`a${field === 'id' ? 'n' : ''} ${field} not used by another ${kind}`,
			`${describeValue(value)}, already used at ${first.yaml.file}:${line}:${column}`
		);
	}
}

/**
 * An event either quotes its sources or says why it cannot: an event that loses its excerpts by
 * mistake fails the build instead of passing as unsourced, and a sourced event never says it is not.
 */
function checkEvidence(event: Located<EventRecord>, report: Reporter): void {
	const { excerpts, unsourced } = event.data;
	if (excerpts.length === 0 && unsourced === undefined) {
		const found = valueAt(event.yaml.value, [...event.path, 'excerpts']);
		report(
			event,
			['excerpts'],
			'at least one excerpt, or an "unsourced" note saying why there is none',
			describeValue(found)
		);
	}
	if (excerpts.length > 0 && unsourced !== undefined)
		report(
			event,
			['unsourced'],
			'no "unsourced" note on an event that has excerpts',
			describeValue(unsourced)
		);
}

function checkDates(event: Located<EventRecord>, report: Reporter): void {
	const { start, end, precision } = event.data;
	if (end !== undefined && end < start)
		report(event, ['end'], `a date on or after start (${start})`, describeValue(end));
	if (precision === 'month' && !start.endsWith('-01'))
		report(
			event,
			['start'],
			'the first day of the month (precision is month)',
			describeValue(start)
		);
	if (precision === 'year' && !start.endsWith('-01-01'))
		report(event, ['start'], 'the first of January (precision is year)', describeValue(start));
}
