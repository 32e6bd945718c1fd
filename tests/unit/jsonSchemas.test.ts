// The JSON Schemas editors use: current with the validator's schema, wired to every data file, and accepting the real data.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	DATA_FILE_SCHEMAS,
	jsonSchemaOf,
	yamlSchemasSetting
} from '../../src/lib/server/editor/jsonSchemas';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** A glob of the YAML language server's kind as a regular expression: `*` is any name within a folder. */
const globPattern = (glob: string) =>
	new RegExp(
		`^${glob
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('[^/]*')}$`
	);

function dataFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
		.map((entry) => relative('.', join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

const ajv = new Ajv2020({ allErrors: true });
const validators = new Map(
	DATA_FILE_SCHEMAS.map((kind) => [
		kind.name,
		ajv.compile(readJson(`schemas/${kind.name}.schema.json`))
	])
);

describe('the JSON Schemas of the data files', () => {
	it('are current: schemas/ holds exactly what `npm run schemas` writes', () => {
		for (const kind of DATA_FILE_SCHEMAS)
			expect(
				readJson(`schemas/${kind.name}.schema.json`),
				`schemas/${kind.name}.schema.json is stale: npm run schemas`
			).toEqual(jsonSchemaOf(kind));
		expect(readdirSync('schemas').sort()).toEqual(
			DATA_FILE_SCHEMAS.map((kind) => `${kind.name}.schema.json`).sort()
		);
	});

	it('are mapped to their files for editors in .vscode/settings.json', () => {
		expect(readJson('.vscode/settings.json')['yaml.schemas']).toEqual(yamlSchemasSetting());
	});

	it('cover every data file once, and every real data file validates against its schema', () => {
		const files = dataFiles('data');
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const kinds = DATA_FILE_SCHEMAS.filter((kind) =>
				kind.files.some((glob) => globPattern(glob).test(file))
			);
			expect(
				kinds.map((kind) => kind.name),
				file
			).toHaveLength(1);
			const validate = validators.get(kinds[0]!.name)!;
			validate(parse(readFileSync(file, 'utf8')));
			expect(validate.errors ?? [], file).toEqual([]);
		}
	});

	it('underline a misspelt field and a word outside a closed list', () => {
		const event = parse(readFileSync('data/events/bali-summit.yaml', 'utf8'));
		const validate = validators.get('event')!;
		expect(validate({ ...event, tilte: event.title })).toBe(false);
		expect(validate.errors).toContainEqual(
			expect.objectContaining({
				instancePath: '',
				keyword: 'additionalProperties',
				params: { additionalProperty: 'tilte' }
			})
		);
		expect(validate({ ...event, kind: 'sumit' })).toBe(false);
		expect(validate.errors).toContainEqual(
			expect.objectContaining({ instancePath: '/kind', keyword: 'enum' })
		);
		expect(validate([event, event])).toBe(true);
	});
});
