// Turns schema violations into located, human-readable data problems.
import type { z } from 'zod';
import { closestName } from '../../closestName.ts';
import { describeValue, type DataProblem } from './problems.ts';
import { positionOf, valueAt, type YamlFile, type YamlPath } from './yamlFile.ts';

/** Validates `value` (found at `basePath` in `yaml`) against `schema`, returning the data or the problems. */
export function validateAt<Schema extends z.ZodType>(
	schema: Schema,
	yaml: YamlFile,
	basePath: YamlPath,
	entry: string | undefined
): { data?: z.output<Schema>; problems: DataProblem[] } {
	const value = valueAt(yaml.value, basePath);
	const result = schema.safeParse(value);
	if (result.success) return { data: result.data, problems: [] };
	const problems = result.error.issues.flatMap((issue) =>
		issueProblems(issue, schema, yaml, basePath, entry, value)
	);
	return { problems };
}

/** `excerpts[0].quote` from `['excerpts', 0, 'quote']`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((step, index) =>
			typeof step === 'number' ? `[${step}]` : `${index === 0 ? '' : '.'}${String(step)}`
		)
		.join('');
}

function issueProblems(
	issue: z.core.$ZodIssue,
	schema: z.ZodType,
	yaml: YamlFile,
	basePath: YamlPath,
	entry: string | undefined,
	value: unknown
): DataProblem[] {
	const path = issue.path.filter((step) => typeof step !== 'symbol') as (string | number)[];
	const located = (fieldPath: (string | number)[], key = false) => ({
		file: yaml.file,
		...positionOf(yaml, [...basePath, ...fieldPath], { key }),
		entry,
		field: fieldPath.length > 0 ? formatFieldPath(fieldPath) : undefined
	});
	const found = describeValue(valueAt(value, path));

	switch (issue.code) {
		case 'unrecognized_keys': {
			const known = fieldsAt(schema, path);
			return issue.keys.map((key) => {
				const suggestion = closestName(key, known);
				return {
					...located([...path, key], true),
					expected: suggestion
						? `a known field (did you mean "${suggestion}"?)`
						: `one of the known fields (${known.join(', ')})`,
					found: `unknown field "${key}"`
				};
			});
		}
		case 'invalid_type':
			return [{ ...located(path), expected: typeName(issue.expected), found }];
		case 'invalid_value':
			return [
				{
					...located(path),
					expected: `one of ${issue.values.map((option) => String(option)).join(', ')}`,
					found
				}
			];
		case 'too_small':
			return [{ ...located(path), expected: tooSmallText(issue), found }];
		case 'custom': {
			// A repeated item of a list that must not repeat (see `distinct` in schema.ts).
			// Or text with a hidden character, which the check names (see `visible` in schema.ts).
			const repeats = issue.params?.repeats as number | undefined;
			if (repeats === undefined)
				return [
					{
						...located(path),
						expected: issue.message,
						found: (issue.params?.found as string | undefined) ?? found
					}
				];
			const first = formatFieldPath([...path.slice(0, -1), repeats]);
			return [
				{
					...located(path),
					expected: issue.message,
					found: `${String(issue.params?.found)} again (first at ${first})`
				}
			];
		}
		default:
			return [{ ...located(path), expected: issue.message, found }];
	}
}

function tooSmallText(issue: z.core.$ZodIssueTooSmall): string {
	if (!issue.message.startsWith('Too small')) return issue.message;
	const minimum = Number(issue.minimum);
	if (issue.origin === 'array') return `at least ${minimum} item${minimum === 1 ? '' : 's'}`;
	if (issue.origin === 'string') return 'non-empty text';
	return `a number of at least ${minimum}`;
}

function typeName(expected: string): string {
	const names: Record<string, string> = {
		string: 'text',
		array: 'a list',
		object: 'a mapping',
		number: 'a number',
		boolean: 'true or false'
	};
	return names[expected] ?? expected;
}

/** Field names the schema allows for the object at `path`. */
function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
	let current: z.core.$ZodType | undefined = unwrap(schema);
	for (const step of path) {
		const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
		if (def?.type === 'array') current = unwrap((def as z.core.$ZodArrayDef).element);
		else if (def?.type === 'object')
			current = unwrap((def as z.core.$ZodObjectDef).shape[String(step)]);
		else return [];
	}
	const def = current?._zod.def;
	return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	let current = schema;
	while (current) {
		const def = current._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType };
		if (!['optional', 'default', 'nullable', 'prefault'].includes(def.type) || !def.innerType)
			break;
		current = def.innerType;
	}
	return current;
}
