// Reads `data/`, validates every record and cross-reference, and resolves excerpts to offsets in their sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import type {
	Dataset,
	EventRecord,
	SiteCopy,
	TimelineEvent
} from '../../model.ts';
import { dataFiles, present, type DataFiles } from './dataFiles.ts';
import { labelEvent, labelSource } from '../dates/dateLabels.ts';
import {
	checkReferences,
	checkUniqueIds,
	reporter,
	type Collection,
	type LoadedSource,
	type Located
} from './references.ts';
import { type DataProblem } from './problems.ts';
import { checkInterpretation } from './interpretationChecks.ts';
import { checkPeopleAndCommitments } from './peopleChecks.ts';
import {
	commitmentSchema,
	descriptorSchema,
	eventSchema,
	personSchema,
	siteSchema,
	sourceSchema,
	themeSchema
} from './schema.ts';
import { validateAt } from './schemaProblems.ts';
import { vocabularyUses } from '../analysis/vocabulary.ts';
import { parseYaml, positionOf, type YamlFile, type YamlPath } from './yamlFile.ts';

/** The result of loading: the dataset when there is nothing wrong, and every problem found. */
export interface LoadResult {
	dataset?: Dataset;
	problems: DataProblem[];
}

/** Loads and validates the dataset in `dataDir`; file names in problems are relative to `root`. */
export function loadDataset(dataDir: string, root = process.cwd()): LoadResult {
	const folder = present(dataDir) ? statSync(dataDir, { throwIfNoEntry: false }) : undefined;
	if (!folder?.isDirectory()) {
		const file = relative(root, dataDir).split('\\').join('/') || '.';
		return {
			problems: [
				{ file, expected: 'a folder of data', found: folder ? 'a file' : 'no such folder' }
			]
		};
	}
	const context = readContext(dataDir, root);
	const { problems } = context;
	const site = readSite(context, join(dataDir, 'site.yaml'));
	const sources = readSources(context, join(dataDir, 'sources'));
	const themes = readListFile(
		context,
		join(dataDir, 'themes.yaml'),
		themeSchema,
		'a list of themes',
		'report'
	);
	const events = readEvents(context, join(dataDir, 'events'));
	const optionalList = <Record>(name: string, schema: ZodType<Record, unknown>) =>
		readListFile(context, join(dataDir, name), schema, 'a list', 'allowed');
	const descriptors = optionalList('lexicon.yaml', descriptorSchema);
	const lexicon = (descriptors?.records ?? []).map((record) => record.data);
	const people = optionalList('people.yaml', personSchema);
	const commitments = optionalList('commitments.yaml', commitmentSchema);
	const report = reporter(problems);
	if (descriptors) checkUniqueIds('descriptor', descriptors, report);
	if (commitments) checkUniqueIds('commitment', commitments, report);
	if (people) {
		checkUniqueIds('person', people, report);
		// Events and quotes name people by name: two people of one name could not be told apart.
		checkUniqueIds('person', people, report, 'name');
	}
	const excerpts = checkReferences({ sources, themes, events }, problems);
	checkPeopleAndCommitments({ people, commitments, events, themes, excerpts }, report);
	checkInterpretation({ events, sources, commitments, excerpts }, report);

	if (problems.length > 0 || !site) return { problems };
	const labelledSources = sources.records.map((source) => labelSource(source.data));
	const labelledEvents = events.records
		.map(
			({ data }): TimelineEvent => labelEvent({ ...data, excerpts: excerpts.get(data.id) ?? [] })
		)
		.sort(chronologically);
	return {
		problems,
		dataset: {
			site,
			sources: labelledSources,
			themes: themes.records.map((theme) => theme.data),
			events: labelledEvents,
			lexicon,
			vocabulary: vocabularyUses(labelledSources, labelledEvents, lexicon),
			people: (people?.records ?? []).map((record) => record.data),
			commitments: (commitments?.records ?? []).map((record) => record.data)
		}
	};
}

