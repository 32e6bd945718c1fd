// What the worksheet prints for an event: numbered as its slide, the excerpt the slide shows, and
// each question with the excerpts whose words it quotes, each excerpt printed once.
import type { Excerpt, TimelineEvent } from '../model';
import { excerptsQuoted } from '../questionQuotes';
import { slideExcerpt } from './slides';

export interface WorksheetQuestion {
	/** "7.2": the event's slide number, then the question's. */
	label: string;
	text: string;
	/** The excerpts it quotes, not printed above it already. */
	excerpts: Excerpt[];
	/** The labels of the questions above it that printed the others it quotes. */
	quotedAbove: string[];
}

export interface WorksheetEntry {
	event: TimelineEvent;
	/** The event's slide in the deck (the title slide is 1). */
	slide: number;
	/** The excerpt its slide shows, when no question quotes it: the class has seen it. */
	onSlide: Excerpt | undefined;
	questions: WorksheetQuestion[];
}

/**
 * The worksheet's entries for a deck's events (in a tour, `tour` its theme): only the events with
 * questions, each keeping the number of its slide, and of those questions the ones the teacher has
 * not left out (by label); an event with none left is left out.
 */
export function worksheetEntries(
	events: readonly TimelineEvent[],
	tour?: string,
	leftOut: readonly string[] = []
): WorksheetEntry[] {
	return events.flatMap((event, index) => {
		const slide = index + 2;
		const kept = (event.questions ?? []).flatMap((text, number) => {
			const label = `${slide}.${number + 1}`;
			return leftOut.includes(label) ? [] : [{ label, text }];
		});
		if (!kept.length) return [];
		const printedUnder = new Map<string, string>();
		const questions = kept.map(({ label, text }): WorksheetQuestion => {
			const quoted = excerptsQuoted(text, event.excerpts);
			const quotedAbove = [
				...new Set(quoted.flatMap((excerpt) => printedUnder.get(excerpt.id) ?? []))
			];
			const excerpts = quoted.filter((excerpt) => !printedUnder.has(excerpt.id));
			for (const excerpt of excerpts) printedUnder.set(excerpt.id, label);
			return { label, text, excerpts, quotedAbove };
		});
		const shown = slideExcerpt(event, tour);
		return [
			{
				event,
				slide,
				onSlide: shown && !printedUnder.has(shown.id) ? shown : undefined,
				questions
			}
		];
	});
}
