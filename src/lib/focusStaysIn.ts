// Keyboard focus where a group's button can do no more (Zoom out when all is shown, the event
// panel's Next at the last event): a disabled button drops the focus to the page, where the reader
// sees no focus and the next Tab starts again from the top.

/**
 * An attachment for a group of buttons: one disabled while it has the focus hands the focus to the
 * first of them still enabled. A disabled button leaves the tab order, as it should; the focus is
 * moved before the browser drops it.
 */
export function focusStaysIn(group: HTMLElement): () => void {
	const observer = new MutationObserver(() => {
		const active = document.activeElement;
		if (active instanceof HTMLButtonElement && active.disabled && group.contains(active))
			group.querySelector<HTMLElement>('button:enabled')?.focus();
	});
	observer.observe(group, { subtree: true, attributeFilter: ['disabled'] });
	return () => observer.disconnect();
}