/** What every reader works with: the dataset's files, how a path is named, and the problems found. */
interface ReadContext {
	files: DataFiles;
	label: (path: string) => string;
	problems: DataProblem[];
	/** The parsed file, or undefined after reporting why it could not be read or parsed. */
	readYaml(path: string): YamlFile | undefined;
}

function readContext(dataDir: string, root: string): ReadContext {
	const problems: DataProblem[] = [];
	const label = (path: string) => relative(root, path).split('\\').join('/');
	const files = dataFiles(dataDir, label, problems);
	return {
		files,
		label,
		problems,
		readYaml(path) {
			const text = files.read(path);
			if (text === undefined) return undefined;
			const result = parseYaml(label(path), text);
			problems.push(...result.problems);
			return result.parsed;
		}
	};
}

/** What a file of records holds: a list of them, one, or either (an event file). */
type Holds = 'list' | 'record' | 'record or list';

/**
 * The records of one YAML file, validated, for the caller to keep. Every id is declared in `into`
 * even when its record fails, so references to it do not cascade; a file that cannot be read
 * leaves `into` incomplete, a record that fails leaves it invalid. A list's entries are validated
 * each on its own, so one bad entry hides no other; `expected` says what the file should hold.
 */
function readRecords<Record>(
	context: ReadContext,
	path: string,
	schema: ZodType<Record, unknown>,
	holds: Holds,
	expected: string,
	into: Collection<unknown>
): Located<Record>[] {
	const yaml = context.readYaml(path);
	if (!yaml) {
		into.complete = false;
		return [];
	}
	const list = Array.isArray(yaml.value);
	if (holds === 'list' && !list) {
		context.problems.push({
			file: yaml.file,
			...positionOf(yaml, []),
			expected,
			found: yaml.value === null ? 'an empty file' : 'a single mapping'
		});
		into.complete = false;
		return [];
	}
	const entries: [unknown, YamlPath][] =
		holds !== 'record' && list
			? (yaml.value as unknown[]).map((value, index) => [value, [index]])
			: [[yaml.value, []]];
	const records: Located<Record>[] = [];
	entries.forEach(([value, at], index) => {
		declare(into, value);
		const result = validateAt(schema, yaml, at, entryLabel(value, index));
		context.problems.push(...result.problems);
		if (result.data !== undefined) records.push({ yaml, path: at, data: result.data });
		else into.valid = false;
	});
	return records;
}

/** Reports a file the dataset must have; false when it is missing. */
function required(context: ReadContext, path: string, expected: string): boolean {
	if (present(path)) return true;
	context.problems.push({ file: context.label(path), expected, found: 'no such file' });
	return false;
}

/**
 * A file holding a list of records: the themes, which a dataset must have, or a list it may leave
 * out (an imported story has no lexicon, say), undefined when it does.
 */
function readListFile<Record>(
	context: ReadContext,
	path: string,
	schema: ZodType<Record, unknown>,
	expected: string,
	whenMissing: 'report'
): Collection<Record>;
function readListFile<Record>(
	context: ReadContext,
	path: string,
	schema: ZodType<Record, unknown>,
	expected: string,
	whenMissing: 'allowed'
): Collection<Record> | undefined;
function readListFile<Record>(
	context: ReadContext,
	path: string,
	schema: ZodType<Record, unknown>,
	expected: string,
	whenMissing: 'report' | 'allowed'
): Collection<Record> | undefined {
	const collection = emptyCollection<Record>();
	if (whenMissing === 'allowed' && !present(path)) return undefined;
	if (!required(context, path, expected)) {
		collection.complete = false;
		return collection;
	}
	collection.records.push(...readRecords(context, path, schema, 'list', expected, collection));
	return collection;
}

function readSite(context: ReadContext, path: string): SiteCopy | undefined {
	if (!required(context, path, "the site's title and introduction")) return undefined;
	const yaml = context.readYaml(path);
	if (!yaml) return undefined;
	const result = validateAt(siteSchema, yaml, [], undefined);
	context.problems.push(...result.problems);
	return result.data;
}

