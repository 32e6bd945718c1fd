// The steps of a commitment's trail and its outcome, as the ledger's lines and legend name them.

/** Each kind of step or outcome a line marks, in the legend's order, with its words. */
export const STEP_LABELS: Record<string, string> = {
	announced: 'announced',
	mentioned: 'mentioned',
	reaffirmed: 'reaffirmed',
	'carried-out': 'carried out',
	lapsed: 'lapsed',
	superseded: 'superseded'
};

/** The kind of mark for a status in words ("carried out" → "carried-out"). */
export const statusKind = (status: string) => status.replace(' ', '-');

/** What the corpus shows became of a commitment (server/analysis/commitments.ts). */
export type CommitmentStatus =
	| 'announced'
	| 'reaffirmed'
	| 'carried out'
	| 'unknown'
	| 'lapsed'
	| 'superseded';

/** What each status of a commitment means, as the ledger's introduction and an event's page say it. */
export const STATUS_MEANINGS: Record<CommitmentStatus, string> = {
	'carried out': 'reported happening',
	reaffirmed: 'restated later',
	announced: 'never mentioned again',
	unknown: 'mentioned again without saying whether it was kept',
	lapsed: 'dropped, as a dated note says',
	superseded: 'replaced by another, as a dated note says'
};
