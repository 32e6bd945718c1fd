// Data problems: what the validator reports, and how a problem reads on the terminal.

/** One thing wrong with the data, located as precisely as the validator can. */
export interface DataProblem {
	/** Path relative to the project root, e.g. `data/events/bali-summit.yaml`. */
	file: string;
	line?: number;
	column?: number;
	/** The record concerned: an id, or `entry #3` when it has none. */
	entry?: string;
	/** Dotted path of the field, e.g. `excerpts[0].quote`. */
	field?: string;
	expected: string;
	found: string;
	/** More help, such as the closest passage of a source. */
	hint?: string;
}

/** One line (plus an optional hint line) per problem, e.g. `data/events/bali.yaml:4:8 bali start — expected YYYY-MM-DD, got "2022-13-14"`. */
export function formatProblem(problem: DataProblem): string {
	const where =
		problem.line === undefined
			? problem.file
			: `${problem.file}:${problem.line}:${problem.column ?? 1}`;
	const subject = [problem.entry, problem.field].filter(Boolean).join(' ');
	const head = `${where}${subject ? ` ${subject}` : ''} — expected ${problem.expected}, got ${problem.found}`;
	return problem.hint ? `${head}\n    ${problem.hint}` : head;
}

/** The whole report, sorted by file and position so it reads top to bottom. */
export function formatProblems(problems: readonly DataProblem[]): string {
	const sorted = [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0)
	);
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the data`;
	return [`${count}:`, ...sorted.map((problem) => `  ${formatProblem(problem)}`)].join('\n');
}

/** How a found value reads in a message: strings quoted, long ones cut, absent ones named. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'null';
	if (typeof value === 'string') {
		const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
		return JSON.stringify(shown);
	}
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
	if (typeof value === 'object') return 'a mapping';
	return String(value);
}

/** Thrown when the dataset has problems; its message is the formatted report, with no stack worth showing. */
export class DataError extends Error {
	constructor(readonly problems: readonly DataProblem[]) {
		super(formatProblems(problems));
		this.name = 'DataError';
	}
}
