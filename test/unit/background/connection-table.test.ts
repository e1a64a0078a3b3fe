import { describe, expect, test } from 'vitest';
import { ConnectionTable } from '../../../src/background/connection-table.ts';
import { MATCH_WINDOW_MS } from '../../../src/background/handshake-observation.ts';
import type { PageEvent } from '../../../src/shared/protocol.ts';
import { F1_HANDSHAKE, F1_URL, F5B_HANDSHAKE } from '../../fixtures/handshakes.ts';
import { F5B_URL, openEvent, PAGE_URL, refusedChromium, refusedFirefox, T0, upgraded } from './support/observations.ts';

type OpenEvent = Extract<PageEvent, { type: 'open' }>;
const open = (table: ConnectionTable, socket: number, url = F1_URL, at = T0, frameId = 0) =>
  table.open(`doc:${socket}`, openEvent(socket, url, at) as OpenEvent, frameId, PAGE_URL);

describe('ConnectionTable: the page and the network meet, whichever comes first', () => {
  test('page open, then the network view of the same handshake', () => {
    const table = new ConnectionTable();
    open(table, 1);
    table.observe(upgraded());
    expect(table.all()).toHaveLength(1);
    expect(table.get('live:doc:1')).toMatchObject({ source: 'live', frameId: 0, pageUrl: PAGE_URL, createdAt: T0 });
    expect(table.get('live:doc:1')?.handshake).toEqual(F1_HANDSHAKE);
  });

  test('network view first, then the page open', () => {
    const table = new ConnectionTable();
    table.observe(upgraded());
    expect(table.all()).toEqual([]);
    open(table, 1);
    expect(table.all()).toHaveLength(1);
    expect(table.get('live:doc:1')?.handshake).toEqual(F1_HANDSHAKE);
  });

  test('the network view grows step by step and every step reaches the same connection', () => {
    const table = new ConnectionTable();
    const { requestId, frameId, url, startedAt } = upgraded();
    table.observe({ requestId, frameId, url, startedAt });
    open(table, 1);
    table.observe({ requestId, frameId, url, startedAt, requestHeaders: F1_HANDSHAKE.requestHeaders });
    table.observe(upgraded());
    expect(table.all()).toHaveLength(1);
    expect(table.get('live:doc:1')?.handshake).toEqual(F1_HANDSHAKE);
  });

  test('a pending observation is replaced by its later, fuller version', () => {
    const table = new ConnectionTable();
    const { requestId, frameId, url, startedAt } = upgraded();
    table.observe({ requestId, frameId, url, startedAt });
    table.observe(upgraded());
    open(table, 1);
    expect(table.get('live:doc:1')?.handshake.status).toBe(101);
  });

  test.each([
    ['Chromium: headers received 401, then net::ERR_FAILED', refusedChromium(), 'net::ERR_FAILED'],
    ['Firefox: completed with 401', refusedFirefox(), undefined],
  ])('401 %s', (_name, observation, error) => {
    const table = new ConnectionTable();
    open(table, 1, F5B_URL);
    table.observe(observation);
    const { handshake } = table.get('live:doc:1') ?? {};
    expect(handshake).toMatchObject({ status: 401, responseHeaders: F5B_HANDSHAKE.responseHeaders });
    expect(handshake?.error).toBe(error);
  });

  test('two sockets to the same URL each get their own handshake, in order', () => {
    const table = new ConnectionTable();
    open(table, 1, F5B_URL);
    open(table, 2, F5B_URL, T0 + 200);
    table.observe(refusedChromium('first', T0 + 5));
    table.observe({ ...upgraded('second', T0 + 205), url: F5B_URL });
    expect(table.get('live:doc:1')?.handshake.status).toBe(401);
    expect(table.get('live:doc:2')?.handshake.status).toBe(101);
  });

  test('no match across frames, across URLs, or outside the time window', () => {
    const table = new ConnectionTable();
    open(table, 1);
    table.observe(upgraded('other-frame', T0, 3));
    table.observe({ ...upgraded('other-url'), url: `${F1_URL}x` });
    table.observe(upgraded('too-late', T0 + MATCH_WINDOW_MS + 1));
    expect(table.get('live:doc:1')?.handshake.status).toBeUndefined();
  });
});

