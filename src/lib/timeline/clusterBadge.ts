// What a cluster's mark says: its count in a round badge, shortened once it would not fit in the circle, and a word beside it.

/** The word beside a cluster's badge: the two read "7 events", which is how its accessible name begins. */
export const CLUSTER_LABEL = 'events';

/** "7", "999", then "1k", "12k": the cluster's accessible name keeps the exact count. */
export function clusterBadge(count: number): string {
	return count < 1000 ? String(count) : `${Math.floor(count / 1000)}k`;
}
