// The digits a presenter types towards a jump ("12", then Enter), in the room's window and the
// presenter view alike.
import { DIGITS_FORGOTTEN_MS } from './keys';

export class TypedDigits {
	/** The digits typed so far, at most four; '' when none wait for their Enter. */
	value = $state('');
	#forget: ReturnType<typeof setTimeout> | undefined;

	/** Adds a digit; the digits are forgotten if no Enter follows in time. */
	type(digit: string): void {
		this.value = (this.value + digit).slice(-4);
		clearTimeout(this.#forget);
		this.#forget = setTimeout(() => this.take(), DIGITS_FORGOTTEN_MS);
	}

	/** The slide number typed (0 for none), forgetting the digits. */
	take(): number {
		const typed = Number(this.value);
		this.value = '';
		clearTimeout(this.#forget);
		return typed;
	}
}
