// SvelteKit's root component as the one kind of object its client asks for: made with `new`, given
// new props by `$set`. SvelteKit wraps the component in Svelte's asClassComponent (svelte/legacy),
// a general adapter that every page loaded for those two uses; vite.config.ts has its generated
// root.js take this instead.
import { hydrate, mount, type Component } from 'svelte';

interface RootOptions {
	target: Element;
	props: Record<string, unknown>;
	hydrate?: boolean;
	transformError?: (error: unknown) => unknown;
}

export function asKitRoot(Root: Component<Record<string, unknown>>) {
	return class KitRoot {
		#props = $state.raw<Record<string, unknown>>({});

		constructor({ target, props, hydrate: hydrating, transformError }: RootOptions) {
			this.#props = props;
			// Each prop read from the latest props, so that `$set` reaches the component; a value that
			// did not change is the same object and updates nothing.
			const current = () => this.#props;
			const reactive = new Proxy(props, {
				get: (_, key) => current()[key as string],
				has: (_, key) => key in current()
			});
			(hydrating ? hydrate : mount)(Root, { target, props: reactive, transformError });
		}

		$set(props: Record<string, unknown>) {
			this.#props = { ...this.#props, ...props };
		}
	};
}
