import { describe, expect, test } from 'vitest';
import { TabStore } from '../../../src/background/tab-store.ts';
import { F1_TICKET_MINT } from '../../fixtures/handshakes.ts';
import { openEvent, opened, pageBatch, T0, textFrame, upgraded } from './support/observations.ts';

function storeWithFrames(count: number, frameCap?: number): TabStore {
  const store = new TabStore(3, frameCap);
  store.applyPageBatch(pageBatch(1, [openEvent(1), opened(1)], { rejected: 1 }), 0);
  store.applyPageBatch(
    pageBatch(
      2,
      Array.from({ length: count }, (_, n) => textFrame(1, `f${n}`)),
    ),
    0,
  );
  store.observeHandshake(upgraded());
  store.addTicketMint(F1_TICKET_MINT);
  store.preserveLog = true;
  return store;
}

function restored(store: TabStore, frames = store.frames.since(0), frameCap?: number): TabStore {
  const copy = new TabStore(store.tabId, frameCap);
  copy.restore(structuredClone(store.save()), structuredClone(frames));
  return copy;
}

describe('TabStore save and restore', () => {
  test('a restored store has the same connections, frames, mints, drop counts and preserve-log choice', () => {
    const store = storeWithFrames(5);
    expect(restored(store).snapshot()).toEqual(store.snapshot());
  });

  test('a restored store still recognises batches it already applied, and numbers new frames on', () => {
    const copy = restored(storeWithFrames(5));
    expect(copy.applyPageBatch(pageBatch(2, [textFrame(1, 'again')]), 0)).toBe(false);
    expect(copy.applyPageBatch(pageBatch(3, [textFrame(1, 'new')]), 0)).toBe(true);
    expect(copy.snapshot().frames.at(-1)).toMatchObject({ id: 5, connectionId: 'live:0123456789abcdef0123:1' });
  });

  test('a restored store joins later network observations to its sockets', () => {
    const copy = restored(storeWithFrames(1));
    copy.applyPageBatch(
      pageBatch(3, [{ type: 'close', socket: 1, at: T0 + 9, close: { code: 1000, reason: '', wasClean: true } }]),
      0,
    );
    expect(copy.snapshot().connections[0]).toMatchObject({ closedAt: T0 + 9, handshake: { status: 101 } });
  });

  test('frames the ring had evicted before the save do not come back', () => {
    const store = storeWithFrames(30, 10);
    const staleChunk = [...store.frames.since(0)];
    const evictedEarlier = storeWithFrames(20, 10).frames.since(0);
    const copy = restored(store, [...evictedEarlier, ...staleChunk]);
    expect(copy.snapshot().frames.map((frame) => frame.id)).toEqual(staleChunk.map((frame) => frame.id));
    expect(copy.dropped).toEqual({ evicted: 20, rejected: 1, lostOnRestart: 0 });
  });

  test('frames cleared before the save do not come back', () => {
    const store = storeWithFrames(5);
    const before = store.frames.since(0);
    store.clear('user');
    expect(restored(store, before).snapshot().frames).toEqual([]);
  });

  test('frames the ring held but the save lacks are counted as lost on restart, wherever they are missing', () => {
    const store = storeWithFrames(10);
    const frames = store.frames.since(0);
    expect(restored(store, frames.slice(4)).dropped.lostOnRestart).toBe(4);
    expect(restored(store, frames.slice(0, 7)).dropped.lostOnRestart).toBe(3);
    expect(restored(store, []).dropped.lostOnRestart).toBe(10);
  });

  test('an earlier loss is kept across the next restart', () => {
    const once = restored(storeWithFrames(10), []);
    expect(restored(once).dropped.lostOnRestart).toBe(10);
  });
});
