// The presenter view's time: the talk's elapsed time (paused, resumed and reset at will, kept through
// a reload of the window) and the time of day, both ticking once a second.
import {
	elapsedMs,
	formatElapsed,
	parseStopwatch,
	resetStopwatch,
	startStopwatch,
	toggleStopwatch,
	type Stopwatch
} from './stopwatch';

const STORAGE_KEY = 'timeline-presenter-stopwatch';

export class PresenterClock {
	/** Nought until the window starts the clock: a prerendered page shows no build-time hour. */
	now = $state(0);
	#watch = $state<Stopwatch>(startStopwatch(0));
	#timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
	#hoursAndMinutes = new Intl.DateTimeFormat('en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});

	get elapsed(): string {
		return formatElapsed(elapsedMs(this.#watch, this.now));
	}

	get running(): boolean {
		return this.#watch.since !== null;
	}

	get clock(): string {
		return this.now === 0 ? '–:––' : this.#timeOfDay.format(this.now);
	}

	/** The clock's time as a machine reads it (HH:MM), for a `<time>` element. */
	get clockDatetime(): string | undefined {
		return this.now === 0 ? undefined : this.#hoursAndMinutes.format(this.now);
	}

	toggle() {
		this.#save(toggleStopwatch(this.#watch, (this.now = Date.now())));
	}

	reset() {
		this.#save(resetStopwatch(this.#watch, (this.now = Date.now())));
	}

	/** Starts ticking, from the stopwatch this window kept if it has one; returns the stop. */
	start(): () => void {
		let kept: Stopwatch | undefined;
		try {
			kept = parseStopwatch(sessionStorage.getItem(STORAGE_KEY));
		} catch {
			// Storage refused: a new stopwatch.
		}
		this.now = Date.now();
		this.#save(kept ?? startStopwatch(this.now));
		const timer = setInterval(() => (this.now = Date.now()), 1000);
		return () => clearInterval(timer);
	}

	#save(watch: Stopwatch) {
		this.#watch = watch;
		try {
			sessionStorage.setItem(STORAGE_KEY, JSON.stringify(watch));
		} catch {
			// Storage refused (a locked-down browser): the stopwatch still runs, a reload restarts it.
		}
	}
}
