import { describe, expect, test } from 'vitest';
import { SAVE_BUDGET_CHARS, SEGMENT_FRAMES, TabPersistence } from '../../../src/background/tab-persistence.ts';
import { TabStore } from '../../../src/background/tab-store.ts';
import { F1_TICKET_MINT } from '../../fixtures/handshakes.ts';
import { MemorySessionArea } from './support/memory-session-area.ts';
import { openEvent, opened, pageBatch, textFrame, upgraded } from './support/observations.ts';

const TEXT = 'x'.repeat(100);

/** A tab with one F1 connection; `addFrames` appends page batches of text frames to it. */
function tab(tabId = 1, frameCap?: number) {
  const store = new TabStore(tabId, frameCap);
  let seq = 1;
  store.applyPageBatch(pageBatch(seq, [openEvent(1), opened(1)], { rejected: 1 }), 0);
  store.observeHandshake(upgraded());
  store.addTicketMint(F1_TICKET_MINT);
  const addFrames = (count: number) => {
    seq += 1;
    store.applyPageBatch(
      pageBatch(
        seq,
        Array.from({ length: count }, () => textFrame(1, TEXT)),
      ),
      0,
    );
  };
  return { store, addFrames };
}

async function reload(area: MemorySessionArea, frameCap?: number): Promise<TabStore[]> {
  return new TabPersistence(area).loadAll(frameCap);
}

const lastWrite = (area: MemorySessionArea) => area.writes.at(-1);

