// `npm run import:timelinejs -- <file.json> [--out <dir>] [--url <https://…>] [--force]`: import, validate, report.
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { pathInside, realLocation, utf8Text } from '../data/dataFiles.ts';
import { loadDataset } from '../data/load.ts';
import { formatProblems } from '../data/problems.ts';
import { importTimelineJs, TimelineJsError } from './importTimelineJs.ts';
import { folderName, folderRefusal, stageFolder, type StagedFolder } from './outputFolder.ts';
import { formatImportReport, printable } from './report.ts';
import { isSheetCsv, readSheetCsv } from './sheetCsv.ts';
import { writeImportedDataset } from './writeDataset.ts';

export const USAGE = `Usage: npm run import:timelinejs -- <file.json | sheet.csv> [--out <dir>] [--url <https://…>] [--force]

Converts a TimelineJS 3 JSON file into a data folder (default: imported/<file name>/),
validates it as the build would, and reports what could not be carried over as it was.
  --out <dir>   where to write the data (refused if not empty, unless --force)
  --url <url>   where the site will be published (https, no trailing slash)
  --force       replace --out if the importer wrote it (it holds a .timelinejs-import file)`;

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
	// What the file says reaches the terminal escaped: a media address could retitle or clear it.
	const log = (text: string) => io.log(printable(text));
	const fail = (text: string, code = 2) => (io.error(printable(text)), code);
	const options = parseArgs(args);
	if ('error' in options) return fail(`${options.error}\n\n${USAGE}`);
	if (options.help) {
		log(USAGE);
		return 0;
	}
	const urlProblem = options.url === undefined ? undefined : siteUrlProblem(options.url);
	if (urlProblem)
		return fail(
			`--url ${JSON.stringify(options.url)}: ${urlProblem}. Give the https address the site will be published at, with no trailing slash.`
		);
	const path = resolve(io.callerCwd ?? io.cwd, options.file);
	const fileName = basename(path);
	const name = folderName(fileName);
	if (!options.out && !name)
		return fail(
			`${options.file}: no folder name can be made from this file's name: give one with --out <dir>.`
		);
	const outDir = options.out
		? resolve(io.callerCwd ?? io.cwd, options.out)
		: resolve(io.cwd, 'imported', name);
	const shown = relative(io.cwd, outDir) || '.';
	// The site's own data: an import written inside it would be built as part of it.
	const dataDir = resolve(io.cwd, process.env.TIMELINE_DATA ?? 'data');
	if (pathInside(realLocation(dataDir), realLocation(outDir)))
		return fail(
			`${shown} is inside the site's data folder (${relative(io.cwd, dataDir) || '.'}/), where the build would read it as part of the site's data: an import is a dataset of its own; choose another --out.`
		);
	let document: unknown;
	try {
		const decoded = utf8Text(readFileSync(path));
		if (!('text' in decoded))
			return fail(
				`${options.file}:${decoded.line}:${decoded.column}: ${decoded.byte}: save the file as UTF-8 text and import it again.`
			);
		document = isSheetCsv(path) ? readSheetCsv(decoded.text) : parseJson(decoded.text);
	} catch (error) {
		if (error instanceof TimelineJsError)
			return fail(`${options.file}: not a TimelineJS sheet we can import: ${error.message}`);
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : '';
		const format = isSheetCsv(path) ? 'CSV' : 'JSON';
		return fail(
			`${options.file}: ${reason || `not valid ${format} (${(error as Error).message})`}`
		);
	}
	let story;
	try {
		story = importTimelineJs(document, { fileName, siteUrl: options.url });
	} catch (error) {
		// Reading a slide walks its fields: a file nested thousands deep is not a story.
		if (error instanceof RangeError)
			return fail(`${options.file}: not a TimelineJS file we can import: it is nested too deeply.`);
		if (!(error instanceof TimelineJsError)) throw error;
		return fail(`${options.file}: not a TimelineJS file we can import: ${error.message}`);
	}
	const refusal = folderRefusal(outDir, shown, options.force, path);
	if (refusal) return fail(refusal);

	// Written beside the folder and validated there: a failed import leaves the disk as it was.
	let staged: StagedFolder | undefined;
	try {
		staged = stageFolder(outDir, fileName);
		writeImportedDataset(story, staged.path, fileName);
		const stagedLabel = relative(io.cwd, staged.path).split('\\').join('/');
		const { problems } = loadDataset(staged.path, io.cwd);
		if (problems.length > 0) {
			staged.discard();
			log(formatImportReport(story, options.file, shown, false));
			const located = problems.map((problem) => ({
				...problem,
				file: problem.file.startsWith(stagedLabel)
					? shown + problem.file.slice(stagedLabel.length)
					: problem.file
			}));
			return fail(
				`\nThe imported data does not validate, so nothing was written:\n${formatProblems(located)}`,
				1
			);
		}
		staged.commit();
	} catch (error) {
		staged?.discard();
		const code = (error as NodeJS.ErrnoException).code;
		if (!code) throw error;
		return fail(
			`${shown}: could not be written (${(error as Error).message}); nothing was changed.`
		);
	}
	log(formatImportReport(story, options.file, shown));
	log(
		[
			'',
			`Validated with the site's own loader: no problems in ${shown}/.`,
			"Build the site (in its own folder, so build/ keeps the project's site):",
			`  TIMELINE_DATA=${shown} TIMELINE_BUILD_DIR=build-imported/${name || 'story'} npm run build`,
			`  node scripts/serve.js build-imported/${name || 'story'}`
		].join('\n')
	);
	return 0;
}

/**
 * What is wrong with an address given as `--url`, if anything: it must be an https address with
 * no user, query, fragment or trailing slash, written as a browser would read it (so no braces,
 * spaces or line breaks, which a browser would encode or drop).
 */
export function siteUrlProblem(value: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(value);
	} catch {
		return 'not an address';
	}
	if (parsed.protocol !== 'https:') return `${parsed.protocol} is not https:`;
	if (parsed.username || parsed.password) return 'it has a user name or password';
	if (parsed.search || parsed.hash || /[?#]/.test(value)) return 'it has a query or a fragment';
	if (value.endsWith('/')) return 'it ends with a slash';
	const read = parsed.href.replace(/\/$/, '');
	if (read !== value) return `a browser reads it as ${read}`;
	return undefined;
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

/** `JSON.parse`, its error saying the line and column as well as the position. */
function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const position = /at position (\d+)/.exec((error as Error).message);
		if (!position) throw error;
		const before = text.slice(0, Number(position[1]));
		const line = before.split('\n').length;
		const column = before.length - before.lastIndexOf('\n');
		throw new SyntaxError(`${(error as Error).message}: line ${line}, column ${column}`);
	}
}
