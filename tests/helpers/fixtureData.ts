// Builds throwaway datasets for tests: the minimal valid fixture, optionally overlaid with a bad case's files.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve('tests/fixtures/data');

/**
 * A fresh copy of the minimal dataset in `<tmp>/data`, with the files of `tests/fixtures/data/bad/<badCase>`
 * laid over it. Returns the temporary root, so messages name files as `data/…`.
 */
export function fixtureDataset(badCase?: string): { root: string; dataDir: string } {
	const root = mkdtempSync(join(tmpdir(), 'timeline-data-'));
	const dataDir = join(root, 'data');
	cpSync(join(FIXTURES, 'minimal'), dataDir, { recursive: true });
	if (badCase) cpSync(join(FIXTURES, 'bad', badCase), dataDir, { recursive: true });
	return { root, dataDir };
}
