// Checks that tie people and commitments to the events: every name known, voices consistent, every reference real.
import type { Commitment, EventRecord, Excerpt, Person, Theme } from '../../model.ts';
import { closestName } from '../../closestName.ts';
import { excerptId } from './excerpts.ts';
import { rolesHeldOn, voiceOf } from './people.ts';
import { describeValue } from './problems.ts';
import type { Collection, Located, Reporter } from './references.ts';

interface Inputs {
	people?: Collection<Person>;
	commitments?: Collection<Commitment>;
	events: Collection<EventRecord>;
	themes: Collection<Theme>;
	excerpts: ReadonlyMap<string, Excerpt[]>;
}

/** A participant's role as an event gives it: one of the titles, or several joined by "and" in any order. */
export function isRoleOf(role: string, titles: readonly string[]): boolean {
	return titles.some(
		(title) =>
			role === title ||
			(role.startsWith(`${title} and `) && isRoleOf(role.slice(title.length + 5), titles))
	);
}

/** Reports unknown participants and speakers, voices that contradict the speaker, and broken commitment references. */
export function checkPeopleAndCommitments(inputs: Inputs, report: Reporter): void {
	const { people, commitments, events, themes, excerpts } = inputs;
	if (people) {
		for (const person of people.records)
			person.data.roles.forEach((role, index) => {
				if (role.from && role.to && role.to < role.from)
					report(
						person,
						['roles', index, 'to'],
						`a date on or after from (${role.from})`,
						describeValue(role.to)
					);
			});
		const byName = new Map(people.records.map((person) => [person.data.name, person.data]));
		const names = [...byName.keys()];
		const shared = new Set(
			people.records
				.map((person) => person.data.name)
				.filter((name, index, all) => all.indexOf(name) !== index)
		);
		/** The person of that name, or undefined, reported at `path` when every person is known. */
		const personNamed = (event: Located<EventRecord>, path: (string | number)[], name: string) => {
			const person = byName.get(name);
			if (!person && people.complete) {
				const suggestion = closestName(name, names);
				report(
					event,
					path,
					`a person in data/people.yaml${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
					describeValue(name)
				);
			}
			return person;
		};
		for (const event of events.records) {
			event.data.participants.forEach((participant, index) => {
				const person = personNamed(event, ['participants', index, 'name'], participant.name);
				if (!person) return;
				// One person has one title on a given day, on their page and on every event's. A name
				// two people share is reported there; which of them is meant is not known.
				if (shared.has(participant.name)) return;
				if (participant.side !== person.side)
					report(
						event,
						['participants', index, 'side'],
						`${person.side} (${person.name}'s side in data/people.yaml)`,
						describeValue(participant.side)
					);
				// A role whose dates run backwards is reported at the person already.
				if (person.roles.some((role) => role.from && role.to && role.to < role.from)) return;
				const held = rolesHeldOn(person, event.data.start);
				if (!isRoleOf(participant.role, held))
					report(
						event,
						['participants', index, 'role'],
						held.length > 0
							? `a role ${person.name} held on ${event.data.start} in data/people.yaml (${held.map((title) => `"${title}"`).join(', ')}, or several joined by "and")`
							: `a role ${person.name} held on ${event.data.start}, but data/people.yaml gives them none then`,
						describeValue(participant.role)
					);
			});
			event.data.excerpts.forEach((excerpt, index) => {
				if (!excerpt.speaker) return;
				const person = personNamed(event, ['excerpts', index, 'speaker'], excerpt.speaker);
				if (!person) return;
				const voice = voiceOf(person);
				if (voice && voice !== excerpt.voice)
					report(
						event,
						['excerpts', index, 'voice'],
						`${voice} (${person.name} speaks as a ${person.side === 'other' ? '' : `${person.side} `}${person.kind})`,
						describeValue(excerpt.voice)
					);
			});
		}
	}
	if (!commitments) return;
	for (const commitment of commitments.records) {
		const references = [
			{ path: ['announced'], reference: commitment.data.announced },
			...commitment.data.references.map((reference, index) => ({
				path: ['references', index],
				reference
			})),
			...(commitment.data.outcome?.evidence
				? [{ path: ['outcome', 'evidence'], reference: commitment.data.outcome.evidence }]
				: [])
		];
		const recorded = commitment.data.outcome?.event;
		if (recorded !== undefined && events.complete && !events.declared.has(recorded))
			report(
				commitment,
				['outcome', 'event'],
				'the id of an event in data/events/',
				describeValue(recorded)
			);
		for (const { path, reference } of references) {
			if (!events.declared.has(reference.event)) {
				if (events.complete)
					report(
						commitment,
						[...path, 'event'],
						'the id of an event in data/events/',
						describeValue(reference.event)
					);
				continue;
			}
			if (!excerpts.has(reference.event)) continue;
			// Every excerpt the event declares, also one whose quote was not found (reported there).
			const declared = events.records.find((event) => event.data.id === reference.event);
			const known = Array.from({ length: declared?.data.excerpts.length ?? 0 }, (_, index) =>
				excerptId(reference.event, index)
			);
			if (!known.includes(reference.excerpt))
				report(
					commitment,
					[...path, 'excerpt'],
					known.length > 0
						? `an excerpt of ${reference.event} (${known[0]} to ${known.at(-1)})`
						: `an event with excerpts (${reference.event} has none)`,
					describeValue(reference.excerpt)
				);
		}
		commitment.data.themes.forEach((theme, index) => {
			if (themes.complete && !themes.declared.has(theme))
				report(
					commitment,
					['themes', index],
					'a theme id from data/themes.yaml',
					describeValue(theme)
				);
		});
	}
}
