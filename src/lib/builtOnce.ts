// Work derived from a whole dataset (indexes, QR codes, the ledger) is done once per dataset, not once per page that asks.

/** `build`, remembered per object: a second call with the same object returns the first result. */
export function builtOnce<Key extends object, Value>(
	build: (key: Key) => Value
): (key: Key) => Value {
	const built = new WeakMap<Key, Value>();
	return (key) => {
		if (!built.has(key)) built.set(key, build(key));
		return built.get(key)!;
	};
}
