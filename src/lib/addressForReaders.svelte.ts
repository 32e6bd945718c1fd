// The site's address as a page gives it to its reader (citations, the embed's snippet): the one
// built in, or, on a copy built with a placeholder address, the one the page is served from, known
// once its script runs.
import { onMount } from 'svelte';
import { base } from '$app/paths';
import { readerAddress } from './siteAddress';

/** Call while a component is set up; `current` follows `siteUrl`, and the page's own address. */
export function addressForReaders(siteUrl: () => string): { readonly current: string } {
	let served = $state<string>();
	onMount(() => {
		served = location.origin + base;
	});
	const current = $derived(readerAddress(siteUrl(), served));
	return {
		get current() {
			return current;
		}
	};
}
