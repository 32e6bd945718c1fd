// `npm run new:event -- <id>` and `npm run new:source -- <file> [--id <id>]`: write a skeleton, never over anything.
import {
	constants,
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { present } from '../data/dataFiles.ts';
import { loadDataset, YAML_NAME } from '../data/load.ts';
import { formatProblem } from '../data/problems.ts';
import { isSlug } from '../data/schema.ts';
import { eventSkeleton, sourceSkeleton } from './skeletons.ts';

/** Where the command runs: the data folder, where the user typed it, and where its lines go. */
export interface NewRecordIo {
	dataDir: string;
	/** Where the user typed the command (npm's INIT_CWD): a source's file is relative to it. */
	callerCwd: string;
	/** File names in messages are relative to it (the project's root). */
	root: string;
	log: (text: string) => void;
	error: (text: string) => void;
}

export const EVENT_USAGE = 'Usage: npm run new:event -- <id>   (a slug such as bali-summit)';
export const SOURCE_USAGE =
	'Usage: npm run new:source -- <original file> [--id <id>]   (the id defaults to a slug of the file name)';

/** Writes `data/events/<id>.yaml`; returns the exit code (0 written, 1 could not write, 2 refused). */
export function newEvent(args: readonly string[], io: NewRecordIo): number {
	return withoutTraces(io, (written) => writeEvent(args, io, written));
}

function writeEvent(args: readonly string[], io: NewRecordIo, written: string[]): number {
	if (args.length !== 1 || args[0]!.startsWith('-')) return refuse(io, EVENT_USAGE);
	const id = args[0]!;
	if (!isSlug(id))
		return refuse(io, `"${id}" is not a usable id: lowercase letters, digits and single hyphens.`);
	const dir = join(io.dataDir, 'events');
	const path = join(dir, `${id}.yaml`);
	if (present(path)) return refuse(io, `${shown(io, path)} already exists: nothing written.`);
	const usedIn = eventIds(dir).get(id);
	if (usedIn) return refuse(io, `The id "${id}" is already used in ${shown(io, usedIn)}.`);
	mkdirSync(dir, { recursive: true });
	written.push(path);
	writeFileSync(path, eventSkeleton(id), { flag: 'wx' });
	io.log(`Wrote ${shown(io, path)}.`);
	report(io, [path]);
	return 0;
}

/**
 * Copies the original document into data/sources/original/ (unless it is already there), its
 * text to data/sources/<id>.txt as the cleaned text to edit, and writes data/sources/<id>.yaml.
 */
export function newSource(args: readonly string[], io: NewRecordIo): number {
	return withoutTraces(io, (written) => writeSource(args, io, written));
}

function writeSource(args: readonly string[], io: NewRecordIo, written: string[]): number {
	const parsed = sourceArgs(args);
	if (!parsed) return refuse(io, SOURCE_USAGE);
	const original = resolve(io.callerCwd, parsed.file);
	if (!existsSync(original)) return refuse(io, `${parsed.file}: no such file.`);
	const name = basename(original);
	const id = parsed.id ?? slugOf(name.replace(/\.[^.]*$/, ''));
	if (!isSlug(id))
		return refuse(
			io,
			`"${id}" is not a usable id: lowercase letters, digits and single hyphens (give one with --id).`
		);
	if (!/^[\w.-]+$/.test(name))
		return refuse(
			io,
			`"${name}" is not a plain file name (letters, digits, . _ -): rename it first.`
		);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(original));
	} catch {
		return refuse(io, `${parsed.file} is not UTF-8 text: save the document as text first.`);
	}
	if (text.includes('\0')) return refuse(io, `${parsed.file} is not a text file.`);
	const dir = join(io.dataDir, 'sources');
	const targets = {
		metadata: join(dir, `${id}.yaml`),
		text: join(dir, `${id}.txt`),
		original: join(dir, 'original', name)
	};
	const alreadyOriginal = resolve(targets.original) === original;
	for (const path of [
		targets.metadata,
		targets.text,
		...(alreadyOriginal ? [] : [targets.original])
	])
		if (present(path)) return refuse(io, `${shown(io, path)} already exists: nothing written.`);
	mkdirSync(join(dir, 'original'), { recursive: true });
	written.push(targets.text);
	writeFileSync(targets.text, text, { flag: 'wx' });
	written.push(targets.metadata);
	writeFileSync(targets.metadata, sourceSkeleton(id, name, text), { flag: 'wx' });
	if (!alreadyOriginal) {
		written.push(targets.original);
		copyFileSync(original, targets.original, constants.COPYFILE_EXCL);
	}
	io.log(
		[
			alreadyOriginal
				? `${shown(io, targets.original)} is the original, as collected.`
				: `Copied the original to ${shown(io, targets.original)}: keep it as collected.`,
			`Wrote ${shown(io, targets.text)}: the cleaned text, to edit (delete only whole lines of page chrome).`,
			`Wrote ${shown(io, targets.metadata)}.`
		].join('\n')
	);
	report(
		io,
		[targets.metadata],
		'Until an event quotes it, the build also says no event cites it.'
	);
	return 0;
}

