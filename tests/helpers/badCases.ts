// The bad fixture datasets and the exact messages each must produce: shared by the loader's unit tests and the build tests.
import { expect } from 'vitest';

/** Every case under `tests/fixtures/data/bad/`, with exactly the messages its problems must produce. */
export const BAD_CASES: [badCase: string, messages: string[]][] = [
	[
		'syntax-error',
		[
			expect.stringMatching(
				/^data\/events\/one\.yaml:5:1 — expected valid YAML, got a syntax error \(.+\)$/
			)
		]
	],
	[
		'missing-field',
		['data/events/one.yaml:1:1 one summary — expected text, got nothing (the field is missing)']
	],
	[
		'malformed-date',
		['data/events/one.yaml:3:8 one start — expected a real date as YYYY-MM-DD, got "2022-13-14"']
	],
	[
		'impossible-date',
		['data/events/one.yaml:3:8 one start — expected a real date as YYYY-MM-DD, got "2023-02-29"']
	],
	[
		'end-before-start',
		[
			'data/events/one.yaml:4:6 one end — expected a date on or after start (2021-03-18), got "2021-03-17"'
		]
	],
	[
		'duplicate-id',
		[
			'data/events/two.yaml:1:5 one id — expected an id not used by another event, got "one", already used at data/events/one.yaml:1:5'
		]
	],
	[
		'duplicate-theme',
		[
			'data/events/one.yaml:15:19 one themes[1] — expected each theme once, got "climate" again (first at themes[0])'
		]
	],
	[
		'duplicate-link',
		[
			'data/events/two.yaml:22:5 two links[1] — expected each linked event once, got "one" again (first at links[0])'
		]
	],
	[
		'control-characters',
		[
			'data/events/one.yaml:2:8 one title — expected no invisible or control characters, got U+0007 at character 6',
			'data/events/one.yaml:8:9 one place.name — expected no invisible or control characters, got U+0000 at character 10',
			'data/events/one.yaml:12:11 one participants[0].role — expected no invisible or control characters, got U+D800 at character 9',
			'data/events/one.yaml:14:10 one summary — expected no invisible or control characters, got U+200B at character 10, U+202E at character 27'
		]
	],
	[
		'long-id',
		[
			`data/events/three.yaml:1:5 a-very-long-id-${'x'.repeat(25)}… id — expected at most 80 characters, got "a-very-long-id-${'x'.repeat(62)}…"`
		]
	],
	[
		'unknown-theme',
		[
			'data/events/one.yaml:15:10 one themes[0] — expected a theme id from data/themes.yaml (did you mean "climate"?), got "climat"'
		]
	],
	[
		'unknown-source',
		[
			'data/events/one.yaml:17:13 one excerpts[0].source — expected the id of a source in data/sources/ (did you mean "sample"?), got "sampel"'
		]
	],
	[
		'unknown-link',
		[
			'data/events/two.yaml:20:12 two links[0].event — expected the id of an event in data/events/ (did you mean "one"?), got "uno"'
		]
	],
	[
		'quote-not-verbatim',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected a passage found verbatim in source "sample", got "The two sides agreed to establish a joint working group on climate change."\n' +
				'    closest passage (8 edits away): "The two sides agreed to set up a joint working group on climate change."; first difference at character 25: quote has "e" (U+0065), source has "s" (U+0073)'
		]
	],
	[
		'empty-quote',
		['data/events/one.yaml:19:12 one excerpts[0].quote — expected a non-empty quote, got "  "']
	],
	[
		'unknown-field',
		[
			'data/events/one.yaml:2:1 one tilte — expected a known field (did you mean "title"?), got unknown field "tilte"',
			'data/events/one.yaml:1:1 one title — expected text, got nothing (the field is missing)'
		]
	],
	[
		// A hyphenated word that a folded block broke at its line's end ("Chung- Hoon"); a hyphen
		// left hanging before "and" is not one.
		'broken-at-hyphen',
		[
			'data/events/one.yaml:14:10 one summary — expected no word broken at a hyphen by a line end (a folded block joins its lines with a space), got "Chung- Hoon" at character 82'
		]
	],
	[
		'hidden-characters',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected no invisible or bidirectional control characters, got U+202E at character 9'
		]
	],
	[
		'unused-source',
		[
			'data/sources/unused.yaml:1:5 unused id — expected a source cited by at least one excerpt, got no event citing "unused"'
		]
	],
	[
		'unused-theme',
		[
			'data/themes.yaml:9:7 taiwan id — expected a theme used by at least one event, got no event with theme "taiwan"'
		]
	],
	[
		'ambiguous-quote',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected a passage found once (add occurrence: 1 to 2 to choose), got 2 occurrences in source "sample"'
		]
	],
	['wrong-type', ['data/themes.yaml:1:1 — expected a list of themes, got a single mapping']],
	[
		'duplicate-person',
		[
			'data/people.yaml:7:7 person-a id — expected an id not used by another person, got "person-a", already used at data/people.yaml:1:7',
			'data/people.yaml:14:9 person-c name — expected a name not used by another person, got "Person A", already used at data/people.yaml:2:9'
		]
	],
	[
		'role-ends-before-start',
		[
			'data/people.yaml:8:11 person-a roles[0].to — expected a date on or after from (2021-01-26), got "2020-01-01"'
		]
	],
	[
		'duplicate-descriptor',
		[
			'data/lexicon.yaml:4:7 candid id — expected an id not used by another descriptor, got "candid", already used at data/lexicon.yaml:1:7'
		]
	],
	[
		// A commitment citing a quote that is not found verbatim: the quote is the one problem.
		'commitment-to-unfound-quote',
		[
			'data/events/one.yaml:19:12 one excerpts[0].quote — expected a passage found verbatim in source "sample", got "The two sides agreed to establish a joint working group on climate change."\n' +
				'    closest passage (8 edits away): "The two sides agreed to set up a joint working group on climate change."; first difference at character 25: quote has "e" (U+0065), source has "s" (U+0073)'
		]
	],
	[
		// A passage shared with an event that fails validation: its own problem is the one problem,
		// not a missing copy of the passage in the event that shares it.
		'invalid-record-shared-passage',
		['data/events/three.yaml:8:15 three participants — expected a list, got "Nobody"']
	],
	[
		// A passage shared with an event whose file cannot be read: the file is the one problem.
		'unreadable-file-shared-passage',
		[
			expect.stringMatching(
				/^data\/events\/three\.yaml:8:1 — expected valid YAML, got a syntax error \(.+\)$/
			)
		]
	],
	[
		// A wrong alsoAbout beside an event with an unfound quote of another source and words: both.
		'also-about-beside-unfound-quote',
		[
			'data/events/one.yaml:20:13 one excerpts[1].source — expected the id of a source in data/sources/, got "elsewhere"',
			'data/events/two.yaml:15:16 two excerpts[0].alsoAbout — expected no alsoAbout: no other event has this passage as an excerpt, got a list'
		]
	],
	[
		// A passage shared with an event whose copy of it is not verbatim: the copy is the one problem.
		'shared-passage-copy-unfound',
		[
			'data/events/three.yaml:12:12 three excerpts[0].quote — expected a passage found verbatim in source "sample", got "They also discussed trades."\n' +
				'    closest passage (1 edit away): "They also discussed trade."; first difference at character 26: quote has "s" (U+0073), source has "." (U+002E)'
		]
	],
	[
		'participant-role',
		[
			'data/events/one.yaml:12:11 one participants[0].role — expected a role Person A held on 2021-03-18 in data/people.yaml ("Deputy Minister", or several joined by "and"), got "Minister"'
		]
	],
	[
		'participant-role-none',
		[
			'data/events/one.yaml:12:11 one participants[0].role — expected a role Person A held on 2021-03-18, but data/people.yaml gives them none then, got "Minister"'
		]
	],
	[
		'participant-side',
		[
			'data/events/one.yaml:13:11 one participants[0].side — expected china (Person A\'s side in data/people.yaml), got "us"'
		]
	],
	[
		'source-about',
		[
			'data/sources/sample.yaml:9:8 sample about — expected the id of an event in data/events/, got "nowhere"'
		]
	],
	[
		'source-about-later',
		[
			"data/sources/sample.yaml:9:8 sample about — expected an event that began by the source's publication (2021-03-20), got two, 2021-03-25"
		]
	],
	[
		'unknown-person',
		[
			'data/events/one.yaml:11:11 one participants[0].name — expected a person in data/people.yaml (did you mean "Person B"?), got "Person A"'
		]
	],
	[
		'voice-mismatch',
		[
			'data/events/one.yaml:18:12 one excerpts[0].voice — expected us-government (Person A speaks as a us official), got "chinese-government"'
		]
	],
	[
		'commitment-bad-excerpt',
		[
			'data/commitments.yaml:6:14 climate-group announced.excerpt — expected an excerpt of one (one-quote-1 to one-quote-1), got "one-quote-5"'
		]
	],
	[
		'commitment-excerpt-of-unsourced',
		[
			'data/commitments.yaml:6:14 climate-group announced.excerpt — expected an event with excerpts (one has none), got "one-quote-1"'
		]
	],
	[
		'link-against-time',
		[
			'data/events/two.yaml:20:12 two links[0].event — expected a linked event that starts before this one ("follows-up" looks back), got one, which starts 2021-03-18'
		]
	],
	[
		'commitment-same-event',
		[
			'data/commitments.yaml:8:14 trade-talks references[0].event — expected an event after the announcement (two, 2021-03-25), got two, 2021-03-25'
		]
	],
	[
		'commitment-same-passage',
		[
			'data/commitments.yaml:9:16 climate-group references[0].excerpt — expected a passage not already counted for this commitment, got three-quote-1, the same passage as one-quote-1 (announced)'
		]
	],
	[
		'shared-passage-undeclared',
		[
			'data/events/three.yaml:11:12 three excerpts[0].quote — expected alsoAbout: [two], the other events with this passage as an excerpt, where it speaks of them (or another passage), got the same passage, undeclared',
			'data/events/two.yaml:15:12 two excerpts[0].quote — expected alsoAbout: [three], the other events with this passage as an excerpt, where it speaks of them (or another passage), got the same passage, undeclared'
		]
	],
	[
		'speaker-not-named',
		[
			'data/events/two.yaml:18:14 two excerpts[1].speaker — expected a speaker the source names at this passage, or paraphraseOf with voice media, got "Person B", not named in or just before the passage'
		]
	],
	[
		'question-quotes-unfound',
		[
			'data/events/two.yaml:21:5 two questions[1] — expected words in quotation marks that the event’s excerpts or summary hold, got "frank and open"'
		]
	],
	[
		'paraphrase-not-media',
		[
			'data/events/two.yaml:13:12 two excerpts[0].voice — expected media (a paraphrase is the reporter’s words), got "us-government"'
		]
	],
	[
		'commitment-outcome-too-early',
		[
			'data/commitments.yaml:10:11 climate-group outcome.date — expected a date on or after the announcement (2021-03-18), got "2021-01-05"'
		]
	],
	[
		'commitment-outcome-evidence',
		[
			'data/commitments.yaml:13:14 climate-group outcome.evidence.event — expected an event after the announcement (two, 2021-03-25), got one, 2021-03-18'
		]
	],
	[
		'commitment-outcome-event',
		[
			'data/commitments.yaml:12:12 climate-group outcome.event — expected the id of an event in data/events/, got "first-meeting"'
		]
	],
	[
		'commitment-outcome-event-early',
		[
			'data/commitments.yaml:12:12 climate-group outcome.event — expected an event after the announcement (two, 2021-03-25), got one, 2021-03-18'
		]
	],
	[
		'unsourced-without-note',
		[
			'data/events/one.yaml:16:11 one excerpts — expected at least one excerpt, or an "unsourced" note saying why there is none, got an empty list'
		]
	],
	[
		'unsourced-with-excerpts',
		[
			'data/events/one.yaml:16:12 one unsourced — expected no "unsourced" note on an event that has excerpts, got "Imported from a file with no source texts."'
		]
	],
	[
		'bad-color',
		['data/themes.yaml:4:10 climate color — expected a lowercase colour like #1b7837, got "green"']
	],
	[
		'javascript-url',
		[
			'data/sources/sample.yaml:8:6 sample url — expected an https: or site-relative URL, got "JaVaScRiPt:alert(document.domain)"'
		]
	],
	[
		'url-injection',
		[
			'data/site.yaml:2:6 url — expected an https URL with no trailing slash, got "https://fixture.example.org/}\\\\write18{touch x}"',
			'data/sources/sample.yaml:8:6 sample url — expected an https: or site-relative URL, got "https://example.org/a}\\n\\\\input{/etc/passwd}"',
			'data/events/two.yaml:22:15 two media.url — expected an https URL, got "https://example.org/a.jpg}{"'
		]
	],
	[
		'backslash-url',
		[
			'data/sources/sample.yaml:8:6 sample url — expected an https: or site-relative URL, got "/\\\\evil.example/page"'
		]
	]
];
