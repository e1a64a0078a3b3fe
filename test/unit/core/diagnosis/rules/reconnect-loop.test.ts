import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { reconnectLoop } from '../../../../../src/core/diagnosis/rules/reconnect-loop.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F5_RETRY_BURST, F6_CLOSED_IMMEDIATELY, F6B_IDLE_CUT, F6B_IDLE_CYCLE } from '../../../../fixtures/scenarios.ts';

function run(connection: ConnectionRecord, others: readonly ConnectionRecord[]) {
  return reconnectLoop(connectionFacts(connection, { otherConnections: others }));
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe('reconnect-loop', () => {
  test('F5: 4 failed upgrades within about a second', () => {
    const cause = run(at(F5_RETRY_BURST, 2), F5_RETRY_BURST);
    expect(cause?.id).toBe('reconnect-loop');
    expect(cause?.title).toBe('The client reconnects in a loop: 4 connections back to back');
    expect(cause?.explanation).toContain('4 connections to "wss://mail.example.org/jmap/ws" started within 0.8 s');
    expect(cause?.explanation).toContain('4 never opened (HTTP 401 ×4)');
    expect(cause?.explanation).not.toContain('ticket');
    expect(cause?.checks.join(' ')).toContain('429');
  });

  test('F6b: a fresh connection about every 60 s, each with a new ticket', () => {
    const cause = run(at(F6B_IDLE_CYCLE, 0), F6B_IDLE_CYCLE);
    expect(cause?.explanation).toContain('3 opened and lasted about 60.1 s each');
    expect(cause?.explanation).toContain('every attempt mints a new ticket');
    expect(cause?.checks.join(' ')).not.toContain('429');
  });

  test('mixed chains report both patterns', () => {
    const chain = [
      ...F6B_IDLE_CYCLE.slice(0, 2),
      {
        ...at(F6B_IDLE_CYCLE, 2),
        openAt: undefined,
        handshake: { ...at(F6B_IDLE_CYCLE, 2).handshake, status: undefined },
      },
    ];
    const cause = run(at(chain, 0), chain);
    expect(cause?.explanation).toContain('1 never opened (no status)');
    expect(cause?.explanation).toContain('2 opened');
  });

  test('two connections are not a loop', () => {
    expect(run(at(F5_RETRY_BURST, 0), F5_RETRY_BURST.slice(0, 2))).toBeUndefined();
  });

  test('the connection itself in the list, and duplicate ids, count once', () => {
    const twice = [at(F5_RETRY_BURST, 0), at(F5_RETRY_BURST, 0), at(F5_RETRY_BURST, 1)];
    expect(run(at(F5_RETRY_BURST, 0), twice)).toBeUndefined();
  });

  test('a pause longer than 3 s breaks the chain', () => {
    const spaced = F5_RETRY_BURST.map((connection, n) => ({
      ...connection,
      createdAt: connection.createdAt + n * 5_000,
    }));
    expect(run(at(spaced, 1), spaced)).toBeUndefined();
  });

  test('other endpoints and a still-open predecessor do not chain', () => {
    const elsewhere = F5_RETRY_BURST.map((connection) => ({
      ...connection,
      handshake: { ...connection.handshake, url: 'wss://other.example.org/jmap/ws' },
    }));
    expect(run(at(F5_RETRY_BURST, 0), [at(F5_RETRY_BURST, 0), ...elsewhere])).toBeUndefined();
    const { closedAt: _c, errorAt: _e, ...stillOpen } = at(F5_RETRY_BURST, 1);
    const broken = [at(F5_RETRY_BURST, 0), stillOpen, at(F5_RETRY_BURST, 2), at(F5_RETRY_BURST, 3)];
    expect(run(at(broken, 3), broken)).toBeUndefined();
  });

  test('connections with no others at all', () => {
    expect(run(F6B_IDLE_CUT, [])).toBeUndefined();
    expect(run(F6_CLOSED_IMMEDIATELY, [F6B_IDLE_CUT])).toBeUndefined();
  });
});
