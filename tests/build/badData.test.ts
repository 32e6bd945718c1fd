// Bad data never ships: `vite build` on each broken dataset stops with the validator's report, and leaves no site behind.
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { BAD_CASES } from '../helpers/badCases';
import { fixtureDataset } from '../helpers/fixtureData';
import { buildSite, writePreviousBuild } from './buildSite';

/** A line of a JavaScript stack trace, e.g. `    at loadDataset (/…/load.ts:12:3)`. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * The problems in the build's report, one string each (with its hint line, if any), exactly as
 * formatProblem writes them. Files are named relative to the project, so the temporary dataset's
 * folder is shown as `data` to compare them with the loader's own messages.
 */
function reportedProblems(stderr: string, dataDir: string): { count: string; problems: string[] } {
	const [, after = ''] = stderr.split('The build stopped: the data has problems.\n');
	const [report = ''] = after.split('\n\n');
	const [count = '', ...lines] = report.split('\n');
	const problems: string[] = [];
	for (const line of lines) {
		if (line.startsWith('    ')) problems[problems.length - 1] += `\n${line}`;
		else problems.push(line.replace(/^ {2}/, ''));
	}
	const shown = relative(process.cwd(), dataDir).split('\\').join('/');
	return {
		count,
		problems: problems.map((problem) => problem.split(`${shown}/`).join('data/'))
	};
}

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('a build on bad data', () => {
	test.concurrent.for(BAD_CASES)(
		'%s: stops before bundling, prints the report without a stack trace, and removes the previous site',
		async ([badCase, expected], { expect }) => {
			const { root, dataDir } = fixtureDataset(badCase);
			roots.push(root);
			const outDir = join(root, 'site');
			writePreviousBuild(outDir);

			const result = await buildSite({ data: dataDir, outDir });

			expect(result.status, result.stderr).toBe(1);
			expect(result.stderr).not.toMatch(STACK_LINE);
			const { count, problems } = reportedProblems(result.stderr, dataDir);
			expect(count).toBe(
				`${expected.length} problem${expected.length === 1 ? '' : 's'} in the data:`
			);
			expect(problems).toHaveLength(expected.length);
			expect(problems).toEqual(expect.arrayContaining(expected));
			expect(result.stdout).not.toContain('modules transformed');
			expect(existsSync(outDir), 'the previous build is still there').toBe(false);
		}
	);
});
