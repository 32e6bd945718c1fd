// Node module hooks that run the build-time TypeScript of src/lib/server/ in plain Node, for the data commands.
// Node 20 cannot strip types itself; Vite's module runner can, but starting it takes longer than
// checking the whole dataset. These hooks only remove the types, with the same oxc transformer
// Vite uses (rolldown's), one file at a time: the modules import each other with `.ts` paths.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'rolldown/utils';

/** Loads `*.ts` files as ES modules with their types removed; everything else as Node would. */
export async function load(url, context, nextLoad) {
	if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
	const path = fileURLToPath(url);
	const { code, errors } = transformSync(path, readFileSync(path, 'utf8'), {
		lang: 'ts',
		// Only the types go: the project's tsconfig.json extends one that `svelte-kit sync` writes,
		// which a fresh clone does not have yet.
		tsconfig: false
	});
	if (errors.length > 0) throw new Error(`${path}: ${errors[0].message}`);
	return { format: 'module', source: code, shortCircuit: true };
}
