import type { SessionArea } from '../../../../src/background/tab-persistence.ts';

/** An in-memory `storage.session` that copies values as the browser does and records every write. */
export class MemorySessionArea implements SessionArea {
  readonly items = new Map<string, unknown>();
  readonly writes: string[][] = [];
  readonly removals: string[][] = [];
  /** When set, a `set()` whose JSON size would exceed it is refused, as a full storage area refuses it. */
  quotaChars: number | undefined;
  /** When set, `get()` answers only after this many milliseconds, as the browser's storage (IPC) does. */
  getDelayMs: number | undefined;

  async get(_keys: null): Promise<Record<string, unknown>> {
    if (this.getDelayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, this.getDelayMs));
    return structuredClone(Object.fromEntries(this.items));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const after = new Map([...this.items, ...Object.entries(items)]);
    if (this.quotaChars !== undefined && JSON.stringify(Object.fromEntries(after)).length > this.quotaChars) {
      throw new Error('Session storage quota bytes exceeded.');
    }
    this.writes.push(Object.keys(items).sort());
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    const list = typeof keys === 'string' ? [keys] : keys;
    this.removals.push([...list].sort());
    for (const key of list) this.items.delete(key);
  }

  keys(): string[] {
    return [...this.items.keys()].sort();
  }

  /** Total characters of the saved frame segments (JSON text), as the budget counts them. */
  segmentChars(): number {
    return [...this.items]
      .filter(([key]) => /:s\d+$/.test(key))
      .reduce((sum, [, value]) => sum + (value as string).length, 0);
  }
}
