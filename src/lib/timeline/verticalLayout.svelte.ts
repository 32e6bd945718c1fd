// Whether the explorer's timeline is vertical (its frame narrower than VERTICAL_BELOW), as the browser
// measures it, and the vertical layout's component, loaded only then. A class rather than code in the
// component's effects, so that the server's build sees the import too and writes the layout's
// stylesheet into the page with the rows the build draws (server/pages/timelineRowsMarkup.ts).
import type VerticalTimeline from '../components/timeline/VerticalTimeline.svelte';
import { VERTICAL_BELOW } from './geometry';

/** VERTICAL_BELOW at the page's text size, as the stylesheet's query has it (in rem). */
function verticalBelow(): number {
	const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
	return (VERTICAL_BELOW * (rem || 16)) / 16;
}

export class VerticalLayout {
	/** Unknown until the browser has measured the frame. */
	narrow = $state<boolean>();
	component = $state<typeof VerticalTimeline>();

	/** Measures the timeline's container (an attachment), loading the layout once it is narrow. */
	attach = (node: HTMLElement) => {
		const resizes = new ResizeObserver(([entry]) => {
			if (!entry) return;
			this.narrow = entry.contentRect.width < verticalBelow();
			if (this.narrow) void this.load();
		});
		resizes.observe(node);
		return () => resizes.disconnect();
	};

	async load() {
		this.component ??= (await import('../components/timeline/VerticalTimeline.svelte')).default;
	}
}
