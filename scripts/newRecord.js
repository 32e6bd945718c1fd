#!/usr/bin/env node
// `npm run new:event -- <id>` and `npm run new:source -- <file> [--id <id>]`: write a data skeleton to fill in.
import { register } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

register('./typescriptHooks.js', import.meta.url);
const { newEvent, newSource } = await import('../src/lib/server/editor/newRecord.ts');
const [kind, ...args] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = (kind === 'event' ? newEvent : newSource)(args, {
	dataDir: resolve(root, process.env.TIMELINE_DATA ?? 'data'),
	callerCwd: process.env.INIT_CWD ?? process.cwd(),
	root: process.cwd(),
	log: (text) => console.log(text),
	error: (text) => console.error(text)
});
