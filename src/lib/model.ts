// The model of the dataset: its closed vocabularies with their order and their names for readers,
// the records of data/ and the validated dataset the pages are built from. Client-safe: the
// validator's schema (server/data/schema.ts) is built on it, and pages import it as it is.

/** Whose words a document or an excerpt carries, in the order columns, rows and filters list them. */
export const VOICES = ['chinese-government', 'us-government', 'media', 'analyst'] as const;
export type Voice = (typeof VOICES)[number];
export const VOICE_LABELS: Record<Voice, string> = {
	'chinese-government': 'Chinese government',
	'us-government': 'US government',
	media: 'Media',
	analyst: 'Analyst'
};

/** Which side a person is on, in the order pages group people by. */
export const SIDES = ['us', 'china', 'other'] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_LABELS: Record<Side, string> = {
	us: 'United States',
	china: 'China',
	other: 'Others'
};

/** Kinds of engagement; the timeline draws each with its own shape. */
export const EVENT_KINDS = [
	'summit',
	'call',
	'strategic-dialogue',
	'talks',
	'visit',
	'press-briefing',
	'incident',
	'postponement',
	'announcement',
	'working-group',
	'third-party',
	'other'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
	summit: 'Summit',
	call: 'Phone or video call',
	'strategic-dialogue': 'Strategic dialogue',
	talks: 'Talks',
	visit: 'Visit',
	'press-briefing': 'Press briefing',
	incident: 'Incident',
	postponement: 'Postponement',
	announcement: 'Announcement',
	'working-group': 'Working group',
	'third-party': 'Third-party diplomacy',
	other: 'Other event'
};

/** Relations between events, read from the linking event to the linked one. */
export const RELATIONS = [
	'implements-consensus-of',
	'follows-up',
	'prompted-by',
	'assesses',
	'announced-at',
	'prepares',
	'coincides-with',
	'overshadows',
	'threatened-to-overshadow'
] as const;
export type Relation = (typeof RELATIONS)[number];
/** Each relation read forwards (from the linking event) and backwards (from the linked one). */
export const RELATION_LABELS: Record<Relation, { forward: string; backward: string }> = {
	'implements-consensus-of': { forward: 'implements the consensus of', backward: 'followed up by' },
	'follows-up': { forward: 'follows up', backward: 'followed up by' },
	'prompted-by': { forward: 'prompted by', backward: 'prompted' },
	assesses: { forward: 'assesses', backward: 'assessed by' },
	'announced-at': { forward: 'announced at', backward: 'announced' },
	prepares: { forward: 'prepares the ground for', backward: 'prepared by' },
	'coincides-with': { forward: 'coincides with', backward: 'coincides with' },
	overshadows: { forward: 'overshadows', backward: 'overshadowed by' },
	'threatened-to-overshadow': {
		forward: 'threatened to overshadow',
		backward: 'threatened to be overshadowed by'
	}
};

/** How exactly a date is known. */
export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];
/** How exactly a source's publication date is known. */
export const SOURCE_DATE_PRECISIONS = [
	'day',
	'approximate'
] as const satisfies readonly Precision[];
/** Where an event's date comes from: the documents, or the public record where they only mention it. */
export const DATE_ORIGINS = ['documents', 'public-record'] as const;

