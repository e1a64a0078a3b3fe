import type { EndpointArea, EndpointAreas } from '../../../../src/shared/endpoint-areas.ts';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** A `storage.*` area in memory that copies values as the browser does and announces changes on its own event. */
export class MemoryArea implements EndpointArea {
  readonly items: Map<string, unknown>;
  readonly listeners: ((changes: Changes) => void)[] = [];
  readonly onChanged = {
    addListener: (listener: (changes: Changes) => void) => this.listeners.push(listener),
    removeListener: (listener: (changes: Changes) => void) => {
      this.listeners.splice(this.listeners.indexOf(listener), 1);
    },
  };

  constructor(initial: Record<string, unknown> = {}) {
    this.items = new Map(Object.entries(structuredClone(initial)));
  }

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const wanted = typeof keys === 'string' ? [keys] : keys;
    return structuredClone(
      Object.fromEntries(wanted.filter((key) => this.items.has(key)).map((key) => [key, this.items.get(key)])),
    );
  }

  async set(values: Record<string, unknown>): Promise<void> {
    const changes: Changes = {};
    for (const [key, value] of Object.entries(values)) {
      changes[key] = { oldValue: this.items.get(key), newValue: value };
      this.items.set(key, structuredClone(value));
    }
    this.#announce(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Changes = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!this.items.has(key)) continue;
      changes[key] = { oldValue: this.items.get(key) };
      this.items.delete(key);
    }
    if (Object.keys(changes).length > 0) this.#announce(changes);
  }

  /** Everything stored, as the JSON a disk or a dump would hold. */
  dump(): string {
    return JSON.stringify(Object.fromEntries(this.items));
  }

  #announce(changes: Changes): void {
    for (const listener of [...this.listeners]) listener(changes);
  }
}

export function memoryAreas(local: Record<string, unknown> = {}, session: Record<string, unknown> = {}) {
  const areas = { local: new MemoryArea(local), session: new MemoryArea(session) };
  return areas satisfies EndpointAreas;
}

/** Ids in creation order: `e1`, `e2`… */
export function counterIds(): () => string {
  let next = 0;
  return () => `e${++next}`;
}
