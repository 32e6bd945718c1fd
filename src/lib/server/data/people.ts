// People: who speaks for whom. A named speaker's voice follows from who they are, so a mis-tagged excerpt is caught.
import type { Person, Voice } from '../../model.ts';

/** The voice a person's words carry: officials and spokespeople speak for their government. */
export function voiceOf(person: Pick<Person, 'side' | 'kind'>): Voice | undefined {
	if (person.kind === 'analyst') return 'analyst';
	if (person.kind === 'official' || person.kind === 'spokesperson') {
		if (person.side === 'us') return 'us-government';
		if (person.side === 'china') return 'chinese-government';
	}
	return undefined;
}

/** The titles of the roles a person held on `date` (YYYY-MM-DD). */
export function rolesHeldOn(person: Pick<Person, 'roles'>, date: string): string[] {
	return person.roles
		.filter((role) => (role.from ?? '0000') <= date && date <= (role.to ?? '9999'))
		.map((role) => role.title);
}

/** Person ids by name: what a page needs to link each participant to their page. */
export function personIdsByName(
	people: readonly Pick<Person, 'name' | 'id'>[]
): Record<string, string> {
	return Object.fromEntries(people.map((person) => [person.name, person.id]));
}
