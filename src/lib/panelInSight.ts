// An event's details panel is read from its top: when a reader opens an event, and when Previous or
// Next puts another in it.

/** How much of the panel's top is brought onto the screen (its buttons, date and title), px; at
 *  most this share of the screen's height, so that some of the timeline above it stays. */
const TOP_SHOWN = 240;
const SCREEN_SHARE = 0.6;

/**
 * An attachment factory for the panel's box, made anew for each event shown (`key`): a box that
 * scrolls on its own (a phone's sheet, the column beside a wide timeline) goes back to its top, and
 * a panel in the page's flow whose top is below the screen's foot or near it (a tablet, a phone
 * held sideways, where a tapped mark seemed to do nothing) comes up as far as its top needs. Inside
 * an embed the page is someone's article, whose scrolling is not the panel's to move.
 */
export function showFromTop(key: string, inArticle: boolean) {
	return (box: HTMLElement) => {
		void key;
		box.scrollTop = 0;
		// A sheet fixed to the screen's foot, or a column stuck beside the timeline, is in sight.
		if (inArticle || getComputedStyle(box).position !== 'static') return;
		const shown = Math.min(TOP_SHOWN, window.innerHeight * SCREEN_SHARE);
		const by = box.getBoundingClientRect().top + shown - window.innerHeight;
		if (by <= 0) return;
		const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		window.scrollBy({ top: by, behavior: still ? 'instant' : 'smooth' });
	};
}
