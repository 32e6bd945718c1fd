// The presenter's notes under the title and closing slides: for the teacher, not about the template.
import { describe, expect, it } from 'vitest';
import { closingNotes, titleNotes } from '../../src/lib/present/deckNotes';
import { themesByCount } from '../../src/lib/present/deckThemes';

const themes = [
	{ id: 'talks', label: 'Keeping channels open', description: 'Talks.', color: '#111111' },
	{ id: 'trade', label: 'Economy and trade', description: 'Trade.', color: '#222222' },
	{ id: 'ai', label: 'Artificial intelligence', description: 'AI.', color: '#333333' }
];
const events = [
	{ title: 'Phone call', dateLabel: '10 February 2021', themes: ['talks'], questions: ['Why?'] },
	{ title: 'Summit', dateLabel: '14 November 2022', themes: ['talks', 'trade'] },
	{ title: 'Talks in Bangkok', dateLabel: '26–27 January 2024', themes: ['talks'] }
];
const text = (parts: { heading: string; text: string }[]) =>
	parts.map((part) => `${part.heading}: ${part.text}`).join('\n');

describe('themesByCount', () => {
	it('lists the deck’s themes with their events, the most first, leaving out those it lacks', () => {
		expect(themesByCount(events, themes).map(({ theme, count }) => [theme.id, count])).toEqual([
			['talks', 3],
			['trade', 1]
		]);
	});
});

describe('titleNotes', () => {
	it('says what the deck covers, from its first event to its last, and how to drive it', () => {
		const notes = text(titleNotes({ events, themes }));
		expect(notes).toContain(
			'3 events, from Phone call (10 February 2021) to Talks in Bangkok (26–27 January 2024)'
		);
		expect(notes).toMatch(/To drive it: →, Space or PageDown .* B blanks the room’s screen/);
		expect(notes).toContain('numbered as on the worksheet');
	});

	it('names a tour’s theme, and leaves out the questions when no event has any', () => {
		const tour = titleNotes({ events: events.slice(1, 2), themes, theme: themes[1] });
		expect(text(tour)).toContain(
			'A tour of one theme, Economy and trade: one event, Summit (14 November 2022)'
		);
		expect(tour.map((part) => part.heading)).toEqual(['This deck', 'To drive it']);
	});
});

describe('closingNotes', () => {
	it('says what the closing slide shows, and what to ask and do with it', () => {
		const notes = text(closingNotes({ events, themes }));
		expect(notes).toContain(
			'On the screen: The themes of the 3 events, the most frequent first: Keeping channels open (3), Economy and trade (1); and how to cite the site'
		);
		expect(notes).toMatch(/To ask: Which theme runs through most of these contacts/);
		expect(notes).toMatch(/To do: Leave the slide up/);
	});

	it('asks a tour what changed along its thread, from its first event to its last', () => {
		const notes = text(closingNotes({ events, themes, theme: themes[0] }));
		expect(notes).toContain('The thread of the tour: its 3 events in order');
		expect(notes).toContain(
			'What changed along the thread, from “Phone call” to “Talks in Bangkok”?'
		);
	});

	it('never describes the slide’s template', () => {
		for (const theme of [undefined, themes[0]])
			expect(text(closingNotes({ events, themes, theme }))).not.toMatch(/closing slide/i);
	});
});

describe('before class, on a copy built without its address', () => {
	it('says first, under the title and closing slides, that the slide’s address and QR code lead nowhere', () => {
		const siteUrl = 'https://timeline.example.org';
		for (const theme of [undefined, themes[0]]) {
			const title = titleNotes({ events, themes, theme, siteUrl });
			const closing = closingNotes({ events, themes, theme, siteUrl });
			expect(title[0]).toEqual({
				heading: 'Before class',
				text: expect.stringMatching(
					/^The closing slide’s address and QR code, and those of the handout and worksheet, lead to https:\/\/timeline\.example\.org, an example address where nothing is published: .* \(SITE_URL\) before class; until then, hand out no printed pages/
				)
			});
			expect(closing[0]?.heading).toBe('Before class');
			expect(closing[0]?.text).toMatch(
				/^This slide’s address and QR code lead to https:\/\/timeline\.example\.org,/
			);
		}
	});

	it('says nothing of it on a copy built with its public address', () => {
		const siteUrl = 'https://diplomacy.school.edu';
		for (const notes of [
			titleNotes({ events, themes, siteUrl }),
			closingNotes({ events, themes, siteUrl })
		])
			expect(notes.map((part) => part.heading)).not.toContain('Before class');
	});
});
