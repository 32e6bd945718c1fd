// The import report: what was imported, what was not carried over as it was (by topic and by slide), what next.
import type { ImportedStory } from './importTimelineJs.ts';
import { NOTE_TOPICS, type ImportNote, type NoteTopic } from './notes.ts';

/** The report as lines of text for the terminal; `written` false when the import was not written. */
export function formatImportReport(
	story: ImportedStory,
	file: string,
	outDir: string,
	written = true
): string {
	const { events, themes, notes } = story;
	const skipped = new Set(
		notes.filter((note) => note.topic === 'skipped').map((note) => note.slide)
	).size;
	const media = events.filter((event) => event.media).length;
	const lines = [
		written ? `Imported ${file} into ${outDir}/` : `Read ${file} for ${outDir}/ (not written)`,
		`  ${story.slides} slides → ${count(events.length, 'event')}` +
			`${skipped ? ` (${skipped} slide${skipped === 1 ? '' : 's'} not imported)` : ''}, ` +
			`${count(themes.length, 'theme')} (from groups), ${count(media, 'media link')}; ` +
			'the title slide → site.yaml',
		'',
		`What was not carried over as it was: ${count(notes.length, 'note')}, by topic:`
	];
	const byTopic = new Map<NoteTopic, number>();
	for (const note of notes) byTopic.set(note.topic, (byTopic.get(note.topic) ?? 0) + 1);
	const topics = (Object.keys(NOTE_TOPICS) as NoteTopic[]).filter((topic) => byTopic.has(topic));
	for (const topic of topics)
		lines.push(`  ${String(byTopic.get(topic)).padStart(4)}  ${NOTE_TOPICS[topic]}`);

	const bySlide = new Map<number | undefined, ImportNote[]>();
	for (const note of notes) bySlide.set(note.slide, [...(bySlide.get(note.slide) ?? []), note]);
	const slides = [...bySlide.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
	for (const slide of slides) {
		const slideNotes = bySlide.get(slide)!;
		const id = slideNotes.find((note) => note.id)?.id;
		lines.push(
			'',
			slide === undefined
				? 'The whole file:'
				: slide === 0
					? 'Title slide → site.yaml:'
					: `Slide ${slide}${id ? ` → events/${id}.yaml` : ' (not imported)'}:`
		);
		for (const note of slideNotes) lines.push(`  - ${note.topic}: ${note.message}`);
	}
	return lines.join('\n');
}

function count(number: number, noun: string): string {
	return `${number} ${noun}${number === 1 ? '' : 's'}`;
}

/** Control characters that act on a terminal (escape sequences, carriage returns, bidirectional overrides). */
const ACTS_ON_TERMINAL =
	// eslint-disable-next-line no-control-regex -- finding them is the point
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print: every control character but line breaks and tabs shown as its code, e.g. `\u{1b}`. */
export function printable(text: string): string {
	return text.replace(ACTS_ON_TERMINAL, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}
