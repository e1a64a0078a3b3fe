import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHookedRealm } from './support/hooked-realm.ts';

const URL_ = 'ws://127.0.0.1/jmap/ws';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('batching to the bridge', () => {
  test('one batch per 100 ms (AbortSignal.timeout), whatever the number of events in between', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    for (let index = 0; index < 10; index++) realm.server.message(socket, `m${index}`);
    expect(realm.posted).toEqual([]);
    vi.advanceTimersByTime(99);
    expect(realm.posted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(realm.batches().map((batch) => [batch.v, batch.seq, batch.events.length])).toEqual([[1, 1, 12]]);
    vi.advanceTimersByTime(1_000);
    expect(realm.posted).toHaveLength(1);
    realm.server.message(socket, 'later');
    vi.advanceTimersByTime(100);
    expect(realm.batches().map((batch) => [batch.seq, batch.events.length])).toEqual([
      [1, 12],
      [2, 1],
    ]);
  });

  test('a full batch (2 000 events) leaves at once, synchronously', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    for (let index = 0; index < 1_997; index++) realm.server.message(socket, 'x');
    expect(realm.posted).toEqual([]);
    realm.server.message(socket, 'the 2 000th event');
    expect(realm.batches().map((batch) => batch.events.length)).toEqual([2_000]);
    realm.server.message(socket, 'next');
    vi.advanceTimersByTime(100);
    expect(realm.batches().map((batch) => [batch.seq, batch.events.length])).toEqual([
      [1, 2_000],
      [2, 1],
    ]);
  });

  test('the batch size is configurable', () => {
    const realm = createHookedRealm({ maxBatchEvents: 2 });
    realm.newSocket(URL_);
    realm.newSocket(URL_);
    expect(realm.batches().map((batch) => batch.events.length)).toEqual([2]);
  });

  test('pagehide hands over what is buffered at once', () => {
    const realm = createHookedRealm();
    realm.newSocket(URL_);
    realm.dom.fire(realm.global as unknown as EventTarget, new realm.dom.Event('pagehide'));
    expect(realm.batches().map((batch) => batch.events.length)).toEqual([1]);
  });

  test('pagehide still flushes what waits after document.open() erased the window listeners', () => {
    const realm = createHookedRealm();
    realm.newSocket(URL_);
    vi.advanceTimersByTime(100);
    realm.dom.eraseListeners(realm.global);
    realm.newSocket(URL_);
    realm.dom.fire(realm.global as unknown as EventTarget, new realm.dom.Event('pagehide'));
    expect(realm.batches().map((batch) => batch.events.length)).toEqual([1, 1]);
  });

  test('an empty flush posts nothing, and a throwing post is not the page’s problem', () => {
    const realm = createHookedRealm();
    realm.hook.flush();
    expect(realm.posted).toEqual([]);
    realm.posted.push = () => {
      throw new Error('bridge gone');
    };
    realm.newSocket(URL_);
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
    expect(() => realm.hook.flush()).not.toThrow();
  });
});
