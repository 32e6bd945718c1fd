// Every use of the diplomatic vocabulary as the timeline's tone strip draws it, prerendered to build/data/tone.json.
import { getDataset } from '$lib/server/data/dataset';
import type { ToneWord } from '$lib/timeline/toneMarks';

export const prerender = true;

export function GET() {
	const { vocabulary, lexicon, events } = getDataset();
	const labels = new Map(lexicon.map((descriptor) => [descriptor.id, descriptor.label]));
	// Named here, so that the strip's code needs no list of the events to name them.
	const meetings = new Map(
		events.map((event) => [event.id, `${event.title} (${event.dateLabel})`])
	);
	const words: ToneWord[] = vocabulary
		.map(({ date, voice, descriptor, negated, describes }) => ({
			date,
			voice,
			label: labels.get(descriptor)!,
			negated,
			...(describes ? { describes, meeting: meetings.get(describes) } : {})
		}))
		.sort((a, b) => a.date.localeCompare(b.date));
	return new Response(JSON.stringify(words), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
