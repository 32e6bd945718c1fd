// The real dataset in data/, run through the real validator: complete, verbatim, and faithful to the originals.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../helpers/colour';
import { toPublicJson } from '../../src/lib/server/exports/export';
import { loadDataset } from '../../src/lib/server/data/load';
import { formatProblems } from '../../src/lib/server/data/problems';
import { perceivedDifference, VISIONS } from '../helpers/colourVision';

const { dataset, problems } = loadDataset('data');

/** The YAML files of data/ (not the sources' texts, which are the documents' own). */
const yamlFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? yamlFiles(join(dir, entry.name))
			: entry.name.endsWith('.yaml')
				? [join(dir, entry.name)]
				: []
	);

/**
 * Every piece of text the editors wrote, where it is ("data/events/x.yaml questions.0"): not an
 * excerpt's quote, which is the document's own, character for character, nor an address or colour.
 */
function editorsText(value: unknown, where: string): [string, string][] {
	if (typeof value === 'string') return [[where, value]];
	if (Array.isArray(value)) return value.flatMap((item, index) => editorsText(item, `${where}.${index}`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) =>
			['quote', 'url', 'color'].includes(key) ? [] : editorsText(item, `${where} ${key}`)
		);
	return [];
}

describe('data/', () => {
	it('validates with no problems', () => {
		expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
		expect(dataset).toBeDefined();
	});

	it('sets the editors’ text in typographic quotation marks and apostrophes, as the excerpts are shown', () => {
		const straight = yamlFiles('data')
			.flatMap((file) => editorsText(parse(readFileSync(file, 'utf8')), file))
			.filter(([, text]) => /["']/.test(text))
			.map(([where, text]) => `${where}: ${text}`);
		expect(straight.join('\n')).toBe('');
	});

	it('covers the corpus: at least 14 events, 10 themes and all 5 sources', () => {
		expect(dataset!.events.length).toBeGreaterThanOrEqual(14);
		expect(dataset!.themes.length).toBeGreaterThanOrEqual(10);
		expect(dataset!.sources.map((source) => source.file).sort()).toEqual([
			'000_beecb4090483064d.txt',
			'001_c5032394d1159ee6.txt',
			'002_2d0a218823b80472.txt',
			'003_15d38f3dc919dc95.txt',
			'004_c30fc8a670cd7eb8.txt'
		]);
	});

	it('keeps every event between February 2021 and January 2024', () => {
		for (const event of dataset!.events) {
			expect(event.start >= '2021-02-01' && (event.end ?? event.start) <= '2024-01-31', event.id).toBe(true);
		}
	});

	it.each([
		'biden-xi-call-2021',
		'anchorage-dialogue',
		'anchorage-press-conference',
		'bali-summit',
		'balloon-incident',
		'blinken-trip-postponed',
		'kritenbrink-beijing',
		'blinken-beijing-visit',
		'san-francisco-summit',
		'bangkok-talks'
	])('has the event %s', (id) => {
		expect(dataset!.events.some((event) => event.id === id)).toBe(true);
	});

	it('holds the originals byte for byte as shared with the project', () => {
		for (const source of dataset!.sources) {
			let shared: string;
			try {
				shared = readFileSync(`../shared/sources/${source.file}`, 'utf8');
			} catch {
				continue; // The shared corpus is not beside every checkout; the copy in data/ is then the record.
			}
			expect(source.original, source.id).toBe(shared);
		}
	});

	it('cleans sources only by removing whole lines of the original', () => {
		for (const source of dataset!.sources) {
			const kept = source.text.replace(/\n$/, '').split('\n');
			const original = source.original.split('\n');
			let cursor = 0;
			for (const line of kept) {
				while (cursor < original.length && original[cursor] !== line) cursor++;
				expect(cursor < original.length, `${source.id}: line not in the original, or out of order: ${JSON.stringify(line)}`).toBe(true);
				cursor++;
			}
			expect(source.text.length, source.id).toBeGreaterThan(source.original.length / 2);
		}
	});

	it('backs every theme of an event with an excerpt that speaks to it', () => {
		for (const event of dataset!.events) {
			const spoken = new Set(event.excerpts.flatMap((excerpt) => excerpt.themes ?? []));
			for (const theme of event.themes) expect(spoken.has(theme), `${event.id}: ${theme}`).toBe(true);
		}
	});

	it('gives every event two or three discussion questions for the speaker notes', () => {
		for (const event of dataset!.events) {
			expect(event.questions?.length, event.id).toBeGreaterThanOrEqual(2);
			expect(event.questions?.length, event.id).toBeLessThanOrEqual(3);
		}
	});

	it('exports offsets that round-trip to every quote', () => {
		const exported = toPublicJson(dataset!);
		const texts = new Map(exported.sources.map((source) => [source.id, source.text]));
		for (const event of exported.events) {
			expect(event.excerpts.length, event.id).toBeGreaterThan(0);
			for (const excerpt of event.excerpts)
				expect(texts.get(excerpt.source)!.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
		}
	});
});

describe('theme colours', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const backgrounds = [...css.matchAll(/--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)].flatMap(
		(match) => [match[1]!, match[2]!]
	);

	it('are checked against both colour schemes', () => {
		expect(backgrounds).toHaveLength(2);
	});

	it('reach 3:1 contrast on the light and the dark background', () => {
		for (const theme of dataset!.themes)
			for (const background of backgrounds)
				expect(contrastRatio(theme.color, background), `${theme.id} on ${background}`).toBeGreaterThanOrEqual(3);
	});

	it('stay distinguishable with normal vision and with protanopia, deuteranopia and tritanopia', () => {
		const themes = dataset!.themes;
		for (const [index, first] of themes.entries())
			for (const second of themes.slice(index + 1))
				for (const vision of VISIONS)
					expect(
						perceivedDifference(first.color, second.color, vision),
						`${first.id} vs ${second.id} with ${vision}`
					).toBeGreaterThanOrEqual(10);
	});
});
