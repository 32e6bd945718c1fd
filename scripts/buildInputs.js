// What a build reads, and a version name derived from it, so the same inputs always make the same site.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Files and folders of the project that every build reads (the dataset is added separately). */
export const BUILD_INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

/**
 * Every file under `path`, sorted, so a hash over them does not depend on the file system's order.
 * @param {string} path
 * @returns {string[]}
 */
function filesUnder(path) {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.sort()
		.flatMap((name) => filesUnder(join(path, name)));
}

/**
 * SvelteKit's `version.name`: by default the build's timestamp, which makes every build differ.
 * A hash of the inputs (project files, the dataset, the base path and the site's address) stays
 * the same for the same inputs and still changes with every change that reaches a deployment.
 * @param {{ dataDirectory: string, basePath: string, siteUrl?: string }} options
 */
export function buildVersion({ dataDirectory, basePath, siteUrl = process.env.SITE_URL ?? '' }) {
	const hash = createHash('sha256').update(`base:${basePath}\n`);
	if (siteUrl.trim()) hash.update(`address:${siteUrl.trim()}\n`);
	const root = resolve('.');
	/** @type {[label: string, files: string[], relativeTo: string][]} */
	const inputs = [
		['project', BUILD_INPUTS.flatMap((input) => filesUnder(resolve(input))), root],
		['data', filesUnder(resolve(dataDirectory)), resolve(dataDirectory)]
	];
	for (const [label, files, relativeTo] of inputs) {
		for (const file of files) {
			const path = relative(relativeTo, file).split(sep).join('/');
			hash.update(`${label}:${path}\n`).update(readFileSync(file)).update('\n');
		}
	}
	return hash.digest('hex').slice(0, 16);
}