function readEvents(context: ReadContext, dir: string): Collection<EventRecord> {
	const events = emptyCollection<EventRecord>();
	for (const name of yamlFilesIn(context, dir, { onlyYaml: true }))
		events.records.push(
			...readRecords(
				context,
				join(dir, name),
				eventSchema,
				'record or list',
				'an event or a list of events',
				events
			)
		);
	return events;
}

/** Each source's record with its cleaned text and its original, which must both be there. */
function readSources(context: ReadContext, dir: string): Collection<LoadedSource> {
	const sources = emptyCollection<LoadedSource>();
	// A dataset whose events all say why they are unsourced (an imported story) needs no sources.
	if (!existsSync(dir)) return sources;
	const { files, label, problems } = context;
	for (const name of yamlFilesIn(context, dir)) {
		const [located] = readRecords(
			context,
			join(dir, name),
			sourceSchema,
			'record',
			'a source',
			sources
		);
		if (!located) continue;
		const { yaml, data: record } = located;
		const textPath = join(dir, `${record.id}.txt`);
		const originalPath = join(dir, 'original', record.file);
		const missing = (field: string, expected: string, path: string) =>
			problems.push({
				file: yaml.file,
				...positionOf(yaml, [field]),
				entry: record.id,
				field,
				expected,
				found: `no file ${label(path)}`
			});
		if (!present(textPath)) missing('id', `the cleaned text in ${label(textPath)}`, textPath);
		if (!present(originalPath))
			missing('file', `the original document in ${label(originalPath)}`, originalPath);
		if (!present(textPath) || !present(originalPath)) continue;
		const text = files.read(textPath);
		const original = files.read(originalPath);
		if (text === undefined || original === undefined) {
			sources.valid = false;
			continue;
		}
		sources.records.push({ yaml, path: [], data: { ...record, text, original } });
	}
	return sources;
}

function emptyCollection<Record>(): Collection<Record> {
	return { records: [], declared: new Set(), complete: true, valid: true };
}

/** Remembers the id of a record even when it fails validation, so references to it do not cascade. */
function declare(collection: Collection<unknown>, value: unknown): void {
	const id = (value as { id?: unknown } | null)?.id;
	if (typeof id === 'string') collection.declared.add(id);
}

/** A data file's name: the loader reads these, whatever their case. */
export const YAML_NAME = /\.ya?ml$/i;

/**
 * The YAML files of `dir` (`.yaml` or `.yml`, in any case). With `onlyYaml`, every other file but
 * a hidden one is reported: a file the loader would pass over is an event lost without a word.
 */
function yamlFilesIn({ label, problems }: ReadContext, dir: string, { onlyYaml = false } = {}) {
	if (!existsSync(dir)) {
		problems.push({
			file: label(dir),
			expected: 'a folder of YAML files',
			found: 'no such folder'
		});
		return [];
	}
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		problems.push({
			file: label(dir),
			expected: 'a folder of YAML files',
			found: code === 'ENOTDIR' ? 'a file' : `an error reading it (${code})`
		});
		return [];
	}
	if (onlyYaml)
		for (const name of names.filter((name) => !YAML_NAME.test(name) && !name.startsWith('.')))
			problems.push({
				file: label(join(dir, name)),
				expected: 'a YAML file (.yaml or .yml)',
				found: statSync(join(dir, name), { throwIfNoEntry: false })?.isDirectory()
					? 'a folder'
					: 'another kind of file'
			});
	return names.filter((name) => YAML_NAME.test(name)).sort();
}

/** How a record is named in messages: its id when it has a usable one (shortened if too long). */
function entryLabel(value: unknown, index: number): string {
	const id = (value as { id?: unknown } | null)?.id;
	if (typeof id !== 'string' || id.trim() === '') return `entry #${index + 1}`;
	return id.length > 40 ? `${id.slice(0, 40)}…` : id;
}

function chronologically(a: TimelineEvent, b: TimelineEvent): number {
	return (
		a.start.localeCompare(b.start) ||
		(a.end ?? a.start).localeCompare(b.end ?? b.start) ||
		a.title.localeCompare(b.title)
	);
}
