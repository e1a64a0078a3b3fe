import { describe, expect, test } from 'vitest';
import { TabStore } from '../../../src/background/tab-store.ts';
import { F1_URL } from '../../fixtures/handshakes.ts';
import {
  DOC,
  F5B_URL,
  failed,
  openEvent,
  opened,
  pageBatch,
  refusedChromium,
  T0,
  textFrame,
  upgraded,
} from './support/observations.ts';

const NEXT_DOC = 'fedcba9876543210fedc';

/** Socket 1 open with two frames, socket 2 failed (401), and a refused handshake the page never reported. */
function busyStore(): TabStore {
  const store = new TabStore(7);
  store.applyPageBatch(
    pageBatch(1, [openEvent(1), opened(1), textFrame(1, 'a'), openEvent(2, F5B_URL, T0 + 1_000), ...failed(2)]),
    0,
  );
  store.applyPageBatch(pageBatch(2, [textFrame(1, 'b')], { rejected: 2 }), 0);
  store.observeHandshake(refusedChromium('worker', T0 + 20_000));
  store.connections.promoteUnmatched(T0 + 60_000, store.pageUrl);
  store.addSession({ at: T0, url: 'https://jmap.example.com/jmap/session', body: '{}' });
  return store;
}

describe("TabStore.clear('navigation')", () => {
  test('forgets everything captured', () => {
    const store = busyStore();
    store.clear('navigation');
    const snapshot = store.snapshot();
    expect(snapshot.connections).toEqual([]);
    expect(snapshot.frames).toEqual([]);
    expect(snapshot.sessions).toEqual([]);
    expect(snapshot.dropped).toEqual({ evicted: 0, rejected: 0, lostOnRestart: 0 });
  });

  test("shuts out the old documents' late batches and accepts the new document", () => {
    const store = busyStore();
    store.clear('navigation');
    expect(store.applyPageBatch(pageBatch(3, [...failed(1)]), 0)).toBe(false);
    expect(store.applyPageBatch(pageBatch(1, [openEvent(1)], { document: NEXT_DOC }), 0)).toBe(true);
    expect(store.snapshot().connections.map((state) => state.id)).toEqual([`live:${NEXT_DOC}:1`]);
  });

  test('frame ids keep counting, so no id is ever shown twice', () => {
    const store = busyStore();
    store.clear('navigation');
    store.applyPageBatch(pageBatch(1, [openEvent(1), textFrame(1, 'c')], { document: NEXT_DOC }), 0);
    expect(store.snapshot().frames.map((frame) => frame.id)).toEqual([2]);
  });
});

describe("TabStore.clear('user')", () => {
  test('keeps only sockets that may still carry frames', () => {
    const store = busyStore();
    store.clear('user');
    const snapshot = store.snapshot();
    expect(snapshot.connections.map((state) => state.id)).toEqual([`live:${DOC}:1`]);
    expect(snapshot.frames).toEqual([]);
    expect(snapshot.sessions).toEqual([]);
    expect(snapshot.dropped.rejected).toBe(0);
  });

  test('the open socket keeps showing its next frames, under the same connection', () => {
    const store = busyStore();
    store.clear('user');
    expect(store.applyPageBatch(pageBatch(3, [textFrame(1, 'after clear')]), 0)).toBe(true);
    expect(store.snapshot().frames).toEqual([
      expect.objectContaining({ id: 2, connectionId: `live:${DOC}:1`, data: { kind: 'text', text: 'after clear' } }),
    ]);
  });

  test('a refused handshake with no page events is not kept', () => {
    const store = new TabStore(7);
    store.observeHandshake({ ...refusedChromium('firefox-style'), error: undefined });
    store.connections.promoteUnmatched(T0 + 60_000, store.pageUrl);
    store.clear('user');
    expect(store.snapshot().connections).toEqual([]);
  });

  test('an upgraded connection seen only by the network is kept', () => {
    const store = new TabStore(7);
    store.observeHandshake(upgraded('worker'));
    store.connections.promoteUnmatched(T0 + 60_000, store.pageUrl);
    store.clear('user');
    expect(store.snapshot().connections.map((state) => [state.id, state.handshake.url])).toEqual([
      ['net:worker', F1_URL],
    ]);
  });
});
