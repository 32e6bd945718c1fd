// The data's validation as the build runs it, without the build: for `npm run check:data` and the Vite plugin.
import { relative, resolve } from 'node:path';
import type { Dataset } from '../../model.ts';
import { addressProblems, dataDirectory, siteUrlSetting } from './dataset.ts';
import { loadDataset } from './load.ts';
import { formatProblems, type DataProblem } from './problems.ts';

/** Everything the build checks before it builds: the dataset in `dataDir`, and the SITE_URL setting. */
export function dataProblems(dataDir = dataDirectory()): {
	dataset?: Dataset;
	problems: DataProblem[];
} {
	const { dataset, problems } = loadDataset(dataDir);
	problems.push(...addressProblems(siteUrlSetting()));
	return { dataset, problems };
}

/** Where the command was typed (npm's INIT_CWD) and where its lines go. */
export interface CheckIo {
	callerCwd: string;
	log: (text: string) => void;
	error: (text: string) => void;
}

/**
 * Checks `data/` (or TIMELINE_DATA, or the folder given) and prints the build's report.
 * Returns the exit code: 0 no problem, 1 problems, 2 bad arguments.
 */
export function checkDataCommand(args: readonly string[], io: CheckIo): number {
	if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
		io.error('Usage: npm run check:data [-- <data folder>]');
		return 2;
	}
	const started = performance.now();
	const dataDir = args[0] ? resolve(io.callerCwd, args[0]) : dataDirectory();
	const { dataset, problems } = dataProblems(dataDir);
	const took = `${Math.round(performance.now() - started)} ms`;
	const shown = relative(process.cwd(), dataDir) || '.';
	if (problems.length > 0 || !dataset) {
		io.error(
			`The data in ${shown}/ has problems (checked in ${took}).\n${formatProblems(problems)}`
		);
		return 1;
	}
	const counts = [
		[dataset.events.length, 'event'],
		[dataset.sources.length, 'source'],
		[dataset.themes.length, 'theme'],
		[dataset.people.length, 'person'],
		[dataset.commitments.length, 'commitment']
	] as const;
	const listed = counts
		.map(
			([count, noun]) =>
				`${count} ${count === 1 ? noun : noun === 'person' ? 'people' : `${noun}s`}`
		)
		.join(', ');
	io.log(`No problems in ${shown}/ (${listed}), checked in ${took}.`);
	return 0;
}
