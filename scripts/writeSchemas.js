#!/usr/bin/env node
// `npm run schemas`: writes schemas/*.schema.json from the validator's schema, and maps them to the data files in .vscode/settings.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

register('./typescriptHooks.js', import.meta.url);
const { DATA_FILE_SCHEMAS, jsonSchemaOf, yamlSchemasSetting } =
	await import('../src/lib/server/editor/jsonSchemas.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const options = { ...(await prettier.resolveConfig(`${root}package.json`)), parser: 'json' };
const write = async (path, value) =>
	writeFileSync(`${root}${path}`, await prettier.format(JSON.stringify(value), options));

mkdirSync(`${root}schemas`, { recursive: true });
for (const kind of DATA_FILE_SCHEMAS)
	await write(`schemas/${kind.name}.schema.json`, jsonSchemaOf(kind));

// Other settings a contributor keeps in the file stay as they are.
mkdirSync(`${root}.vscode`, { recursive: true });
const settingsPath = `${root}.vscode/settings.json`;
const settings = existsSync(settingsPath) ? JSON.parse(readFileSync(settingsPath, 'utf8')) : {};
await write('.vscode/settings.json', { ...settings, 'yaml.schemas': yamlSchemasSetting() });
console.log(
	`Wrote ${DATA_FILE_SCHEMAS.length} schemas to schemas/ and their files to .vscode/settings.json.`
);
