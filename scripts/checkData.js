#!/usr/bin/env node
// `npm run check:data [-- <data folder>]`: the build's validation of the data alone, with the build's report.
import { register } from 'node:module';

register('./typescriptHooks.js', import.meta.url);
const { checkDataCommand } = await import('../src/lib/server/data/checkData.ts');
process.exitCode = checkDataCommand(process.argv.slice(2), {
	callerCwd: process.env.INIT_CWD ?? process.cwd(),
	log: (text) => console.log(text),
	error: (text) => console.error(text)
});
