// What a cluster's round badge says: its count, shortened once it would not fit in the circle.

/** "7", "999", then "1k", "12k": the label beside the badge and its accessible name keep the exact count. */
export function clusterBadge(count: number): string {
	return count < 1000 ? String(count) : `${Math.floor(count / 1000)}k`;
}
