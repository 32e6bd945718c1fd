#!/usr/bin/env node
// Imports each TimelineJS file of tests/fixtures/timelinejs with the real command and builds it into
// build-imported/<name>/site, for tests/e2e/imported.spec.ts; a site already newer than its inputs is kept.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isStale } from './newestChange.js';

const FIXTURES = 'tests/fixtures/timelinejs';
/** What an imported site is made from: the code (as for build/), the importer, and its file. */
const INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'scripts/importTimelinejs.js'
];

function run(command, args, env = {}) {
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		console.error(`✗ ${[command, ...args].join(' ')} failed.`);
		process.exit(result.status ?? 1);
	}
}

if (!existsSync('.svelte-kit/tsconfig.json'))
	run(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync']);
const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
for (const file of files.sort()) {
	const name = file.replace(/\.json$/, '');
	const dir = join('build-imported', name);
	if (!isStale(join(dir, 'site', 'index.html'), [...INPUTS, join(FIXTURES, file)])) {
		console.log(`  ${name}: up to date`);
		continue;
	}
	const started = Date.now();
	// This script's own folder: an import written before the importer marked its folders is replaced too.
	rmSync(join(dir, 'data'), { recursive: true, force: true });
	run(process.execPath, [
		'scripts/importTimelinejs.js',
		join(FIXTURES, file),
		'--out',
		join(dir, 'data')
	]);
	// One build at a time: every SvelteKit build writes .svelte-kit/output.
	run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		TIMELINE_DATA: join(dir, 'data'),
		TIMELINE_BUILD_DIR: join(dir, 'site')
	});
	console.log(`  ${name}: imported and built in ${Math.round((Date.now() - started) / 1000)} s`);
}
