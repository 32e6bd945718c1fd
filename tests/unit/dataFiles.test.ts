// The loader on data files that are not plain text files inside data/: links out, loops, folders, bad bytes, alias bombs.
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathInside } from '../../src/lib/server/data/dataFiles';
import { loadDataset } from '../../src/lib/server/data/load';
import { formatProblem } from '../../src/lib/server/data/problems';
import { fixtureDataset } from '../helpers/fixtureData';

/** The messages of the minimal dataset once `change` has been made to its folder. */
function problemsAfter(change: (dataDir: string) => void): string[] {
	const { root, dataDir } = fixtureDataset();
	change(dataDir);
	const { problems, dataset } = loadDataset(dataDir, root);
	if (problems.length > 0) expect(dataset).toBeUndefined();
	return problems.map(formatProblem);
}

const edit = (file: string, from: string | RegExp, to: string) =>
	writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('loadDataset refuses files that are not plain files inside data/', () => {
	it('a link to a file outside data/', () => {
		const problems = problemsAfter((dataDir) => {
			const original = join(dataDir, 'sources', 'original', 'sample-original.txt');
			rmSync(original);
			symlinkSync('/etc/passwd', original);
		});
		expect(problems).toEqual([
			'data/sources/original/sample-original.txt — expected a file inside data/, got a link to /etc/passwd'
		]);
	});

	it('a relative link that climbs out of data/', () => {
		const problems = problemsAfter((dataDir) => {
			writeFileSync(join(dataDir, '..', 'outside.yaml'), 'id: outside\n');
			symlinkSync('../../outside.yaml', join(dataDir, 'events', 'outside.yaml'));
		});
		expect(problems).toEqual([
			expect.stringMatching(
				/^data\/events\/outside\.yaml — expected a file inside data\/, got a link to .*outside\.yaml$/
			)
		]);
	});

	it('accepts a link that stays inside data/', () => {
		const problems = problemsAfter((dataDir) => {
			const original = join(dataDir, 'sources', 'original', 'sample-original.txt');
			writeFileSync(join(dataDir, 'sources', 'original', 'copy.txt'), readFileSync(original));
			rmSync(original);
			symlinkSync('copy.txt', original);
		});
		expect(problems).toEqual([]);
	});

	it('a symlink loop', () => {
		const problems = problemsAfter((dataDir) => {
			symlinkSync('loop-b.yaml', join(dataDir, 'events', 'loop-a.yaml'));
			symlinkSync('loop-a.yaml', join(dataDir, 'events', 'loop-b.yaml'));
		});
		expect(problems).toEqual([
			'data/events/loop-a.yaml — expected a file inside data/, got a symlink loop',
			'data/events/loop-b.yaml — expected a file inside data/, got a symlink loop'
		]);
	});

	it('a dangling symlink', () => {
		const problems = problemsAfter((dataDir) => {
			symlinkSync('nowhere.yaml', join(dataDir, 'events', 'gone.yaml'));
		});
		expect(problems).toEqual([
			'data/events/gone.yaml — expected a file inside data/, got a link to nothing (nowhere.yaml)'
		]);
	});

	it('a folder named like a YAML file', () => {
		const problems = problemsAfter((dataDir) => {
			mkdirSync(join(dataDir, 'events', 'folder.yaml'));
		});
		expect(problems).toEqual(['data/events/folder.yaml — expected a file, got a folder']);
	});

	it('file: .. (the sources folder)', () => {
		const problems = problemsAfter((dataDir) => {
			edit(join(dataDir, 'sources', 'sample.yaml'), 'file: sample-original.txt', 'file: ..');
		});
		expect(problems).toEqual([
			'data/sources/sample.yaml:7:7 sample file — expected a plain file name, got ".."'
		]);
	});

	it('a YAML alias bomb', () => {
		const problems = problemsAfter((dataDir) => {
			const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
			for (let level = 1; level < 10; level++)
				lines.push(
					`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
						.fill(`*${String.fromCharCode(96 + level)}`)
						.join(', ')}]`
				);
			writeFileSync(join(dataDir, 'events', 'bomb.yaml'), `${lines.join('\n')}\n`);
		});
		expect(problems).toEqual([
			'data/events/bomb.yaml:2:8 — expected valid YAML, got too many aliases (Excessive alias count indicates a resource exhaustion attack)'
		]);
	});
});

describe('loadDataset reads every file as UTF-8', () => {
	it('refuses invalid UTF-8, naming the line and column of the first bad byte', () => {
		const problems = problemsAfter((dataDir) => {
			const file = join(dataDir, 'events', 'one.yaml');
			const text = readFileSync(file, 'utf8').replace('First meeting', 'First me\u0000');
			const bytes = Buffer.from(text);
			bytes[bytes.indexOf(0)] = 0xff;
			writeFileSync(file, bytes);
		});
		expect(problems).toEqual([
			'data/events/one.yaml:2:16 — expected UTF-8 text, got the byte 0xFF, which is not UTF-8'
		]);
	});

	it('refuses invalid UTF-8 in a source text', () => {
		const problems = problemsAfter((dataDir) => {
			writeFileSync(
				join(dataDir, 'sources', 'sample.txt'),
				Buffer.concat([readFileSync(join(dataDir, 'sources', 'sample.txt')), Buffer.from([0xc3])])
			);
		});
		expect(problems).toEqual([
			expect.stringMatching(
				/^data\/sources\/sample\.txt:\d+:\d+ — expected UTF-8 text, got the byte 0xC3, which is not UTF-8$/
			)
		]);
	});

	it('accepts a byte-order mark before a list or a mapping', () => {
		const problems = problemsAfter((dataDir) => {
			for (const file of [join(dataDir, 'themes.yaml'), join(dataDir, 'events', 'one.yaml')])
				writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
		});
		expect(problems).toEqual([]);
	});
});

describe('loadDataset reads every YAML file of a data folder', () => {
	it('loads .yml and .YAML as well as .yaml', () => {
		const { root, dataDir } = fixtureDataset();
		const events = join(dataDir, 'events');
		renameSync(join(events, 'one.yaml'), join(events, 'one.yml'));
		renameSync(join(events, 'two.yaml'), join(events, 'Three Upper.YAML'));
		const { dataset, problems } = loadDataset(dataDir, root);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(dataset!.events.map((event) => event.id)).toEqual(['one', 'two']);
	});

	it('refuses any other file in events/, and passes over hidden ones', () => {
		const problems = problemsAfter((dataDir) => {
			writeFileSync(join(dataDir, 'events', 'notes.md'), 'notes');
			writeFileSync(join(dataDir, 'events', 'three.yaml.bak'), 'id: three');
			writeFileSync(join(dataDir, 'events', '.DS_Store'), '');
		});
		expect(problems).toEqual([
			'data/events/notes.md — expected a YAML file (.yaml or .yml), got another kind of file',
			'data/events/three.yaml.bak — expected a YAML file (.yaml or .yml), got another kind of file'
		]);
	});
});

describe('pathInside', () => {
	it('tells a folder and what lies inside it from what lies beside or above it', () => {
		expect(pathInside('/a/data', '/a/data')).toBe('');
		expect(pathInside('/a/data', '/a/data/events/story')).toBe(join('events', 'story'));
		expect(pathInside('/a/data', '/a/data/..story')).toBe('..story');
		expect(pathInside('/a/data', '/a/data-old')).toBeUndefined();
		expect(pathInside('/a/data', '/a')).toBeUndefined();
	});
});
