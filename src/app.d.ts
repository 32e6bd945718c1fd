// The shape every page's data shares (see https://svelte.dev/docs/kit/types#app.d.ts).
declare global {
	namespace App {
		interface PageData {
			/** The site's name and public address, for the page's head (PageMeta): the root layout's. */
			site: { title: string; url: string };
		}
	}
}

export {};
