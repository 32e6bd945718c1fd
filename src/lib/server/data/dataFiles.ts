// Reading the files of a dataset: only regular files inside its folder, as UTF-8 text, every refusal a data problem.
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { DataProblem } from './problems.ts';

/** Reads the text files of the dataset in one folder, reporting what it refuses instead of throwing. */
export interface DataFiles {
	/** The text of the file at `path`, or undefined after reporting why it cannot be read. */
	read(path: string): string | undefined;
}

/**
 * Whether anything (a file, a folder or a link, even a broken one) is at `path`; not when a
 * folder on the way to it is a file.
 */
export function present(path: string): boolean {
	try {
		return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
		throw error;
	}
}

/**
 * Files of the dataset in `dataDir`, named in problems by `label`. A file is read only if it, and
 * every link on the way to it, resolves to a regular file inside the folder: a link to
 * `/etc/passwd` would otherwise publish it as a source's original.
 */
export function dataFiles(
	dataDir: string,
	label: (path: string) => string,
	problems: DataProblem[]
): DataFiles {
	const root = realpathOrSelf(dataDir);
	const refuse = (path: string, expected: string, found: string) => {
		problems.push({ file: label(path), expected, found });
		return undefined;
	};
	return {
		read(path) {
			let real: string;
			try {
				real = realpathSync(path);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === 'ELOOP') return refuse(path, 'a file inside data/', 'a symlink loop');
				if (code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink())
					return refuse(path, 'a file inside data/', `a link to nothing (${readlinkSync(path)})`);
				return refuse(path, 'a readable file', describeError(error));
			}
			if (pathInside(root, real) === undefined)
				return refuse(path, 'a file inside data/', `a link to ${real}`);
			try {
				if (!statSync(real).isFile()) {
					const folder = statSync(real).isDirectory();
					return refuse(path, 'a file', folder ? 'a folder' : 'something that is not a file');
				}
				return decodeUtf8(readFileSync(real), label(path), problems);
			} catch (error) {
				return refuse(path, 'a readable file', describeError(error));
			}
		}
	};
}

/**
 * `bytes` as text without its byte-order mark, or undefined after reporting the line and column
 * of the first byte that is not UTF-8 (Node would otherwise put U+FFFD in its place, silently).
 */
function decodeUtf8(bytes: Buffer, file: string, problems: DataProblem[]): string | undefined {
	const decoded = utf8Text(bytes);
	if ('text' in decoded) return decoded.text;
	const { line, column, byte } = decoded;
	problems.push({ file, line, column, expected: 'UTF-8 text', found: byte });
	return undefined;
}

/**
 * `bytes` as text without its byte-order mark, or where the first byte that is not UTF-8 is
 * (line and column from 1) and what it is, in words.
 */
export function utf8Text(
	bytes: Buffer
): { text: string } | { line: number; column: number; byte: string } {
	const text = bytes.toString('utf8');
	const again = Buffer.from(text, 'utf8');
	if (again.equals(bytes)) return { text: text.replace(/^\ufeff/, '') };
	let at = 0;
	while (at < bytes.length && bytes[at] === again[at]) at++;
	// The text before the bad byte is valid, so it decodes to the characters of its line.
	const before = bytes.subarray(0, at).toString('utf8');
	const lineStart = before.lastIndexOf('\n') + 1;
	return {
		line: before.slice(0, lineStart).split('\n').length,
		column: [...before.slice(lineStart)].length + 1,
		byte: `the byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}, which is not UTF-8`
	};
}

/**
 * The path from `outer` to `inner` when `inner` is `outer` itself ('') or lies inside it, else
 * undefined (a folder named `..x` inside `outer` is inside it).
 */
export function pathInside(outer: string, inner: string): string | undefined {
	const path = relative(outer, inner);
	return path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path) ? undefined : path;
}

/** `path` resolved, links and all, as far as it exists (a folder to write may not exist yet). */
export function realLocation(path: string): string {
	const absolute = resolve(path);
	try {
		return realpathSync(absolute);
	} catch {
		const parent = dirname(absolute);
		return parent === absolute
			? absolute
			: resolve(realLocation(parent), relative(parent, absolute));
	}
}

function realpathOrSelf(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}

function describeError(error: unknown): string {
	const { code, message } = error as NodeJS.ErrnoException;
	return code ? `an error reading it (${code})` : String(message);
}
