type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
type AreaListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void;

const eventOf = <L>(listeners: L[]) => ({
  addListener: (listener: L) => listeners.push(listener),
  removeListener: (listener: L) => listeners.splice(listeners.indexOf(listener), 1),
});

/**
 * `storage.local` with its own `onChanged` event and the global `storage.onChanged` (which hears every area), as the
 * background and the options page use them.
 */
export function fakeLocalStorage(initial: Record<string, unknown> = {}) {
  const items = new Map(Object.entries(initial));
  const listeners: ChangeListener[] = [];
  const localListeners: AreaListener[] = [];
  return {
    items,
    /** Listeners of the global event. */
    listeners,
    localListeners,
    local: {
      get: async (key: string): Promise<Record<string, unknown>> =>
        items.has(key) ? { [key]: structuredClone(items.get(key)) } : {},
      set: async (values: Record<string, unknown>): Promise<void> => {
        const changes = Object.fromEntries(
          Object.entries(values).map(([key, newValue]) => [key, { oldValue: items.get(key), newValue }]),
        );
        for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
        for (const listener of localListeners) listener(changes);
        for (const listener of listeners) listener(changes, 'local');
      },
      onChanged: eventOf(localListeners),
    },
    onChanged: eventOf(listeners),
  };
}
