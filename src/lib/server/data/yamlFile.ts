// Reading YAML data files while keeping the position of every node, so problems can name a line and column.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { DataProblem } from './problems.ts';

/** A parsed YAML file and what is needed to locate its nodes. */
export interface YamlFile {
	/** Path relative to the project root, used in messages. */
	file: string;
	value: unknown;
	document: Document;
	lineCounter: LineCounter;
}

export type YamlPath = readonly (string | number)[];

/** Parses `source`; syntax errors come back as problems with their line and column. */
export function parseYaml(
	file: string,
	source: string
): { parsed?: YamlFile; problems: DataProblem[] } {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
	if (document.errors.length > 0) {
		const problems = document.errors.map((error): DataProblem => {
			const position = error.linePos?.[0];
			return {
				file,
				line: position?.line,
				column: position?.col,
				expected: 'valid YAML',
				found:
					error.code === 'MULTIPLE_DOCS'
						? 'a second document (a line of --- starts one): a file holds one document; put several records in one list, or each in a file of its own'
						: `a syntax error (${firstLine(error.message)})`
			};
		});
		return { problems };
	}
	let value: unknown;
	try {
		value = document.toJS();
	} catch (error) {
		// An alias bomb: a few lines whose aliases expand to billions of nodes. Named at its first alias.
		let first: [number, number, number] | undefined;
		visit(document, {
			Alias(_, node) {
				first = node.range ?? undefined;
				return visit.BREAK;
			}
		});
		const position = first ? lineCounter.linePos(first[0]) : undefined;
		const message = firstLine(error instanceof Error ? error.message : String(error));
		return {
			problems: [
				{
					file,
					line: position?.line,
					column: position?.col,
					expected: 'valid YAML',
					found: /alias/i.test(message) ? `too many aliases (${message})` : `an error (${message})`
				}
			]
		};
	}
	return { parsed: { file, value, document, lineCounter }, problems: [] };
}

/**
 * Line and column of the node at `path`; with `key`, of the key naming it instead of its value.
 * Falls back to the nearest ancestor that exists (a missing field is reported at its parent).
 */
export function positionOf(
	yaml: YamlFile,
	path: YamlPath,
	options: { key?: boolean } = {}
): { line: number; column: number } {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = nodeAt(yaml, path.slice(0, depth), options.key === true && depth === path.length);
		if (node?.range) {
			const { line, col } = yaml.lineCounter.linePos(node.range[0]);
			return { line, column: col };
		}
	}
	return { line: 1, column: 1 };
}

function nodeAt(yaml: YamlFile, path: YamlPath, wantKey: boolean) {
	if (path.length === 0) return yaml.document.contents ?? undefined;
	if (wantKey) {
		const parent = yaml.document.getIn(path.slice(0, -1), true);
		const name = path[path.length - 1];
		if (isMap(parent)) {
			const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
			if (pair && isNode(pair.key)) return pair.key;
		}
	}
	const node = yaml.document.getIn(path, true);
	return isNode(node) ? node : undefined;
}

/** The plain value at `path`, or undefined. */
export function valueAt(value: unknown, path: YamlPath): unknown {
	let current: unknown = value;
	for (const step of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[step];
	}
	return current;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