/** The validator's problems in the new files: what is left to fill in. */
function report(io: NewRecordIo, paths: string[], after?: string) {
	const files = new Set(paths.map((path) => relative(io.root, path).split('\\').join('/')));
	const left = loadDataset(io.dataDir, io.root).problems.filter((problem) =>
		files.has(problem.file)
	);
	if (left.length === 0) return;
	io.log(
		[
			'',
			'Fill in what the validator finds missing (each line’s comment says what goes there), then run npm run check:data:',
			...left.map((problem) => `  ${formatProblem(problem)}`),
			...(after ? [after] : [])
		].join('\n')
	);
}

/** What a file-system error means to someone adding a record. */
const FILE_ERRORS: Record<string, string> = {
	ENOTDIR: 'a file where a folder should be (it, or a folder on the way to it)',
	EISDIR: 'a folder is where the file should be',
	EEXIST: 'something is already there',
	EACCES: 'not allowed to write there',
	EPERM: 'not allowed to write there',
	ENOSPC: 'the disk is full',
	EROFS: 'the disk is read-only'
};

/**
 * Runs `write`, which lists each file in `written` before it writes it (exclusively: never over
 * anything); a file-system error is said in one line and whatever this run wrote, a part-written
 * file too, is removed, so a failed command leaves the data as it was. A file that was already
 * there (EEXIST) is not this run's.
 */
function withoutTraces(io: NewRecordIo, write: (written: string[]) => number): number {
	const written: string[] = [];
	try {
		return write(written);
	} catch (error) {
		const { code, path } = error as NodeJS.ErrnoException;
		if (!code) throw error;
		for (const file of written)
			if (code !== 'EEXIST' || file !== path) rmSync(file, { force: true });
		io.error(
			`${path ? shown(io, path) : 'The data folder'}: ${FILE_ERRORS[code] ?? `could not be written (${code})`}. Nothing written.`
		);
		return 1;
	}
}

function refuse(io: NewRecordIo, message: string): number {
	io.error(message);
	return 2;
}

function sourceArgs(args: readonly string[]): { file: string; id?: string } | undefined {
	const files: string[] = [];
	let id: string | undefined;
	for (let index = 0; index < args.length; index++) {
		if (args[index] === '--id') {
			id = args[++index];
			if (id === undefined) return undefined;
		} else if (args[index]!.startsWith('-')) return undefined;
		else files.push(args[index]!);
	}
	return files.length === 1 ? { file: files[0]!, id } : undefined;
}

function slugOf(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** The id of every event already written, with its file: an events file may hold a list. */
function eventIds(dir: string): Map<string, string> {
	const ids = new Map<string, string>();
	if (!existsSync(dir)) return ids;
	for (const name of readdirSync(dir).filter((file) => YAML_NAME.test(file))) {
		let value: unknown;
		try {
			value = parse(readFileSync(join(dir, name), 'utf8'));
		} catch {
			continue;
		}
		for (const record of Array.isArray(value) ? value : [value]) {
			const id = (record as { id?: unknown } | null)?.id;
			if (typeof id === 'string') ids.set(id, join(dir, name));
		}
	}
	return ids;
}

function shown(io: NewRecordIo, path: string): string {
	return relative(io.root, path).split('\\').join('/');
}
