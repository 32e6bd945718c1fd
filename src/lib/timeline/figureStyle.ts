// The prerendered figure's rules for each layout width, made from LAYOUT_WIDTHS so that the widths
// are written in one place: the frame's own width (a container query) picks which layout's marks,
// lanes, label widths and label sides are drawn, before any script runs. Served to the page as
// `virtual:figure-widths.css` (vite.config.ts); figure.css holds the rules shared by every width.
import { DEFAULT_TEXT_SIZE, LAYOUT_WIDTHS } from './layoutWidths.ts';

const rem = (px: number) => `${px / DEFAULT_TEXT_SIZE}rem`;

/** `var(--<name><n>, var(--<name><n-1>, … var(--<name>0, 0)))`: a width's value, or the next narrower one's. */
function narrowerFallbacks(name: string, bucket: number): string {
	let value = '0';
	for (let index = 0; index <= bucket; index++) value = `var(--${name}${index}, ${value})`;
	return value;
}

/**
 * The frame widths laid out at `LAYOUT_WIDTHS[bucket]`, as layoutBucket (geometry.ts) measures them:
 * from it to the next (the first from 0), each the larger of its px and its rem, so that larger
 * text takes a narrower layout and smaller text the default one.
 */
export function bucketCondition(bucket: number, widths: readonly number[] = LAYOUT_WIDTHS): string {
	const from = widths[bucket]!;
	const to = widths[bucket + 1];
	const conditions = [];
	if (bucket > 0) conditions.push(`(width >= ${rem(from)}) and (width >= ${from}px)`);
	if (to) conditions.push(`((width < ${rem(to)}) or (width < ${to}px))`);
	return conditions.join(' and ');
}

export function figureWidthRules(widths: readonly number[] = LAYOUT_WIDTHS): string {
	return widths
		.map(
			(width, bucket) => `@container timeline ${bucketCondition(bucket, widths)} {
	.tl-figure .b${bucket} {
		display: var(--shown);
		--lane: ${narrowerFallbacks('l', bucket)};
		--label: calc(${narrowerFallbacks('w', bucket)} / ${width});
	}
	.tl-figure .label.t${bucket} {
		display: block;
	}
	.tl-figure .s${bucket} {
		--side: 1;
		flex-direction: row-reverse;
	}
}
`
		)
		.join('');
}
