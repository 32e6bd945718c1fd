// Commitments made at meetings and what became of them, as far as the corpus shows.
import type { CommitmentStatus } from '../../commitmentSteps.ts';
import type { Commitment, Outcome } from '../../model.ts';

export type { CommitmentStatus };

/**
 * What the record says became of it (`outcome`), when it says so; else carried out: a later
 * excerpt reports it happening; reaffirmed: one restates it; announced: the corpus never returns to it; unknown: it is
 * mentioned again without a word on whether it was kept.
 */
export function commitmentStatus(
	commitment: Pick<Commitment, 'references' | 'outcome'>
): CommitmentStatus {
	if (commitment.outcome) return outcomeStatus(commitment.outcome.status);
	const kinds = new Set(commitment.references.map((reference) => reference.kind));
	if (kinds.has('carried-out')) return 'carried out';
	if (kinds.has('reaffirmed')) return 'reaffirmed';
	if (kinds.has('mentioned')) return 'unknown';
	return 'announced';
}

/** The status a recorded outcome gives, in the words the status badges use. */
export function outcomeStatus(outcome: Outcome): CommitmentStatus {
	return outcome === 'carried-out' ? 'carried out' : outcome;
}
