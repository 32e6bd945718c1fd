// Finds every use of the diplomatic vocabulary (candid, constructive, …) in the sources at build time: no hand-tagging.
import type {
	Descriptor,
	DescriptorUse,
	Excerpt,
	Source,
	TimelineEvent,
	Voice
} from '../../model.ts';
import { escapeRegExp } from '../../escapeRegExp.ts';

const NEGATIONS =
	/\b(not|no|never|nor|hardly|neither|without)\s+(\w+\s+){0,2}$|n't\s+(\w+\s+){0,2}$/i;

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
		// "a constructive relationship", "a constructive China-U.S. relationship": the word, then at
		// most one other, then one of these.
		const ratesSomethingElse = descriptor.notBefore?.length
			? new RegExp(
					`^\\s+(?:[\\p{L}.-]+\\s+)?(?:${descriptor.notBefore.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
					'iu'
				)
			: undefined;
		for (const match of text.matchAll(pattern)) {
			if (ratesSomethingElse?.test(text.slice(match.index + match[0].length, match.index + 80)))
				continue;
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

/**
 * Every descriptor use across the sources, attributed to voices and events. A source that gives a
 * meeting the same word in the same voice more than once (its headline, a subhead, its text)
 * counts once: the use an excerpt quotes, else the one in the longest sentence, with the others
 * counted in `repeats`.
 */
export function vocabularyUses(
	sources: readonly Source[],
	events: readonly TimelineEvent[],
	lexicon: readonly Descriptor[]
): DescriptorUse[] {
	const byId = new Map(events.map((event) => [event.id, event]));
	return sources.flatMap((source) => {
		const reported = source.about === undefined ? undefined : byId.get(source.about);
		const uses = findDescriptors(source.text, lexicon).map((use): DescriptorUse => {
			const quoting = events.flatMap((event) =>
				event.excerpts
					.filter(
						(excerpt) =>
							excerpt.source === source.id && excerpt.start <= use.start && excerpt.end >= use.end
					)
					.map((excerpt) => ({ event, excerpt }))
			);
			const described =
				reported ??
				describedEvent(
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
				date: described?.start ?? source.published,
				repeats: 0
			};
		});
		return onceEach(uses);
	});
}

/** One use per meeting, word, voice and negation of one source, in the text's order. */
function onceEach(uses: DescriptorUse[]): DescriptorUse[] {
	const groups = new Map<string, DescriptorUse[]>();
	for (const use of uses) {
		const key = [use.describes ?? use.date, use.descriptor, use.voice, use.negated].join(' ');
		groups.set(key, [...(groups.get(key) ?? []), use]);
	}
	const kept = [...groups.values()].map((group) => {
		const best = group.reduce((chosen, use) => {
			const quoted = (candidate: DescriptorUse) => candidate.events.length > 0;
			if (quoted(use) !== quoted(chosen)) return quoted(use) ? use : chosen;
			return use.sentence.length > chosen.sentence.length ? use : chosen;
		});
		return { ...best, repeats: group.length - 1 };
	});
	return kept.sort((a, b) => a.start - b.start);
}
