// The import command: its output folder, its refusals, its report and its exit codes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/lib/server/timelinejs/command';

const HOUSTON = resolve('tests/fixtures/timelinejs/houston_timeline3.json');

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

	it('refuses to write into a folder that is not empty, unless told to with --force', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'import-command-'));
		mkdirSync(join(cwd, 'data'));
		writeFileSync(join(cwd, 'data/site.yaml'), 'precious: true\n');
		const refused = run([HOUSTON, '--out', 'data'], cwd);
		expect(refused).toMatchObject({ code: 2, out: '' });
		expect(refused.err).toBe(
			'data is not empty: choose another --out, or add --force to replace it.'
		);
		expect(readFileSync(join(cwd, 'data/site.yaml'), 'utf8')).toBe('precious: true\n');
		expect(run([HOUSTON, '--out', 'data', '--force'], cwd).code).toBe(0);
		expect(readFileSync(join(cwd, 'data/site.yaml'), 'utf8')).toContain('Whitney Houston');
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

	it('reports data problems and exits with 1 when the result does not validate', () => {
		const { code, err } = run([HOUSTON, '--url', 'http://not-https.example.com']);
		expect(code).toBe(1);
		expect(err).toContain('The imported data does not validate:');
		expect(err).toContain('url — expected an https URL with no trailing slash');
	});
});
