import { describe, expect, test } from 'vitest';
import { applyBackgroundMessage, createPanelStore } from '../../../src/panel/panel-store.ts';
import type { ConnectionState, TabDelta } from '../../../src/shared/protocol.ts';
import { F1_TICKET_OK, F2_TOKEN_PROXY_OK, F2B_PROXY_NO_HEADER } from '../../fixtures/scenarios.ts';
import { NO_DROPS, snapshotOf, stateOf, textFrame } from './support/panel-fixtures.ts';

const status = { version: '0.1.0', browser: 'chrome', startedAt: 1, panelTabIds: [1] } as const;
const EMPTY_DELTA: TabDelta = { connections: [], frames: [], sessions: [], ticketMints: [], dropped: NO_DROPS };

function storeWith(records = [F1_TICKET_OK]) {
  const store = createPanelStore(1, { throttle: false });
  applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf(records) });
  return store;
}

describe('applyBackgroundMessage', () => {
  test('a background status marks the link connected', () => {
    const store = createPanelStore(1, { throttle: false });
    expect(store.link.value).toBe('connecting');
    applyBackgroundMessage(store, { type: 'background-status', status });
    expect(store.link.value).toBe('connected');
    expect(store.background.value).toEqual(status);
  });

  test('a snapshot replaces everything, frames indexed by connection', () => {
    const store = storeWith([F1_TICKET_OK, F2_TOKEN_PROXY_OK]);
    applyBackgroundMessage(store, {
      type: 'snapshot',
      snapshot: snapshotOf([F2B_PROXY_NO_HEADER], {
        preserveLog: true,
        frameCap: 10,
        dropped: { ...NO_DROPS, rejected: 2 },
      }),
    });
    expect(store.connections.value.map((connection) => connection.id)).toEqual(['f2b']);
    expect(store.frameIndex.value.all).toEqual([]);
    expect(store.preserveLog.value).toBe(true);
    expect(store.frameCap.value).toBe(10);
    expect(store.dropped.value.rejected).toBe(2);
    expect(store.link.value).toBe('connected');
  });

  test('a delta upserts connections by id and keeps capture order', () => {
    const store = storeWith([F1_TICKET_OK, F2_TOKEN_PROXY_OK]);
    const closed: ConnectionState = { ...stateOf(F1_TICKET_OK), closedAt: F1_TICKET_OK.createdAt + 5_000 };
    applyBackgroundMessage(store, {
      type: 'delta',
      delta: { ...EMPTY_DELTA, connections: [stateOf(F2B_PROXY_NO_HEADER), closed] },
    });
    expect(store.connections.value.map((connection) => connection.id)).toEqual(['f1', 'f2', 'f2b']);
    expect(store.connections.value[0]?.closedAt).toBe(closed.closedAt);
  });

  test('a delta appends frames, sessions and ticket mints, and replaces the drop counts', () => {
    const store = storeWith();
    const before = store.frameIndex.value.all.length;
    const sighting = { at: 1, url: 'https://jmap.example.com/jmap/session', body: '{}' };
    const mint = { at: 2, url: 'https://jmap.example.com/jmap/ws/ticket', status: 200 };
    const dropped = { evicted: 3, rejected: 1, lostOnRestart: 0 };
    applyBackgroundMessage(store, {
      type: 'delta',
      delta: {
        connections: [],
        frames: [textFrame(100, 'f1', '{}')],
        sessions: [sighting],
        ticketMints: [mint],
        dropped,
      },
    });
    applyBackgroundMessage(store, { type: 'delta', delta: { ...EMPTY_DELTA, sessions: [sighting], dropped } });
    expect(store.frameIndex.value.all).toHaveLength(before + 1);
    expect(store.frameIndex.value.byConnection.get('f1')?.at(-1)?.id).toBe(100);
    expect(store.sessions.value).toHaveLength(2);
    expect(store.ticketMints.value).toEqual([mint]);
    expect(store.dropped.value).toEqual(dropped);
  });

  test('an empty delta keeps every list identical, so nothing is derived again', () => {
    const store = storeWith();
    const lists = () =>
      [store.connections, store.frameIndex, store.sessions, store.ticketMints, store.dropped].map((s) => s.value);
    const before = lists();
    applyBackgroundMessage(store, { type: 'delta', delta: { ...EMPTY_DELTA, dropped: { ...NO_DROPS } } });
    for (const [index, list] of lists().entries()) expect(list).toBe(before[index]);
  });

  test('the panel drops its oldest frames beyond the cap, like the background', () => {
    const store = createPanelStore(1, { throttle: false });
    applyBackgroundMessage(store, { type: 'snapshot', snapshot: { ...snapshotOf([]), frameCap: 3 } });
    const frames = [1, 2, 3, 4, 5].map((id) => textFrame(id, id < 3 ? 'a' : 'b', '{}'));
    applyBackgroundMessage(store, { type: 'delta', delta: { ...EMPTY_DELTA, frames } });
    expect(store.frameIndex.value.all.map((frame) => frame.id)).toEqual([3, 4, 5]);
    expect(store.frameIndex.value.byConnection.get('a')).toEqual([]);
    expect(store.frameIndex.value.counts.get('a')).toEqual({ sent: 0, received: 0 });
    expect(store.frameIndex.value.counts.get('b')).toEqual({ sent: 2, received: 1 });
  });
});

describe('derived state', () => {
  test('the selected connection is the first until one is chosen', () => {
    const store = storeWith([F1_TICKET_OK, F2_TOKEN_PROXY_OK]);
    expect(store.selected.value?.state.id).toBe('f1');
    store.selectedConnectionId.value = 'f2';
    expect(store.selected.value?.state.id).toBe('f2');
    store.selectedConnectionId.value = 'gone';
    expect(store.selected.value?.state.id).toBe('f1');
  });

  test('frame search follows the filter and the selected connection', () => {
    const store = storeWith([F1_TICKET_OK, F2_TOKEN_PROXY_OK]);
    store.frameFilter.value = { ...store.frameFilter.value, type: 'StateChange' };
    expect(store.frameSearch.value.frames.map((frame) => frame.connectionId)).toEqual(['f1', 'f2']);
    store.selectedConnectionId.value = 'f2';
    store.frameFilter.value = { ...store.frameFilter.value, scope: 'selected' };
    expect(store.frameSearch.value.frames.map((frame) => frame.connectionId)).toEqual(['f2']);
  });

  test('request and response frames know their pair and latency', () => {
    const store = storeWith();
    const frames = store.frameIndex.value.byConnection.get('f1') ?? [];
    const response = frames.find((frame) => frame.data.kind === 'text' && frame.data.text.includes('"Response"'));
    expect(response).toBeDefined();
    expect(store.pairOf(response as (typeof frames)[number])?.latencyMs).toBe(12);
    expect(store.pairOf(frames[0] as (typeof frames)[number])).toBeUndefined();
  });
});
