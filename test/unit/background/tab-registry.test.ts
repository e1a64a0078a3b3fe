import { describe, expect, test } from 'vitest';
import { TabPersistence } from '../../../src/background/tab-persistence.ts';
import { TabRegistry } from '../../../src/background/tab-registry.ts';
import { TabStore } from '../../../src/background/tab-store.ts';
import { MemorySessionArea } from './support/memory-session-area.ts';
import { openEvent, pageBatch } from './support/observations.ts';

async function savedArea(tabIds: readonly number[]): Promise<MemorySessionArea> {
  const area = new MemorySessionArea();
  const persistence = new TabPersistence(area);
  for (const tabId of tabIds) {
    const store = new TabStore(tabId);
    store.applyPageBatch(pageBatch(1, [openEvent(1)]), 0);
    await persistence.save(store);
  }
  return area;
}

describe('TabRegistry', () => {
  test('restores the saved tabs before handing out any store', async () => {
    const registry = new TabRegistry(new TabPersistence(await savedArea([4, 9])));
    const store = await registry.get(9);
    expect(store.snapshot().connections).toHaveLength(1);
    expect(registry.has(4)).toBe(true);
  });

  test('creates an empty store on first use, and returns the same one after', async () => {
    const registry = new TabRegistry(new TabPersistence(new MemorySessionArea()));
    expect(registry.has(2)).toBe(false);
    const store = await registry.get(2);
    expect(store.snapshot().connections).toEqual([]);
    expect(await registry.get(2)).toBe(store);
    expect(registry.has(2)).toBe(true);
  });

  test('forgets a deleted tab', async () => {
    const registry = new TabRegistry(new TabPersistence(await savedArea([4])));
    await registry.ready;
    registry.delete(4);
    expect(registry.has(4)).toBe(false);
  });

  test('an unreadable saved state starts empty instead of failing', async () => {
    const area = new MemorySessionArea();
    area.items.set('t1:meta', { tabId: 1 });
    const registry = new TabRegistry(new TabPersistence(area));
    await expect(registry.ready).resolves.toBeUndefined();
    expect(registry.has(1)).toBe(false);
    expect((await registry.get(1)).tabId).toBe(1);
  });
});
