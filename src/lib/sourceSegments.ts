// Splits a source text into runs so every cited excerpt can be highlighted and anchored, overlaps included.

/** A cited passage: `text.slice(start, end)`. */
export interface CitedRange {
	id: string;
	start: number;
	end: number;
}

/** A run of text and the excerpts covering it; `anchors` are the excerpts that begin here. */
export interface Segment {
	text: string;
	start: number;
	excerptIds: string[];
	anchors: string[];
}

/** The text cut at every excerpt boundary; concatenating the segments' text gives back `text`. */
export function segmentText(text: string, ranges: readonly CitedRange[]): Segment[] {
	const cuts = [
		...new Set([0, text.length, ...ranges.flatMap((range) => [range.start, range.end])])
	]
		.filter((cut) => cut >= 0 && cut <= text.length)
		.sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let index = 0; index < cuts.length - 1; index++) {
		const start = cuts[index]!;
		const end = cuts[index + 1]!;
		segments.push({
			text: text.slice(start, end),
			start,
			excerptIds: ranges
				.filter((range) => range.start <= start && range.end >= end)
				.map((range) => range.id),
			anchors: ranges.filter((range) => range.start === start).map((range) => range.id)
		});
	}
	return segments;
}
