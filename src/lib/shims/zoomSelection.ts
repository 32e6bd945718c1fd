// Stands in for d3-selection in the browser bundle. Its one file builds the whole selection prototype
// (joins, attributes, classes, text, insertion, sorting…), all of which ships with `select`; d3-zoom,
// d3-drag and this project only ever select one node and use the few methods below. The event and
// pointer code follows d3-selection 3 (ISC licence) line for line, so listeners behave as d3's do.
// Aliased in vite.config.ts; `interrupt` is d3-transition's (see noTransitions.ts): there are no
// d3 transitions to cancel.

type Listener = (this: EventTarget, event: Event, datum: unknown) => void;

interface Registration {
	type: string;
	name: string;
	value: Listener;
	listener: EventListener;
	options: boolean | AddEventListenerOptions | undefined;
}

type Node = EventTarget & {
	__on?: Registration[];
	__data__?: unknown;
	style?: CSSStyleDeclaration;
	[property: string]: unknown;
};

type Each = (this: Node, datum: unknown, index: number, nodes: Node[]) => unknown;

function parseTypenames(typenames: string) {
	return typenames
		.trim()
		.split(/^|\s+/)
		.map((typename) => {
			const dot = typename.indexOf('.');
			return dot >= 0
				? { type: typename.slice(0, dot), name: typename.slice(dot + 1) }
				: { type: typename, name: '' };
		});
}

class Selection {
	readonly nodes: Node[];

	constructor(nodes: Node[]) {
		this.nodes = nodes;
	}

	node(): Node | undefined {
		return this.nodes[0];
	}

	each(callback: Each): this {
		this.nodes.forEach((node, index) => callback.call(node, node.__data__, index, this.nodes));
		return this;
	}

	filter(test: Each): Selection {
		return new Selection(
			this.nodes.filter((node, index) => test.call(node, node.__data__, index, this.nodes))
		);
	}

	call(callback: (selection: this, ...rest: unknown[]) => unknown, ...rest: unknown[]): this {
		callback(this, ...rest);
		return this;
	}

	datum(): unknown {
		return this.node()?.__data__;
	}

	property(name: string, value?: unknown): unknown {
		if (arguments.length < 2) return this.node()?.[name];
		return this.each(function (datum, index, nodes) {
			const next =
				typeof value === 'function' ? (value as Each).call(this, datum, index, nodes) : value;
			if (next == null) delete this[name];
			else this[name] = next;
		});
	}

	style(name: string, value: string | null, priority = ''): this {
		return this.each(function () {
			if (value == null) this.style?.removeProperty(name);
			else this.style?.setProperty(name, value, priority);
		});
	}

	interrupt(): this {
		return this;
	}

	on(typenames: string): Listener | undefined;
	on(typenames: string, value: Listener | null, options?: boolean | AddEventListenerOptions): this;
	on(typenames: string, value?: Listener | null, options?: boolean | AddEventListenerOptions) {
		const parsed = parseTypenames(String(typenames));
		if (arguments.length < 2) {
			for (const registration of this.node()?.__on ?? [])
				for (const { type, name } of parsed)
					if (type === registration.type && name === registration.name) return registration.value;
			return undefined;
		}
		for (const typename of parsed)
			this.each(function () {
				if (value) addListener(this, typename, value, options);
				else removeListeners(this, typename);
			});
		return this;
	}
}

function addListener(
	node: Node,
	{ type, name }: { type: string; name: string },
	value: Listener,
	options: boolean | AddEventListenerOptions | undefined
) {
	const listener: EventListener = function (this: EventTarget, event) {
		value.call(this, event, (this as Node).__data__);
	};
	for (const registration of node.__on ?? [])
		if (registration.type === type && registration.name === name) {
			node.removeEventListener(type, registration.listener, registration.options);
			node.addEventListener(
				type,
				(registration.listener = listener),
				(registration.options = options)
			);
			registration.value = value;
			return;
		}
	node.addEventListener(type, listener, options);
	(node.__on ??= []).push({ type, name, value, listener, options });
}

/** Removes the listeners named `name` of `type`, or of every type when none is given (".zoom"). */
function removeListeners(node: Node, { type, name }: { type: string; name: string }) {
	const kept: Registration[] = [];
	for (const registration of node.__on ?? []) {
		if ((!type || registration.type === type) && registration.name === name)
			node.removeEventListener(registration.type, registration.listener, registration.options);
		else kept.push(registration);
	}
	if (kept.length) node.__on = kept;
	else delete node.__on;
}

/** A selection of `node` (d3-zoom and d3-drag select elements and windows, never by selector). */
export function select(node: Node | null | undefined): Selection {
	return new Selection(node ? [node] : []);
}

/** The event's position relative to `node` (its current target by default), px. */
export function pointer(
	event: {
		sourceEvent?: unknown;
		clientX: number;
		clientY: number;
		pageX: number;
		pageY: number;
		currentTarget?: unknown;
	},
	node?: Element
): [number, number] {
	while (event.sourceEvent) event = event.sourceEvent as typeof event;
	const target = (node ?? event.currentTarget) as Element | undefined;
	if (target) {
		const svg = ((target as SVGElement).ownerSVGElement ?? target) as SVGSVGElement;
		if (svg.createSVGPoint) {
			let point = svg.createSVGPoint();
			point.x = event.clientX;
			point.y = event.clientY;
			point = point.matrixTransform((target as SVGGraphicsElement).getScreenCTM()!.inverse());
			return [point.x, point.y];
		}
		if (target.getBoundingClientRect) {
			const rect = target.getBoundingClientRect();
			return [
				event.clientX - rect.left - target.clientLeft,
				event.clientY - rect.top - target.clientTop
			];
		}
	}
	return [event.pageX, event.pageY];
}
