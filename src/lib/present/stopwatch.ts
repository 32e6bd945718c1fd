// The presenter's stopwatch as plain values: how long the talk has run, paused and resumed at will,
// kept in the window's session so that a reload does not lose it.

export interface Stopwatch {
	/** Time counted in earlier runs, in milliseconds. */
	banked: number;
	/** When the current run began (ms since the epoch), or null while paused. */
	since: number | null;
}

export const startStopwatch = (now: number): Stopwatch => ({ banked: 0, since: now });

export function elapsedMs(watch: Stopwatch, now: number): number {
	return watch.banked + (watch.since === null ? 0 : Math.max(0, now - watch.since));
}

/** Paused if running, running again if paused. */
export function toggleStopwatch(watch: Stopwatch, now: number): Stopwatch {
	return watch.since === null
		? { banked: watch.banked, since: now }
		: { banked: elapsedMs(watch, now), since: null };
}

/** Back to nought, running or paused as it was. */
export function resetStopwatch(watch: Stopwatch, now: number): Stopwatch {
	return { banked: 0, since: watch.since === null ? null : now };
}

/** 7:05, 12:31, 1:02:09: minutes and seconds, hours once there are any. */
export function formatElapsed(ms: number): string {
	const seconds = Math.floor(Math.max(0, ms) / 1000);
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor(seconds / 60) % 60;
	const rest = String(seconds % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A stopwatch read back from storage, or undefined when the text is not one. */
export function parseStopwatch(text: string | null): Stopwatch | undefined {
	if (!text) return undefined;
	try {
		const value = JSON.parse(text) as Partial<Stopwatch>;
		const since = value.since;
		if (
			typeof value.banked === 'number' &&
			Number.isFinite(value.banked) &&
			value.banked >= 0 &&
			(since === null || (typeof since === 'number' && Number.isFinite(since)))
		)
			return { banked: value.banked, since: since ?? null };
	} catch {
		// Not ours, or damaged: a new stopwatch.
	}
	return undefined;
}
