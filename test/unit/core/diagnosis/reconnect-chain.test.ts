import { describe, expect, test } from 'vitest';
import { median, openLifetime, reconnectChain } from '../../../../src/core/diagnosis/reconnect-chain.ts';
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
