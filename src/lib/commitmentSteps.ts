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