describe('TabPersistence', () => {
  test('a new instance (a restarted worker) loads the same connections, frames and drop counts', async () => {
    const area = new MemorySessionArea();
    const { store, addFrames } = tab(4);
    addFrames(2_500);
    await new TabPersistence(area).save(store);
    const [copy] = await reload(area);
    expect(copy?.tabId).toBe(4);
    expect(copy?.snapshot()).toEqual(store.snapshot());
  });

  test('a damaged segment loses its own frames only, counted as lost on restart', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab();
    for (let save = 0; save < 3; save++) {
      addFrames(SEGMENT_FRAMES);
      await persistence.save(store);
    }
    area.items.set('t1:s1000', '[{"id":1000,');
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames.map((frame) => frame.id)).toEqual([...range(0, 1_000), ...range(2_000, 3_000)]);
    expect(copy?.dropped.lostOnRestart).toBe(1_000);
  });

  test('nothing saved loads nothing', async () => {
    expect(await reload(new MemorySessionArea())).toEqual([]);
  });

  test('saves frames as JSON text, appended to the newest segment until it is full, which is never written again', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab();
    addFrames(2_500);
    await persistence.save(store);
    expect(lastWrite(area)).toEqual(['t1:meta', 't1:s0']);
    expect(JSON.parse(area.items.get('t1:s0') as string)).toEqual(store.frames.since(0));
    addFrames(10);
    await persistence.save(store);
    expect(lastWrite(area)).toEqual(['t1:meta', 't1:s2500']);
    addFrames(600);
    await persistence.save(store);
    expect(lastWrite(area)).toEqual(['t1:meta', 't1:s2500']);
    expect(JSON.parse(area.items.get('t1:s2500') as string)).toEqual(store.frames.since(2_500));
    await persistence.save(store);
    expect(lastWrite(area)).toEqual(['t1:meta']);
    addFrames(400);
    await persistence.save(store);
    expect(lastWrite(area)).toEqual(['t1:meta', 't1:s2500']);
    addFrames(1);
    await persistence.save(store);
    expect(lastWrite(area)).toEqual(['t1:meta', 't1:s3510']);
    expect(area.keys()).toEqual(['t1:meta', 't1:s0', 't1:s2500', 't1:s3510']);
    expect(area.items.get('t1:s0')).toBeTypeOf('string');
    const [copy] = await reload(area);
    expect(copy?.snapshot()).toEqual(store.snapshot());
  });

  test('after a restart, saving goes on from where the saved copy ends', async () => {
    const area = new MemorySessionArea();
    const { store, addFrames } = tab();
    addFrames(2_500);
    await new TabPersistence(area).save(store);
    const persistence = new TabPersistence(area);
    const [copy] = await persistence.loadAll();
    copy?.applyPageBatch(pageBatch(3, [textFrame(1, 'after restart')]), 0);
    await persistence.save(copy as TabStore);
    expect(lastWrite(area)).toEqual(['t1:meta', 't1:s2500']);
    const [again] = await reload(area);
    expect(again?.snapshot().frames.at(-1)).toMatchObject({ id: 2_500, data: { text: 'after restart' } });
  });

  test('removes the segments of evicted frames, and a restore brings back only what the ring held', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab(1, 1_500);
    addFrames(1_200);
    await persistence.save(store);
    addFrames(1_800);
    await persistence.save(store);
    expect(area.removals).toEqual([['t1:s0']]);
    expect(area.keys()).toEqual(['t1:meta', 't1:s1500']);
    const [copy] = await reload(area, 1_500);
    expect(copy?.snapshot().frames.map((frame) => frame.id)).toEqual(store.snapshot().frames.map((frame) => frame.id));
    expect(copy?.dropped).toEqual({ evicted: 1_500, rejected: 1, lostOnRestart: 0 });
  });

  test('frames cleared before the save do not come back after a restart', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab();
    addFrames(500);
    await persistence.save(store);
    store.clear('user');
    await persistence.save(store);
    expect(area.keys()).toEqual(['t1:meta']);
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames).toEqual([]);
    expect(copy?.dropped.lostOnRestart).toBe(0);
  });

  test('frames after a clear start a new segment: the cleared one is not grown', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab();
    addFrames(500);
    await persistence.save(store);
    store.clear('user');
    addFrames(20);
    await persistence.save(store);
    expect(area.keys()).toEqual(['t1:meta', 't1:s500']);
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames.map((frame) => frame.id)).toEqual(range(500, 520));
  });

  test('over the size budget drops the oldest segments; a restore counts them as lost on restart', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area, Math.floor(2.5 * segmentChars(SEGMENT_FRAMES)));
    const { store, addFrames } = tab();
    for (let save = 0; save < 5; save++) {
      addFrames(SEGMENT_FRAMES);
      await persistence.save(store);
    }
    expect(area.keys()).toEqual(['t1:meta', 't1:s3000', 't1:s4000']);
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames.map((frame) => frame.id)).toEqual(range(3_000, 5_000));
    expect(copy?.dropped).toEqual({ evicted: 0, rejected: 1, lostOnRestart: 3_000 });
  });

  test('the newest segment is kept even over the budget', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area, segmentChars(SEGMENT_FRAMES));
    const { store, addFrames } = tab();
    addFrames(3_000);
    await persistence.save(store);
    expect(area.keys()).toEqual(['t1:meta', 't1:s0']);
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames).toHaveLength(3_000);
  });

  test('over quota, the oldest saved segments make room: the newest frames are kept and the rest counted', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab();
    addFrames(1_500);
    await persistence.save(store);
    area.quotaChars = JSON.stringify(Object.fromEntries(area.items)).length + 5_000;
    addFrames(1_000);
    await persistence.save(store);
    expect(area.keys()).toEqual(['t1:meta', 't1:s1500']);
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames.map((frame) => frame.id)).toEqual(range(1_500, 2_500));
    expect(copy?.dropped.lostOnRestart).toBe(1_500);
  });

  test('when even that is not enough, the meta alone is saved, so the missing frames are counted', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const { store, addFrames } = tab();
    addFrames(10);
    await persistence.save(store);
    area.quotaChars = JSON.stringify(Object.fromEntries(area.items)).length + 500;
    addFrames(1_500);
    await persistence.save(store);
    expect(area.keys()).toEqual(['t1:meta']);
    const [copy] = await reload(area);
    expect(copy?.snapshot().frames).toHaveLength(0);
    expect(copy?.dropped.lostOnRestart).toBe(1_510);
  });

  test('keeps many tabs apart, and removing one (t1) leaves the others (t12) alone', async () => {
    const area = new MemorySessionArea();
    const persistence = new TabPersistence(area);
    const tabIds = range(1, 21);
    for (const tabId of tabIds) {
      const { store, addFrames } = tab(tabId);
      addFrames(tabId * 40);
      await persistence.save(store);
    }
    await persistence.remove(1);
    const stores = await reload(area);
    expect(stores.map((store) => store.tabId).sort((a, b) => a - b)).toEqual(tabIds.slice(1));
    for (const store of stores) expect(store.snapshot().frames).toHaveLength(store.tabId * 40);
  });

  test('the budget covers all tabs together', async () => {
    const area = new MemorySessionArea();
    const chars = segmentChars(SEGMENT_FRAMES);
    const persistence = new TabPersistence(area, 6 * chars);
    const tabs = [1, 2, 3].map((tabId) => tab(tabId));
    for (let save = 0; save < 3; save++) {
      for (const { store, addFrames } of tabs) {
        addFrames(SEGMENT_FRAMES);
        await persistence.save(store);
      }
    }
    expect(area.segmentChars()).toBeLessThanOrEqual(6 * chars);
    const stores = await reload(area);
    const kept = stores.reduce((sum, store) => sum + store.snapshot().frames.length, 0);
    const lost = stores.reduce((sum, store) => sum + store.dropped.lostOnRestart, 0);
    expect(kept).toBeGreaterThanOrEqual(5_000);
    expect(kept + lost).toBe(9_000);
  });

  test('the default budget leaves room under the 10 MB of storage.session', () => {
    expect(SAVE_BUDGET_CHARS).toBeLessThan(0.8 * 10 * 1024 * 1024);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** The characters a segment of `count` frames takes, to size the budget in the tests. */
function segmentChars(count: number): number {
  const { store, addFrames } = tab();
  addFrames(count);
  return JSON.stringify(store.frames.since(0)).length;
}
