import { describe, expect, test } from 'vitest';
import { TabStore } from '../../../src/background/tab-store.ts';
import type { PageEvent } from '../../../src/shared/protocol.ts';
import { TMAIL_PUSH_ENABLE } from '../../fixtures/frames.ts';
import { F1_HANDSHAKE, F1_TICKET_MINT, F1_URL } from '../../fixtures/handshakes.ts';
import {
  DOC,
  F5B_URL,
  failed,
  openEvent,
  opened,
  PAGE_URL,
  pageBatch,
  refusedChromium,
  T0,
  textFrame,
  upgraded,
} from './support/observations.ts';

const ID = `live:${DOC}:1`;
const SESSION = { at: T0 - 500, url: 'https://jmap.example.com/jmap/session', body: '{"capabilities":{}}' };

/** F1 as the page hook reports it: open, opened, PushEnable sent. */
function f1Store(tabId = 7, frameCap?: number): TabStore {
  const store = new TabStore(tabId, frameCap);
  store.applyPageBatch(pageBatch(1, [openEvent(1), opened(1), textFrame(1, TMAIL_PUSH_ENABLE)]), 0);
  return store;
}

describe('TabStore: page batches', () => {
  test('an open, opened and a frame make one connection with its frame', () => {
    const store = f1Store();
    const { connections, frames } = store.snapshot();
    expect(connections).toEqual([
      {
        id: ID,
        source: 'live',
        frameId: 0,
        pageUrl: PAGE_URL,
        createdAt: T0,
        openAt: T0 + 40,
        handshake: { url: F1_URL, protocols: ['jmap'], chosenProtocol: 'jmap', extensions: 'permessage-deflate' },
      },
    ]);
    expect(frames).toEqual([
      { id: 0, connectionId: ID, dir: 'sent', at: T0 + 100, data: { kind: 'text', text: TMAIL_PUSH_ENABLE } },
    ]);
  });

  test('joins the network view, whichever arrives first', () => {
    const pageFirst = f1Store();
    pageFirst.observeHandshake(upgraded());
    const networkFirst = new TabStore(7);
    networkFirst.observeHandshake(upgraded());
    networkFirst.applyPageBatch(pageBatch(1, [openEvent(1), opened(1)]), 0);
    for (const store of [pageFirst, networkFirst]) {
      expect(store.snapshot().connections[0]?.handshake).toEqual({ ...F1_HANDSHAKE, extensions: 'permessage-deflate' });
    }
  });

  test('error and close mark the connection', () => {
    const store = new TabStore(7);
    store.applyPageBatch(pageBatch(1, [openEvent(1, F5B_URL), ...failed(1)]), 0);
    store.observeHandshake(refusedChromium());
    expect(store.snapshot().connections[0]).toMatchObject({
      errorAt: T0 + 30,
      closedAt: T0 + 30,
      close: { code: 1006, reason: '', wasClean: false },
      handshake: { status: 401, error: 'net::ERR_FAILED' },
    });
  });

  test('keeps the real size of a truncated frame, and binary frames as they came', () => {
    const store = f1Store();
    const cut: PageEvent = { ...textFrame(1, 'x'), truncatedFrom: 300_000 };
    const binary: PageEvent = { ...textFrame(1, ''), data: { kind: 'binary', size: 3, headHex: '010203' } };
    store.applyPageBatch(pageBatch(2, [cut, binary]), 0);
    const [, first, second] = store.snapshot().frames;
    expect(first).toMatchObject({ id: 1, truncatedFrom: 300_000 });
    expect(second).toEqual({ id: 2, connectionId: ID, dir: 'sent', at: T0 + 100, data: binary.data });
    expect(second).not.toHaveProperty('truncatedFrom');
  });

  test('a batch sent again (after a background restart) is applied once', () => {
    const store = f1Store();
    const again = pageBatch(1, [openEvent(1), opened(1), textFrame(1, TMAIL_PUSH_ENABLE)], { rejected: 2 });
    expect(store.applyPageBatch(again, 0)).toBe(false);
    expect(store.applyPageBatch(pageBatch(2, [textFrame(1, 'next')], { rejected: 1 }), 0)).toBe(true);
    expect(store.applyPageBatch(pageBatch(2, [textFrame(1, 'next')], { rejected: 1 }), 0)).toBe(false);
    expect(store.snapshot().frames).toHaveLength(2);
    expect(store.dropped.rejected).toBe(1);
  });

  test('each document has its own sequence, and its own sockets', () => {
    const store = f1Store();
    expect(store.applyPageBatch(pageBatch(1, [openEvent(1)], { document: 'another-document' }), 0)).toBe(true);
    expect(store.snapshot().connections.map((state) => state.id)).toEqual([ID, 'live:another-document:1']);
  });

  test('events of a socket whose open never arrived are counted as rejected, not dropped unseen', () => {
    const store = new TabStore(7);
    store.applyPageBatch(pageBatch(5, [textFrame(3, 'orphan'), ...failed(3)], { rejected: 1 }), 0);
    expect(store.snapshot().frames).toEqual([]);
    expect(store.dropped).toEqual({ evicted: 0, rejected: 1 + 3, lostOnRestart: 0 });
  });

  test("the tab's page URL is its top document's; a connection keeps its own document's", () => {
    const store = new TabStore(7);
    const frameUrl = 'https://widgets.example.net/frame';
    store.applyPageBatch(pageBatch(1, [openEvent(1)], { document: 'top', pageUrl: PAGE_URL }), 0);
    store.applyPageBatch(pageBatch(1, [openEvent(1)], { document: 'frame', pageUrl: frameUrl }), 4);
    expect(store.pageUrl).toBe(PAGE_URL);
    expect(store.snapshot().connections.map((state) => [state.pageUrl, state.frameId])).toEqual([
      [PAGE_URL, 0],
      [frameUrl, 4],
    ]);
  });

  test('a frame-only tab takes its page URL from the frame', () => {
    const store = new TabStore(7);
    store.applyPageBatch(pageBatch(1, [openEvent(1)], { pageUrl: 'https://widgets.example.net/' }), 2);
    expect(store.pageUrl).toBe('https://widgets.example.net/');
  });

  test('evicted frames are counted in the drop counts', () => {
    const store = f1Store(7, 2);
    store.applyPageBatch(
      pageBatch(
        2,
        [1, 2, 3].map((n) => textFrame(1, `f${n}`)),
      ),
      0,
    );
    expect(store.snapshot().frames.map((frame) => frame.id)).toEqual([2, 3]);
    expect(store.dropped.evicted).toBe(2);
  });
});

describe('TabStore: sessions and ticket mints', () => {
  test('are kept, newest 50', () => {
    const store = new TabStore(7);
    for (let n = 0; n < 60; n += 1) {
      store.addSession({ ...SESSION, at: n });
      store.addTicketMint({ ...F1_TICKET_MINT, at: n });
    }
    const snapshot = store.snapshot();
    expect(snapshot.sessions.map((session) => session.at)).toEqual(Array.from({ length: 50 }, (_, i) => i + 10));
    expect(snapshot.ticketMints).toHaveLength(50);
    expect(snapshot.ticketMints.at(-1)).toEqual({ ...F1_TICKET_MINT, at: 59 });
  });
});
