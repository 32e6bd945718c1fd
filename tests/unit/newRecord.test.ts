// `npm run new:event` and `npm run new:source`: skeletons that validate once their placeholders are filled in, and never overwrite.
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/lib/server/data/load';
import { newEvent, newSource } from '../../src/lib/server/editor/newRecord';
import { formatProblem } from '../../src/lib/server/data/problems';
import { fixtureDataset } from '../helpers/fixtureData';

const ORIGINAL = resolve('tests/fixtures/sources/geneva-report.txt');

/** When on, copying a file fails as on a full disk, after writing part of it. */
const fullDisk = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	return {
		...fs,
		copyFileSync: (from: string, to: string, mode?: number) => {
			if (!fullDisk.on) return fs.copyFileSync(from, to, mode);
			fs.writeFileSync(to, 'part of');
			throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${to}'`), {
				code: 'ENOSPC',
				path: to
			});
		}
	};
});

function run(command: typeof newEvent, args: string[], dataset = fixtureDataset()) {
	const out: string[] = [];
	const err: string[] = [];
	const code = command(args, {
		dataDir: dataset.dataDir,
		callerCwd: process.cwd(),
		root: dataset.root,
		log: (text) => out.push(text),
		error: (text) => err.push(text)
	});
	return { code, out: out.join('\n'), err: err.join('\n'), ...dataset };
}

/** Replaces each `key: … # fill in: …` line with `key: <value>`, as an editor would; fails on a placeholder left. */
function fillIn(path: string, values: Record<string, string>) {
	const filled = readFileSync(path, 'utf8').replace(
		/^(\s*(?:- )?)(\w+): (?:YYYY-MM-DD )?# fill in.*$/gm,
		(_line, indent: string, key: string) => {
			expect(values, `a value for ${key}`).toHaveProperty(key);
			return `${indent}${key}: ${values[key]}`;
		}
	);
	expect(filled).not.toContain('fill in');
	writeFileSync(path, filled);
}

const problems = (root: string, dataDir: string) =>
	loadDataset(dataDir, root).problems.map(formatProblem);

describe('npm run new:event', () => {
	it('writes a skeleton that names each placeholder until it is filled in, then validates', () => {
		const { code, out, err, root, dataDir } = run(newEvent, ['third-meeting']);
		expect(err).toBe('');
		expect(code).toBe(0);
		const path = join(dataDir, 'events/third-meeting.yaml');
		expect(out).toContain('Wrote data/events/third-meeting.yaml.');
		const fields = ['title', 'start', 'kind', 'summary', 'excerpts[0].source', 'excerpts[0].voice'];
		for (const field of [...fields, 'excerpts[0].quote'])
			expect(out).toMatch(
				new RegExp(
					`data/events/third-meeting.yaml:\\d+:\\d+ third-meeting ${field.replace(/[[\]]/g, '\\$&')} — expected`
				)
			);
		expect(problems(root, dataDir)).toHaveLength(7);
		fillIn(path, {
			title: 'Third meeting',
			start: '2021-04-02',
			kind: 'talks',
			summary: 'The third meeting of the fixture.',
			source: 'sample',
			voice: 'chinese-government',
			quote: 'They also discussed trade.'
		});
		// The fixture's source is quoted whole already: the new event shares a passage with event
		// two, and each says so.
		for (const [file, other] of [
			[path, 'two'],
			[join(dataDir, 'events/two.yaml'), 'third-meeting']
		] as const)
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(
					/^( +)quote: They also discussed trade\.$/m,
					`$1alsoAbout: [${other}]\n$1quote: They also discussed trade.`
				)
			);
		expect(problems(root, dataDir)).toEqual([]);
	});

	it('refuses a bad id, an existing file and an id another file uses, and writes nothing', () => {
		const dataset = fixtureDataset();
		const before = readFileSync(join(dataset.dataDir, 'events/one.yaml'), 'utf8');
		expect(run(newEvent, ['Third_Meeting'], dataset)).toMatchObject({
			code: 2,
			err: '"Third_Meeting" is not a usable id: lowercase letters, digits and single hyphens.'
		});
		expect(run(newEvent, ['one'], dataset)).toMatchObject({
			code: 2,
			err: 'data/events/one.yaml already exists: nothing written.'
		});
		writeFileSync(join(dataset.dataDir, 'events/more.yaml'), '- id: listed\n- id: other\n');
		expect(run(newEvent, ['listed'], dataset)).toMatchObject({
			code: 2,
			err: 'The id "listed" is already used in data/events/more.yaml.'
		});
		expect(run(newEvent, [], dataset).err).toMatch(/^Usage: npm run new:event -- <id>/);
		expect(readFileSync(join(dataset.dataDir, 'events/one.yaml'), 'utf8')).toBe(before);
	});
});

