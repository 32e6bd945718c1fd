// The commitments ledger.
import { commitmentLedger } from '$lib/server/analysis/commitmentLedger';
import { getDataset } from '$lib/server/data/dataset';

export function load() {
	const dataset = getDataset();
	const first = dataset.events[0]!;
	const last = dataset.events.at(-1)!;
	return {
		ledger: commitmentLedger(dataset),
		range: {
			from: first.start,
			to: last.end ?? last.start,
			fromLabel: first.dateLabel,
			toLabel: last.dateLabel
		}
	};
}
