type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** `storage.local` with its `onChanged` event, as the background and the options page use them. */
export function fakeLocalStorage(initial: Record<string, unknown> = {}) {
  const items = new Map(Object.entries(initial));
  const listeners: ChangeListener[] = [];
  return {
    items,
    listeners,
    local: {
      get: async (key: string): Promise<Record<string, unknown>> =>
        items.has(key) ? { [key]: structuredClone(items.get(key)) } : {},
      set: async (values: Record<string, unknown>): Promise<void> => {
        const changes = Object.fromEntries(
          Object.entries(values).map(([key, newValue]) => [key, { oldValue: items.get(key), newValue }]),
        );
        for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
        for (const listener of listeners) listener(changes, 'local');
      },
    },
    onChanged: {
      addListener: (listener: ChangeListener) => listeners.push(listener),
      removeListener: (listener: ChangeListener) => listeners.splice(listeners.indexOf(listener), 1),
    },
  };
}