describe('ConnectionTable: handshakes the page never reported', () => {
  test('are promoted to network-only connections once the match window has passed', () => {
    const table = new ConnectionTable();
    const observation = refusedChromium('r9');
    table.observe(observation);
    const ended = observation.endedAt ?? 0;
    table.promoteUnmatched(ended + MATCH_WINDOW_MS, PAGE_URL);
    expect(table.all()).toEqual([]);
    table.promoteUnmatched(ended + MATCH_WINDOW_MS + 1, PAGE_URL);
    expect(table.all()).toEqual([
      {
        id: 'net:r9',
        source: 'live',
        frameId: 0,
        pageUrl: PAGE_URL,
        createdAt: observation.startedAt,
        handshake: expect.objectContaining({ url: F5B_URL, protocols: [], status: 401, error: 'net::ERR_FAILED' }),
      },
    ]);
  });

  test('a handshake still in progress is never promoted', () => {
    const table = new ConnectionTable();
    const { endedAt: _ended, ...inProgress } = upgraded();
    table.observe(inProgress);
    table.promoteUnmatched(T0 + 60_000, PAGE_URL);
    expect(table.all()).toEqual([]);
  });

  test('a late page open joins the promoted connection instead of creating a second one', () => {
    const table = new ConnectionTable();
    table.observe(upgraded('r5'));
    table.promoteUnmatched(T0 + 60_000, PAGE_URL);
    open(table, 1, F1_URL, T0);
    expect(table.all()).toHaveLength(1);
    expect(table.idOfSocket('doc:1')).toBe('net:r5');
    expect(table.get('net:r5')).toMatchObject({ createdAt: T0, handshake: { protocols: ['jmap'], status: 101 } });
    table.observe(upgraded('r5'));
    expect(table.all()).toHaveLength(1);
  });

  test('a promoted connection is joined by one socket only', () => {
    const table = new ConnectionTable();
    table.observe(upgraded('r5'));
    table.promoteUnmatched(T0 + 60_000, PAGE_URL);
    open(table, 1);
    open(table, 2);
    expect(table.idOfSocket('doc:2')).toBe('live:doc:2');
  });
});

describe('ConnectionTable bookkeeping', () => {
  test('takeChanged() returns each changed connection once', () => {
    const table = new ConnectionTable();
    open(table, 1);
    open(table, 2);
    table.observe(upgraded());
    expect(table.takeChanged().map((state) => state.id)).toEqual(['live:doc:1', 'live:doc:2']);
    expect(table.takeChanged()).toEqual([]);
    table.update('live:doc:2', (state) => ({ ...state, errorAt: T0 + 1 }));
    table.update('unknown', (state) => ({ ...state, errorAt: T0 + 1 }));
    expect(table.takeChanged().map((state) => state.id)).toEqual(['live:doc:2']);
  });

  test('restore() brings back connections and their sockets', () => {
    const table = new ConnectionTable();
    open(table, 1);
    const copy = new ConnectionTable();
    copy.restore(table.all(), table.sockets());
    expect(copy.all()).toEqual(table.all());
    expect(copy.idOfSocket('doc:1')).toBe('live:doc:1');
  });

  test('keepOnly() keeps the chosen connections and their sockets', () => {
    const table = new ConnectionTable();
    open(table, 1);
    open(table, 2);
    table.keepOnly((state) => state.id === 'live:doc:2');
    expect(table.all().map((state) => state.id)).toEqual(['live:doc:2']);
    expect(table.takeChanged()).toEqual([]);
    expect(table.idOfSocket('doc:2')).toBe('live:doc:2');
  });

  test('clear() forgets connections, sockets, requests and pending handshakes', () => {
    const table = new ConnectionTable();
    open(table, 1);
    table.observe(upgraded());
    table.observe(refusedChromium('pending', T0 + 10_000));
    table.clear();
    expect(table.all()).toEqual([]);
    expect(table.idOfSocket('doc:1')).toBeUndefined();
    table.promoteUnmatched(T0 + 60_000, PAGE_URL);
    expect(table.all()).toEqual([]);
    table.observe(upgraded());
    expect(table.all()).toEqual([]);
  });
});
