// The ledger of commitments: each with its status and the dated trail of events that announced and followed it up.
import { builtOnce } from '../../builtOnce.ts';
import type { Dataset } from '../../model.ts';
import { statusKind } from '../../commitmentSteps.ts';
import { formatEventDate } from '../dates/formatDate.ts';
import { commitmentStatus, outcomeStatus } from './commitments.ts';

/**
 * Every commitment with its status and its announcement and references resolved to events and quotes;
 * built once per dataset, as every event page asks for it and there can be thousands.
 */
export const commitmentLedger = builtOnce(buildLedger);

function buildLedger(dataset: Dataset) {
	const events = new Map(dataset.events.map((event) => [event.id, event]));
	const eventOf = (id: string) => {
		const { title, start, dateLabel } = events.get(id)!;
		return { id, title, start, dateLabel };
	};
	const step = (reference: { event: string; excerpt: string }, kind: string) => {
		const event = events.get(reference.event)!;
		const excerpt = event.excerpts.find((candidate) => candidate.id === reference.excerpt)!;
		return {
			kind,
			event: eventOf(event.id),
			excerpt: {
				id: excerpt.id,
				source: excerpt.source,
				quote: excerpt.quote,
				voice: excerpt.voice
			}
		};
	};
	return dataset.commitments.map((commitment) => ({
		id: commitment.id,
		title: commitment.title,
		note: commitment.note,
		themes: commitment.themes,
		status: commitmentStatus(commitment),
		/** What became of it and why, when the record says so. */
		outcome: commitment.outcome && {
			status: outcomeStatus(commitment.outcome.status),
			dateLabel: formatEventDate(commitment.outcome.date, undefined, 'day'),
			note: commitment.outcome.note,
			evidence: commitment.outcome.evidence && step(commitment.outcome.evidence, 'evidence'),
			event: commitment.outcome.event === undefined ? undefined : eventOf(commitment.outcome.event)
		},
		trail: [
			step(commitment.announced, 'announced'),
			...commitment.references.map((reference) => step(reference, reference.kind))
		]
	}));
}

/** The commitments an event announced or followed up, with what it did about each. */
export function commitmentsOfEvent(dataset: Dataset, eventId: string) {
	return commitmentLedger(dataset).flatMap((commitment) => {
		const kinds = commitment.trail
			.filter((entry) => entry.event.id === eventId)
			.map((entry) => entry.kind);
		// The event that shows what became of it, where no document does.
		const outcome = commitment.outcome && statusKind(commitment.outcome.status);
		if (commitment.outcome?.event?.id === eventId && !kinds.includes(outcome!))
			kinds.push(outcome!);
		return kinds.map((kind) => ({
			id: commitment.id,
			title: commitment.title,
			kind,
			status: commitment.status,
			// Where the ledger says why a later document is not counted as a step (San Francisco's,
			// whose only wording is Bangkok's): beside the status, which would read as a
			// contradiction of the quote above it without it.
			...(commitment.note ? { note: commitment.note } : {})
		}));
	});
}
