#!/usr/bin/env node
// `npm test`: every gate in order (format, lint, types, unit, the sites the browser tests serve, imported TimelineJS stories, builds, end-to-end, the dev server's excerpt picker); stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVersion } from './buildInputs.js';

/**
 * Generated events, more than a page carries itself (IN_PAGE_EVENT_LIMIT, 300): the home page
 * and the embed then fetch their entries, and the event panel each event's file.
 */
const LARGE_DATA = { dir: 'tests/.generated/large-data', events: 400 };

/**
 * The sites the end-to-end tests serve (see playwright.config.ts): the real data at the root, the
 * same under /sub/ as a host that serves it from a sub-path, the hostile fixture, and a dataset
 * too large for a page to carry.
 */
const SITES = [
	{ dir: 'build', data: 'data', base: '' },
	{ dir: 'build-sub', data: 'data', base: '/sub' },
	{ dir: 'build-hostile', data: 'tests/fixtures/data/hostile', base: '' },
	{ dir: 'build-large', data: LARGE_DATA.dir, base: '' }
];

/** A site is stale when its version (a hash of everything it was built from) is not that of the current inputs. */
function isStale({ dir, data, base }) {
	const versionFile = join(dir, '_app', 'version.json');
	if (!existsSync(versionFile)) return true;
	const built = JSON.parse(readFileSync(versionFile, 'utf8')).version;
	return built !== buildVersion({ dataDirectory: data, basePath: base });
}

const steps = [
	['format', 'npm run format:check'],
	['lint', 'npm run lint'],
	['types', 'npm run check'],
	['unit', 'npm run test:unit'],
	[
		`generate ${LARGE_DATA.dir}/`,
		`node bench/syntheticData.js ${LARGE_DATA.dir} ${LARGE_DATA.events}`
	],
	...SITES.map((site) => [
		`build ${site.dir}/`,
		'npm run build',
		() => isStale(site),
		{ TIMELINE_BUILD_DIR: site.dir, TIMELINE_DATA: site.data, BASE_PATH: site.base }
	]),
	['imported sites', 'node scripts/buildImported.js'],
	// After the sites: the reproducibility check takes build/ as one of its two builds.
	['builds', 'npm run test:build'],
	['end-to-end', 'npm run test:e2e'],
	['dev server', 'npm run test:dev']
];

const started = Date.now();
for (const [name, command, needed, env = {}] of steps) {
	if (needed && !needed()) {
		console.log(`\n▶ ${name}: up to date, skipped`);
		continue;
	}
	console.log(`\n▶ ${name}: ${command}`);
	const gateStarted = Date.now();
	const result = spawnSync(command, {
		stdio: 'inherit',
		shell: true,
		env: { ...process.env, TZ: 'UTC', ...env }
	});
	const seconds = Math.round((Date.now() - gateStarted) / 1000);
	if (result.status !== 0) {
		console.error(`\n✗ ${name} failed (${command}) after ${seconds} s.`);
		process.exit(result.status ?? 1);
	}
	console.log(`\n✓ ${name} in ${seconds} s.`);
}
console.log(`\n✓ All gates passed in ${Math.round((Date.now() - started) / 1000)} s.`);
