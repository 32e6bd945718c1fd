// What the worksheet prints for an event: numbered as its slide, the excerpt the slide shows, and
// each question with the excerpts whose words it quotes, each excerpt printed once.
import type { Excerpt, TimelineEvent } from '../model';
import { excerptsQuoted } from '../questionQuotes';
import { deckExcerpts } from './slides';

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
	const onSlides = deckExcerpts(events, tour);
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
		const shown = onSlides.get(event.id);
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

/**
 * How the address records a choice among the questions `labels`: those left out (`leave=3.2,3.3`),
 * or, when fewer, those kept (`keep=2.1`; `keep=` for none); nothing when all are kept.
 */
export function choiceQuery(labels: readonly string[], leftOut: readonly string[]): string {
	const left = labels.filter((label) => leftOut.includes(label));
	if (!left.length) return '';
	const kept = labels.filter((label) => !leftOut.includes(label));
	return kept.length < left.length ? `keep=${kept.join(',')}` : `leave=${left.join(',')}`;
}

/** The questions an address leaves out, of `labels` (what it names that is not among them, ignored). */
export function choiceFromQuery(params: URLSearchParams, labels: readonly string[]): string[] {
	const listed = (name: string) => (params.get(name) ?? '').split(',');
	if (params.has('keep')) {
		const kept = listed('keep');
		return labels.filter((label) => !kept.includes(label));
	}
	const left = listed('leave');
	return labels.filter((label) => left.includes(label));
}