describe('npm run new:source', () => {
	it('copies the original, writes its text to clean and a metadata skeleton that validates once filled in', () => {
		const { code, out, err, root, dataDir } = run(newSource, [ORIGINAL, '--id', 'geneva-report']);
		expect(err).toBe('');
		expect(code).toBe(0);
		const original = readFileSync(ORIGINAL, 'utf8');
		expect(readFileSync(join(dataDir, 'sources/original/geneva-report.txt'), 'utf8')).toBe(
			original
		);
		expect(readFileSync(join(dataDir, 'sources/geneva-report.txt'), 'utf8')).toBe(original);
		const metadata = join(dataDir, 'sources/geneva-report.yaml');
		expect(readFileSync(metadata, 'utf8')).toContain(
			'title: Menu | Home | World # the first line of the text: check it'
		);
		for (const field of ['publisher', 'published', 'kind', 'voice', 'cleaning'])
			expect(out).toMatch(
				new RegExp(`data/sources/geneva-report.yaml:\\d+:\\d+ geneva-report ${field} — expected`)
			);
		expect(out).toContain('Until an event quotes it, the build also says no event cites it.');

		// The editor cleans the text, fills in the metadata and quotes the source in an event.
		writeFileSync(
			join(dataDir, 'sources/geneva-report.txt'),
			original.split('\n').slice(1, 5).join('\n')
		);
		fillIn(metadata, {
			publisher: 'Example News',
			published: '2021-04-06',
			kind: 'news-report',
			voice: 'media',
			cleaning: 'Removed the menu line and the share line.'
		});
		writeFileSync(
			metadata,
			readFileSync(metadata, 'utf8').replace(
				/^title: .*$/m,
				'title: Talks in Geneva end with a plan to meet again'
			)
		);
		run(newEvent, ['geneva-talks'], { root, dataDir });
		fillIn(join(dataDir, 'events/geneva-talks.yaml'), {
			title: 'Talks in Geneva',
			start: '2021-04-06',
			kind: 'talks',
			summary: 'The delegations agree to meet again.',
			source: 'geneva-report',
			voice: 'media',
			quote: 'agreed to meet again in the spring.'
		});
		expect(problems(root, dataDir)).toEqual([]);
	});

	it('takes the original where it already is, and refuses to write over a source or to read a binary file', () => {
		const dataset = fixtureDataset();
		const inPlace = join(dataset.dataDir, 'sources/original/sample-original.txt');
		const first = run(newSource, [inPlace, '--id', 'sample-again'], dataset);
		expect(first.code).toBe(0);
		expect(first.out).toContain(
			'data/sources/original/sample-original.txt is the original, as collected.'
		);
		expect(run(newSource, [inPlace, '--id', 'sample-again'], dataset)).toMatchObject({
			code: 2,
			err: 'data/sources/sample-again.yaml already exists: nothing written.'
		});
		expect(run(newSource, [ORIGINAL, '--id', 'sample'], dataset)).toMatchObject({
			code: 2,
			err: 'data/sources/sample.yaml already exists: nothing written.'
		});
		expect(run(newSource, [ORIGINAL, '--id', 'Geneva'], dataset).err).toBe(
			'"Geneva" is not a usable id: lowercase letters, digits and single hyphens (give one with --id).'
		);
		const binary = join(dataset.root, 'scan.pdf');
		writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00]));
		expect(run(newSource, [binary], dataset)).toMatchObject({
			code: 2,
			err: `${binary} is not UTF-8 text: save the document as text first.`
		});
	});
});

describe('the data commands on a damaged data folder', () => {
	it('refuse an id used in a file of any case, and a name a broken link already takes', () => {
		const dataset = fixtureDataset();
		writeFileSync(join(dataset.dataDir, 'events/MORE.YAML'), 'id: upper\n');
		expect(run(newEvent, ['upper'], dataset)).toMatchObject({
			code: 2,
			err: 'The id "upper" is already used in data/events/MORE.YAML.'
		});
		symlinkSync('nowhere.yaml', join(dataset.dataDir, 'events/dangling.yaml'));
		expect(run(newEvent, ['dangling'], dataset)).toMatchObject({
			code: 2,
			err: 'data/events/dangling.yaml already exists: nothing written.'
		});
		symlinkSync('nowhere', join(dataset.dataDir, 'sources/geneva-report.txt'));
		expect(run(newSource, [ORIGINAL], dataset)).toMatchObject({
			code: 2,
			err: 'data/sources/geneva-report.txt already exists: nothing written.'
		});
		expect(existsSync(join(dataset.dataDir, 'sources/original/geneva-report.txt'))).toBe(false);
	});

	it('say in one line where a file stands in for a folder, and leave nothing behind', () => {
		const dataset = fixtureDataset();
		rmSync(join(dataset.dataDir, 'events'), { recursive: true });
		writeFileSync(join(dataset.dataDir, 'events'), 'not a folder');
		expect(run(newEvent, ['fresh'], dataset)).toMatchObject({
			code: 1,
			err: 'data/events: a file where a folder should be (it, or a folder on the way to it). Nothing written.'
		});
		const sources = join(dataset.dataDir, 'sources');
		rmSync(join(sources, 'original'), { recursive: true });
		writeFileSync(join(sources, 'original'), 'not a folder');
		const before = readdirSync(sources).sort();
		const result = run(newSource, [ORIGINAL], dataset);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/^data\/sources\/original: .+\. Nothing written\.$/);
		expect(readdirSync(sources).sort()).toEqual(before);
	});

	it('remove what they had written, a part-written file too, when the disk fills up', () => {
		const dataset = fixtureDataset();
		const sources = join(dataset.dataDir, 'sources');
		const before = readdirSync(sources, { recursive: true }).sort();
		fullDisk.on = true;
		try {
			expect(run(newSource, [ORIGINAL], dataset)).toMatchObject({
				code: 1,
				err: 'data/sources/original/geneva-report.txt: the disk is full. Nothing written.'
			});
		} finally {
			fullDisk.on = false;
		}
		expect(readdirSync(sources, { recursive: true }).sort()).toEqual(before);
	});
});
