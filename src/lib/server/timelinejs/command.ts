// `npm run import:timelinejs -- <file.json> [--out <dir>] [--url <https://…>] [--force]`: import, validate, report.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { loadDataset } from '../load.ts';
import { formatProblems } from '../problems.ts';
import { importTimelineJs, TimelineJsError } from './importTimelineJs.ts';
import { formatImportReport } from './report.ts';
import { writeImportedDataset } from './writeDataset.ts';

export const USAGE = `Usage: npm run import:timelinejs -- <file.json> [--out <dir>] [--url <https://…>] [--force]

Converts a TimelineJS 3 JSON file into a data folder (default: imported/<file name>/),
validates it as the build would, and reports what could not be carried over as it was.
  --out <dir>   where to write the data (refused if not empty, unless --force)
  --url <url>   where the site will be published (https, no trailing slash)
  --force       replace what is in --out`;

/** Where the command runs and writes: lines for the terminal and for errors. */
export interface CommandIo {
	/** The project's root: the default output folder and the printed paths are relative to it. */
	cwd: string;
	/** Where the user typed the command (npm's INIT_CWD): the file and --out are relative to it. */
	callerCwd?: string;
	log: (text: string) => void;
	error: (text: string) => void;
}

/** Runs the command; returns the exit code (0 done, 1 the result has data problems, 2 bad input). */
export function importCommand(args: readonly string[], io: CommandIo): number {
	const options = parseArgs(args);
	if ('error' in options) {
		io.error(`${options.error}\n\n${USAGE}`);
		return 2;
	}
	if (options.help) {
		io.log(USAGE);
		return 0;
	}
	const path = resolve(io.callerCwd ?? io.cwd, options.file);
	const fileName = basename(path);
	const name = fileName.replace(/\.json$/i, '').replace(/[^\w.-]+/g, '-');
	const outDir = options.out
		? resolve(io.callerCwd ?? io.cwd, options.out)
		: resolve(io.cwd, 'imported', name);
	const shown = relative(io.cwd, outDir) || '.';
	let document: unknown;
	try {
		document = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : '';
		io.error(`${options.file}: ${reason || `not valid JSON (${(error as Error).message})`}`);
		return 2;
	}
	if (existsSync(outDir) && readdirSync(outDir).length > 0) {
		if (!options.force) {
			io.error(`${shown} is not empty: choose another --out, or add --force to replace it.`);
			return 2;
		}
		rmSync(outDir, { recursive: true });
	}
	let story;
	try {
		story = importTimelineJs(document, { fileName, siteUrl: options.url });
	} catch (error) {
		if (!(error instanceof TimelineJsError)) throw error;
		io.error(`${options.file}: not a TimelineJS file we can import: ${error.message}`);
		return 2;
	}
	writeImportedDataset(story, outDir, fileName);
	io.log(formatImportReport(story, options.file, shown));
	const { problems } = loadDataset(outDir, io.cwd);
	if (problems.length > 0) {
		io.error(`\nThe imported data does not validate:\n${formatProblems(problems)}`);
		return 1;
	}
	io.log(
		[
			'',
			`Validated with the site's own loader: no problems in ${shown}/.`,
			"Build the site (in its own folder, so build/ keeps the project's site):",
			`  TIMELINE_DATA=${shown} TIMELINE_BUILD_DIR=build-imported/${name} npm run build`,
			`  node scripts/serve.js build-imported/${name}`
		].join('\n')
	);
	return 0;
}

interface Options {
	file: string;
	out?: string;
	url?: string;
	force: boolean;
	help: boolean;
}

function parseArgs(args: readonly string[]): Options | { error: string } {
	const files: string[] = [];
	const options: Omit<Options, 'file'> = { force: false, help: false };
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		if (arg === '--force') options.force = true;
		else if (arg === '--help' || arg === '-h') options.help = true;
		else if (arg === '--out' || arg === '--url') {
			const value = args[++index];
			if (!value || value.startsWith('--')) return { error: `${arg} needs a value.` };
			options[arg === '--out' ? 'out' : 'url'] = value;
		} else if (arg.startsWith('--')) return { error: `Unknown option ${arg}.` };
		else files.push(arg);
	}
	if (options.help) return { file: '', ...options };
	if (files.length !== 1)
		return { error: files.length === 0 ? 'Which file?' : 'One file at a time.' };
	return { file: files[0]!, ...options };
}
