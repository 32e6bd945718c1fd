// Reproducible builds: two clean builds of the real data, into two different folders, are byte for
// byte the same. When `build/` holds a build of the current inputs (`npm test` makes it first, for
// the end-to-end tests), it is the first of the two, and only the second is built here.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildVersion } from '../../scripts/buildInputs.js';
import { buildSite, fileHashes } from './buildSite';

/** `build/`, if it was built from the inputs there are now. */
function currentBuild(): string | undefined {
	const versionFile = join('build', '_app', 'version.json');
	if (!existsSync(versionFile)) return undefined;
	const { version } = JSON.parse(readFileSync(versionFile, 'utf8'));
	return version === buildVersion({ dataDirectory: 'data', basePath: '' }) ? 'build' : undefined;
}

test('two clean builds of the same data produce identical files', async () => {
	const root = mkdtempSync(join(tmpdir(), 'timeline-reproducible-'));
	try {
		const existing = currentBuild();
		const trees = existing ? [fileHashes(existing)] : [];
		for (const name of existing ? ['second'] : ['first', 'second']) {
			const outDir = join(root, name);
			// One after the other: both builds would write SvelteKit's .svelte-kit/output.
			const result = await buildSite({ data: 'data', outDir });
			expect(result.status, result.stderr).toBe(0);
			// Built without SITE_URL, and site.yaml's address is the placeholder: said once.
			expect(result.stderr.match(/the site's address is the placeholder/g)).toHaveLength(1);
			trees.push(fileHashes(outDir));
		}
		const [first, second] = trees as [Map<string, string>, Map<string, string>];
		const differing = [...new Set([...first.keys(), ...second.keys()])]
			.sort()
			.filter((path) => first.get(path) !== second.get(path))
			.map((path) =>
				!second.has(path)
					? `${path} (only in the first)`
					: !first.has(path)
						? `${path} (only in the second)`
						: path
			);
		expect(differing, 'files that differ between the two builds').toEqual([]);
		expect(first.size).toBeGreaterThan(100);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