export const SOURCE_KINDS = [
	'news-digest',
	'news-report',
	'press-conference',
	'state-media-report',
	'readout',
	'statement'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const PERSON_KINDS = ['official', 'spokesperson', 'analyst', 'other'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const REFERENCE_KINDS = ['reaffirmed', 'carried-out', 'mentioned'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
/** What became of a commitment, when the record says so: kept, or not kept as announced. */
export const OUTCOMES = ['carried-out', 'lapsed', 'superseded'] as const;
export type Outcome = (typeof OUTCOMES)[number];

// The records of data/, as the validator returns them (server/data/schema.ts checks it returns these).

/** data/sources/<id>.yaml */
export interface SourceRecord {
	id: string;
	title: string;
	publisher: string;
	published: string;
	publishedPrecision: (typeof SOURCE_DATE_PRECISIONS)[number];
	kind: SourceKind;
	voice: Voice;
	/** What a reader should know about how far to trust the document. */
	reliability?: string;
	/** The meeting the document reports: where it rates "the talks", quoted or not, it rates this one. */
	about?: string;
	file: string;
	url?: string;
	cleaning: string;
}

/** One of data/themes.yaml */
export interface Theme {
	id: string;
	label: string;
	description: string;
	color: string;
}

/** Each theme's colour by its id: made once for a timeline, and passed down to its layers. */
export type ThemeColours = ReadonlyMap<string, string>;

export function themeColours(themes: readonly Theme[]): ThemeColours {
	return new Map(themes.map((theme) => [theme.id, theme.color]));
}

/** data/site.yaml */
export interface SiteCopy {
	title: string;
	/** The site's name in the header and page titles; the title if absent. */
	shortTitle?: string;
	/** Where the site is published, for canonical URLs and citations: https, no trailing slash. */
	url: string;
	description: string;
	intro: string[];
	licence: string;
	/** The about page: method and context, in sections of plain paragraphs. */
	about: { heading: string; paragraphs: string[] }[];
}

/** One word of data/lexicon.yaml, with its word forms. */
export interface Descriptor {
	id: string;
	label: string;
	variants: string[];
	/** Words that, just after the descriptor, show it rates something other than a meeting. */
	notBefore?: string[];
}

/** One of data/people.yaml */
export interface Person {
	id: string;
	/** Exactly as participants and speakers are named in the events. */
	name: string;
	side: Side;
	kind: PersonKind;
	roles: { title: string; from?: string; to?: string }[];
}

/** An excerpt named by its event and its id (`<event>-quote-<n>`). */
export interface ExcerptReference {
	event: string;
	excerpt: string;
}

/** One of data/commitments.yaml */
export interface Commitment {
	id: string;
	title: string;
	themes: string[];
	/** Where it was announced, and the excerpt that says so. */
	announced: ExcerptReference;
	/** Later events and excerpts that refer back to it, in time order. */
	references: (ExcerptReference & { kind: ReferenceKind })[];
	/** It was carried out, lapsed or was superseded: when, why, the excerpt that shows it if a
	 *  document does, and the timeline's event that records it if there is one. */
	outcome?: {
		status: Outcome;
		date: string;
		note: string;
		evidence?: ExcerptReference;
		event?: string;
	};
	note?: string;
}

/** An excerpt as an event file writes it. */
export interface ExcerptRecord {
	source: string;
	voice: Voice;
	speaker?: string;
	/** A reporter's account of what this person or body said (voice: media); words it sets in
	 *  quotation marks are theirs, in their voice. */
	paraphraseOf?: { name: string; voice: Voice };
	/** The other events whose excerpt this same passage also is, where it speaks of them. */
	alsoAbout?: string[];
	/** An editor's note shown beside the quote wherever it appears: where the source errs or needs context. */
	note?: string;
	themes?: string[];
	occurrence?: number;
	quote: string;
}

/** data/events/<id>.yaml */
export interface EventRecord {
	id: string;
	title: string;
	start: string;
	end?: string;
	/** The other capital's calendar date, when it differs. */
	elsewhere?: { date: string; place: string };
	precision: Precision;
	/** Where the date comes from, said next to it: the documents when absent. */
	dateFrom?: (typeof DATE_ORIGINS)[number];
	/** What else the entry gives that the documents do not, from the public record (the editors' words). */
	publicRecord?: string;
	kind: EventKind;
	/** Optional: a story imported from TimelineJS may not say where. */
	place?: { name: string; country?: string };
	participants: { name: string; role: string; side: Side }[];
	summary: string;
	themes: string[];
	/** At least one, unless `unsourced` says why there is none. */
	excerpts: ExcerptRecord[];
	/** Why the event has no verbatim excerpt, e.g. it was imported from a file with no source texts. */
	unsourced?: string;
	/** A picture, video or page about the event, shown only as a link: the site never embeds it. */
	media?: { url: string; caption?: string; credit?: string };
	links: { event: string; relation: Relation }[];
	/** Two or three questions for discussing the event in class (shown in the speaker notes). */
	questions?: string[];
}

// The validated dataset.

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
	/** The date, short: "18 Mar 2021", "18–19 Mar 2021", "May 2023", "c. 1–4 Feb 2023". */
	shortDateLabel: string;
	/** The other capital's date in words, when `elsewhere` is set. */
	elsewhereLabel?: string;
}

/** One use of a descriptor in a source, found by the build (server/analysis/vocabulary.ts). */
export interface DescriptorUse {
	/** Anchor on the source page: `t-<offset>`. */
	id: string;
	descriptor: string;
	/** The word as written, e.g. "Candid". */
	word: string;
	source: string;
	start: number;
	end: number;
	/** The sentence it stands in. */
	sentence: string;
	/** Said with a negation just before it ("not constructive"): recorded all the same. */
	negated: boolean;
	/** Whose words: the excerpt's voice when an excerpt quotes it, else the source's. */
	voice: Voice;
	/** Events whose excerpts quote it. */
	events: string[];
	/**
	 * The meeting it rates: the one its source reports (`about`), else the latest of the events
	 * quoting it up to the source's publication (a readout of Bangkok quoted as evidence for San
	 * Francisco describes Bangkok).
	 */
	describes?: string;
	/** The date it speaks of: the described event's start, else the source's publication. */
	date: string;
	/** How many more times the source gives this word, in this voice, to this meeting (a headline, a subhead). */
	repeats: number;
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
	/** Whose words its excerpts carry, each voice once, in the order of VOICES. */
	voices: Voice[];
	/**
	 * Its date in words and, where the public record rather than the documents gives it, saying so
	 * ("10 February 2021 (date from the public record)"): how its mark's name and tooltip give it.
	 */
	dateWithOrigin: string;
} & Pick<
	TimelineEvent,
	'id' | 'title' | 'start' | 'end' | 'precision' | 'kind' | 'themes' | 'shortDateLabel'
>;

/** What a page needs to cite a source, without shipping its full text (see server/pages/sourceSummaries.ts). */
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
