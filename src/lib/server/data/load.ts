// Reads `data/`, validates every record and cross-reference, and resolves excerpts to offsets in their sources.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import type { Dataset, EventRecord, SiteCopy, Theme, TimelineEvent } from '../../model.ts';
import { dataFiles, present, type DataFiles } from './dataFiles.ts';
import { labelEvent, labelSource } from '../dates/dateLabels.ts';
import { checkReferences, reporter, type Collection, type LoadedSource } from './references.ts';
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
	const problems: DataProblem[] = [];
	const label = (path: string) => relative(root, path).split('\\').join('/');
	const files = dataFiles(dataDir, label, problems);
	const readYaml = (path: string): YamlFile | undefined => {
		const text = files.read(path);
		if (text === undefined) return undefined;
		const result = parseYaml(label(path), text);
		problems.push(...result.problems);
		return result.parsed;
	};

	const site = readSite(join(dataDir, 'site.yaml'), readYaml, label, problems);
	const sources = readSources(join(dataDir, 'sources'), files, readYaml, label, problems);
	const themes = readThemes(join(dataDir, 'themes.yaml'), readYaml, label, problems);
	const events = readEvents(join(dataDir, 'events'), readYaml, label, problems);
	const lexicon = readOptionalList(
		join(dataDir, 'lexicon.yaml'),
		descriptorSchema,
		readYaml,
		problems
	);
	const people = readOptionalCollection(
		join(dataDir, 'people.yaml'),
		personSchema,
		readYaml,
		problems
	);
	const commitments = readOptionalCollection(
		join(dataDir, 'commitments.yaml'),
		commitmentSchema,
		readYaml,
		problems
	);
	const excerpts = checkReferences({ sources, themes, events }, problems);
	checkPeopleAndCommitments({ people, commitments, events, themes, excerpts }, reporter(problems));
	checkInterpretation({ events, sources, commitments, excerpts }, reporter(problems));

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

type ReadYaml = (path: string) => YamlFile | undefined;

function readSources(
	dir: string,
	files: DataFiles,
	readYaml: ReadYaml,
	label: (path: string) => string,
	problems: DataProblem[]
): Collection<LoadedSource> {
	const sources = emptyCollection<LoadedSource>();
	// A dataset whose events all say why they are unsourced (an imported story) needs no sources.
	if (!existsSync(dir)) return sources;
	for (const name of yamlFilesIn(dir, label, problems)) {
		const yaml = readYaml(join(dir, name));
		if (!yaml) {
			sources.complete = false;
			continue;
		}
		declare(sources, yaml.value);
		const result = validateAt(sourceSchema, yaml, [], entryLabel(yaml.value, 0));
		problems.push(...result.problems);
		if (!result.data) {
			sources.valid = false;
			continue;
		}
		const record = result.data;
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

function readSite(
	path: string,
	readYaml: ReadYaml,
	label: (path: string) => string,
	problems: DataProblem[]
): SiteCopy | undefined {
	if (!present(path)) {
		problems.push({
			file: label(path),
			expected: "the site's title and introduction",
			found: 'no such file'
		});
		return undefined;
	}
	const yaml = readYaml(path);
	if (!yaml) return undefined;
	const result = validateAt(siteSchema, yaml, [], undefined);
	problems.push(...result.problems);
	return result.data;
}

/** A list file that a dataset may leave out (an imported story has no lexicon, say). */
function readOptionalCollection<Record>(
	path: string,
	schema: ZodType<Record, unknown>,
	readYaml: ReadYaml,
	problems: DataProblem[]
): Collection<Record> | undefined {
	if (!present(path)) return undefined;
	const collection = emptyCollection<Record>();
	const yaml = readYaml(path);
	if (yaml) validateEntries(yaml, schema, problems, 'a list', collection);
	else collection.complete = false;
	return collection;
}

function readOptionalList<Record>(
	path: string,
	schema: ZodType<Record, unknown>,
	readYaml: ReadYaml,
	problems: DataProblem[]
): Record[] {
	return (readOptionalCollection(path, schema, readYaml, problems)?.records ?? []).map(
		(record) => record.data
	);
}

function readThemes(
	path: string,
	readYaml: ReadYaml,
	label: (path: string) => string,
	problems: DataProblem[]
): Collection<Theme> {
	const themes = emptyCollection<Theme>();
	if (!present(path)) {
		problems.push({ file: label(path), expected: 'a list of themes', found: 'no such file' });
		themes.complete = false;
		return themes;
	}
	const yaml = readYaml(path);
	if (yaml) validateEntries(yaml, themeSchema, problems, 'a list of themes', themes);
	else themes.complete = false;
	return themes;
}

function readEvents(
	dir: string,
	readYaml: ReadYaml,
	label: (path: string) => string,
	problems: DataProblem[]
): Collection<EventRecord> {
	const events = emptyCollection<EventRecord>();
	for (const name of yamlFilesIn(dir, label, problems, { onlyYaml: true })) {
		const yaml = readYaml(join(dir, name));
		if (!yaml) events.complete = false;
		else if (Array.isArray(yaml.value))
			validateEntries(yaml, eventSchema, problems, 'an event or a list of events', events);
		else {
			declare(events, yaml.value);
			const result = validateAt(eventSchema, yaml, [], entryLabel(yaml.value, 0));
			problems.push(...result.problems);
			if (result.data) events.records.push({ yaml, path: [], data: result.data });
			else events.valid = false;
		}
	}
	return events;
}

/** Validates each entry of a YAML list on its own, so one bad entry hides no other. */
function validateEntries<Record>(
	yaml: YamlFile,
	schema: ZodType<Record, unknown>,
	problems: DataProblem[],
	expected: string,
	into: Collection<Record>
): void {
	if (!Array.isArray(yaml.value)) {
		problems.push({
			file: yaml.file,
			...positionOf(yaml, []),
			expected,
			found: yaml.value === null ? 'an empty file' : 'a single mapping'
		});
		into.complete = false;
		return;
	}
	yaml.value.forEach((value: unknown, index) => {
		declare(into, value);
		const path: YamlPath = [index];
		const result = validateAt(schema, yaml, path, entryLabel(value, index));
		problems.push(...result.problems);
		if (result.data !== undefined) into.records.push({ yaml, path, data: result.data });
		else into.valid = false;
	});
}

function emptyCollection<Record>(): Collection<Record> {
	return { records: [], declared: new Set(), complete: true, valid: true };
}

/** Remembers the id of a record even when it fails validation, so references to it do not cascade. */
function declare(collection: Collection<unknown>, value: unknown): void {
	const id = (value as { id?: unknown } | null)?.id;
	if (typeof id === 'string') collection.declared.add(id);
}

const YAML_NAME = /\.ya?ml$/i;

/**
 * The YAML files of `dir` (`.yaml` or `.yml`, in any case). With `onlyYaml`, every other file but
 * a hidden one is reported: a file the loader would pass over is an event lost without a word.
 */
function yamlFilesIn(
	dir: string,
	label: (path: string) => string,
	problems: DataProblem[],
	{ onlyYaml = false } = {}
) {
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
				found: 'another kind of file'
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
