/** An object that stays the same while every part stays the same (by identity), and is new as soon as one changes. */
export function createContextKey(): (parts: readonly unknown[]) => object {
  let lastParts: readonly unknown[] = [];
  let key = {};
  return (parts) => {
    const changed = parts.length !== lastParts.length || parts.some((part, index) => part !== lastParts[index]);
    if (changed) {
      lastParts = parts;
      key = {};
    }
    return key;
  };
}
