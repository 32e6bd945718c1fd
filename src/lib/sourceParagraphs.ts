// A source text as paragraphs, each with its excerpt highlights, so passages and excerpts can both be linked to.
import { segmentText, type CitedRange, type Segment } from './sourceSegments';

/**
 * A run of a paragraph; `ends` are the excerpts whose last run it is, where a link to them belongs;
 * `descriptor`, whether it is a word of the diplomatic vocabulary that /vocabulary links to.
 */
export interface ParagraphSegment extends Segment {
	ends: string[];
	descriptor?: boolean;
}

export interface Paragraph {
	/** Anchor on the source page: `p-1`, `p-2`, … */
	id: string;
	start: number;
	end: number;
	text: string;
	segments: ParagraphSegment[];
}

/** Paragraphs are runs of text between blank lines (or single line breaks), in order, with their offsets. */
export function paragraphsOf(text: string): Omit<Paragraph, 'segments'>[] {
	const paragraphs: Omit<Paragraph, 'segments'>[] = [];
	for (const match of text.matchAll(/[^\n]+/g)) {
		if (match[0].trim() === '') continue;
		const start = match.index;
		paragraphs.push({
			id: `p-${paragraphs.length + 1}`,
			start,
			end: start + match[0].length,
			text: match[0]
		});
	}
	return paragraphs;
}

/**
 * Paragraphs with the cited ranges cut to each; an excerpt is anchored in the paragraph where it
 * begins, and ends in its last run (after any other excerpt or term that cuts it). `descriptors`,
 * the vocabulary's words, are anchored and cut to runs of their own, which no excerpt counts.
 */
export function paragraphSegments(
	text: string,
	ranges: readonly CitedRange[],
	descriptors: readonly CitedRange[] = []
): Paragraph[] {
	const descriptorIds = new Set(descriptors.map((descriptor) => descriptor.id));
	const paragraphs: Paragraph[] = paragraphsOf(text).map((paragraph) => {
		const inside = [...ranges, ...descriptors]
			// A zero-length range is a bare anchor: it belongs to the paragraph it stands in.
			.filter(
				(range) =>
					range.start < paragraph.end &&
					(range.end > paragraph.start || range.start >= paragraph.start)
			)
			.map((range) => ({
				id: range.id,
				start: Math.max(range.start, paragraph.start) - paragraph.start,
				end: Math.min(range.end, paragraph.end) - paragraph.start,
				anchored: range.start >= paragraph.start
			}));
		const segments = segmentText(paragraph.text, inside).map((segment) => {
			const excerptIds = segment.excerptIds.filter((id) => !descriptorIds.has(id));
			return {
				...segment,
				start: segment.start + paragraph.start,
				excerptIds,
				anchors: segment.anchors.filter((id) => inside.find((range) => range.id === id)?.anchored),
				ends: [] as string[],
				...(excerptIds.length < segment.excerptIds.length ? { descriptor: true } : {})
			};
		});
		return { ...paragraph, segments };
	});
	const lastRun = new Map<string, ParagraphSegment>();
	for (const paragraph of paragraphs)
		for (const segment of paragraph.segments)
			for (const id of segment.excerptIds) lastRun.set(id, segment);
	for (const [id, segment] of lastRun) segment.ends.push(id);
	for (const paragraph of paragraphs) paragraph.segments = afterClosingMarks(paragraph.segments);
	return paragraphs;
}

/** Quotation marks, brackets and stops that close the words just before them. */
const CLOSING_MARKS = /^[”’"')\].,;:!?]+/;

/**
 * An excerpt that stops just inside a closing quotation mark or a full stop has its links after
 * them, not between the words and their mark: the uncited run that follows gives up its marks to a
 * run of their own, which carries the links.
 */
function afterClosingMarks(segments: ParagraphSegment[]): ParagraphSegment[] {
	const result: ParagraphSegment[] = [];
	for (let index = 0; index < segments.length; index++) {
		const segment = segments[index]!;
		const next = segments[index + 1];
		const marks =
			segment.ends.length > 0 &&
			next &&
			next.excerptIds.length === 0 &&
			next.anchors.length === 0 &&
			CLOSING_MARKS.exec(next.text)?.[0];
		if (!marks || !next) {
			result.push(segment);
			continue;
		}
		result.push(
			{ ...segment, ends: [] },
			{ text: marks, start: next.start, excerptIds: [], anchors: [], ends: segment.ends }
		);
		if (marks.length < next.text.length)
			result.push({
				...next,
				text: next.text.slice(marks.length),
				start: next.start + marks.length
			});
		index++;
	}
	return result;
}
