// Citations of an event page in Chicago, BibTeX and CSL-JSON.
import { describe, expect, it } from 'vitest';
import {
	bibEscape,
	bibtexCitation,
	chicagoCitation,
	cslJsonCitation
} from '../../src/lib/server/exports/citation';
import { loadDataset } from '../../src/lib/server/data/load';
import { fixtureDataset } from '../helpers/fixtureData';

const { root, dataDir } = fixtureDataset();
const dataset = loadDataset(dataDir, root).dataset!;
const input = { event: dataset.events[0]!, sources: dataset.sources, site: dataset.site };

describe('chicagoCitation', () => {
	it('cites the event page and each source', () => {
		expect(chicagoCitation(input)).toBe(
			'Fixture timeline. “First meeting, 18–19 March 2021.” https://fixture.example.org/events/one.\n' +
				'Sample Publisher. “A sample readout.” March 20, 2021.'
		);
	});

	it('closes a title that ends with its own full stop, question or exclamation mark once', () => {
		for (const [title, cited] of [
			[
				'The two sides can cooperate in some areas.',
				'“The two sides can cooperate in some areas.”'
			],
			['Can the two sides cooperate?', '“Can the two sides cooperate?”'],
			['They cooperate!', '“They cooperate!”']
		])
			expect(
				chicagoCitation({ ...input, sources: [{ ...input.sources[0]!, title: title! }] })
			).toContain(`Sample Publisher. ${cited} March 20, 2021.`);
	});
});

describe('bibtexCitation', () => {
	it('writes a @misc entry for the page and one per source', () => {
		const bib = bibtexCitation(input);
		expect(bib).toContain('@misc{timeline-one,\n  title = {First meeting, 18–19 March 2021},');
		expect(bib).toContain('  howpublished = {\\url{https://fixture.example.org/events/one}}');
		// The page was not published on the event's date: its entry has none.
		expect(bib.split('\n\n')[0]).not.toMatch(/year|month/);
		expect(bib).toContain(
			'@misc{sample,\n  title = {A sample readout},\n  author = {{Sample Publisher}},\n  year = {2021},\n  month = {03}\n}'
		);
	});

	it('keeps every field inside its braces, whatever the data holds', () => {
		const hostile = '} \\input{/etc/passwd} \\write18{rm -rf ~} {';
		const bib = bibtexCitation({
			event: { ...input.event, id: 'one', title: `First ${hostile}` },
			site: { title: `Site ${hostile}`, url: 'https://fixture.example.org/}\\input{x}' },
			sources: [
				{
					...input.sources[0]!,
					title: `Title ${hostile}`,
					publisher: `Publisher ${hostile}`,
					url: 'https://example.org/a}\n\\input{/etc/passwd}\n@misc{x,'
				}
			]
		});
		expect(bib).not.toMatch(/(^|[^\\])\\(input|write18)\{/);
		// Each entry's braces close only at its end: no field ends early, nothing spills out.
		for (const entry of bib.trim().split('\n\n')) {
			let depth = 0;
			let closed = -1;
			for (const [index, character] of [...entry].entries()) {
				if (entry[index - 1] === '\\') continue;
				if (character === '{') depth++;
				if (character === '}' && --depth === 0 && closed === -1) closed = index;
			}
			expect(closed, entry).toBe(entry.length - 1);
			expect(depth, entry).toBe(0);
		}
	});

	it('escapes what LaTeX would read as commands', () => {
		expect(bibEscape('50% of R&D_{x} #1 ~ ^ \\')).toBe(
			'50\\% of R\\&D\\_\\{x\\} \\#1 \\~{} \\^{} \\textbackslash{}'
		);
	});
});

describe('a source dated only about', () => {
	const about = {
		...input,
		sources: [{ ...input.sources[0]!, publishedPrecision: 'approximate' as const }]
	};
	it('says so in each format', () => {
		expect(chicagoCitation(about)).toContain(
			'Sample Publisher. “A sample readout.” ca. March 20, 2021.'
		);
		expect(cslJsonCitation(about)[1]).toMatchObject({
			issued: { 'date-parts': [[2021, 3, 20]], circa: true }
		});
	});
});

describe('cslJsonCitation', () => {
	it('gives CSL items with date parts', () => {
		expect(cslJsonCitation(input)).toEqual([
			{
				id: 'timeline-one',
				type: 'webpage',
				title: 'First meeting, 18–19 March 2021',
				'container-title': 'Fixture timeline',
				URL: 'https://fixture.example.org/events/one'
			},
			{
				id: 'sample',
				type: 'document',
				title: 'A sample readout',
				publisher: 'Sample Publisher',
				issued: { 'date-parts': [[2021, 3, 20]] }
			}
		]);
	});
});
