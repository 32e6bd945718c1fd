// The site's address given at build time (SITE_URL) reaches every absolute link the site writes;
// a bad one stops the build with a message that names it.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { qrPath } from '../../src/lib/server/pages/qrCode';
import { fixtureDataset } from '../helpers/fixtureData';
import { buildSite } from './buildSite';

const ADDRESS = 'https://timeline.newsroom.org/diplomacy';

test('SITE_URL overrides site.yaml in canonical links, share cards, oEmbed, JSON-LD, the export, and the handout and slides with their QR codes', async () => {
	const { root, dataDir } = fixtureDataset();
	const outDir = join(root, 'site');
	try {
		const result = await buildSite({ data: dataDir, outDir, siteUrl: `${ADDRESS}/` });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).not.toContain('placeholder');
		const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
		const home = read('index.html');
		expect(home).toContain(`<link rel="canonical" href="${ADDRESS}/"`);
		expect(home).toContain(`<meta property="og:image" content="${ADDRESS}/share/timeline.png"`);
		expect(home).toContain(`href="${ADDRESS}/oembed/timeline.json"`);
		const event = read('events/one.html');
		expect(event).toContain(`"url":"${ADDRESS}/events/one"`);
		expect(JSON.parse(read('oembed/events/one.json')).html).toContain(
			`src="${ADDRESS}/embed?event=one"`
		);
		expect(read('data/timelinejs.json')).toContain(`${ADDRESS}/events/one`);
		// What a class is given on paper: the addresses printed and the codes that a phone scans.
		const handout = read('present/handout.html');
		const slides = read('present/slides.html');
		expect(handout, 'handout').toContain(`${ADDRESS}/events/one`);
		expect(handout, 'handout QR').toContain(`d="${qrPath(`${ADDRESS}/events/one`).path}"`);
		expect(slides, 'closing slide QR').toContain(`d="${qrPath(`${ADDRESS}/`).path}"`);
		expect(home + event + handout + slides).not.toContain('fixture.example.org');
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('a SITE_URL that is not an address stops the build, naming the setting and its value', async () => {
	const { root, dataDir } = fixtureDataset();
	try {
		const result = await buildSite({
			data: dataDir,
			outDir: join(root, 'site'),
			siteUrl: 'timeline.newsroom.org'
		});
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('SITE_URL (environment)');
		expect(result.stderr).toContain('"timeline.newsroom.org"');
		expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
