// Whether a timeline is vertical (its frame narrower than VERTICAL_BELOW), as the browser measures it,
// and the vertical layout's component, loaded only then. The page gives the loader (its own import
// of the component), so that the build sees the import in that page's code and writes the layout's
// stylesheet into it with the rows it draws (server/pages/timelineRowsMarkup.ts), and into no other.
import type VerticalTimeline from '../components/timeline/VerticalTimeline.svelte';
import { VERTICAL_BELOW } from './geometry';
import { DEFAULT_TEXT_SIZE, pageTextSize } from './layoutWidths';

/** VERTICAL_BELOW at the page's text size, as the stylesheet's query has it (in rem, at least px). */
const verticalBelow = () =>
	(VERTICAL_BELOW * Math.max(pageTextSize(), DEFAULT_TEXT_SIZE)) / DEFAULT_TEXT_SIZE;

/** A page's import of the vertical layout's component. */
export type VerticalLoader = () => Promise<{ default: typeof VerticalTimeline }>;

export class VerticalLayout {
	/** Unknown until the browser has measured the frame. */
	narrow = $state<boolean>();
	component = $state<typeof VerticalTimeline>();
	readonly #load: VerticalLoader;

	constructor(load: VerticalLoader) {
		this.#load = load;
	}

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
		this.component ??= (await this.#load()).default;
	}
}
