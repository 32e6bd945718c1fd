// A build that fails after validation, while prerendering, leaves no site behind either.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureDataset } from '../helpers/fixtureData';
import { buildSite, writePreviousBuild } from './buildSite';

test('a page that fails to prerender stops the build and removes the previous site', async () => {
	const { root, dataDir } = fixtureDataset();
	const outDir = join(root, 'site');
	writePreviousBuild(outDir);
	try {
		const result = await buildSite({
			data: dataDir,
			outDir,
			config: 'tests/build/brokenLink.vite.config.ts'
		});
		expect(result.status, result.stderr).not.toBe(0);
		expect(result.stdout, 'the build got as far as bundling the browser code').toContain(
			'building client environment'
		);
		expect(result.stderr).toMatch(/404 \/no-such-page \(linked from \/about\)/);
		expect(existsSync(outDir), 'the previous build is still there').toBe(false);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
