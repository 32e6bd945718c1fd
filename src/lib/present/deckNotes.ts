// The presenter's notes for the slides that are not events: what the deck covers and how to drive
// it, under the title slide; what the closing slide shows and what to do with it, under that one.
import type { Theme, TimelineEvent } from '../model';
import { isPlaceholderAddress } from '../siteAddress';
import { themesByCount } from './deckThemes';

/** One part of a slide's notes: a heading and what the teacher reads under it. */
export interface NotePart {
	heading: string;
	text: string;
}

/** What the notes take of the deck: its events (a tour's, in a tour), the themes, the toured one. */
export interface NotesDeck {
	events: readonly Pick<TimelineEvent, 'title' | 'dateLabel' | 'themes' | 'questions'>[];
	themes: readonly Theme[];
	/** The toured theme, none for the deck of every event. */
	theme?: Theme;
	/** The address the closing slide gives and its QR code leads to. */
	siteUrl?: string;
}

/** "12 events, from A (date) to B (date)", to go mid-sentence. */
function span(events: NotesDeck['events']): string {
	const [first, last] = [events[0], events.at(-1)];
	if (!first || !last) return 'no events';
	if (first === last) return `one event, ${first.title} (${first.dateLabel})`;
	return `${events.length} events, from ${first.title} (${first.dateLabel}) to ${last.title} (${last.dateLabel})`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// The keys a teacher needs at the front of the room; ? lists the rest on the room's screen.
const DRIVING =
	'→, Space or PageDown (a clicker’s next key) for the next slide; ← or PageUp to go back. ' +
	'B blanks the room’s screen, and B or a next key shows the same slide again. ' +
	'A slide’s number then Enter jumps to it; O shows every slide; L switches light and dark ' +
	'slides; ? lists every key.';

/**
 * On a copy built without its address, said first under the title and closing slides, where the
 * teacher sees it before the room scans a code that leads nowhere (the printed pages say it too,
 * on screen). `slide` is the slide the notes are under.
 */
function beforeClass(deck: NotesDeck, slide: 'title' | 'closing'): NotePart[] {
	const url = deck.siteUrl;
	if (!url || !isPlaceholderAddress(url)) return [];
	const nowhere = `${url}, an example address where nothing is published: this copy of the site was built without its own`;
	return [
		{
			heading: 'Before class',
			text:
				slide === 'title'
					? `The closing slide’s address and QR code, and those of the handout and worksheet, lead to ${nowhere}. Ask whoever publishes it to build it with its public address (SITE_URL) before class; until then, hand out no printed pages, and tell the class not to scan the closing slide’s code.`
					: `This slide’s address and QR code lead to ${nowhere}. Tell the class not to scan the code, and ask whoever publishes the site to build it with its public address (SITE_URL).`
		}
	];
}

/** The notes under the title slide: what the deck covers, how to drive it, where the questions are. */
export function titleNotes(deck: NotesDeck): NotePart[] {
	const { events, theme } = deck;
	const covers = theme
		? `A tour of one theme, ${theme.label}: ${span(events)}, a slide each. Each slide shows the excerpt that speaks to the theme, and marks the theme among the event’s; the closing slide lists the tour’s thread.`
		: `${capitalised(span(events))}, a slide each: when and where, who took part, the summary’s first sentence and one excerpt from the documents. The closing slide lists the themes.`;
	const parts = [
		...beforeClass(deck, 'title'),
		{ heading: 'This deck', text: covers },
		{ heading: 'To drive it', text: DRIVING }
	];
	if (events.some((event) => event.questions?.length))
		parts.push({
			heading: 'Questions',
			text: 'Each event’s notes start with its questions for discussion, numbered as on the worksheet: the slide’s number, then the question’s.'
		});
	return parts;
}

/** The notes under the closing slide: what is on it, and what to ask or do with it. */
export function closingNotes(deck: NotesDeck): NotePart[] {
	const { events, themes, theme } = deck;
	const cite = 'how to cite the site, with a QR code that leads to it';
	if (theme) {
		const [first, last] = [events[0], events.at(-1)];
		return [
			...beforeClass(deck, 'closing'),
			{
				heading: 'On the screen',
				text: `The thread of the tour: its ${events.length === 1 ? 'event' : `${events.length} events in order, with their dates`}; and ${cite}.`
			},
			{
				heading: 'To ask',
				text:
					first && last && first !== last
						? `What changed along the thread, from “${first.title}” to “${last.title}”? Which event was the turning point, and which excerpt on its slide shows it?`
						: `What does this event show of the theme, and which excerpt on its slide shows it?`
			},
			{
				heading: 'To do',
				text: 'Leave the slide up while the class notes the citation or scans the code; the site has every excerpt of each event, with its source.'
			}
		];
	}
	const counted = themesByCount(events, themes);
	const listed = counted
		.slice(0, 3)
		.map(({ theme: shown, count }) => `${shown.label} (${count})`)
		.join(', ');
	return [
		...beforeClass(deck, 'closing'),
		{
			heading: 'On the screen',
			text: `The themes of the ${events.length === 1 ? 'event' : `${events.length} events`}, the most frequent first${listed ? `: ${listed}` : ''}; and ${cite}.`
		},
		{
			heading: 'To ask',
			text: 'Which theme runs through most of these contacts, and why? Which one would you follow to explain how relations changed, and which slides would you show as evidence?'
		},
		{
			heading: 'To do',
			text: 'Leave the slide up while the class notes the citation or scans the code. Each theme has a tour of its own, for a second lesson: its page on the site links to it.'
		}
	];
}
