// The import command: its output folder, its refusals, its report and its exit codes.
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../src/lib/server/timelinejs/command';

/** When on, the loader finds a problem in whatever it loads, as it would in an import it disagrees with. */
const failValidation = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/lib/server/data/load', async (original) => {
	const real = await original<typeof import('../../src/lib/server/data/load')>();
	return {
		...real,
		loadDataset: (dir: string, root?: string) => {
			const result = real.loadDataset(dir, root);
			if (!failValidation.on) return result;
			const file = relative(root ?? process.cwd(), join(dir, 'site.yaml'));
			return { ...result, problems: [{ file, expected: 'a test problem', found: 'none' }] };
		}
	};
});

const HOUSTON = resolve('tests/fixtures/timelinejs/houston_timeline3.json');

/** Every file under `dir` with its contents, to show that a command changed nothing. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		files[path] = entry.isDirectory()
			? '(folder)'
			: entry.isSymbolicLink()
				? '(link)'
				: readFileSync(path, 'utf8');
	}
	return files;
}

function run(args: string[], cwd = mkdtempSync(join(tmpdir(), 'import-command-'))) {
	const out: string[] = [];
	const err: string[] = [];
	const code = importCommand(args, {
		cwd,
		log: (text) => out.push(text),
		error: (text) => err.push(text)
	});
	return { code, out: out.join('\n'), err: err.join('\n'), cwd };
}

describe('npm run import:timelinejs', () => {
	it('writes imported/<name>/, validates it and says how to build it', () => {
		const { code, out, err, cwd } = run([HOUSTON]);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(readFileSync(join(cwd, 'imported/houston_timeline3/site.yaml'), 'utf8')).toContain(
			'title: Whitney Houston 1963 - 2012'
		);
		expect(existsSync(join(cwd, 'imported/houston_timeline3/events/a-musical-heritage.yaml'))).toBe(
			true
		);
		expect(out).toContain('19 slides → 18 events, 0 themes (from groups), 14 media links');
		expect(out).toContain('Slide 1 → events/a-musical-heritage.yaml:');
		expect(out).toContain(
			"Validated with the site's own loader: no problems in imported/houston_timeline3/."
		);
		expect(out).toContain(
			'TIMELINE_DATA=imported/houston_timeline3 TIMELINE_BUILD_DIR=build-imported/houston_timeline3 npm run build'
		);
	});

	it('refuses to write inside the site’s data folder, where the build would read the import as the site’s', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		mkdirSync(join(cwd, 'data/events'), { recursive: true });
		symlinkSync(join(cwd, 'data'), join(cwd, 'data-link'));
		vi.stubEnv('TIMELINE_DATA', 'data');
		try {
			const before = snapshot(cwd);
			for (const out of ['data/events/story', 'data/..story', 'data-link/story'])
				expect(run([HOUSTON, '--out', out], cwd)).toMatchObject({
					code: 2,
					err: `${out} is inside the site's data folder (data/), where the build would read it as part of the site's data: an import is a dataset of its own; choose another --out.`
				});
			expect(snapshot(cwd)).toEqual(before);
			// Beside it is not inside it.
			expect(run([HOUSTON, '--out', 'data-story'], cwd).code).toBe(0);
			// A story built on its own, as the README says, is imported again where it is.
			vi.stubEnv('TIMELINE_DATA', 'imported/story');
			expect(run([HOUSTON, '--out', 'imported/story'], cwd).code).toBe(0);
			expect(run([HOUSTON, '--out', 'imported/story', '--force'], cwd).code).toBe(0);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	it('says where a file is not UTF-8 or not JSON, takes a byte-order mark, and refuses a file nested too deeply', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		const story = readFileSync(HOUSTON, 'utf8');
		const latin1 = join(cwd, 'latin1.json');
		writeFileSync(latin1, Buffer.from(story.replace('Whitney', 'Whitnéy'), 'latin1'));
		const line = story.slice(0, story.indexOf('Whitney')).split('\n').length;
		const column = story.indexOf('Whitney') - story.lastIndexOf('\n', story.indexOf('Whitney')) + 5;
		expect(run(['latin1.json'], cwd)).toMatchObject({
			code: 2,
			err: `latin1.json:${line}:${column}: the byte 0xE9, which is not UTF-8: save the file as UTF-8 text and import it again.`
		});
		const bom = join(cwd, 'bom.json');
		writeFileSync(bom, `\ufeff${story}`);
		expect(run(['bom.json', '--out', 'bom'], cwd).code).toBe(0);
		const broken = join(cwd, 'broken.json');
		writeFileSync(broken, '{\n  "events": [\n    { start_date: 1 }\n  ]\n}\n');
		expect(run(['broken.json'], cwd).err).toMatch(
			/^broken\.json: not valid JSON \(.+: line 3, column 7\)$/
		);
		const deep = join(cwd, 'deep.json');
		writeFileSync(
			deep,
			`{"events":[{"start_date":{"year":2000},"text":{"headline":"deep"},"extra":${'['.repeat(5000)}${']'.repeat(5000)}}]}`
		);
		expect(run(['deep.json'], cwd)).toMatchObject({
			code: 2,
			err: 'deep.json: not a TimelineJS file we can import: it is nested too deeply.'
		});
		expect(readdirSync(cwd).sort()).toEqual(
			['bom', 'bom.json', 'broken.json', 'deep.json', 'latin1.json'].sort()
		);
	});

	it('refuses to write into a folder that is not empty; --force replaces only a folder the importer wrote', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		mkdirSync(join(cwd, 'notes'));
		writeFileSync(join(cwd, 'notes/site.yaml'), 'precious: true\n');
		const before = snapshot(cwd);
		const refused = run([HOUSTON, '--out', 'notes'], cwd);
		expect(refused).toMatchObject({ code: 2, out: '' });
		expect(refused.err).toBe(
			'notes is not empty and was not written by this importer (it has no .timelinejs-import): choose another --out; --force replaces only a folder the importer wrote.'
		);
		expect(run([HOUSTON, '--out', 'notes', '--force'], cwd)).toMatchObject({
			code: 2,
			err: refused.err
		});
		expect(snapshot(cwd)).toEqual(before);

		expect(run([HOUSTON, '--out', 'story'], cwd).code).toBe(0);
		expect(readFileSync(join(cwd, 'story/.timelinejs-import'), 'utf8')).toContain(
			'npm run import:timelinejs'
		);
		writeFileSync(join(cwd, 'story/events/stale.yaml'), 'id: stale\n');
		expect(run([HOUSTON, '--out', 'story'], cwd).err).toBe(
			'story is not empty: choose another --out, or add --force to replace it.'
		);
		expect(run([HOUSTON, '--out', 'story', '--force'], cwd).code).toBe(0);
		expect(existsSync(join(cwd, 'story/events/stale.yaml'))).toBe(false);
		expect(readFileSync(join(cwd, 'story/site.yaml'), 'utf8')).toContain('Whitney Houston');
		expect(readdirSync(cwd).sort()).toEqual(['notes', 'story']);
	});

	it('changes nothing on disk when the import fails, even with --force', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		writeFileSync(join(cwd, 'list.json'), '[]');
		expect(run([HOUSTON, '--out', 'story'], cwd).code).toBe(0);
		writeFileSync(join(cwd, 'story/notes.txt'), 'mine\n');
		const before = snapshot(cwd);
		for (const out of ['story', '.', 'elsewhere'])
			expect(run(['list.json', '--out', out, '--force'], cwd).code).toBe(2);
		expect(run(['missing.json', '--out', 'story', '--force'], cwd).code).toBe(2);
		expect(snapshot(cwd)).toEqual(before);
	});

	it('never takes its folder name from a file named ..json or ...json: no --out, no import', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		mkdirSync(join(cwd, 'src'));
		mkdirSync(join(cwd, 'data'));
		writeFileSync(join(cwd, 'src/app.ts'), 'export {};\n');
		writeFileSync(join(cwd, 'data/site.yaml'), 'precious: true\n');
		expect(run([HOUSTON], cwd).code).toBe(0);
		const story = readFileSync(HOUSTON, 'utf8');
		for (const name of ['..json', '...json', '.json', '-.json'])
			writeFileSync(join(cwd, name), story);
		const before = snapshot(cwd);
		for (const name of ['..json', '...json', '.json', '-.json'])
			expect(run([name, '--force'], cwd)).toMatchObject({
				code: 2,
				err: `${name}: no folder name can be made from this file's name: give one with --out <dir>.`
			});
		expect(snapshot(cwd)).toEqual(before);
		writeFileSync(join(cwd, '.hidden story.json'), story);
		expect(run(['.hidden story.json'], cwd).code).toBe(0);
		expect(existsSync(join(cwd, 'imported/hidden-story/site.yaml'))).toBe(true);
	});

	it('never replaces the folder that holds the file it imports', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		expect(run([HOUSTON, '--out', 'story'], cwd).code).toBe(0);
		writeFileSync(join(cwd, 'story/again.json'), readFileSync(HOUSTON, 'utf8'));
		const before = snapshot(cwd);
		expect(run(['story/again.json', '--out', 'story', '--force'], cwd).err).toBe(
			'story holds the file being imported: choose another --out.'
		);
		expect(snapshot(cwd)).toEqual(before);
	});

	it('takes the site address from --url', () => {
		const { cwd } = run([HOUSTON, '--url', 'https://news.example.com/houston']);
		expect(readFileSync(join(cwd, 'imported/houston_timeline3/site.yaml'), 'utf8')).toContain(
			'url: https://news.example.com/houston'
		);
	});

	it('names the file and what is wrong with it, and exits with 2', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		writeFileSync(join(cwd, 'broken.json'), '{ "events": [ }');
		writeFileSync(join(cwd, 'list.json'), '[]');
		const broken = run(['broken.json'], cwd);
		expect(broken.code).toBe(2);
		expect(broken.err).toMatch(/^broken\.json: not valid JSON \(.+\)$/);
		expect(run(['list.json'], cwd).err).toBe(
			'list.json: not a TimelineJS file we can import: expected a TimelineJS document (a JSON object), got a list'
		);
		expect(run(['missing.json'], cwd).err).toBe('missing.json: no such file');
		expect(existsSync(join(cwd, 'imported'))).toBe(false);
	});

	it('explains its usage', () => {
		expect(run([])).toMatchObject({
			code: 2,
			err: expect.stringMatching(/^Which file\?\n\nUsage: /)
		});
		expect(run(['a.json', '--bogus']).err).toMatch(/^Unknown option --bogus\./);
		expect(run(['a.json', '--out']).err).toMatch(/^--out needs a value\./);
		expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: /) });
	});

	it('checks --url before writing anything: an https address as a browser reads it', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		for (const [url, problem] of [
			['javascript:alert(1)', 'javascript: is not https:'],
			['http://not-https.example.com', 'http: is not https:'],
			['https://news.example.com/{x}', 'a browser reads it as https://news.example.com/%7Bx%7D'],
			['https://news.example.com/a\n}\\input{x', 'a browser reads it as'],
			['https://news.example.com/', 'it ends with a slash'],
			['https://news.example.com/?a=1', 'it has a query or a fragment'],
			['https://user@news.example.com', 'it has a user name or password'],
			['not a url', 'not an address']
		]) {
			const { code, err, out } = run([HOUSTON, '--url', url!], cwd);
			expect({ code, out }).toEqual({ code: 2, out: '' });
			expect(err).toContain(`--url ${JSON.stringify(url)}: ${problem}`);
		}
		expect(readdirSync(cwd)).toEqual([]);
	});

	it('writes nothing and exits with 1 when the result does not validate', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		failValidation.on = true;
		try {
			const { code, out, err } = run([HOUSTON], cwd);
			expect(code).toBe(1);
			expect(out).toMatch(
				/^Read .+houston_timeline3\.json for imported\/houston_timeline3\/ \(not written\)/
			);
			expect(err).toContain('The imported data does not validate, so nothing was written:');
			expect(err).toContain('imported/houston_timeline3/site.yaml — expected a test problem');
		} finally {
			failValidation.on = false;
		}
		expect(readdirSync(cwd)).toEqual([]);
	});

	it('prints what the file says with its control characters escaped, never acting on the terminal', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		const story = {
			title: { text: { headline: 'Title\u001b]0;retitled\u0007' } },
			events: [
				{
					start_date: { year: 2000 },
					unique_id: 'one',
					text: { headline: 'One' },
					media: { url: 'https://e.org/a\u001b]0;retitled\u0007\u001b[2J\u009b2J' }
				},
				{
					start_date: { year: 2001 },
					unique_id: 'two',
					text: { headline: 'Two\r\u202eowt', text: '<a href="https://e.org/\u001b[31m">x</a>' },
					media: { url: 'http://e.org/\u001b[2J' }
				}
			]
		};
		writeFileSync(join(cwd, 'escapes.json'), JSON.stringify(story));
		const { code, out, err } = run(['escapes.json'], cwd);
		expect(err).toBe('');
		expect(code).toBe(0);
		// eslint-disable-next-line no-control-regex -- looking for them is the point
		expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
		expect(out).toContain(
			'web page dropped, it holds control characters: https://e.org/a\\u{1b}]0;retitled\\u{7}\\u{1b}[2J\\u{9b}2J'
		);
		expect(out).toContain('http://e.org/\\u{1b}[2J');
	});
});
