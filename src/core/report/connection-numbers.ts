/** `#1, #3, #4`: the connections something was seen on, numbered as in the report's table. */
export function connectionNumbers(indexes: readonly number[]): string {
  return indexes.map((index) => `#${index + 1}`).join(', ');
}

/** Groups items seen on several connections by a key, keeping the first item and every connection index. */
export function groupByKey<T>(
  perConnection: readonly (readonly T[])[],
  keyOf: (item: T) => string,
): { readonly item: T; readonly indexes: number[] }[] {
  const groups = new Map<string, { item: T; indexes: number[] }>();
  perConnection.forEach((items, index) => {
    for (const item of items) {
      const group = groups.get(keyOf(item));
      if (group === undefined) groups.set(keyOf(item), { item, indexes: [index] });
      else if (group.indexes.at(-1) !== index) group.indexes.push(index);
    }
  });
  return [...groups.values()];
}
