// A fixed-height embed (?height=): the timeline takes what the controls, legends and credit line
// leave of the frame. The stylesheet can only guess how much that is (--controls-room); in a narrow
// frame they wrap onto more lines, and the credit line would fall below the frame's foot. Measured
// here whenever the width changes: the room is everything but the timeline's own height and an
// open event's panel (which a reader scrolls to, as on any page).

/** Sets `--controls-room` on `embed` to what its content other than the timeline takes, in px. */
export function measureControlsRoom(embed: HTMLElement): void {
	const surface = embed.querySelector<HTMLElement>('.surface');
	if (!surface) return;
	const below = parseFloat(getComputedStyle(surface).getPropertyValue('--below')) || 0;
	const timeline = surface.getBoundingClientRect().height - below;
	const panel = embed.querySelector('.panel-slot')?.getBoundingClientRect().height ?? 0;
	const room = embed.getBoundingClientRect().height - timeline - panel;
	embed.style.setProperty('--controls-room', `${Math.ceil(room)}px`);
}

/** Keeps `--controls-room` measured as the embed's width changes. Returns a function that stops. */
export function fitToHeight(embed: HTMLElement): () => void {
	let width = -1;
	const observer = new ResizeObserver(([entry]) => {
		if (!entry || Math.abs(entry.contentRect.width - width) < 0.5) return;
		width = entry.contentRect.width;
		measureControlsRoom(embed);
	});
	observer.observe(embed);
	return () => observer.disconnect();
}
