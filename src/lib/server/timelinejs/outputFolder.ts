// Where an import is written: a folder the importer may use, filled beside it and swapped in only when complete.
import {
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The file that marks a folder as written by the importer: `--force` replaces only such a folder. */
export const IMPORT_MARKER = '.timelinejs-import';

/**
 * The folder name for `imported/<name>/` made from the file's name: its extension off, anything
 * but letters, digits, `.`, `_` and `-` made a `-`, and no leading or trailing dots or dashes, so
 * it is never `.`, `..` or hidden. Empty when nothing is left (`..json`): ask for `--out`.
 */
export function folderName(fileName: string): string {
	return fileName
		.replace(/\.json$/i, '')
		.replace(/[^\w.-]+/g, '-')
		.replace(/^[.-]+|[.-]+$/g, '');
}

/**
 * Why the import may not write `dir` (shown to the user as `shown`), or undefined when it may: a
 * missing or empty folder, or with `force` one the importer wrote. Never a folder holding `file`.
 */
export function folderRefusal(
	dir: string,
	shown: string,
	force: boolean,
	file: string
): string | undefined {
	const inside = relative(dir, file);
	if (inside && !isAbsolute(inside) && inside.split(sep)[0] !== '..')
		return `${shown} holds the file being imported: choose another --out.`;
	let entries: string[];
	try {
		const stats = lstatSync(dir);
		if (stats.isSymbolicLink()) return `${shown} is a link: choose another --out.`;
		if (!stats.isDirectory()) return `${shown} is a file, not a folder: choose another --out.`;
		entries = readdirSync(dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		return `${shown} cannot be read (${(error as Error).message}): choose another --out.`;
	}
	if (entries.length === 0) return undefined;
	if (!entries.includes(IMPORT_MARKER))
		return `${shown} is not empty and was not written by this importer (it has no ${IMPORT_MARKER}): choose another --out; --force replaces only a folder the importer wrote.`;
	return force
		? undefined
		: `${shown} is not empty: choose another --out, or add --force to replace it.`;
}

/** A folder filled beside `dir`, to become `dir` when complete or to vanish without a trace. */
export interface StagedFolder {
	path: string;
	/** Puts the staged folder in the place of `dir` (whose old contents go). */
	commit(): void;
	/** Removes the staged folder and any parent folder made for it. */
	discard(): void;
}

/** Makes an empty hidden folder next to `dir`, holding the marker, in which to write the import. */
export function stageFolder(dir: string, file: string): StagedFolder {
	const parent = dirname(dir);
	const madeParent = mkdirSync(parent, { recursive: true });
	const path = mkdtempSync(join(parent, `.${basename(dir)}.importing-`));
	writeFileSync(
		join(path, IMPORT_MARKER),
		`Written by npm run import:timelinejs from ${file}. With --force, the importer replaces this whole folder.\n`
	);
	const discard = () => {
		rmSync(path, { recursive: true, force: true });
		if (madeParent) rmSync(madeParent, { recursive: true, force: true });
	};
	const commit = () => {
		const old = `${path}.old`;
		let replaced = false;
		try {
			renameSync(dir, old);
			replaced = true;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
		try {
			renameSync(path, dir);
		} catch (error) {
			if (replaced) renameSync(old, dir);
			throw error;
		}
		if (replaced) rmSync(old, { recursive: true, force: true });
	};
	return { path, commit, discard };
}
