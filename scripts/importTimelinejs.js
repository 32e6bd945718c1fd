#!/usr/bin/env node
// `npm run import:timelinejs -- <file.json> [--out <dir>] [--url <https://…>] [--force]`.
// The command is TypeScript beside the loader it validates with (src/lib/server/timelinejs/command.ts);
// Vite's module runner loads it, so no other TypeScript runner is needed.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}src/lib/server/timelinejs/command.ts`, {
	root,
	configFile: false,
	logLevel: 'error'
});
process.exitCode = module.importCommand(process.argv.slice(2), {
	cwd: process.cwd(),
	callerCwd: process.env.INIT_CWD,
	log: (text) => console.log(text),
	error: (text) => console.error(text)
});
