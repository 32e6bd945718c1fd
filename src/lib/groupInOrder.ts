// Records grouped by one of the closed vocabularies (sides, voices), in the vocabulary's order.

/** The items grouped by `keyOf`, the groups in `order`, each keeping the items' order; no empty group. */
export function groupInOrder<Key extends string, Item>(
	order: readonly Key[],
	items: readonly Item[],
	keyOf: (item: Item) => Key
): { key: Key; items: Item[] }[] {
	const byKey = new Map<Key, Item[]>(order.map((key) => [key, []]));
	for (const item of items) byKey.get(keyOf(item))?.push(item);
	return [...byKey]
		.filter(([, group]) => group.length > 0)
		.map(([key, group]) => ({ key, items: group }));
}
