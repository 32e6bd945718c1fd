// The build's output folder is deleted before each build: one that holds the data (or the project) is refused first.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateData } from '../../src/lib/server/data/validateDataPlugin';
import { fixtureDataset } from '../helpers/fixtureData';

/** Runs the plugin's check as `vite build` would, with `output` as TIMELINE_BUILD_DIR; returns what it printed. */
function build(output: string, dataDir: string): string {
	vi.stubEnv('TIMELINE_DATA', dataDir);
	let printed = '';
	vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
		printed += String(text);
		return true;
	});
	vi.spyOn(process, 'exit').mockImplementation((code) => {
		throw new Error(`exit ${code}`);
	});
	const plugin = validateData({ outputDirectory: output });
	const buildStart = plugin.buildStart as (this: unknown) => void;
	expect(() => buildStart.call({ meta: { watchMode: false } })).toThrow('exit 1');
	return printed;
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllEnvs();
});

describe('the build refuses an output folder that would delete the data', () => {
	it.each([
		['the data folder itself', (dataDir: string) => dataDir],
		['a folder inside it', (dataDir: string) => join(dataDir, 'events')],
		['a new folder inside it', (dataDir: string) => join(dataDir, 'build')],
		['the folder that holds it', (dataDir: string) => dirname(dataDir)],
		['the same folder, spelt another way', (dataDir: string) => `${dataDir}/./events/..`]
	])('%s', (_, outputOf) => {
		const { dataDir } = fixtureDataset();
		const before = readdirSync(dataDir, { recursive: true }).sort();
		const printed = build(outputOf(dataDir), dataDir);
		expect(printed).toMatch(
			/TIMELINE_BUILD_DIR .* — expected an output folder that holds neither the data nor the project \(it is deleted before each build\), got /
		);
		expect(existsSync(dataDir)).toBe(true);
		expect(readdirSync(dataDir, { recursive: true }).sort()).toEqual(before);
	});

	it('the project folder', () => {
		const { dataDir } = fixtureDataset();
		const printed = build('.', dataDir);
		expect(printed).toContain('got the project folder, or one that holds it');
		expect(existsSync('package.json')).toBe(true);
	});

	it('accepts a folder beside the data', () => {
		const { root, dataDir } = fixtureDataset();
		mkdirSync(join(root, 'site'));
		vi.stubEnv('TIMELINE_DATA', dataDir);
		vi.stubEnv('SITE_URL', '');
		vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		const plugin = validateData({ outputDirectory: join(root, 'site') });
		(plugin.buildStart as (this: unknown) => void).call({ meta: { watchMode: false } });
		expect(existsSync(join(root, 'site'))).toBe(false);
		expect(existsSync(dataDir)).toBe(true);
	});
});
