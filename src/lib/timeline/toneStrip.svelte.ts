// The tone strip under the axis, loaded (its code and its data) only when a reader turns it on.
import type { Component } from 'svelte';
import { resolve } from '$app/paths';
import type { ToneWord } from './toneMarks';
import type { ZoomExtent, ZoomState } from './zoom';

export interface ToneLayer {
	strip: Component<{ words: readonly ToneWord[]; view: ZoomState; extent: ZoomExtent }>;
	legend: Component<{ words: readonly ToneWord[] }>;
	words: ToneWord[];
	height: number;
}

export class ToneStrip {
	shown = $state(false);
	layer = $state.raw<ToneLayer>();

	/** The layer when it is shown and loaded. */
	get visible(): ToneLayer | undefined {
		return this.shown ? this.layer : undefined;
	}

	/** Turns the strip on or off; returns what to announce. */
	async toggle(): Promise<string> {
		this.shown = !this.shown;
		if (this.shown && !this.layer) {
			const [module, words] = await Promise.all([
				import('../components/timeline/toneLayer'),
				fetch(resolve('/data/tone.json')).then((response) => response.json() as Promise<ToneWord[]>)
			]);
			this.layer = {
				strip: module.ToneStrip,
				legend: module.ToneLegend,
				words,
				height: module.stripHeight(words)
			};
		}
		return this.shown
			? 'Tone strip shown under the axis: the descriptors each voice used'
			: 'Tone strip hidden';
	}
}
