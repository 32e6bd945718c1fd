// JSON Schemas of the data files, generated from the validator's own schema, for editors to underline mistakes while typing.
import { z } from 'zod';
import * as schemas from '../data/schema.ts';

/** One kind of data file: its JSON Schema's file name, the files it describes, and the schema. */
export interface DataFileSchema {
	/** Written to `schemas/<name>.schema.json`. */
	name: string;
	/** Globs relative to the project root, as the YAML language server reads them (`*`: any name). */
	files: string[];
	title: string;
	schema: z.ZodType;
}

/**
 * A file (or folder, `<name>/*.yaml`) of `data/` with its schema; `alsoImported`: an imported story
 * (`imported/<name>/`) has one too.
 */
function dataFile(
	name: string,
	path: string,
	title: string,
	schema: z.ZodType,
	alsoImported = false
): DataFileSchema {
	return {
		name,
		files: alsoImported ? [`data/${path}`, `imported/*/${path}`] : [`data/${path}`],
		title,
		schema
	};
}

/** The data files of `data/` (and of an imported story in `imported/<name>/`) and their schemas. */
export const DATA_FILE_SCHEMAS: readonly DataFileSchema[] = [
	dataFile(
		'site',
		'site.yaml',
		"The site's title, introduction, about page and licence (data/site.yaml)",
		schemas.siteSchema,
		true
	),
	dataFile(
		'event',
		'events/*.yaml',
		'An event, or a list of events (data/events/<id>.yaml)',
		z.union([schemas.eventSchema, z.array(schemas.eventSchema)]),
		true
	),
	dataFile(
		'source',
		'sources/*.yaml',
		'The metadata of a source document (data/sources/<id>.yaml)',
		schemas.sourceSchema,
		true
	),
	dataFile(
		'themes',
		'themes.yaml',
		'The recurring themes (data/themes.yaml)',
		z.array(schemas.themeSchema),
		true
	),
	dataFile(
		'people',
		'people.yaml',
		'Participants and speakers, with their roles over time (data/people.yaml)',
		z.array(schemas.personSchema)
	),
	dataFile(
		'commitments',
		'commitments.yaml',
		'What meetings announced, and the later excerpts that return to it (data/commitments.yaml)',
		z.array(schemas.commitmentSchema)
	),
	dataFile(
		'lexicon',
		'lexicon.yaml',
		'The diplomatic vocabulary and its word forms (data/lexicon.yaml)',
		z.array(schemas.descriptorSchema)
	)
];

const NOTE =
	'Generated from src/lib/server/data/schema.ts by `npm run schemas`: do not edit. It checks the shape ' +
	'of the file as you type; dates, cross-references and quotes are checked by `npm run check:data`.';

/** The JSON Schema of a kind of data file: the input the validator accepts (defaults make fields optional). */
export function jsonSchemaOf({ title, schema }: DataFileSchema): Record<string, unknown> {
	const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
	const { $schema, ...rest } = generated;
	return { $schema, title, $comment: NOTE, ...rest };
}

/**
 * The `yaml.schemas` setting of the YAML language server (VS Code's `.vscode/settings.json`): the
 * files of a folder under both the extensions the loader reads there (load.ts).
 */
export function yamlSchemasSetting(): Record<string, string[]> {
	return Object.fromEntries(
		DATA_FILE_SCHEMAS.map((kind) => [
			`./schemas/${kind.name}.schema.json`,
			kind.files.flatMap((file) =>
				/\*\.yaml$/.test(file) ? [file, file.replace(/\.yaml$/, '.yml')] : [file]
			)
		])
	);
}
