#!/usr/bin/env node
// `npm test`: every gate in order (format, lint, types, unit, build if stale, imported sites, browser, end-to-end); stops at the first failure.
import { spawnSync } from 'node:child_process';
import { isStale } from './newestChange.js';

const BUILD_STAMP = 'build/index.html';
const BUILD_INPUTS = [
	'src',
	'data',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

const buildIsStale = () => isStale(BUILD_STAMP, BUILD_INPUTS);

const steps = [
	['format', 'npm run format:check'],
	['lint', 'npm run lint'],
	['types', 'npm run check'],
	['unit', 'npm run test:unit'],
	['build', 'npm run build', buildIsStale],
	['imported sites', 'node scripts/buildImported.js'],
	['end-to-end', 'npm run test:e2e']
];

const started = Date.now();
for (const [name, command, needed] of steps) {
	if (needed && !needed()) {
		console.log(`\n▶ ${name}: up to date, skipped`);
		continue;
	}
	console.log(`\n▶ ${name}: ${command}`);
	const result = spawnSync(command, {
		stdio: 'inherit',
		shell: true,
		env: { ...process.env, TZ: 'UTC' }
	});
	if (result.status !== 0) {
		console.error(`\n✗ ${name} failed (${command}).`);
		process.exit(result.status ?? 1);
	}
}
console.log(`\n✓ All gates passed in ${Math.round((Date.now() - started) / 1000)} s.`);
