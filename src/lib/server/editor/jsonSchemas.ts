// JSON Schemas of the data files, generated from the validator's own schema, for editors to underline mistakes while typing.
import { z } from 'zod';
import {
	commitmentSchema,
	descriptorSchema,
	eventSchema,
	personSchema,
	siteSchema,
	sourceSchema,
	themeSchema
} from '../data/schema.ts';

/** One kind of data file: its JSON Schema's file name, the files it describes, and the schema. */
export interface DataFileSchema {
	/** Written to `schemas/<name>.schema.json`. */
	name: string;
	/** Globs relative to the project root, as the YAML language server reads them (`*`: any name). */
	files: string[];
	title: string;
	schema: z.ZodType;
}

/** The data files of `data/` (and of an imported story in `imported/<name>/`) and their schemas. */
export const DATA_FILE_SCHEMAS: readonly DataFileSchema[] = [
	{
		name: 'site',
		files: ['data/site.yaml', 'imported/*/site.yaml'],
		title: "The site's title, introduction, about page and licence (data/site.yaml)",
		schema: siteSchema
	},
	{
		name: 'event',
		files: ['data/events/*.yaml', 'imported/*/events/*.yaml'],
		title: 'An event, or a list of events (data/events/<id>.yaml)',
		schema: z.union([eventSchema, z.array(eventSchema)])
	},
	{
		name: 'source',
		files: ['data/sources/*.yaml', 'imported/*/sources/*.yaml'],
		title: 'The metadata of a source document (data/sources/<id>.yaml)',
		schema: sourceSchema
	},
	{
		name: 'themes',
		files: ['data/themes.yaml', 'imported/*/themes.yaml'],
		title: 'The recurring themes (data/themes.yaml)',
		schema: z.array(themeSchema)
	},
	{
		name: 'people',
		files: ['data/people.yaml'],
		title: 'Participants and speakers, with their roles over time (data/people.yaml)',
		schema: z.array(personSchema)
	},
	{
		name: 'commitments',
		files: ['data/commitments.yaml'],
		title:
			'What meetings announced, and the later excerpts that return to it (data/commitments.yaml)',
		schema: z.array(commitmentSchema)
	},
	{
		name: 'lexicon',
		files: ['data/lexicon.yaml'],
		title: 'The diplomatic vocabulary and its word forms (data/lexicon.yaml)',
		schema: z.array(descriptorSchema)
	}
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
