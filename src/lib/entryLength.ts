// How much text an event's entry in a list of events shows, for the browser to reserve about the
// room the entry takes before it lays it out (the list skips the layout of entries off screen).

/** What a quote adds besides its words: its source line, voice and link, in characters of text. */
const QUOTE_LINES = 80;
/** What a theme's chip takes, in characters of text (about a third of a line each). */
const THEME_CHIP = 20;
/** The label of a line from the public record ("From the public record: "). */
const PUBLIC_RECORD_LABEL = 24;

interface EntryText {
	title: string;
	summary: string;
	publicRecord?: string;
	themes: readonly string[];
	participants: readonly { name: string; role: string }[];
	excerpts: readonly { quote: string; note?: string }[];
}

/** About how many characters the entry of `event` shows. */
export function entryLength(event: EntryText): number {
	let length = event.title.length + event.summary.length + event.themes.length * THEME_CHIP;
	if (event.publicRecord) length += PUBLIC_RECORD_LABEL + event.publicRecord.length;
	for (const { name, role } of event.participants) length += name.length + role.length + 2;
	for (const { quote, note } of event.excerpts)
		length += quote.length + (note?.length ?? 0) + QUOTE_LINES;
	return length;
}
