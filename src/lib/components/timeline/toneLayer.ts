// What the tone strip loads when a reader turns it on: the strip, its key and its height.
import { toneStripHeight, type ToneWord } from '$lib/timeline/toneMarks';
export { default as ToneLegend } from './ToneLegend.svelte';
export { default as ToneStrip } from './ToneStrip.svelte';

/** The strip's height for these words, px: one row per voice that used any. */
export function stripHeight(words: readonly ToneWord[]): number {
	return toneStripHeight(new Set(words.map((word) => word.voice)).size);
}
