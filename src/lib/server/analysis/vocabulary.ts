// Finds every use of the diplomatic vocabulary (candid, constructive, …) in the sources at build time: no hand-tagging.
import type {
	Descriptor,
	DescriptorUse,
	Excerpt,
	Source,
	TimelineEvent,
	Voice
} from '../../model.ts';

const NEGATIONS =
	/\b(not|no|never|nor|hardly|neither|without)\s+(\w+\s+){0,2}$|n't\s+(\w+\s+){0,2}$/i;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the full stop at `index` ends a sentence, rather than an initial such as the U. in U.S. */
function endsSentence(text: string, index: number): boolean {
	if (text[index] !== '.') return /[!?\n]/.test(text[index]!);
	return !/(^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, index - 2), index));
}

/** The sentence around `offset`: from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, offset: number): string {
	let start = offset;
	while (start > 0 && !(/[.!?\n]/.test(text[start - 1]!) && endsSentence(text, start - 1))) start--;
	let end = offset;
	while (end < text.length && !(/[.!?\n]/.test(text[end]!) && endsSentence(text, end))) end++;
	if (end < text.length && text[end] !== '\n') end++;
	while (end < text.length && /[”"’')]/.test(text[end]!)) end++;
	return text.slice(start, end).trim();
}

/** Every use of every descriptor in `text`, in order. */
export function findDescriptors(
	text: string,
	lexicon: readonly Descriptor[]
): { descriptor: string; word: string; start: number; end: number; negated: boolean }[] {
	const found = [];
	for (const descriptor of lexicon) {
		const forms = [...descriptor.variants].sort((a, b) => b.length - a.length).map(escapeRegExp);
		const pattern = new RegExp(
			`(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`,
			'giu'
		);
		for (const match of text.matchAll(pattern)) {
			const before = text.slice(Math.max(0, match.index - 40), match.index);
			found.push({
				descriptor: descriptor.id,
				word: match[0],
				start: match.index,
				end: match.index + match[0].length,
				negated: NEGATIONS.test(before)
			});
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * The event a report's sentence describes, among those that quote it: the latest one up to the
 * report's publication (a readout of Bangkok may also be quoted as evidence for San Francisco).
 */
function describedEvent(
	events: readonly TimelineEvent[],
	published: string
): TimelineEvent | undefined {
	const before = events.filter((event) => event.start <= published);
	return [...(before.length > 0 ? before : events)].sort((a, b) =>
		b.start.localeCompare(a.start)
	)[0];
}

/**
 * Whose word stands at `at` in an excerpt: the excerpt's voice, but inside quotation marks of a
 * paraphrase the paraphrased party's ("the ministry said the “frank and constructive” talks…").
 */
export function voiceAt(text: string, excerpt: Excerpt, at: number): Voice {
	if (!excerpt.paraphraseOf) return excerpt.voice;
	const before = text.slice(excerpt.start, at);
	const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	return opened > 0 ? excerpt.paraphraseOf.voice : excerpt.voice;
}

/** Every descriptor use across the sources, attributed to voices and events. */
export function vocabularyUses(
	sources: readonly Source[],
	events: readonly TimelineEvent[],
	lexicon: readonly Descriptor[]
): DescriptorUse[] {
	return sources.flatMap((source) =>
		findDescriptors(source.text, lexicon).map((use) => {
			const quoting = events.flatMap((event) =>
				event.excerpts
					.filter(
						(excerpt) =>
							excerpt.source === source.id && excerpt.start <= use.start && excerpt.end >= use.end
					)
					.map((excerpt) => ({ event, excerpt }))
			);
			const described = describedEvent(
				quoting.map(({ event }) => event),
				source.published
			);
			return {
				id: `t-${use.start}`,
				...use,
				source: source.id,
				sentence: sentenceAround(source.text, use.start),
				voice: quoting[0] ? voiceAt(source.text, quoting[0].excerpt, use.start) : source.voice,
				events: [...new Set(quoting.map(({ event }) => event.id))],
				...(described ? { describes: described.id } : {}),
				date: described?.start ?? source.published
			};
		})
	);
}
