// The build's version name: the same for the same inputs, different when the data, the base path or the site's address changes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../scripts/buildInputs.js';
import { fixtureDataset } from '../helpers/fixtureData';

describe('buildVersion', () => {
	const { dataDir } = fixtureDataset();
	const version = buildVersion({ dataDirectory: dataDir, basePath: '' });

	it('is the same for the same inputs, wherever the dataset lies', () => {
		expect(version).toMatch(/^[0-9a-f]{16}$/);
		expect(buildVersion({ dataDirectory: fixtureDataset().dataDir, basePath: '' })).toBe(version);
	});

	it('changes with the data, the base path and the site address', () => {
		expect(buildVersion({ dataDirectory: dataDir, basePath: '/sub' })).not.toBe(version);
		expect(
			buildVersion({ dataDirectory: dataDir, basePath: '', siteUrl: 'https://news.example.net' })
		).not.toBe(version);
		writeFileSync(join(dataDir, 'events', 'one.yaml'), '# edited\n', { flag: 'a' });
		expect(buildVersion({ dataDirectory: dataDir, basePath: '' })).not.toBe(version);
	});
});
