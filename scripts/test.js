#!/usr/bin/env node
// `npm test`: every gate in order (format, lint, types, unit, builds, build if stale, browser, end-to-end); stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_STAMP = 'build/index.html';
const BUILD_INPUTS = [
	'src',
	'data',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

function newestChange(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return Math.max(
		stats.mtimeMs,
		...readdirSync(path).map((name) => newestChange(join(path, name)))
	);
}

function buildIsStale() {
	if (!existsSync(BUILD_STAMP)) return true;
	return Math.max(...BUILD_INPUTS.map(newestChange)) > statSync(BUILD_STAMP).mtimeMs;
}

const steps = [
	['format', 'npm run format:check'],
	['lint', 'npm run lint'],
	['types', 'npm run check'],
	['unit', 'npm run test:unit'],
	['builds', 'npm run test:build'],
	['build', 'npm run build', buildIsStale],
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
