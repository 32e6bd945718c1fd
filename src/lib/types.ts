// Domain types of the validated dataset, shared by build-time code and the pages.
import type {
	Commitment,
	Descriptor,
	Person,
	EventRecord,
	ExcerptRecord,
	SiteCopy,
	SourceRecord,
	Theme,
	Voice
} from './server/schema';
import type { DescriptorUse } from './server/vocabulary';

export type { SiteCopy, EventKind, Precision, Relation, Side, Theme, Voice } from './server/schema';

/** A source document: its metadata, the cleaned text excerpts point into, and the untouched original. */
export interface Source extends SourceRecord {
	text: string;
	original: string;
	/** The publication date in words, e.g. "about 22 March 2021". */
	publishedLabel: string;
}

/** An excerpt resolved to its place in the source: `source.text.slice(start, end) === quote`. */
export interface Excerpt extends Omit<ExcerptRecord, 'occurrence'> {
	/** Anchor on the source page, unique across the dataset. */
	id: string;
	start: number;
	end: number;
}

/** A validated event whose excerpts are resolved. */
export interface TimelineEvent extends Omit<EventRecord, 'excerpts'> {
	excerpts: Excerpt[];
	/** The date in words with its precision, e.g. "18–19 March 2021", "May 2023", "about 1 February 2023". */
	dateLabel: string;
	/** The start date, short: "18 Mar 2021", "May 2023". */
	shortDateLabel: string;
	/** The other capital's date in words, when `elsewhere` is set. */
	elsewhereLabel?: string;
}

/** Everything in `data/`, validated, with events in chronological order. */
export interface Dataset {
	site: SiteCopy;
	sources: Source[];
	themes: Theme[];
	events: TimelineEvent[];
	/** The diplomatic vocabulary (data/lexicon.yaml), and every use of it found in the sources. */
	lexicon: Descriptor[];
	vocabulary: DescriptorUse[];
	/** Participants and speakers (data/people.yaml) and commitments (data/commitments.yaml), when the dataset has them. */
	people: Person[];
	commitments: Commitment[];
}

/** What the timeline itself needs of an event: enough to place, draw, name and filter it. */
export type TimelineEntry = {
	/** Whose words its excerpts carry, each voice once, in the order of VOICE_LABELS. */
	voices: Voice[];
} & Pick<
	TimelineEvent,
	| 'id'
	| 'title'
	| 'start'
	| 'end'
	| 'precision'
	| 'kind'
	| 'themes'
	| 'dateLabel'
	| 'shortDateLabel'
>;

/** What a page needs to cite a source, without shipping its full text (see server/sourceSummaries.ts). */
export type SourceSummary = Pick<
	Source,
	| 'id'
	| 'title'
	| 'publisher'
	| 'published'
	| 'publishedPrecision'
	| 'publishedLabel'
	| 'kind'
	| 'voice'
>;
