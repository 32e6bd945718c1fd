// The embed builder: lists the themes, voices and events a journalist can choose from.
import { getDataset } from '$lib/server/data/dataset';
import { VOICE_LABELS, VOICES } from '$lib/model';

export function load() {
	const { events, themes } = getDataset();
	return {
		events: events.map(({ id, title, shortDateLabel, start, end, excerpts, themes }) => ({
			id,
			title,
			shortDateLabel,
			start,
			end,
			themes,
			voices: [...new Set(excerpts.map((excerpt) => excerpt.voice))]
		})),
		themes: themes.map(({ id, label }) => ({ id, label })),
		// Only voices the data quotes, so every choice shows something.
		voices: VOICES.filter((voice) =>
			events.some((event) => event.excerpts.some((excerpt) => excerpt.voice === voice))
		).map((id) => ({ id, label: VOICE_LABELS[id] })),
		range: { from: events[0]!.start, to: events.at(-1)!.end ?? events.at(-1)!.start }
	};
}
