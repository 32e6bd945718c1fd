// Writes a synthetic dataset of N events in the project's data format, deterministic for a given size.
// As a command (npm test builds a site from one): node bench/syntheticData.js DIR COUNT
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DAY = 86_400_000;
const KINDS = [
	'summit',
	'call',
	'strategic-dialogue',
	'talks',
	'visit',
	'press-briefing',
	'incident',
	'announcement'
];
const THEMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
const COLOURS = ['#867fff', '#a68e89', '#c3006b', '#599dba', '#d60025', '#107424'];
const START = Date.UTC(2021, 1, 1);
const SPAN = Date.UTC(2024, 0, 31) - START;

/** @param {number} seed */
function seeded(seed) {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * One synthetic event as plain data (also what the vis-timeline page is given).
 * @param {number} count
 */
export function syntheticEvents(count) {
	const random = seeded(count);
	return Array.from({ length: count }, (_, index) => {
		const start = START + Math.floor(random() * (SPAN / DAY)) * DAY;
		const days = random() < 0.15 ? 1 + Math.floor(random() * 5) : 0;
		return {
			id: `event-${index + 1}`,
			title: `Synthetic meeting ${index + 1} on topic ${Math.floor(random() * 500)}`,
			start: new Date(start).toISOString().slice(0, 10),
			end: days ? new Date(start + days * DAY).toISOString().slice(0, 10) : undefined,
			kind: KINDS[index % KINDS.length],
			themes: [THEMES[index % THEMES.length], THEMES[(index * 7 + 3) % THEMES.length]].filter(
				(theme, position, all) => all.indexOf(theme) === position
			)
		};
	});
}

/**
 * Writes `dir` as a complete, valid dataset of `count` events, each quoting its own sentence of one source.
 * @param {string} dir
 * @param {number} count
 */
export function writeSyntheticDataset(dir, count) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'events'), { recursive: true });
	mkdirSync(join(dir, 'sources', 'original'), { recursive: true });
	const events = syntheticEvents(count);
	const sentence = (/** @type {{ id: string }} */ event) =>
		`Record ${event.id}: the two sides met and talked.`;
	const text = events.map(sentence).join('\n') + '\n';
	writeFileSync(join(dir, 'sources', 'synthetic.txt'), text);
	writeFileSync(join(dir, 'sources', 'original', 'synthetic.txt'), text);
	writeFileSync(
		join(dir, 'sources', 'synthetic.yaml'),
		'id: synthetic\ntitle: Synthetic record\npublisher: Benchmark\npublished: 2024-02-01\nkind: readout\nvoice: media\nfile: synthetic.txt\ncleaning: Nothing removed.\n'
	);
	writeFileSync(
		join(dir, 'site.yaml'),
		`title: Synthetic timeline of ${count} events\nurl: https://bench.example.org\ndescription: Benchmark data.\nintro:\n  - Generated for the benchmark.\nlicence: Benchmark data.\nabout:\n  - heading: Benchmark\n    paragraphs:\n      - Generated data.\n`
	);
	writeFileSync(
		join(dir, 'themes.yaml'),
		THEMES.map(
			(id, index) =>
				`- id: ${id}\n  label: Theme ${id}\n  description: Synthetic theme ${id}.\n  color: '${COLOURS[index]}'\n`
		).join('')
	);
	for (const event of events) {
		writeFileSync(
			join(dir, 'events', `${event.id}.yaml`),
			[
				`id: ${event.id}`,
				`title: ${event.title}`,
				`start: ${event.start}`,
				...(event.end ? [`end: ${event.end}`] : []),
				'precision: day',
				`kind: ${event.kind}`,
				'place:\n  name: Somewhere\n  country: Nowhere',
				'participants: []',
				'summary: A synthetic event for the benchmark.',
				`themes: [${event.themes.join(', ')}]`,
				`excerpts:\n  - source: synthetic\n    voice: media\n    quote: "${sentence(event)}"`,
				''
			].join('\n')
		);
	}
	return events;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
	const [dir, count] = process.argv.slice(2);
	if (!dir || !(Number(count) > 0)) {
		console.error('Usage: node bench/syntheticData.js DIR COUNT');
		process.exit(1);
	}
	writeSyntheticDataset(dir, Number(count));
}
