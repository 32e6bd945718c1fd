import { describe, expect, it } from 'vitest';
import { entryLength } from '../../src/lib/entryLength';

const event = {
	title: 'Talks',
	summary: 'They met.',
	themes: [],
	participants: [{ name: 'Wang Yi', role: 'Foreign Minister' }],
	excerpts: [{ quote: 'Candid and constructive.' }]
};

describe('an entry’s length, by which the list reserves its room', () => {
	it('counts what the entry shows: title, summary, people and quotes with their notes', () => {
		const bare = entryLength({ ...event, participants: [], excerpts: [] });
		expect(bare).toBe('Talks'.length + 'They met.'.length);
		expect(entryLength({ ...event, excerpts: [] })).toBe(
			bare + 'Wang Yi'.length + 'Foreign Minister'.length + 2
		);
		const noted = entryLength({
			...event,
			excerpts: [{ quote: 'Candid and constructive.', note: 'Said by the US side.' }]
		});
		expect(noted - entryLength(event)).toBe('Said by the US side.'.length);
	});

	it('counts the line from the public record with its label, and room for each theme’s chip', () => {
		const recorded = entryLength({ ...event, publicRecord: 'In Geneva.' });
		expect(recorded - entryLength(event)).toBe(
			'From the public record: '.length + 'In Geneva.'.length
		);
		const themed = entryLength({ ...event, themes: ['climate', 'taiwan'] });
		expect(themed - entryLength(event)).toBe(40);
	});

	it('gives each quote room for its source line too', () => {
		const twice = { ...event, excerpts: [...event.excerpts, ...event.excerpts] };
		expect(entryLength(twice) - entryLength(event)).toBeGreaterThan(
			'Candid and constructive.'.length + 40
		);
	});
});
