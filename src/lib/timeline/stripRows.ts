// Rows for a strip of fixed-size marks, so that marks close in time stack instead of covering each other.

/**
 * The row of each mark, given the marks' centres in px sorted from left to right: each goes to the
 * first row where it clears the previous mark by `size + gap`, so every mark keeps its whole target.
 */
export function stripRows(centres: readonly number[], size: number, gap = 2): number[] {
	const rowEnds: number[] = [];
	return centres.map((centre) => {
		let row = rowEnds.findIndex((end) => centre - size / 2 >= end + gap);
		if (row === -1) row = rowEnds.length;
		rowEnds[row] = centre + size / 2;
		return row;
	});
}
