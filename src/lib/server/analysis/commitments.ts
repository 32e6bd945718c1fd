// Commitments made at meetings and what became of them, as far as the corpus shows.
import type { Commitment } from '../../model.ts';

export type CommitmentStatus =
	| 'announced'
	| 'reaffirmed'
	| 'carried out'
	| 'unknown'
	| 'lapsed'
	| 'superseded';

/**
 * lapsed or superseded: the record says so (`outcome`); carried out: a later excerpt reports it
 * happening; reaffirmed: one restates it; announced: the corpus never returns to it; unknown: it is
 * mentioned again without a word on whether it was kept.
 */
export function commitmentStatus(
	commitment: Pick<Commitment, 'references' | 'outcome'>
): CommitmentStatus {
	if (commitment.outcome) return commitment.outcome.status;
	const kinds = new Set(commitment.references.map((reference) => reference.kind));
	if (kinds.has('carried-out')) return 'carried out';
	if (kinds.has('reaffirmed')) return 'reaffirmed';
	if (kinds.has('mentioned')) return 'unknown';
	return 'announced';
}
