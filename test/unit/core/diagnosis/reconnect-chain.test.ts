import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { median, openLifetime, reconnectChain } from '../../../../src/core/diagnosis/reconnect-chain.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { F1_TICKET_OK, F5_RETRY_BURST, F6B_IDLE_CUT, F6B_IDLE_CYCLE } from '../../../fixtures/scenarios.ts';

describe('reconnectChain', () => {
  test('orders the chain by creation, whatever the input order', () => {
    const shuffled = [...F5_RETRY_BURST].reverse();
    const first = F5_RETRY_BURST[0];
    if (first === undefined) throw new Error('fixture');
    expect(reconnectChain(first, shuffled).map((connection) => connection.id)).toEqual(
      F5_RETRY_BURST.map((connection) => connection.id),
    );
  });

  test('a connection alone is a chain of one', () => {
    expect(reconnectChain(F1_TICKET_OK, [])).toEqual([F1_TICKET_OK]);
  });

  test('F6b cycles chain up', () => {
    const last = F6B_IDLE_CYCLE[2];
    if (last === undefined) throw new Error('fixture');
    expect(reconnectChain(last, F6B_IDLE_CYCLE)).toHaveLength(3);
  });
});

describe('reconnectChain: worked out once per list', () => {
  const at = (seconds: number) => seconds * 1000;
  const member = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    path: fc.constantFrom('/jmap/ws', '/ws'),
    start: fc.integer({ min: 0, max: 12 }),
    open: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    end: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  });
  const connection = member.map(
    ({ id, path, start, open, end }): ConnectionRecord => ({
      id,
      handshake: { url: `wss://h.example${path}?ticket=${id}`, protocols: [] },
      createdAt: at(start),
      openAt: open === undefined ? undefined : at(start + open),
      closedAt: end === undefined ? undefined : at(start + (open ?? 0) + end),
      frames: [],
    }),
  );
  const ids = (chain: readonly ConnectionRecord[]) => chain.map((entry) => entry.id);

  // A copy is not the listed object, so it takes the connection-by-connection way: both ways must agree,
  // with start times tied, ids repeated and endpoints mixed.
  test('for every listed connection, the same chain as for a copy of it', () => {
    fc.assert(
      fc.property(fc.array(connection, { maxLength: 14 }), (list) => {
        for (const entry of list)
          expect(ids(reconnectChain(entry, list))).toEqual(ids(reconnectChain({ ...entry }, list)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('openLifetime and median', () => {
  test('openLifetime', () => {
    expect(openLifetime(F6B_IDLE_CUT)).toBe(60_100);
    expect(openLifetime(F1_TICKET_OK)).toBeUndefined();
    expect(openLifetime(F5_RETRY_BURST[0] ?? F1_TICKET_OK)).toBeUndefined();
  });

  test('median', () => {
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1])).toBe(4);
  });
});
