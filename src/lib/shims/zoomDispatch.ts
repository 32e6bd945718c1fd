// Stands in for d3-dispatch in the browser bundle. d3-zoom makes one dispatcher of "start", "zoom"
// and "end" and only adds, reads and calls its listeners; the package's dispatcher carries more
// (copying, type checks on every argument). This one follows d3-dispatch 3 (ISC licence) where it
// matters: listeners by type and name ("zoom.mine"), a name's new listener replaces its old one and
// goes last, a name without a type removes that name from every type, and a call runs the listeners
// there were when it began. Aliased in vite.config.ts.

type Callback = (this: unknown, ...args: unknown[]) => void;

interface Entry {
	name: string;
	value: Callback;
}

export function dispatch(...types: string[]) {
	const listeners = new Map<string, Entry[]>(types.map((type) => [type, []]));
	const registeredType = (type: string) => {
		if (!listeners.has(type)) throw new Error(`unknown type: ${type}`);
		return type;
	};
	// Replaces a type's list rather than changing it, so a call under way keeps the one it began with.
	const set = (type: string, name: string, callback: Callback | null) => {
		const entries = listeners.get(type)!.filter((entry) => entry.name !== name);
		if (callback) entries.push({ name, value: callback });
		listeners.set(type, entries);
	};
	const dispatcher = {
		/** With a callback (or null), sets (or removes) it and returns the dispatcher; without, returns it. */
		on(typenames: string, callback?: Callback | null): unknown {
			const parsed = typenames
				.trim()
				.split(/^|\s+/)
				.map((typename) => {
					const dot = typename.indexOf('.');
					const type = dot < 0 ? typename : typename.slice(0, dot);
					return {
						type: type && registeredType(type),
						name: dot < 0 ? '' : typename.slice(dot + 1)
					};
				});
			if (callback === undefined) {
				for (const { type, name } of parsed) {
					const found = type && listeners.get(type)!.find((entry) => entry.name === name);
					if (found) return found.value;
				}
				return undefined;
			}
			for (const { type, name } of parsed) {
				if (type) set(type, name, callback);
				else if (callback === null) for (const each of listeners.keys()) set(each, name, null);
			}
			return dispatcher;
		},
		call(type: string, that?: unknown, ...args: unknown[]) {
			for (const { value } of listeners.get(registeredType(type))!) value.apply(that, args);
		}
	};
	return dispatcher;
}
