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

class Dispatcher {
	readonly #listeners: Map<string, Entry[]>;

	constructor(types: readonly string[]) {
		this.#listeners = new Map(types.map((type) => [type, []]));
	}

	on(typenames: string): Callback | undefined;
	on(typenames: string, callback: Callback | null): this;
	on(typenames: string, callback?: Callback | null): Callback | undefined | this {
		const parsed = this.#parse(typenames);
		if (callback === undefined) {
			for (const { type, name } of parsed) {
				const found = type && this.#listeners.get(type)!.find((entry) => entry.name === name);
				if (found) return found.value;
			}
			return undefined;
		}
		for (const { type, name } of parsed) {
			if (type) this.#set(type, name, callback);
			else if (callback === null)
				for (const each of this.#listeners.keys()) this.#set(each, name, null);
		}
		return this;
	}

	call(type: string, that?: unknown, ...args: unknown[]): void {
		this.apply(type, that, args);
	}

	apply(type: string, that?: unknown, args: unknown[] = []): void {
		const entries = this.#listeners.get(type);
		if (!entries) throw new Error(`unknown type: ${type}`);
		for (const { value } of entries) value.apply(that, args);
	}

	#parse(typenames: string) {
		return typenames
			.trim()
			.split(/^|\s+/)
			.map((typename) => {
				const dot = typename.indexOf('.');
				const type = dot >= 0 ? typename.slice(0, dot) : typename;
				if (type && !this.#listeners.has(type)) throw new Error(`unknown type: ${type}`);
				return { type, name: dot >= 0 ? typename.slice(dot + 1) : '' };
			});
	}

	/** Replaces the list rather than changing it, so a call under way keeps the one it started with. */
	#set(type: string, name: string, callback: Callback | null) {
		const entries = this.#listeners.get(type)!.filter((entry) => entry.name !== name);
		if (callback) entries.push({ name, value: callback });
		this.#listeners.set(type, entries);
	}
}

export function dispatch(...types: string[]): Dispatcher {
	return new Dispatcher(types);
}
