// A cluster's badge fits its circle at any count; a mark's accessible name begins with what its label shows.
import { describe, expect, it } from 'vitest';
import { CLUSTER_LABEL, clusterBadge } from '../../src/lib/timeline/clusterBadge';
import {
	markContent,
	markLabel,
	markName,
	type MarkContent
} from '../../src/lib/timeline/placement';
import type { TimelineEntry } from '../../src/lib/model';

describe('clusterBadge', () => {
	it.each([
		[2, '2'],
		[999, '999'],
		[1000, '1k'],
		[1052, '1k'],
		[9999, '9k'],
		[12_345, '12k']
	])('shows %d as %s', (count, badge) => {
		expect(clusterBadge(count)).toBe(badge);
	});

	it('needs at most three characters below a hundred thousand events', () => {
		for (let count = 2; count < 100_000; count += 97)
			expect(clusterBadge(count).length).toBeLessThanOrEqual(3);
	});
});

describe("a mark's accessible name (WCAG 2.5.3, Label in Name)", () => {
	const cluster = (count: number): MarkContent => ({
		id: 'a',
		lastId: 'e',
		count,
		when: '3 Mar – 9 Apr 2021',
		themes: []
	});

	it.each([5, 999, 1234])(
		'begins with what a cluster of %d shows: its badge, then its label',
		(count) => {
			const content = cluster(count);
			expect(markName(content).startsWith(`${clusterBadge(count)} ${markLabel(content)}`)).toBe(
				true
			);
		}
	);

	it('says the exact count and the range', () => {
		expect(markName(cluster(5))).toBe('5 events, 3 Mar – 9 Apr 2021: zoom in to see them apart');
		expect(markName(cluster(1234))).toBe(
			'1k events, 1234 in all, 3 Mar – 9 Apr 2021: zoom in to see them apart'
		);
		// Before the scripts run nothing zooms, and the cluster is a link to the list.
		expect(markName(cluster(5), false)).toBe(
			'5 events, 3 Mar – 9 Apr 2021: see them in the list of all events'
		);
		expect(markLabel(cluster(5))).toBe(CLUSTER_LABEL);
	});

	it("begins an event's name with its title, which its label shows", () => {
		const event: MarkContent = {
			id: 'a',
			title: 'Talks in Anchorage',
			date: '18 March 2021',
			kind: 'talks',
			themes: []
		};
		expect(markName(event)).toBe('Talks in Anchorage, 18 March 2021, Talks');
		expect(markLabel(event)).toBe('Talks in Anchorage');
	});
});

describe("a cluster's span of days", () => {
	const entry = (id: string, start: string, end?: string, precision = 'day') =>
		({
			id,
			title: id,
			start,
			...(end ? { end } : {}),
			precision,
			kind: 'call',
			themes: [],
			shortDateLabel: `short ${id}`,
			dateWithOrigin: `long ${id}`,
			voices: []
		}) as unknown as TimelineEntry;
	const when = (entries: TimelineEntry[]) => {
		const content = markContent(entries, {
			first: 0,
			last: entries.length - 1,
			count: entries.length
		});
		return 'when' in content ? content.when : undefined;
	};

	it('runs from the first event to the end of the last, said once', () => {
		// Two events of several days each, within a month: one span, not "from 18–19 Mar to 22–25 Mar".
		expect(
			when([entry('a', '2021-03-18', '2021-03-19'), entry('b', '2021-03-22', '2021-03-25')])
		).toBe('18–25 Mar 2021');
		expect(when([entry('a', '2021-03-18'), entry('b', '2021-04-02')])).toBe('18 Mar – 2 Apr 2021');
		expect(when([entry('a', '2021-12-30'), entry('b', '2022-01-02')])).toBe(
			'30 Dec 2021 – 2 Jan 2022'
		);
		expect(when([entry('a', '2021-03-18'), entry('b', '2021-03-18')])).toBe('18 Mar 2021');
	});

	it('keeps the short dates where an end is not known to the day', () => {
		expect(when([entry('a', '2022-11-01', undefined, 'month'), entry('b', '2022-11-15')])).toBe(
			'from short a to short b'
		);
	});
});
