import { describe, expect, test } from 'vitest';
import { DEFAULT_FRAME_CAP } from '../../../src/background/frame-ring.ts';
import { TabStore } from '../../../src/background/tab-store.ts';
import { TMAIL_PUSH_ENABLE } from '../../fixtures/frames.ts';
import { F1_TICKET_MINT, F1_URL } from '../../fixtures/handshakes.ts';
import { DOC, openEvent, opened, PAGE_URL, pageBatch, T0, textFrame, upgraded } from './support/observations.ts';

const ID = `live:${DOC}:1`;
const SESSION = { at: T0 - 500, url: 'https://jmap.example.com/jmap/session', body: '{"capabilities":{}}' };

function f1Store(): TabStore {
  const store = new TabStore(7);
  store.applyPageBatch(pageBatch(1, [openEvent(1), opened(1), textFrame(1, TMAIL_PUSH_ENABLE)]), 0);
  return store;
}

describe('TabStore deltas', () => {
  test('the first delta carries everything new; with nothing new there is none', () => {
    const store = f1Store();
    const delta = store.takeDelta();
    expect(delta?.connections.map((state) => state.id)).toEqual([ID]);
    expect(delta?.frames.map((frame) => frame.id)).toEqual([0]);
    expect(delta?.dropped).toEqual({ evicted: 0, rejected: 0, lostOnRestart: 0 });
    expect(store.takeDelta()).toBeUndefined();
  });

  test('a delta holds only what changed: new frames, and only the connections touched', () => {
    const store = f1Store();
    store.applyPageBatch(pageBatch(2, [openEvent(2, F1_URL, T0 + 5_000)]), 0);
    store.takeDelta();
    store.applyPageBatch(pageBatch(3, [textFrame(1, 'a'), textFrame(1, 'b')]), 0);
    const frames = store.takeDelta()?.frames;
    expect(frames?.map((frame) => [frame.id, frame.connectionId])).toEqual([
      [1, ID],
      [2, ID],
    ]);
    store.observeHandshake(upgraded());
    expect(store.takeDelta()).toMatchObject({ connections: [{ id: ID, handshake: { status: 101 } }], frames: [] });
  });

  test('sessions and ticket mints appear in one delta each', () => {
    const store = f1Store();
    store.takeDelta();
    store.addSession(SESSION);
    store.addTicketMint(F1_TICKET_MINT);
    expect(store.takeDelta()).toEqual({
      connections: [],
      frames: [],
      sessions: [SESSION],
      ticketMints: [F1_TICKET_MINT],
      dropped: { evicted: 0, rejected: 0, lostOnRestart: 0 },
    });
    expect(store.takeDelta()).toBeUndefined();
  });

  test('a change of the drop counts alone is a delta (the panel always shows what was dropped)', () => {
    const store = f1Store();
    store.takeDelta();
    store.applyPageBatch(pageBatch(2, [], { rejected: 3 }), 0);
    expect(store.takeDelta()).toMatchObject({ frames: [], connections: [], dropped: { rejected: 3 } });
    expect(store.takeDelta()).toBeUndefined();
  });

  test('a snapshot holds everything and restarts the deltas after it', () => {
    const store = f1Store();
    store.addSession(SESSION);
    store.preserveLog = true;
    expect(store.snapshot()).toEqual({
      tabId: 7,
      connections: [expect.objectContaining({ id: ID, pageUrl: PAGE_URL })],
      frames: [expect.objectContaining({ id: 0 })],
      sessions: [SESSION],
      ticketMints: [],
      dropped: { evicted: 0, rejected: 0, lostOnRestart: 0 },
      frameCap: DEFAULT_FRAME_CAP,
      preserveLog: true,
    });
    expect(store.takeDelta()).toBeUndefined();
  });
});
