// `npm run check:data`: the build's report without the build, and fast enough to run on every save.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dataProblems } from '../../src/lib/server/data/checkData';
import { formatProblems } from '../../src/lib/server/data/problems';
import { validateData } from '../../src/lib/server/data/validateDataPlugin';
import { fixtureDataset } from '../helpers/fixtureData';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Reports the CPU time of the whole process (every thread, user and system) on file descriptor 3
 * as it exits: unlike wall-clock time, it hardly changes when other processes share the cores.
 */
const CPU_REPORT =
	"data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{const u=process.cpuUsage();writeSync(3,String((u.user+u.system)/1000))})";

/** Runs `node <args>`: its output, its wall-clock milliseconds and its CPU milliseconds. */
function runNode(args: string[], env: NodeJS.ProcessEnv = {}) {
	const { TIMELINE_DATA: _data, SITE_URL: _url, ...inherited } = process.env;
	const started = performance.now();
	const result = spawnSync(process.execPath, ['--import', CPU_REPORT, ...args], {
		encoding: 'utf8',
		env: { ...inherited, ...env },
		stdio: ['ignore', 'pipe', 'pipe', 'pipe']
	});
	return { ms: performance.now() - started, cpu: Number(result.output[3]), ...result };
}

/** CPU milliseconds this process has spent so far (user and system, every thread). */
function cpuNow() {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** The message the build's plugin gives for the dataset in TIMELINE_DATA (as `vite dev` throws it). */
function buildReport(dataDir: string): string {
	const saved = process.env.TIMELINE_DATA;
	process.env.TIMELINE_DATA = dataDir;
	try {
		const plugin = validateData({ outputDirectory: 'never-removed-in-watch-mode' });
		const buildStart = plugin.buildStart as (this: unknown) => void;
		buildStart.call({ meta: { watchMode: true } });
		return '';
	} catch (error) {
		return (error as Error).message;
	} finally {
		if (saved === undefined) delete process.env.TIMELINE_DATA;
		else process.env.TIMELINE_DATA = saved;
	}
}

describe('npm run check:data', () => {
	// The first check in a process takes the longest (CPU time and clock alike on a quiet machine);
	// later ones take less, the modules being compiled and long texts indexed. The machines that
	// run the tests are shared (two cores, often with other test suites), where the clock has shown
	// several times the CPU time: CPU time is the bound, the clock only a guard against something far slower.
	it('checks the real data in well under a second of CPU time, every one of five runs in this process', () => {
		const runs = Array.from({ length: 5 }, () => {
			const [cpu, clock] = [cpuNow(), performance.now()];
			expect(dataProblems('data').problems).toEqual([]);
			return { cpu: cpuNow() - cpu, clock: performance.now() - clock };
		});
		expect(Math.max(...runs.map((run) => run.cpu))).toBeLessThan(1000);
		expect(median(runs.map((run) => run.clock))).toBeLessThan(5000);
	}, 60_000);

	// The command's CPU time less that of `node -e ''`: loading zod, yaml and the validator's modules
	// (stripping their types), then checking.
	it('as a command, takes well under a second of CPU time beyond Node’s start-up (median of three)', () => {
		const command: ReturnType<typeof runNode>[] = [];
		const node: ReturnType<typeof runNode>[] = [];
		for (let run = 0; run < 3; run++) {
			node.push(runNode(['-e', '']));
			command.push(runNode(['scripts/checkData.js']));
		}
		expect(command[0]!.stderr).toBe('');
		expect(command[0]!.stdout).toMatch(
			/^No problems in data\/ \(\d+ events, .+\), checked in \d+ ms\.\n$/
		);
		expect(command.every((run) => run.status === 0)).toBe(true);
		const beyond = (measure: (run: ReturnType<typeof runNode>) => number) =>
			median(command.map(measure)) - median(node.map(measure));
		expect(beyond((run) => run.cpu)).toBeLessThan(1000);
		expect(beyond((run) => run.ms)).toBeLessThan(5000);
	}, 60_000);

	it('reports a bad dataset exactly as the build does, and exits with 1', () => {
		const { dataDir } = fixtureDataset('unknown-field');
		const expected = formatProblems(dataProblems(dataDir).problems);
		expect(expected).toMatch(/^2 problems in the data:\n.+\n.+unknown field "tilte"$/);
		expect(buildReport(dataDir)).toBe(expected);
		const run = runNode(['scripts/checkData.js'], { TIMELINE_DATA: dataDir });
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^The data in .+\/data\/ has problems \(checked in \d+ ms\)\.\n/);
		expect(run.stderr).toContain(`\n${expected}\n`);
	}, 20_000);

	it('checks the folder it is given, and refuses anything else', () => {
		const { dataDir } = fixtureDataset();
		const ok = runNode(['scripts/checkData.js', dataDir]);
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('(2 events, 1 source, 2 themes, 0 people, 0 commitments)');
		const refused = runNode(['scripts/checkData.js', '--fast']);
		expect(refused).toMatchObject({
			status: 2,
			stderr: 'Usage: npm run check:data [-- <data folder>]\n'
		});
	}, 20_000);
});
