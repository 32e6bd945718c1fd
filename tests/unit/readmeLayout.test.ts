// The README's layout section is the map a newcomer reads first: it names every folder of src/, in
// the order `tree -d src` lists them (alphabetical, case-blind, parents before their children),
// and no folder that is not there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function folders(dir: string): string[] {
	const children = readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
	return [`${dir}/`, ...children.flatMap((child) => folders(join(dir, child)))];
}

it('lists every folder of src/ in tree order, and nothing else under src/', () => {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.slice(readme.indexOf('\n## Layout\n'));
	const start = section.indexOf('```\n') + 4;
	const block = section.slice(start, section.indexOf('\n```', start));
	const mapped = block
		.split('\n')
		.map((line) => line.split(/\s+/)[0]!)
		.filter((path) => path.startsWith('src/'));
	expect(mapped).toEqual(folders('src'));
});
